import type { Role } from '../../shared/principal.js';
import type { SubOrderStatus } from './orders.tables.js';

type Method = 'delivery' | 'pickup';

/**
 * The sub-order life (docs/domain.md, Orders): pending_payment → paid → confirmed → assembling → ready
 * → (pickup: picked_up | delivery: handed_to_carrier → in_transit → delivered) → completed;
 * cancelled from any state up to ready. Goods received (picked up or delivered) may be asked back
 * within the return window: return_requested, then returned (everything came back) or back to
 * where it was (a part came back, or the seller refused).
 */
const NEXT: Record<SubOrderStatus, readonly SubOrderStatus[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['confirmed', 'cancelled'],
  confirmed: ['assembling', 'cancelled'],
  assembling: ['ready', 'cancelled'],
  ready: ['picked_up', 'handed_to_carrier', 'cancelled'],
  picked_up: ['completed', 'return_requested'],
  handed_to_carrier: ['in_transit'],
  in_transit: ['delivered'],
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

export function nextStatuses(from: SubOrderStatus, method: Method): SubOrderStatus[] {
  return NEXT[from].filter((to) => (method === 'pickup' ? to !== 'handed_to_carrier' : to !== 'picked_up'));
}

/** Where the seller (or an admin acting for it) may move a sub-order from `from` by a transition. */
export function sellerTransitions(from: SubOrderStatus, method: Method, _role: Role): SubOrderStatus[] {
  if (from === 'return_requested') return [];
  return nextStatuses(from, method).filter((to) => !BY_PAYMENT_ONLY.has(to) && !BY_RETURNS_ONLY.has(to));
}

export function canCancel(from: SubOrderStatus): boolean {
  return NEXT[from].includes('cancelled');
}

/** Every status a part may be cancelled from (up to ready). */
export const CANCELLABLE: SubOrderStatus[] = (Object.keys(NEXT) as SubOrderStatus[]).filter(canCancel);

/**
 * Stock leaves the warehouse when the goods are handed over: from `ready` only. A part that goes
 * back to `picked_up` after a return was answered has shipped already.
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
