import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import { retryDelayMs, type DueDeadline, type Outbox } from '../../../shared/events/index.js';
import type { PaymentProvider, RefundResult } from './provider.js';
import { paymentsRepository as payRepo } from './payments.repository.js';
import { refundsRepository as repo, type RefundRow } from './refunds.repository.js';
import { REFUND_DEADLINE } from './refunds.js';
import type { PaymentLog } from './settlement.js';

export interface RefundPayload extends Record<string, unknown> {
  refundId: string;
}

/** Calls that could not reach the provider before a refund is given up as failed (for an admin). */
export const REFUND_MAX_ATTEMPTS = 8;

/**
 * The `refund.execute` deadline's handler: has the provider pay a pending card refund back, inside
 * the relay's transaction. Idempotent: the provider knows the refund by our id and answers a
 * repeated call with its first result, and a refund no longer pending is left alone. A provider
 * that cannot be reached is asked again later (1 s, 2 s, 4 s … as the relay backs off), up to
 * REFUND_MAX_ATTEMPTS; a refusal, or too many attempts, leaves the refund `failed` for an admin
 * to look at and retry (docs/domain.md, Payments).
 */
export class RefundExecutor {
  constructor(
    private readonly d: {
      clock: Clock;
      events: Outbox;
      provider: PaymentProvider | undefined;
    },
  ) {}

  async execute(tx: Executor, deadline: DueDeadline<RefundPayload>, log: PaymentLog): Promise<void> {
    const refund = await repo.byId(tx, deadline.payload.refundId, true);
    if (!refund || refund.status !== 'pending') return;
    const payment = refund.paymentId ? await payRepo.byId(tx, refund.paymentId) : undefined;
    const { provider } = this.d;
    if (!payment?.providerPaymentId) {
      await this.finish(tx, refund, failed('payment_unknown', 'The payment has no provider id to refund.'), log);
      return;
    }
    if (!provider || provider.name !== payment.provider) {
      const why = `the payment was made with provider "${payment.provider}", which is not configured here`;
      await this.finish(tx, refund, failed('provider_not_configured', why), log);
      return;
    }
    let result: RefundResult;
    try {
      result = await provider.refund(
        {
          refundId: refund.id,
          paymentId: payment.id,
          providerPaymentId: payment.providerPaymentId,
          amountMinor: refund.amountMinor,
          currency: 'RUB',
          reason: refund.cause,
        },
        tx,
      );
    } catch (err) {
      await this.unreachable(tx, refund, deadline, err, log);
      return;
    }
    await this.finish(tx, refund, result, log);
  }

  /** The provider could not be asked: later, or failed after too many attempts. */
  private async unreachable(
    tx: Executor,
    refund: RefundRow,
    deadline: DueDeadline<RefundPayload>,
    err: unknown,
    log: PaymentLog,
  ): Promise<void> {
    const attempts = refund.attempts + 1;
    await repo.update(tx, refund.id, { attempts, updatedAt: this.d.clock.now() });
    if (attempts >= REFUND_MAX_ATTEMPTS) {
      const message = `The payment provider could not be reached in ${attempts} attempts.`;
      await this.finish(tx, refund, failed('provider_unavailable', message), log);
      return;
    }
    const error = err instanceof Error ? err.name : typeof err;
    log.warn(
      { refundId: refund.id, orderId: refund.orderId, attempts, error },
      'refund: the payment provider could not be reached; will try again',
    );
    // The same deadline again: the relay keeps a deadline its handler rescheduled pending.
    await this.d.events.scheduleDeadline(tx, {
      kind: REFUND_DEADLINE,
      key: deadline.key,
      dueAt: new Date(this.d.clock.now().getTime() + retryDelayMs(attempts)),
      payload: deadline.payload,
    });
  }

  private async finish(tx: Executor, refund: RefundRow, result: RefundResult, log: PaymentLog): Promise<void> {
    const now = this.d.clock.now();
    const updated =
      result.status === 'succeeded'
        ? await repo.update(tx, refund.id, {
            status: 'succeeded',
            providerRefundId: result.providerRefundId,
            failureCode: null,
            failureMessage: null,
            updatedAt: now,
          })
        : await repo.update(tx, refund.id, {
            status: 'failed',
            providerRefundId: result.providerRefundId ?? null,
            failureCode: result.failureCode,
            failureMessage: result.failureMessage,
            updatedAt: now,
          });
    const at = { refundId: refund.id, orderId: refund.orderId, amountMinor: refund.amountMinor };
    if (updated.status === 'failed') {
      log.error({ ...at, failureCode: updated.failureCode, alert: 'refund_failed' }, 'card refund failed');
    } else {
      log.info(at, 'card refund paid back');
    }
    await this.d.events.publish(tx, {
      type: `refund.${updated.status}`,
      key: refund.orderId,
      payload: { ...at, failureCode: updated.failureCode },
    });
  }
}

function failed(failureCode: string, failureMessage: string): RefundResult {
  return { status: 'failed', failureCode, failureMessage };
}
