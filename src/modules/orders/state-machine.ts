import type { Role } from '../../shared/principal.js';
import type { DeliveryState, SubOrderStatus } from './orders.tables.js';

type Method = 'delivery' | 'pickup';

/**
 * The sub-order life (docs/domain.md, Orders): pending_payment → paid → confirmed → assembling → ready
 * → (pickup: picked_up | delivery: handed_to_carrier → in_transit → delivered) → completed;
 * cancelled from any state up to ready. Goods received (picked up or delivered) may be asked back
 * within the return window: return_requested, then returned (everything came back) or back to
 * where it was (a part came back, or the seller refused).
 *
 * A delivery part moves past ready with its delivery (docs/domain.md, Logistics): logistics reports
 * what the carrier does and orders mirrors it (delivery-mirror.ts) — loaded → handed_to_carrier,
 * in_transit, delivered. A failed delivery takes the part back: handed_to_carrier → ready and
 * in_transit → ready, its goods on hand and reserved again. Those two moves are logistics' only;
 * the forward ones an admin may still make by hand (a dispute), a seller never.
 */
const NEXT: Record<SubOrderStatus, readonly SubOrderStatus[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['confirmed', 'cancelled'],
  confirmed: ['assembling', 'cancelled'],
  assembling: ['ready', 'cancelled'],
  ready: ['picked_up', 'handed_to_carrier', 'cancelled'],
  picked_up: ['completed', 'return_requested'],
  handed_to_carrier: ['in_transit', 'ready'],
  in_transit: ['delivered', 'ready'],
  delivered: ['completed', 'return_requested'],
  return_requested: ['picked_up', 'delivered', 'returned'],
  completed: [],
  cancelled: [],
  returned: [],
};

/** Where the goods are with the customer: a return may be asked for. */
export const RECEIVED: ReadonlySet<SubOrderStatus> = new Set(['picked_up', 'delivered']);
/** Nothing happens to these any more. */
export const FINAL: ReadonlySet<SubOrderStatus> = new Set(['completed', 'cancelled', 'returned']);

/** Statuses that only a payment (card, webhook, or an invoice marked paid) leads to. */
const BY_PAYMENT_ONLY: ReadonlySet<SubOrderStatus> = new Set(['paid']);
/** Statuses reached only through the returns flow (the customer asks, the seller answers the return). */
const BY_RETURNS_ONLY: ReadonlySet<SubOrderStatus> = new Set(['return_requested', 'returned']);

/** A delivery's own moves of its part, as the carrier makes them (mirrored from logistics). */
const DELIVERY_PATH: readonly SubOrderStatus[] = ['ready', 'handed_to_carrier', 'in_transit', 'delivered'];
/** Where a carrier's report takes a delivery part (a failed delivery: back to ready). */
export const MIRRORED: Record<DeliveryState, SubOrderStatus> = {
  loaded: 'handed_to_carrier',
  in_transit: 'in_transit',
  delivered: 'delivered',
  failed: 'ready',
};

export function nextStatuses(from: SubOrderStatus, method: Method): SubOrderStatus[] {
  return NEXT[from].filter((to) => (method === 'pickup' ? to !== 'handed_to_carrier' : to !== 'picked_up'));
}

/** Goods the carrier had are back at the warehouse: only a failed delivery makes this move. */
export function unships(from: SubOrderStatus, to: SubOrderStatus): boolean {
  return (from === 'handed_to_carrier' || from === 'in_transit') && to === 'ready';
}

/**
 * A move of a delivery part that its delivery makes (docs/domain.md, Logistics): handed to the
 * carrier, in transit, delivered, or back to ready when the delivery failed.
 */
export function byDelivery(from: SubOrderStatus, to: SubOrderStatus, method: Method): boolean {
  if (method !== 'delivery' || !DELIVERY_PATH.includes(from) || !nextStatuses(from, method).includes(to)) return false;
  return DELIVERY_PATH.includes(to);
}

/**
 * Where the seller (or an admin acting for it) may move a sub-order from `from` by a transition.
 * A delivery part goes past ready with its delivery: the seller may only cancel it up to ready; an
 * admin keeps the forward moves for disputes. Back to ready only a failed delivery leads.
 */
export function sellerTransitions(from: SubOrderStatus, method: Method, role: Role): SubOrderStatus[] {
  if (from === 'return_requested') return [];
  return nextStatuses(from, method).filter(
    (to) =>
      !BY_PAYMENT_ONLY.has(to) &&
      !BY_RETURNS_ONLY.has(to) &&
      !unships(from, to) &&
      (role === 'admin' || !byDelivery(from, to, method)),
  );
}

/**
 * The moves a carrier's report makes of a delivery part now at `from` to reach `to` (one of
 * handed_to_carrier, in_transit, delivered), in order: a report that arrives before the one
 * before it passes through the steps it skipped; a part confirmed or assembling when its goods are
 * loaded (the seller posted the job early) passes through ready. Empty: it is there already, or
 * beyond (a late or repeated report), or the part is where no delivery moves it (cancelled,
 * unpaid, a return under way).
 */
export function deliverySteps(from: SubOrderStatus, to: SubOrderStatus): SubOrderStatus[] {
  const target = DELIVERY_PATH.indexOf(to);
  if (target <= 0) return [];
  const before: readonly SubOrderStatus[] = ['confirmed', 'assembling'];
  const lead = before.includes(from) ? [...before.slice(before.indexOf(from) + 1), 'ready' as const] : [];
  const at = lead.length > 0 ? 0 : DELIVERY_PATH.indexOf(from);
  if (at < 0 || at >= target) return [];
  return [...lead, ...DELIVERY_PATH.slice(at + 1, target + 1)];
}

export function canCancel(from: SubOrderStatus): boolean {
  return NEXT[from].includes('cancelled');
}

/** Every status a part may be cancelled from (up to ready). */
export const CANCELLABLE: SubOrderStatus[] = (Object.keys(NEXT) as SubOrderStatus[]).filter(canCancel);

/**
 * Stock leaves the warehouse when the goods are handed over: from `ready` only. A part that goes
 * back to `picked_up` after a return was answered has shipped already. The way back is `unships`.
 */
export function ships(from: SubOrderStatus, to: SubOrderStatus): boolean {
  return from === 'ready' && (to === 'picked_up' || to === 'handed_to_carrier');
}

const PIPELINE: readonly SubOrderStatus[] = [
  'pending_payment',
  'paid',
  'confirmed',
  'assembling',
  'ready',
  'picked_up',
  'handed_to_carrier',
  'in_transit',
  'delivered',
  'return_requested',
];

/**
 * The order's status, derived from its sub-orders (docs/domain.md, Orders): while any part is
 * live, the least advanced live part's status (an order is as far as its slowest part); once all
 * are final, completed if any part completed, else returned if any came back, else cancelled.
 */
export function orderStatus(subStatuses: readonly SubOrderStatus[]): SubOrderStatus {
  const live = subStatuses.filter((s) => !FINAL.has(s));
  if (live.length > 0) return live.reduce((a, b) => (PIPELINE.indexOf(b) < PIPELINE.indexOf(a) ? b : a));
  if (subStatuses.includes('completed')) return 'completed';
  if (subStatuses.includes('returned')) return 'returned';
  return 'cancelled';
}
