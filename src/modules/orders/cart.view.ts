import { normalizeDecimal } from '../../shared/decimal.js';
import type { LockedOffer } from '../catalog/index.js';
import type { CartItemRow } from './cart.service.js';
import { mostAtOneWarehouse, planOrder, type DeliveryQuote } from './order-plan.js';
import type { carts, Unloading } from './orders.tables.js';
import { goodsVatRate, lineTotalMinor, sumMinor, vatOf } from './pricing.js';

export type CartLineStatus = 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';

export interface CartLineView {
  itemId: string;
  offerId: string;
  productId: string | null;
  name: string;
  sku: string | null;
  unit: string | null;
  quantity: string;
  minQty: string | null;
  step: string | null;
  priceMinor: number | null;
  /** The price shown before this view, when it has changed since. */
  previousPriceMinor: number | null;
  vatRate: string | null;
  totalMinor: number;
  vatMinor: number;
  /** The most one warehouse of the seller has now: a line ships from one warehouse. */
  available: string;
  status: CartLineStatus;
}

export interface CartSellerView {
  sellerId: string;
  sellerName: string;
  lines: CartLineView[];
  goodsMinor: number;
  vatMinor: number;
  /** Per warehouse the lines would ship from: its quote, or why it is pickup only (null without an address). */
  delivery:
    | {
        warehouseId: string;
        warehouseName: string;
        quote: DeliveryQuote | null;
        pickupOnly: boolean;
        why: string | null;
      }[]
    | null;
  deliveryMinor: number;
}

export interface CartView {
  id: string;
  address: { address: string; lat: number; lon: number; unloading: Unloading | null } | null;
  sellers: CartSellerView[];
  /** Lines that cannot be bought now (unavailable offers have no seller group). */
  unavailable: CartLineView[];
  totals: { goodsMinor: number; deliveryMinor: number; vatMinor: number; totalMinor: number };
  /** True when every line can be checked out as it stands. */
  ready: boolean;
  /** True when the cart has an address and every part can be delivered there (else pickup). */
  deliverable: boolean;
}

/** The cart as the customer sees it: live prices, availability, totals and delivery per seller. */
export function buildCartView(
  cart: typeof carts.$inferSelect,
  items: readonly CartItemRow[],
  offers: ReadonlyMap<string, LockedOffer>,
  previousPrices: ReadonlyMap<string, number> = new Map(),
): CartView {
  const point = cart.lat !== null && cart.lon !== null ? { lat: cart.lat, lon: cart.lon } : undefined;
  const plan = planOrder(
    items.map((i) => ({ itemId: i.id, offerId: i.offerId, quantity: i.quantity, seenPriceMinor: i.seenPriceMinor })),
    offers,
    // The quote the cart shows is the one checkout charges: the same point and unloading.
    { destination: point, deliver: point !== undefined, needsCrane: cart.unloading === 'crane' },
  );
  const short = new Map(plan.short.map((s) => [s.itemId, s]));
  const badQty = new Set(plan.badQuantities.map((b) => b.itemId));
  // Past a limit (docs/domain.md, Limits) a line is shown at 0 and left out of the totals, as the plan leaves it out.
  const overLimit = new Set(plan.badQuantities.filter((b) => b.reason !== 'min_step').map((b) => b.itemId));
  const sellers = new Map<string, CartSellerView>();
  const unavailable: CartLineView[] = [];
  for (const item of items) {
    const offer = offers.get(item.offerId);
    const line = lineView(item, offer, previousPrices.get(item.id));
    const s = short.get(item.id);
    if (s?.reason === 'offer_unavailable' || !offer) {
      unavailable.push({ ...line, status: 'unavailable' });
      continue;
    }
    if (s) line.status = 'insufficient_stock';
    else if (badQty.has(item.id)) line.status = 'quantity_not_allowed';
    if (overLimit.has(item.id)) Object.assign(line, { totalMinor: 0, vatMinor: 0 });
    let seller = sellers.get(offer.sellerId);
    if (!seller) {
      seller = {
        sellerId: offer.sellerId,
        sellerName: offer.sellerName,
        lines: [],
        goodsMinor: 0,
        vatMinor: 0,
        delivery: point ? [] : null,
        deliveryMinor: 0,
      };
      sellers.set(offer.sellerId, seller);
    }
    seller.lines.push(line);
    seller.goodsMinor += line.totalMinor;
    seller.vatMinor += line.vatMinor;
  }
  for (const group of plan.groups) {
    const seller = sellers.get(group.sellerId)!;
    if (!seller.delivery) continue;
    seller.delivery.push({
      warehouseId: group.warehouse.warehouseId,
      warehouseName: group.warehouse.warehouseName,
      quote: group.quote,
      pickupOnly: group.beyondRadius || group.tooLargeToDeliver,
      why: group.beyondRadius
        ? `the warehouse delivers within ${group.warehouse.deliveryRadiusKm} km by road`
        : group.tooLargeToDeliver
          ? (group.noVehicleReason ?? 'more than one delivery can carry')
          : null,
    });
    seller.deliveryMinor += group.deliveryMinor;
    seller.vatMinor += vatOf(group.deliveryMinor, group.deliveryVatRate);
  }
  const list = [...sellers.values()].sort((a, b) => a.sellerName.localeCompare(b.sellerName, 'ru'));
  const goodsMinor = sumMinor(list.map((s) => s.goodsMinor));
  const deliveryMinor = sumMinor(list.map((s) => s.deliveryMinor));
  return {
    id: cart.id,
    address: point && cart.address ? { address: cart.address, ...point, unloading: cart.unloading } : null,
    sellers: list,
    unavailable,
    totals: {
      goodsMinor,
      deliveryMinor,
      vatMinor: sumMinor(list.map((s) => s.vatMinor)),
      totalMinor: goodsMinor + deliveryMinor,
    },
    ready: items.length > 0 && plan.short.length === 0 && plan.badQuantities.length === 0,
    deliverable: point !== undefined && plan.groups.every((g) => !g.tooLargeToDeliver && !g.beyondRadius),
  };
}

function lineView(item: CartItemRow, offer: LockedOffer | undefined, previous: number | undefined): CartLineView {
  // Over the most one line may cost: shown at 0 (buildCartView marks it quantity_not_allowed).
  const totalMinor = (offer ? lineTotalMinor(offer.priceMinor, item.quantity) : 0) ?? 0;
  const vatRate = offer ? goodsVatRate(offer.taxRegime, offer.vatRate) : null;
  return {
    itemId: item.id,
    offerId: item.offerId,
    productId: offer?.productId ?? null,
    name: offer?.productName ?? '',
    sku: offer?.sku ?? null,
    unit: offer?.unit ?? null,
    quantity: normalizeDecimal(item.quantity),
    minQty: offer?.minQty ?? null,
    step: offer?.step ?? null,
    priceMinor: offer?.priceMinor ?? null,
    previousPriceMinor: previous !== undefined && previous !== offer?.priceMinor ? previous : null,
    vatRate,
    totalMinor,
    vatMinor: vatRate ? vatOf(totalMinor, vatRate) : 0,
    available: offer ? mostAtOneWarehouse(offer) : '0',
    status: 'ok',
  };
}
