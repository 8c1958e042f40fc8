import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import type { DueDeadline, Outbox } from '../../../shared/events/index.js';
import type { Actor, OrderLifecycle } from '../order-lifecycle.js';
import type { PaymentRow } from '../orders.repository.js';
import { UNPAYABLE_MESSAGES, type UnpayableReason } from './card-payments.errors.js';
import { whyUnpayable } from './payment-rules.js';
import {
  isFinal,
  RECONCILE_DEADLINE,
  type PaymentLog,
  type PaymentOutcome,
  type PaymentSettlement,
} from './settlement.js';
import type { PaymentProvider, PaymentReference } from './provider.js';
import { paymentsRepository as payRepo } from './payments.repository.js';

export interface ReconcilePayload extends Record<string, unknown> {
  paymentId: string;
}

/** Published when an order can no longer take an open payment (order-lifecycle.ts): it is cancelled at the provider. */
export const VOID_REQUESTED = 'payment.void_requested';

const ACTOR: Actor = { actorId: null, actorRole: 'system', reason: 'card payment' };

/** How a payment we cancelled at the provider is marked: its decline code says why. */
export function cancelledBecause(reason: UnpayableReason) {
  return { declineCode: reason, declineMessage: `Cancelled: ${UNPAYABLE_MESSAGES[reason]}; nothing was charged.` };
}
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
 * `afterMs` until the provider says how the challenge ended (it lapses on the provider's side) —
 * unless the order can no longer take the payment (paid, cancelled, expired, or now costing
 * another amount): then it cancels the payment at the provider, so no later confirmation charges.
 * `payment.void_requested` runs the same look at once when an order stops awaiting payment.
 */
export class PaymentReconciler {
  constructor(
    private readonly d: {
      clock: Clock;
      events: Outbox;
      lifecycle: OrderLifecycle;
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
    const waiting = await this.look(tx, deadline.payload.paymentId, 'reconcile', log);
    if (waiting) await this.lookAgain(tx, deadline, waiting.expiresAt);
  }

  /**
   * `payment.void_requested`'s handler: cancels the payment at the provider if its order can no
   * longer take it. A payment the provider has not heard of yet is left to its reconcile deadline:
   * the request may still be on its way.
   */
  async voidIfUnpayable(tx: Executor, paymentId: string, log: PaymentLog): Promise<void> {
    await this.look(tx, paymentId, 'void', log);
  }

  /** Asks the provider and settles; answers the challenge's end when 3-D Secure still waits. */
  private async look(
    tx: Executor,
    paymentId: string,
    why: 'reconcile' | 'void',
    log: PaymentLog,
  ): Promise<{ expiresAt?: Date | undefined } | undefined> {
    const seen = await payRepo.byId(tx, paymentId);
    if (!seen || isFinal(seen.status) || seen.method !== 'card') return undefined;
    const { provider } = this.d;
    if (!provider || provider.name !== seen.provider) {
      // Thrown, so the deadline is retried and, in the end, parked where an admin sees it.
      throw new Error(`payment ${paymentId} was made with provider "${seen.provider}", which is not configured here`);
    }
    const ref: PaymentReference = {
      paymentId,
      idempotencyKey: paymentId,
      providerPaymentId: seen.providerPaymentId ?? undefined,
    };
    // Asked before the payment row is locked, so a webhook is not held up while the provider answers.
    // Its record is locked first by every writer here (provider, then payment, then order).
    const answer = await provider.retrievePayment(ref, tx);
    const payment = (await payRepo.lock(tx, paymentId))!;
    if (isFinal(payment.status)) return undefined;

    if (answer.status === 'not_found') {
      if (why === 'void') return undefined;
      await this.d.settlement.apply(tx, payment, INTERRUPTED, ACTOR, log);
      log.warn({ paymentId, orderId: payment.orderId }, 'payment never reached the provider; voided');
      return undefined;
    }
    if (answer.status === 'requires_action') {
      const locked = (await this.d.lifecycle.lock(tx, payment.orderId))!;
      const reason = whyUnpayable(payment, locked.order, locked.subs, this.d.clock.now());
      if (reason) {
        const cancelled = await provider.cancelPayment(ref, tx);
        if (cancelled.status === 'not_found') throw new Error(`the provider lost payment ${paymentId}`);
        const settled = await this.d.settlement.applyAnswer(
          tx,
          payment,
          cancelled,
          ACTOR,
          log,
          cancelledBecause(reason),
        );
        log.info({ paymentId, orderId: payment.orderId, status: settled.status, reason }, 'open payment voided');
        return undefined;
      }
    }
    const settled = await this.d.settlement.applyAnswer(tx, payment, answer, ACTOR, log);
    log.info({ paymentId, orderId: payment.orderId, status: settled.status }, 'open payment reconciled');
    return answer.status === 'requires_action' ? { expiresAt: answer.expiresAt } : undefined;
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
