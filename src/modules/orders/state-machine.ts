import type { Role } from '../../shared/principal.js';
import type { SubOrderStatus } from './orders.tables.js';

type Method = 'delivery' | 'pickup';

/**
 * The sub-order life (docs/domain.md, Orders): pending_payment → paid → confirmed → assembling → ready
 * → (pickup: picked_up | delivery: handed_to_carrier → in_transit → delivered) → completed;
 * cancelled from any state up to ready; returned after delivered.
 */
const NEXT: Record<SubOrderStatus, readonly SubOrderStatus[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['confirmed', 'cancelled'],
  confirmed: ['assembling', 'cancelled'],
  assembling: ['ready', 'cancelled'],
  ready: ['picked_up', 'handed_to_carrier', 'cancelled'],
  picked_up: ['completed'],
  handed_to_carrier: ['in_transit'],
  in_transit: ['delivered'],
  delivered: ['completed', 'returned'],
  completed: [],
  cancelled: [],
  returned: [],
};

/** Statuses that only a payment (card, webhook, or an invoice marked paid) leads to. */
const BY_PAYMENT_ONLY: ReadonlySet<SubOrderStatus> = new Set(['paid']);
/** Statuses the customer reaches through their own endpoints (cancel, return), not the seller's. */
const CUSTOMER_ONLY: ReadonlySet<SubOrderStatus> = new Set(['returned']);

export function nextStatuses(from: SubOrderStatus, method: Method): SubOrderStatus[] {
  return NEXT[from].filter((to) => (method === 'pickup' ? to !== 'handed_to_carrier' : to !== 'picked_up'));
}

/** Where the seller (or an admin acting for it) may move a sub-order from `from`. */
export function sellerTransitions(from: SubOrderStatus, method: Method, role: Role): SubOrderStatus[] {
  return nextStatuses(from, method).filter(
    (to) => !BY_PAYMENT_ONLY.has(to) && (role === 'admin' || !CUSTOMER_ONLY.has(to)),
  );
}

export function canCancel(from: SubOrderStatus): boolean {
  return NEXT[from].includes('cancelled');
}

/** Stock leaves the warehouse when the goods are handed over. */
export function ships(to: SubOrderStatus): boolean {
  return to === 'picked_up' || to === 'handed_to_carrier';
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
  'returned',
  'completed',
];

/**
 * The order's status, derived from its sub-orders: the least advanced of those not cancelled
 * (an order is as far as its slowest part), or cancelled when all are.
 */
export function orderStatus(subStatuses: readonly SubOrderStatus[]): SubOrderStatus {
  const live = subStatuses.filter((s) => s !== 'cancelled');
  if (live.length === 0) return 'cancelled';
  return live.reduce((a, b) => (PIPELINE.indexOf(b) < PIPELINE.indexOf(a) ? b : a));
}
