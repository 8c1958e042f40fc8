import type { DeliveryQuote } from './order-plan.js';
import { normalizeDecimal } from '../../shared/decimal.js';
import type { HistoryRow, LineRow, OrderRow, PaymentRow, SubOrderRow } from './orders.repository.js';
import { sellerTransitions } from './state-machine.js';
import type { Role } from '../../shared/principal.js';

const totals = (r: { goodsMinor: number; deliveryMinor: number; vatMinor: number; totalMinor: number }) => ({
  goodsMinor: r.goodsMinor,
  deliveryMinor: r.deliveryMinor,
  vatMinor: r.vatMinor,
  totalMinor: r.totalMinor,
});

export function toLineView(l: LineRow) {
  return {
    id: l.id,
    offerId: l.offerId,
    productId: l.productId,
    sku: l.sku,
    name: l.name,
    unit: l.unit,
    quantity: normalizeDecimal(l.quantity),
    priceMinor: l.priceMinor,
    vatRate: l.vatRate,
    totalMinor: l.totalMinor,
    vatMinor: l.vatMinor,
    weightKg: normalizeDecimal(l.weightKg),
    volumeM3: String(Number(l.volumeM3)),
  };
}

/** What a sub-order's view needs of its order: how and where it goes, and to whom. */
export type OrderTerms = Pick<OrderRow, 'delivery' | 'buyer'>;

export function toSubOrderView(s: SubOrderRow, lines: LineRow[], order: OrderTerms, viewer: Role) {
  const method = order.delivery.method;
  const { address, lat, lon, window, unloading } = order.delivery;
  return {
    id: s.id,
    orderId: s.orderId,
    number: s.number,
    status: s.status,
    sellerId: s.sellerId,
    sellerName: s.sellerName,
    warehouse: {
      id: s.warehouseId,
      name: s.warehouseName,
      address: s.warehouseAddress,
      lat: s.warehouseLat,
      lon: s.warehouseLon,
    },
    deliveryMethod: method,
    /** Everything the seller needs to hand it over (docs/domain.md, Orders). */
    delivery: {
      method,
      address: address ?? null,
      lat: lat ?? null,
      lon: lon ?? null,
      window: window ?? null,
      unloading: unloading ?? null,
    },
    buyer: {
      name: order.buyer.name,
      inn: order.buyer.inn ?? null,
      kpp: order.buyer.kpp ?? null,
      contactName: order.buyer.contact?.name ?? null,
      phone: order.buyer.contact?.phone ?? null,
    },
    totals: totals(s),
    /** Money received for it; while it awaits payment, what is still due (docs/domain.md, Payments). */
    receivedMinor: s.receivedMinor,
    dueMinor: s.status === 'pending_payment' ? s.totalMinor - s.receivedMinor : 0,
    weightKg: normalizeDecimal(s.weightKg),
    volumeM3: String(Number(s.volumeM3)),
    deliveryQuote: s.deliveryQuote as DeliveryQuote | null,
    paidAt: s.paidAt?.toISOString() ?? null,
    receivedAt: s.receivedAt?.toISOString() ?? null,
    /** A delivery part's job on the job board, once logistics posted it (GET /logistics/jobs/{id}). */
    deliveryJobId: s.deliveryJobId,
    /** Its delivery once a carrier took it, and how far it is (GET /logistics/deliveries/{id}, live). */
    deliveryId: s.deliveryId,
    deliveryState: s.deliveryState,
    /** Where the seller can move it next (empty for customers). */
    nextStatuses: viewer === 'seller' || viewer === 'admin' ? sellerTransitions(s.status, method, viewer) : [],
    lines: lines.filter((l) => l.subOrderId === s.id).map(toLineView),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toPaymentView(p: PaymentRow) {
  return {
    id: p.id,
    method: p.method,
    provider: p.provider,
    status: p.status,
    amountMinor: p.amountMinor,
    card: p.cardLast4 ? { brand: p.cardBrand ?? 'unknown', last4: p.cardLast4 } : null,
    declineCode: p.declineCode,
    declineMessage: p.declineMessage,
    action: p.status === 'requires_action' && p.actionUrl ? { type: 'redirect_3ds' as const, url: p.actionUrl } : null,
    /** An invoice payment: the part it pays and the payment order (платёжное поручение). */
    subOrderId: p.subOrderId,
    documentNumber: p.documentNumber,
    paidOn: p.paidOn,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toOrderSummary(o: OrderRow) {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    customerId: o.customerId,
    paymentMethod: o.paymentMethod,
    deliveryMethod: o.delivery.method,
    totals: totals(o),
    returnedPartially: o.returnedPartially,
    payBy: o.payBy.toISOString(),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function toOrderView(o: OrderRow, subs: SubOrderRow[], lines: LineRow[], pays: PaymentRow[], viewer: Role) {
  return {
    ...toOrderSummary(o),
    delivery: o.delivery,
    buyer: o.buyer,
    subOrders: subs.map((s) => toSubOrderView(s, lines, o, viewer)),
    payments: pays.map(toPaymentView),
  };
}

export function toHistoryView(h: HistoryRow) {
  return {
    subOrderId: h.subOrderId,
    from: h.fromStatus,
    to: h.toStatus,
    actorId: h.actorId,
    actorRole: h.actorRole,
    reason: h.reason,
    at: h.at.toISOString(),
  };
}

export type OrderView = ReturnType<typeof toOrderView>;
export type SubOrderView = ReturnType<typeof toSubOrderView>;
