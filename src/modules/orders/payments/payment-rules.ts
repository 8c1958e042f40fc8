import { requestHash } from '../checkout.service.js';
import { OrderNotPayableError } from '../orders.errors.js';
import type { OrderRow, SubOrderRow } from '../orders.repository.js';
import { cardSummary } from './card.js';
import type { CardInput } from './provider.js';

/** `POST /orders/:id/payments` after validation: `card.number` is digits only. */
export interface PayBody {
  method: 'card';
  card: CardInput;
}

/** The sub-orders a card payment is for; 409 when the order cannot be paid by card now. */
export function payableParts(order: OrderRow, subs: readonly SubOrderRow[], now: Date): SubOrderRow[] {
  if (order.paymentMethod !== 'card') {
    throw new OrderNotPayableError('this order is paid by invoice (bank transfer), not by card');
  }
  const unpaid = subs.filter((s) => s.status === 'pending_payment');
  if (unpaid.length === 0) throw new OrderNotPayableError(`nothing is awaiting payment: the order is ${order.status}`);
  if (order.payBy.getTime() <= now.getTime()) {
    throw new OrderNotPayableError(`the time to pay ran out at ${order.payBy.toISOString()}`);
  }
  return unpaid;
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
