/**
 * Lines priced as the cart would price them, without a cart (an estimate, docs/domain.md,
 * Estimates): the same `planOrder` over the same offers, so each seller's delivery guide price,
 * the lines' VAT (the seller's regime rules over the offer's rate) and the warehouse each line
 * ships from are what the cart shows for the same lines and address.
 */
import type { Executor } from '../../shared/db/database.js';
import { haversineKm, type Point } from '../../shared/geo.js';
import type { CatalogModule } from '../catalog/index.js';
import { planOrder } from './order-plan.js';
import { goodsVatRate, lineTotalMinor, sumMinor, vatOf } from './pricing.js';

/** The cart's line total (price × quantity, half up; null past the line limit), for lines priced by hand. */
export { lineTotalMinor };

export interface QuoteItem {
  /** The caller's name for the line. */
  key: string;
  offerId: string;
  /** In the offer's unit. */
  quantity: string;
}

export interface QuotedLine {
  priceMinor: number;
  totalMinor: number;
  vatRate: string;
  vatMinor: number;
  /** The warehouse the line ships from: the nearest to the point with the whole quantity (else the fullest). */
  warehouseId: string | null;
  warehouseName: string | null;
  /** Available there now; straight-line km from the destination (0.1 km), null without one. */
  available: string | null;
  distanceKm: number | null;
  /** No warehouse of the seller has the whole quantity. */
  short: boolean;
}

export interface SellerDeliveryQuote {
  sellerId: string;
  sellerName: string;
  goodsMinor: number;
  /** The lines' VAT and the delivery's (at the seller's regime rate). */
  vatMinor: number;
  deliveryMinor: number;
  /** Summed over the warehouses the lines ship from (vehicles added, the dearest trip's vehicle and body); null: none quoted. */
  delivery: {
    priceMinor: number;
    vehicleName: string;
    bodyName: string;
    vehicles: number;
    roadKm: number;
    /** Each warehouse the lines ship from, as the cart lists it (VAT rounded per warehouse, as the cart does). */
    parts: { warehouseId: string; warehouseName: string; priceMinor: number; vatMinor: number; vehicleName: string }[];
  } | null;
  /** The delivery's VAT, at the seller's regime rate. */
  deliveryVatMinor: number;
  /** Why some or all of it is not delivered: no address, beyond a warehouse's radius, too large a load. */
  deliveryNote: string | null;
  vatByRate: { rate: string; vatMinor: number }[];
  lines: number;
}

/**
 * Prices `items` (offers on sale; others are left out of the answer) and quotes delivery per
 * seller to `destination` exactly as the cart does; without a destination no delivery is quoted.
 */
export async function quoteEstimateLines(
  ex: Executor,
  stock: CatalogModule['stock'],
  items: readonly QuoteItem[],
  opts: { destination?: Point | undefined; at: Date; needsCrane?: boolean },
): Promise<{ lines: Map<string, QuotedLine>; sellers: SellerDeliveryQuote[] }> {
  const offers = await stock.describeOffers(
    ex,
    items.map((i) => i.offerId),
    opts.at,
  );
  const destination = opts.destination;
  const plan = planOrder(
    items.map((i) => {
      const offer = offers.get(i.offerId);
      return { itemId: i.key, offerId: i.offerId, quantity: i.quantity, seenPriceMinor: offer?.priceMinor ?? 0 };
    }),
    offers,
    { destination, deliver: destination !== undefined, needsCrane: opts.needsCrane ?? false },
  );
  const placed = new Map(plan.groups.flatMap((g) => g.lines.map((l) => [l.item.itemId, g] as const)));
  const lines = new Map<string, QuotedLine>();
  const sellers = new Map<string, SellerDeliveryQuote & { rates: Map<string, number>; dearest: number }>();
  for (const item of items) {
    const offer = offers.get(item.offerId);
    if (!offer || offer.status !== 'active' || !offer.sellerApproved) continue;
    const totalMinor = lineTotalMinor(offer.priceMinor, item.quantity) ?? 0;
    const vatRate = goodsVatRate(offer.taxRegime, offer.vatRate);
    const group = placed.get(item.key);
    const line: QuotedLine = {
      priceMinor: offer.priceMinor,
      totalMinor,
      vatRate,
      vatMinor: vatOf(totalMinor, vatRate),
      warehouseId: group?.warehouse.warehouseId ?? null,
      warehouseName: group?.warehouse.warehouseName ?? null,
      // The group's warehouse entry is its first line's offer's: read this offer's own stock there.
      available: group
        ? (offer.stock.find((k) => k.warehouseId === group.warehouse.warehouseId)?.available ?? null)
        : null,
      distanceKm: group && destination ? Math.round(haversineKm(group.warehouse, destination) * 10) / 10 : null,
      short: group === undefined,
    };
    lines.set(item.key, line);
    let seller = sellers.get(offer.sellerId);
    if (!seller) {
      seller = {
        sellerId: offer.sellerId,
        sellerName: offer.sellerName,
        goodsMinor: 0,
        vatMinor: 0,
        deliveryMinor: 0,
        deliveryVatMinor: 0,
        delivery: null,
        deliveryNote: destination ? null : 'укажите адрес доставки',
        vatByRate: [],
        lines: 0,
        rates: new Map(),
        dearest: -1,
      };
      sellers.set(offer.sellerId, seller);
    }
    seller.goodsMinor += line.totalMinor;
    seller.vatMinor += line.vatMinor;
    seller.rates.set(vatRate, (seller.rates.get(vatRate) ?? 0) + line.vatMinor);
    seller.lines += 1;
  }
  const notes = new Map<string, string[]>();
  for (const group of plan.groups) {
    const seller = sellers.get(group.sellerId);
    if (!seller || !destination) continue;
    const why = group.beyondRadius
      ? `склад «${group.warehouse.warehouseName}» доставляет в пределах ${group.warehouse.deliveryRadiusKm} км: только самовывоз`
      : group.tooLargeToDeliver
        ? `со склада «${group.warehouse.warehouseName}» — не доставка, а перевозка по договору: ${group.noVehicleReason ?? 'груз больше одной доставки'}`
        : null;
    if (why) notes.set(group.sellerId, [...(notes.get(group.sellerId) ?? []), why]);
    const quote = group.quote;
    if (!quote) continue;
    const vat = vatOf(group.deliveryMinor, group.deliveryVatRate);
    seller.deliveryMinor += group.deliveryMinor;
    seller.vatMinor += vat;
    seller.deliveryVatMinor += vat;
    seller.rates.set(group.deliveryVatRate, (seller.rates.get(group.deliveryVatRate) ?? 0) + vat);
    const d = seller.delivery ?? { priceMinor: 0, vehicleName: '', bodyName: '', vehicles: 0, roadKm: 0, parts: [] };
    d.parts.push({
      warehouseId: group.warehouse.warehouseId,
      warehouseName: group.warehouse.warehouseName,
      priceMinor: quote.priceMinor,
      vatMinor: vat,
      vehicleName: quote.vehicleName,
    });
    d.priceMinor += quote.priceMinor;
    d.vehicles += quote.vehicles;
    d.roadKm = Math.max(d.roadKm, quote.roadKm);
    if (quote.priceMinor > seller.dearest) {
      seller.dearest = quote.priceMinor;
      d.vehicleName = quote.vehicleName;
      d.bodyName = quote.bodyName;
    }
    seller.delivery = d;
  }
  const out = [...sellers.values()]
    .sort((a, b) => a.sellerName.localeCompare(b.sellerName, 'ru') || a.sellerId.localeCompare(b.sellerId))
    .map(({ rates, dearest: _dearest, ...s }) => ({
      ...s,
      goodsMinor: sumMinor([s.goodsMinor]),
      deliveryNote: notes.get(s.sellerId)?.join('; ') ?? s.deliveryNote,
      vatByRate: [...rates].map(([rate, vatMinor]) => ({ rate, vatMinor })),
    }));
  return { lines, sellers: out };
}
