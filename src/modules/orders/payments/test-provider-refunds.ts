import { randomUUID } from 'node:crypto';
import type { Executor } from '../../../shared/db/database.js';
import type { RefundInput, RefundResult } from './provider.js';
import { testProviderRepository as repo, type TestProviderRefund } from './test-provider.repository.js';

/** Stripe-like refusals, safe to show an admin. */
export const REFUND_FAILURES = {
  payment_not_found: 'The provider has no such payment.',
  payment_not_captured: 'Only a payment that succeeded can be refunded.',
  amount_exceeds_payment: 'The refund is more than what is left of the payment.',
} as const;

/**
 * A refund at the test provider (no money moves): allowed for a succeeded payment, up to what is
 * left of it; the same refund id again answers the first result. The payment's record is locked,
 * so parallel refunds of one payment cannot together take more than it was.
 */
export async function refundAtTestProvider(ex: Executor, input: RefundInput, now: Date): Promise<RefundResult> {
  const earlier = await repo.refundByKey(ex, input.refundId);
  if (earlier) return resultOf(earlier);
  const payment = await repo.byId(ex, input.providerPaymentId, true);
  let failure: keyof typeof REFUND_FAILURES | undefined;
  if (!payment || payment.paymentId !== input.paymentId) failure = 'payment_not_found';
  else if (payment.status !== 'succeeded') failure = 'payment_not_captured';
  else {
    const left = payment.amountMinor - (await repo.refundedOf(ex, payment.providerPaymentId));
    if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0 || input.amountMinor > left) {
      failure = 'amount_exceeds_payment';
    }
  }
  const record: TestProviderRefund = {
    providerRefundId: `tref_${randomUUID()}`,
    idempotencyKey: input.refundId,
    providerPaymentId: input.providerPaymentId,
    amountMinor: input.amountMinor,
    status: failure ? 'failed' : 'succeeded',
    failureCode: failure ?? null,
    failureMessage: failure ? REFUND_FAILURES[failure] : null,
    createdAt: now,
  };
  const inserted = await repo.insertRefund(ex, record);
  return resultOf(inserted ?? (await repo.refundByKey(ex, input.refundId))!);
}

function resultOf(r: TestProviderRefund): RefundResult {
  if (r.status === 'succeeded') return { status: 'succeeded', providerRefundId: r.providerRefundId };
  return {
    status: 'failed',
    providerRefundId: r.providerRefundId,
    failureCode: r.failureCode ?? 'refund_failed',
    failureMessage: r.failureMessage ?? 'The refund failed.',
  };
}
