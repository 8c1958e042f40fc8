import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import type { Outbox } from '../../../shared/events/index.js';
import type { Actor, OrderLifecycle } from '../order-lifecycle.js';
import type { PaymentRow } from '../orders.repository.js';
import type { RetrievedPayment } from './provider.js';
import { paymentsRepository as payRepo, type PaymentChanges } from './payments.repository.js';
import type { RefundLedger } from './refunds.js';

/** A provider's answer about a payment it has. */
export type ProviderAnswer = Exclude<RetrievedPayment, { status: 'not_found' }>;

/** What a provider said about a payment, synchronously or by webhook. */
export type PaymentOutcome =
  | { status: 'succeeded' }
  | { status: 'declined' | 'failed' | 'cancelled'; declineCode: string; declineMessage: string }
  | { status: 'requires_action'; actionUrl: string };

/** Pino's shape (Fastify's request log fits), so services log without knowing Fastify. */
export interface PaymentLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLog: PaymentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Statuses a payment never leaves: a late or repeated provider event changes nothing. */
const FINAL: ReadonlySet<PaymentRow['status']> = new Set(['succeeded', 'declined', 'failed', 'cancelled']);

export const isFinal = (status: PaymentRow['status']): boolean => FINAL.has(status);

/** The deadline that asks the provider about a payment still open (payment-reconciler.ts). */
export const RECONCILE_DEADLINE = 'payment.reconcile';

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
    /** Where money that pays for nothing is sent back from. */
    private readonly refunds: RefundLedger,
    /** Turns the provider's 3-D Secure URL into the one the customer is given. */
    private readonly link: (url: string) => string = (url) => url,
  ) {}

  /**
   * A provider's answer, live or looked up later, applied exactly as its webhook would be: a
   * decline that comes after 3-D Secure was asked for is a failure. `cancelled` says why, if we
   * cancelled it (else: the customer did).
   */
  applyAnswer(
    tx: Executor,
    payment: PaymentRow,
    answer: ProviderAnswer,
    actor: Actor,
    log: PaymentLog,
    cancelled: { declineCode: string; declineMessage: string } = CANCELLED_BY_CUSTOMER,
  ): Promise<PaymentRow> {
    const outcome: PaymentOutcome =
      answer.status === 'succeeded'
        ? { status: 'succeeded' }
        : answer.status === 'requires_action'
          ? { status: 'requires_action', actionUrl: this.link(answer.action.url) }
          : answer.status === 'cancelled'
            ? { status: 'cancelled', ...cancelled }
            : {
                status: payment.status === 'requires_action' ? 'failed' : 'declined',
                declineCode: answer.declineCode,
                declineMessage: answer.declineMessage,
              };
    return this.apply(tx, payment, outcome, actor, log, {
      providerPaymentId: answer.providerPaymentId,
      cardBrand: answer.card.brand,
      cardLast4: answer.card.last4,
    });
  }

  async apply(
    tx: Executor,
    payment: PaymentRow,
    outcome: PaymentOutcome,
    actor: Actor,
    log: PaymentLog,
    extra: PaymentChanges = {},
  ): Promise<PaymentRow> {
    if (FINAL.has(payment.status)) {
      if (payment.status === outcome.status) return payment;
      if (outcome.status === 'succeeded') {
        // The provider took money for a payment we had already ended (voided after a crash, or failed):
        // the card was charged, so the payment says so (money received), and all of it goes back at
        // once (money refunded): it pays for nothing. The order is locked first, as by every refund writer.
        await this.lifecycle.lock(tx, payment.orderId);
        const charged = await payRepo.update(tx, payment.id, {
          ...extra,
          ...changesFor(outcome),
          updatedAt: this.clock.now(),
        });
        await this.refundRequired(tx, charged, payment.amountMinor, 'the payment had already ended', log);
        await this.events.cancelDeadline(tx, RECONCILE_DEADLINE, payment.id);
        return charged;
      }
      log.warn(
        { paymentId: payment.id, status: payment.status, outcome: outcome.status },
        'payment already ended; a different outcome from the provider is ignored',
      );
      return payment;
    }
    const updated = await payRepo.update(tx, payment.id, {
      ...extra,
      ...changesFor(outcome),
      updatedAt: this.clock.now(),
    });
    if (outcome.status === 'succeeded') await this.markOrderPaid(tx, updated, actor, log);
    if (FINAL.has(updated.status)) {
      // Nothing left to look up. One already running is skipped (locked) and finds the payment ended.
      await this.events.cancelDeadline(tx, RECONCILE_DEADLINE, payment.id);
    }
    return updated;
  }

  private async markOrderPaid(tx: Executor, payment: PaymentRow, actor: Actor, log: PaymentLog): Promise<void> {
    const locked = (await this.lifecycle.lock(tx, payment.orderId))!;
    const unpaid = locked.subs.filter((s) => s.status === 'pending_payment');
    if (unpaid.length > 0) {
      // A card payment pays each part whole: what it received is what a cancel later refunds.
      await payRepo.markReceived(
        tx,
        unpaid.map((s) => s.id),
      );
      await this.lifecycle.move(tx, locked, unpaid, 'paid', actor);
    }
    const surplusMinor = payment.amountMinor - unpaid.reduce((sum, s) => sum + s.totalMinor, 0);
    if (surplusMinor <= 0) return;
    // The money arrived after (part of) the order expired or was cancelled: its stock is already
    // released, so the goods cannot be sold on this payment. The payment stays `succeeded` (the
    // card was charged) and the surplus goes back to the card (docs/domain.md, Payments).
    const reason = unpaid.length === 0 ? 'nothing left to pay' : 'part of the order no longer awaits payment';
    await this.refundRequired(tx, payment, surplusMinor, reason, log);
  }

  /** Money the provider took that pays for nothing: a card refund, paid back by the relay. */
  private async refundRequired(
    tx: Executor,
    payment: PaymentRow,
    amountMinor: number,
    reason: string,
    log: PaymentLog,
  ): Promise<void> {
    const refund = await this.refunds.lateMoney(tx, payment, amountMinor, reason);
    log.warn(
      { paymentId: payment.id, orderId: payment.orderId, refundMinor: refund?.amountMinor ?? 0, reason },
      'card payment succeeded for nothing left to pay; refunded',
    );
  }
}

/** The customer abandoned the payment (its cancel endpoint), or the challenge was left at the provider. */
const CANCELLED_BY_CUSTOMER = { declineCode: 'cancelled', declineMessage: 'The payment was cancelled.' };

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
