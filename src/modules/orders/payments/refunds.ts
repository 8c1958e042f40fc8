import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import type { Outbox } from '../../../shared/events/index.js';
import type { Actor } from '../order-lifecycle.js';
import type { OrderRow, PaymentRow, SubOrderRow } from '../orders.repository.js';
import { payments } from '../orders.tables.js';
import { RefundExceedsReceivedError, RefundNoCardPaymentError } from './refunds.errors.js';
import { refundsRepository as repo, type NewRefund, type RefundRow } from './refunds.repository.js';
import type { RefundCause } from './refunds.tables.js';

/** The deadline that has the provider pay a card refund back (refund-executor.ts). */
export const REFUND_DEADLINE = 'refund.execute';

export interface RefundLinesInput {
  /** The order, locked by the caller (`OrderLifecycle.lock`) so two refunds of a part never race. */
  order: OrderRow;
  subOrder: SubOrderRow;
  /** Kopecks: at most what the part received and has not refunded yet (`refundable`). */
  amountMinor: number;
  reason: string | null;
  actor: Actor;
  /** `return` unless said otherwise. */
  cause?: RefundCause;
  /** The accepted return this pays for. */
  returnId?: string | undefined;
}

/**
 * Writes what is owed back to the customer, in the transaction of the change that owes it
 * (docs/domain.md, Payments): card money as `pending` card refunds against the order's payments,
 * paid back by the relay (`refund.execute`); money received by bank transfer as a refund `due`,
 * which the seller or an admin marks paid back. Every writer holds the order's lock.
 */
export class RefundLedger {
  constructor(
    private readonly clock: Clock,
    private readonly events: Outbox,
  ) {}

  /** What a part received and has not been promised back yet. */
  async refundable(ex: Executor, sub: SubOrderRow): Promise<number> {
    return sub.receivedMinor - (await repo.claimed(ex, { subOrderId: sub.id }));
  }

  /** A paid part is cancelled: everything it received (goods and delivery) goes back. */
  async forCancelled(tx: Executor, order: OrderRow, sub: SubOrderRow, actor: Actor): Promise<RefundRow[]> {
    const amountMinor = await this.refundable(tx, sub);
    if (amountMinor <= 0) return [];
    return this.refundLines(tx, {
      order,
      subOrder: sub,
      amountMinor,
      reason: actor.reason ?? null,
      actor,
      cause: 'cancellation',
    });
  }

  /**
   * Refunds `amountMinor` of a part (an accepted return, a cancel): card orders get card refunds
   * against their succeeded payments, invoice orders a refund due. Nothing for 0; more than
   * `refundable` is a 409 `REFUND.EXCEEDS_RECEIVED`.
   */
  async refundLines(tx: Executor, input: RefundLinesInput): Promise<RefundRow[]> {
    const { order, subOrder, amountMinor } = input;
    if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
      throw new Error(`a refund is a whole, non-negative number of kopecks, not ${amountMinor}`);
    }
    if (amountMinor === 0) return [];
    const refundable = await this.refundable(tx, subOrder);
    if (amountMinor > refundable) throw new RefundExceedsReceivedError(Math.max(refundable, 0));
    const base = {
      orderId: order.id,
      subOrderId: subOrder.id,
      returnId: input.returnId ?? null,
      cause: input.cause ?? 'return',
      reason: input.reason,
      requestedBy: input.actor.actorId,
      requestedRole: input.actor.actorRole,
    } as const;
    if (order.paymentMethod === 'invoice') {
      return [await this.write(tx, { ...base, method: 'invoice', status: 'due', amountMinor })];
    }
    const made: RefundRow[] = [];
    let left = amountMinor;
    for (const payment of await succeededCardPayments(tx, order.id)) {
      const part = Math.min(left, payment.amountMinor - (await repo.claimed(tx, { paymentId: payment.id })));
      if (part <= 0) continue;
      made.push(await this.cardRefund(tx, payment, { ...base, amountMinor: part }));
      left -= part;
      if (left === 0) return made;
    }
    throw new RefundNoCardPaymentError(left);
  }

  /**
   * Card money that pays for nothing (the order expired or the payment was voided before it
   * arrived) goes back at once; asked twice for one payment, it never refunds more than the payment.
   */
  async lateMoney(tx: Executor, payment: PaymentRow, amountMinor: number, reason: string): Promise<RefundRow | null> {
    const left = payment.amountMinor - (await repo.claimed(tx, { paymentId: payment.id }));
    const refund = Math.min(left, amountMinor);
    if (refund <= 0) return null;
    return this.cardRefund(tx, payment, {
      orderId: payment.orderId,
      subOrderId: null,
      cause: 'late_payment',
      reason,
      requestedBy: null,
      requestedRole: 'system',
      amountMinor: refund,
    });
  }

  private async cardRefund(
    tx: Executor,
    payment: PaymentRow,
    values: Omit<NewRefund, 'method' | 'status' | 'paymentId' | 'provider' | 'createdAt' | 'updatedAt'>,
  ): Promise<RefundRow> {
    const refund = await this.write(tx, {
      ...values,
      method: 'card',
      status: 'pending',
      paymentId: payment.id,
      provider: payment.provider,
    });
    // Paid back by the relay, after this transaction commits: never a provider call inside it.
    await this.events.scheduleDeadline(tx, {
      kind: REFUND_DEADLINE,
      key: refund.id,
      dueAt: this.clock.now(),
      payload: { refundId: refund.id },
    });
    return refund;
  }

  private async write(tx: Executor, values: Omit<NewRefund, 'createdAt' | 'updatedAt'>): Promise<RefundRow> {
    const now = this.clock.now();
    const refund = await repo.insert(tx, { ...values, createdAt: now, updatedAt: now });
    await this.events.publish(tx, {
      type: 'refund.requested',
      key: refund.orderId,
      payload: {
        refundId: refund.id,
        orderId: refund.orderId,
        subOrderId: refund.subOrderId,
        method: refund.method,
        amountMinor: refund.amountMinor,
        cause: refund.cause,
      },
    });
    return refund;
  }
}

/** The order's card payments that took money, oldest first. */
function succeededCardPayments(ex: Executor, orderId: string): Promise<PaymentRow[]> {
  return ex
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, orderId), eq(payments.method, 'card'), eq(payments.status, 'succeeded')))
    .orderBy(asc(payments.createdAt), asc(payments.id));
}
