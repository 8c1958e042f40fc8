import type { Clock } from '../../shared/clock.js';
import type { Executor } from '../../shared/db/database.js';
import type { Outbox } from '../../shared/events/index.js';
import type { Actor, OrderLifecycle } from './order-lifecycle.js';
import type { PaymentRow } from './orders.repository.js';
import { paymentsRepository as payRepo, type PaymentChanges } from './payments.repository.js';

/** What a provider said about a payment, synchronously or by webhook. */
export type PaymentOutcome =
  | { status: 'succeeded' }
  | { status: 'declined' | 'failed'; declineCode: string; declineMessage: string }
  | { status: 'requires_action'; actionUrl: string };

/** Pino's shape (Fastify's request log fits), so services log without knowing Fastify. */
export interface PaymentLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLog: PaymentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Statuses a payment never leaves: a late or repeated provider event changes nothing. */
const FINAL: ReadonlySet<PaymentRow['status']> = new Set(['succeeded', 'declined', 'failed']);

/**
 * Writes a provider's outcome onto a payment and, when the money is taken, moves the order's
 * unpaid sub-orders to `paid`. Runs inside the caller's transaction with the payment row locked
 * (payment first, then the order: every payment writer takes them in this order).
 */
export class PaymentSettlement {
  constructor(
    private readonly clock: Clock,
    private readonly lifecycle: OrderLifecycle,
    private readonly events: Outbox,
  ) {}

  async apply(
    tx: Executor,
    payment: PaymentRow,
    outcome: PaymentOutcome,
    actor: Actor,
    log: PaymentLog,
    extra: PaymentChanges = {},
  ): Promise<PaymentRow> {
    if (FINAL.has(payment.status)) {
      if (payment.status !== outcome.status) {
        log.warn(
          { paymentId: payment.id, status: payment.status, outcome: outcome.status },
          'payment already ended; a different outcome from the provider is ignored',
        );
      }
      return payment;
    }
    const updated = await payRepo.update(tx, payment.id, {
      ...extra,
      ...changesFor(outcome),
      updatedAt: this.clock.now(),
    });
    if (outcome.status === 'succeeded') await this.markOrderPaid(tx, updated, actor, log);
    return updated;
  }

  private async markOrderPaid(tx: Executor, payment: PaymentRow, actor: Actor, log: PaymentLog): Promise<void> {
    const locked = (await this.lifecycle.lock(tx, payment.orderId))!;
    const unpaid = locked.subs.filter((s) => s.status === 'pending_payment');
    if (unpaid.length > 0) await this.lifecycle.move(tx, locked, unpaid, 'paid', actor);
    const surplusMinor = payment.amountMinor - unpaid.reduce((sum, s) => sum + s.totalMinor, 0);
    if (surplusMinor <= 0) return;
    // The money arrived after (part of) the order expired or was cancelled: its stock is already
    // released, so the goods cannot be sold on this payment. The payment stays `succeeded` (the
    // card was charged) and the surplus must go back to the card. Refunds are not automated yet:
    // an event in the outbox and an error-level log line flag it for staff.
    log.error(
      { paymentId: payment.id, orderId: payment.orderId, refundMinor: surplusMinor, alert: 'refund_required' },
      'card payment succeeded for sub-orders no longer awaiting payment; refund required',
    );
    await this.events.publish(tx, {
      type: 'payment.refund_required',
      key: payment.orderId,
      payload: {
        paymentId: payment.id,
        orderId: payment.orderId,
        provider: payment.provider,
        providerPaymentId: payment.providerPaymentId,
        amountMinor: surplusMinor,
        reason: unpaid.length === 0 ? 'nothing left to pay' : 'part of the order no longer awaits payment',
      },
    });
  }
}

function changesFor(outcome: PaymentOutcome): PaymentChanges {
  switch (outcome.status) {
    case 'succeeded':
      return { status: 'succeeded', declineCode: null, declineMessage: null };
    case 'requires_action':
      return { status: 'requires_action', actionUrl: outcome.actionUrl };
    default:
      return { status: outcome.status, declineCode: outcome.declineCode, declineMessage: outcome.declineMessage };
  }
}
