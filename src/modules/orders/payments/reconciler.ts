import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import type { DueDeadline, Outbox } from '../../../shared/events/index.js';
import type { Actor } from '../order-lifecycle.js';
import type { PaymentRow } from '../orders.repository.js';
import {
  isFinal,
  RECONCILE_DEADLINE,
  type PaymentLog,
  type PaymentOutcome,
  type PaymentSettlement,
} from './settlement.js';
import type { PaymentProvider } from './provider.js';
import { paymentsRepository as payRepo } from './payments.repository.js';

export interface ReconcilePayload extends Record<string, unknown> {
  paymentId: string;
}

const ACTOR: Actor = { actorId: null, actorRole: 'system', reason: 'card payment' };
/** The provider never got the request: nothing was charged, and the order may be paid anew. */
const INTERRUPTED: PaymentOutcome = {
  status: 'failed',
  declineCode: 'interrupted',
  declineMessage: 'The payment was interrupted before it reached the payment provider; nothing was charged.',
};

/**
 * Payments still open a while after they were written: the process that asked the provider may
 * have died before writing the answer down, or the webhook may never come. A `payment.reconcile`
 * deadline, scheduled with the pending row, asks the provider what became of the payment and
 * settles it exactly as the live answer or the webhook would (the same PaymentSettlement), or
 * voids it when the provider never got it. While 3-D Secure waits, it looks again every
 * `afterMs` until the provider says how the challenge ended (it lapses on the provider's side).
 */
export class PaymentReconciler {
  constructor(
    private readonly d: {
      clock: Clock;
      events: Outbox;
      settlement: PaymentSettlement;
      provider: PaymentProvider | undefined;
      /** After the pending row is written, and between looks while 3-D Secure waits. */
      afterMs: number;
    },
  ) {}

  /** Schedules the first look, in the transaction that writes the pending payment. */
  async schedule(tx: Executor, payment: PaymentRow): Promise<void> {
    const dueAt = new Date(payment.createdAt.getTime() + this.d.afterMs);
    const payload: ReconcilePayload = { paymentId: payment.id };
    await this.d.events.scheduleDeadline(tx, { kind: RECONCILE_DEADLINE, key: payment.id, dueAt, payload });
  }

  /** The deadline's handler: idempotent, and safe against a webhook or the live answer arriving meanwhile. */
  async reconcile(tx: Executor, deadline: DueDeadline<ReconcilePayload>, log: PaymentLog): Promise<void> {
    const { paymentId } = deadline.payload;
    const seen = await payRepo.byId(tx, paymentId);
    if (!seen || isFinal(seen.status)) return;
    const { provider } = this.d;
    if (!provider || provider.name !== seen.provider) {
      // Thrown, so the deadline is retried and, in the end, parked where an admin sees it.
      throw new Error(`payment ${paymentId} was made with provider "${seen.provider}", which is not configured here`);
    }
    // Asked before the payment row is locked, so a webhook is not held up while the provider answers.
    const answer = await provider.retrievePayment(
      { paymentId, idempotencyKey: paymentId, providerPaymentId: seen.providerPaymentId ?? undefined },
      tx,
    );
    const payment = (await payRepo.lock(tx, paymentId))!;
    if (isFinal(payment.status)) return;

    if (answer.status === 'not_found') {
      await this.d.settlement.apply(tx, payment, INTERRUPTED, ACTOR, log);
      log.warn({ paymentId, orderId: payment.orderId }, 'payment never reached the provider; voided');
      return;
    }
    const settled = await this.d.settlement.applyAnswer(tx, payment, answer, ACTOR, log);
    log.info({ paymentId, orderId: payment.orderId, status: settled.status }, 'open payment reconciled');
    if (answer.status === 'requires_action') await this.lookAgain(tx, deadline, answer.expiresAt);
  }

  /** 3-D Secure still waits: look again after the usual delay, or when the challenge lapses if sooner. */
  private async lookAgain(tx: Executor, deadline: DueDeadline<ReconcilePayload>, expiresAt?: Date): Promise<void> {
    const now = this.d.clock.now().getTime();
    let due = now + this.d.afterMs;
    if (expiresAt && expiresAt.getTime() > now) due = Math.min(due, expiresAt.getTime());
    // The same deadline again: the relay leaves a deadline its handler rescheduled pending.
    await this.d.events.scheduleDeadline(tx, {
      kind: RECONCILE_DEADLINE,
      key: deadline.key,
      dueAt: new Date(due),
      payload: deadline.payload,
    });
  }
}
