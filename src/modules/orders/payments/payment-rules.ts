import { requestHash } from '../../../shared/idempotency.js';
import { OrderNotPayableError } from '../orders.errors.js';
import type { OrderRow, PaymentRow, SubOrderRow } from '../orders.repository.js';
import { cardSummary } from './card.js';
import { OrderAlreadyPaidError, type UnpayableReason } from './card-payments.errors.js';
import type { CardInput } from './provider.js';

/** `POST /orders/:id/payments` after validation: `card.number` is digits only. */
export interface PayBody {
  method: 'card';
  card: CardInput;
}

/** A payment not yet ended: being sent to the provider, or waiting for 3-D Secure. */
export const OPEN_PAYMENT: ReadonlySet<PaymentRow['status']> = new Set(['pending', 'requires_action']);

/** The sub-orders a card payment is for; 409 when the order cannot be paid by card now. */
export function payableParts(order: OrderRow, subs: readonly SubOrderRow[], now: Date): SubOrderRow[] {
  if (order.paymentMethod !== 'card') {
    throw new OrderNotPayableError('this order is paid by invoice (bank transfer), not by card');
  }
  const unpaid = subs.filter((s) => s.status === 'pending_payment');
  if (unpaid.length === 0) {
    // One charge per order (docs/domain.md, Payments).
    if (subs.some((s) => s.status !== 'cancelled')) throw new OrderAlreadyPaidError();
    throw new OrderNotPayableError(`nothing is awaiting payment: the order is ${order.status}`);
  }
  if (order.payBy.getTime() <= now.getTime()) {
    throw new OrderNotPayableError(`the time to pay ran out at ${order.payBy.toISOString()}`);
  }
  return unpaid;
}

/**
 * Why an open card payment can no longer take money, or null while it still can: it must be open,
 * its order must still await exactly what the payment is for, before the pay-by time. A payment
 * that can no longer succeed is cancelled at the provider (docs/domain.md, Payments).
 */
export function whyUnpayable(
  payment: PaymentRow,
  order: OrderRow,
  subs: readonly SubOrderRow[],
  now: Date,
): UnpayableReason | null {
  if (!OPEN_PAYMENT.has(payment.status)) return 'payment_ended';
  const unpaid = subs.filter((s) => s.status === 'pending_payment');
  if (unpaid.length === 0) return subs.some((s) => s.status !== 'cancelled') ? 'order_paid' : 'order_cancelled';
  if (order.payBy.getTime() <= now.getTime()) return 'pay_by_passed';
  if (unpaid.reduce((sum, s) => sum + s.totalMinor, 0) !== payment.amountMinor) return 'amount_changed';
  return null;
}

/**
 * What makes two payment requests "the same": the card's brand, last four digits, expiry and
 * holder — never its number or CVC, whose hash could be reversed by trying every number. The
 * amount is left out: it follows from the order, not from the request, and a retry after the
 * order is paid must still match.
 */
export function paymentRequestHash(body: PayBody): string {
  const { brand, last4 } = cardSummary(body.card.number);
  const { expMonth, expYear, holder } = body.card;
  return requestHash({ method: body.method, card: { brand, last4, expMonth, expYear, holder } });
}
