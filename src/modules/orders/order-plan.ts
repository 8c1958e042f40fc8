import { fitsMinAndStep, normalizeDecimal, toMilli } from '../../shared/decimal.js';
import { haversineKm, type Point } from '../../shared/geo.js';
import { MAX_DELIVERY_MINOR, MAX_LINE_VOLUME_M3, MAX_LINE_WEIGHT_KG } from '../../shared/limits.js';
import type { LockedOffer } from '../catalog/index.js';
import { guidePrice, NoVehicleFitsError, type BodyType, type CargoKind, type CargoPart } from '../logistics/index.js';
import type { ChangedPrice, ShortLine } from './orders.errors.js';
import {
  deliveryVatRate,
  goodsVatRate,
  lineTotalMinor,
  sumDecimals,
  sumMinor,
  times,
  vatOf,
  type VatRate,
} from './pricing.js';

export interface PlanItem {
  itemId: string;
  offerId: string;
  quantity: string;
  seenPriceMinor: number;
}

export interface PlannedLine {
  item: PlanItem;
  offer: LockedOffer;
  warehouseId: string;
  priceMinor: number;
  totalMinor: number;
  /** The rate the line is sold at: the offer's, or its seller's УСН rate (pricing.ts). */
  vatRate: VatRate;
  vatMinor: number;
  weightKg: string;
  volumeM3: string;
}

/**
 * The guide price as the customer saw it (docs/domain.md, The delivery guide price): the dearest
 * trip's vehicle and body, all trips' vehicles and price together, and each trip — one per cargo
 * kind, so sand and bagged goods in one sub-order are a самосвал and a truck.
 */
export interface DeliveryQuote {
  vehicleClass: string;
  vehicleName: string;
  bodyType: BodyType;
  bodyName: string;
  vehicles: number;
  roadKm: number;
  priceMinor: number;
  trips: DeliveryTrip[];
}

export interface DeliveryTrip {
  cargo: CargoKind;
  vehicleClass: string;
  vehicleName: string;
  bodyType: BodyType;
  bodyName: string;
  vehicles: number;
  priceMinor: number;
}

/** One seller warehouse's lines: a sub-order at checkout. */
export interface PlannedGroup {
  sellerId: string;
  sellerName: string;
  warehouse: LockedOffer['stock'][number];
  lines: PlannedLine[];
  goodsMinor: number;
  deliveryMinor: number;
  vatMinor: number;
  totalMinor: number;
  weightKg: string;
  volumeM3: string;
  quote: DeliveryQuote | null;
  /** The rate its delivery is billed at: its seller's regime (pricing.ts). */
  deliveryVatRate: VatRate;
  /**
   * Its guide price is beyond MAX_DELIVERY_MINOR, or no vehicle class can carry it (an item longer
   * than any body): a freight contract, not a delivery we quote.
   */
  tooLargeToDeliver: boolean;
  /** Why no vehicle class can carry it, when that is why it is too large (NoVehicleFitsError's words). */
  noVehicleReason: string | null;
  /** The destination is farther than the warehouse delivers (its radius, road km): pickup only. */
  beyondRadius: boolean;
}

export interface QuantityProblem {
  itemId: string;
  offerId: string;
  quantity: string;
  minQty: string;
  step: string;
  /** Off the offer's minimum and step, or the line would cost, weigh or take up more than one line may. */
  reason: 'min_step' | 'line_total' | 'line_load';
}

export interface OrderPlan {
  groups: PlannedGroup[];
  short: ShortLine[];
  badQuantities: QuantityProblem[];
  priceChanges: ChangedPrice[];
  goodsMinor: number;
  deliveryMinor: number;
  vatMinor: number;
  totalMinor: number;
}

export interface PlanOptions {
  /** Where the goods go (delivery) or where the customer is (pickup): nearest warehouses first. */
  destination?: Point | undefined;
  /** Quote delivery from each warehouse to the destination. */
  deliver: boolean;
  needsCrane: boolean;
}

/**
 * How a cart becomes sub-orders, from offers as they are now: each line ships from the nearest
 * warehouse of its seller that has the whole quantity (a line is never split between
 * warehouses), lines are grouped per warehouse, each group priced and its delivery quoted with
 * the guide price. Pure: the cart shows it, checkout applies it to locked rows.
 */
export function planOrder(items: readonly PlanItem[], offers: ReadonlyMap<string, LockedOffer>, opts: PlanOptions) {
  const plan: OrderPlan = {
    groups: [],
    short: [],
    badQuantities: [],
    priceChanges: [],
    goodsMinor: 0,
    deliveryMinor: 0,
    vatMinor: 0,
    totalMinor: 0,
  };
  const byWarehouse = new Map<string, PlannedGroup>();
  for (const raw of items) {
    const item = { ...raw, quantity: normalizeDecimal(raw.quantity) };
    const offer = offers.get(item.offerId);
    if (!offer || offer.status !== 'active' || !offer.sellerApproved) {
      plan.short.push(shortLine(item, offer, '0', 'offer_unavailable'));
      continue;
    }
    const totalMinor = lineTotalMinor(offer.priceMinor, item.quantity);
    const weightKg = times(offer.weightKg, item.quantity, 3);
    const volumeM3 = times(offer.volumeM3, item.quantity, 6);
    const tooLarge = totalMinor === null ? 'line_total' : lineLoadFits(weightKg, volumeM3) ? null : 'line_load';
    const fits = fitsMinAndStep(item.quantity, offer.minQty, offer.step);
    if (!fits || tooLarge) {
      const { itemId, offerId, quantity } = item;
      const reason = tooLarge ?? 'min_step';
      plan.badQuantities.push({ itemId, offerId, quantity, minQty: offer.minQty, step: offer.step, reason });
    }
    // Past a limit the line is left out of the totals; off the minimum or step it is still priced.
    if (tooLarge || totalMinor === null) continue;
    const warehouse = pickWarehouse(offer, item.quantity, opts.destination);
    if (!warehouse) {
      plan.short.push(shortLine(item, offer, mostAtOneWarehouse(offer), 'insufficient_stock'));
      continue;
    }
    if (offer.priceMinor !== item.seenPriceMinor) {
      plan.priceChanges.push({
        itemId: item.itemId,
        offerId: offer.offerId,
        name: offer.productName,
        oldPriceMinor: item.seenPriceMinor,
        newPriceMinor: offer.priceMinor,
      });
    }
    const vatRate = goodsVatRate(offer.taxRegime, offer.vatRate);
    const line: PlannedLine = {
      item,
      offer,
      warehouseId: warehouse.warehouseId,
      priceMinor: offer.priceMinor,
      totalMinor,
      vatRate,
      vatMinor: vatOf(totalMinor, vatRate),
      weightKg,
      volumeM3,
    };
    let group = byWarehouse.get(warehouse.warehouseId);
    if (!group) {
      group = {
        sellerId: offer.sellerId,
        sellerName: offer.sellerName,
        warehouse,
        lines: [],
        goodsMinor: 0,
        deliveryMinor: 0,
        vatMinor: 0,
        totalMinor: 0,
        weightKg: '0',
        volumeM3: '0',
        quote: null,
        deliveryVatRate: deliveryVatRate(offer.taxRegime),
        tooLargeToDeliver: false,
        noVehicleReason: null,
        beyondRadius: false,
      };
      byWarehouse.set(warehouse.warehouseId, group);
    }
    group.lines.push(line);
  }
  for (const group of byWarehouse.values()) {
    group.goodsMinor = sumMinor(group.lines.map((l) => l.totalMinor));
    group.weightKg = sumDecimals(
      group.lines.map((l) => l.weightKg),
      3,
    );
    group.volumeM3 = sumDecimals(
      group.lines.map((l) => l.volumeM3),
      6,
    );
    if (opts.deliver && opts.destination) quoteDelivery(group, opts.destination, opts.needsCrane);
    group.vatMinor = sumMinor(group.lines.map((l) => l.vatMinor)) + vatOf(group.deliveryMinor, group.deliveryVatRate);
    group.totalMinor = group.goodsMinor + group.deliveryMinor;
    plan.groups.push(group);
  }
  // Sub-orders in a stable order: by seller name, then warehouse.
  plan.groups.sort(
    (a, b) =>
      a.sellerName.localeCompare(b.sellerName, 'ru') || a.warehouse.warehouseId.localeCompare(b.warehouse.warehouseId),
  );
  plan.goodsMinor = sumMinor(plan.groups.map((g) => g.goodsMinor));
  plan.deliveryMinor = sumMinor(plan.groups.map((g) => g.deliveryMinor));
  plan.vatMinor = sumMinor(plan.groups.map((g) => g.vatMinor));
  plan.totalMinor = plan.goodsMinor + plan.deliveryMinor;
  return plan;
}

/**
 * The group's delivery at the guide price: each line's cargo kind and the longest item of each kind
 * (from the product, through the catalog's offer) say which bodies may carry it. The cart and
 * checkout both come here, so the figure the cart shows is the one checkout charges.
 */
function quoteDelivery(group: PlannedGroup, destination: Point, needsCrane: boolean): void {
  let quote;
  try {
    quote = guidePrice({ pickup: group.warehouse, dropoff: destination, needsCrane, parts: cargoParts(group.lines) });
  } catch (err) {
    if (!(err instanceof NoVehicleFitsError)) throw err;
    group.tooLargeToDeliver = true;
    group.noVehicleReason = err.message;
    return;
  }
  if (quote.roadKm > group.warehouse.deliveryRadiusKm) {
    group.beyondRadius = true;
  } else if (Number.isSafeInteger(quote.priceMinor) && quote.priceMinor <= MAX_DELIVERY_MINOR) {
    group.quote = {
      vehicleClass: quote.vehicleClass,
      vehicleName: quote.vehicleName,
      bodyType: quote.bodyType,
      bodyName: quote.bodyName,
      vehicles: quote.vehicles,
      roadKm: quote.roadKm,
      priceMinor: quote.priceMinor,
      trips: quote.trips.map((t) => ({
        cargo: t.cargo,
        vehicleClass: t.vehicleClass,
        vehicleName: t.vehicleName,
        bodyType: t.bodyType,
        bodyName: t.bodyName,
        vehicles: t.vehicles,
        priceMinor: t.priceMinor,
      })),
    };
    group.deliveryMinor = quote.priceMinor;
  } else {
    group.tooLargeToDeliver = true;
  }
}

/** The lines' weight and volume per cargo kind (exact decimals), with each kind's longest item. */
function cargoParts(lines: readonly PlannedLine[]): CargoPart[] {
  const kinds = new Map<CargoKind, PlannedLine[]>();
  for (const line of lines) kinds.set(line.offer.cargo, [...(kinds.get(line.offer.cargo) ?? []), line]);
  return [...kinds].map(([cargo, of]) => {
    const longest = Math.max(0, ...of.map((l) => l.offer.lengthM ?? 0));
    return {
      cargo,
      weightKg: Number(
        sumDecimals(
          of.map((l) => l.weightKg),
          3,
        ),
      ),
      volumeM3: Number(
        sumDecimals(
          of.map((l) => l.volumeM3),
          6,
        ),
      ),
      longestItemM: longest > 0 ? longest : undefined,
    };
  });
}

/** The nearest warehouse with the whole quantity; without a point, the one holding the most. */
function pickWarehouse(offer: LockedOffer, quantity: string, destination?: Point) {
  const need = toMilli(quantity);
  const fitting = offer.stock.filter((s) => toMilli(s.available) >= need);
  if (fitting.length === 0) return undefined;
  const key = (s: (typeof fitting)[number]) =>
    destination ? haversineKm(s, destination) : -Number(toMilli(s.available));
  return fitting.reduce((best, s) =>
    key(s) < key(best) || (key(s) === key(best) && s.warehouseId < best.warehouseId) ? s : best,
  );
}

/** The most one warehouse of the offer's seller has now (a line ships from one warehouse). */
export function mostAtOneWarehouse(offer: LockedOffer): string {
  const best = offer.stock.reduce((m, s) => (toMilli(s.available) > toMilli(m) ? s.available : m), '0');
  return toMilli(best) > 0n ? best : '0';
}

function shortLine(
  item: PlanItem,
  offer: LockedOffer | undefined,
  available: string,
  reason: ShortLine['reason'],
): ShortLine {
  return {
    itemId: item.itemId,
    offerId: item.offerId,
    name: offer?.productName ?? '',
    requested: item.quantity,
    available,
    reason,
  };
}

/** Whether one line's weight and volume stay within what a line may carry (src/shared/limits.ts). */
export function lineLoadFits(weightKg: string, volumeM3: string): boolean {
  return Number(weightKg) <= MAX_LINE_WEIGHT_KG && Number(volumeM3) <= MAX_LINE_VOLUME_M3;
}
