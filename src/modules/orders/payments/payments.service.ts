import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import type { DueDeadline, Outbox } from '../../../shared/events/index.js';
import { DomainError } from '../../../shared/errors.js';
import { claimIdempotencyKey, IdempotencyLockClass } from '../../../shared/idempotency.js';
import type { Principal } from '../../../shared/principal.js';
import {
  PaymentInProgressError,
  PaymentNotCancellableError,
  type UnpayableReason,
  PaymentNotFoundError,
  PaymentProviderNotConfiguredError,
  PaymentProviderNotFoundError,
  PaymentProviderUnavailableError,
  WebhookAmountMismatchError,
} from './card-payments.errors.js';
import type { Actor, OrderLifecycle } from '../order-lifecycle.js';
import { OrderNotFoundError } from '../orders.errors.js';
import { ordersRepository as repo, type PaymentRow } from '../orders.repository.js';
import { toPaymentView } from '../orders.views.js';
import { OPEN_PAYMENT, payableParts, paymentRequestHash, type PayBody } from './payment-rules.js';
import { cancelledBecause, PaymentReconciler, type ReconcilePayload } from './reconciler.js';
import {
  PaymentSettlement,
  silentLog,
  type PaymentLog,
  type PaymentOutcome,
  type ProviderAnswer,
} from './settlement.js';
import { cardSummary } from './card.js';
import type { PaymentProvider, WebhookEvent, WebhookHeaders } from './provider.js';
import { paymentsRepository as payRepo } from './payments.repository.js';
import { RefundExecutor, type RefundPayload } from './refund-executor.js';
import { refundsRepository } from './refunds.repository.js';
import { toRefundView } from './refunds.views.js';

export const ORDERS_PATH = '/api/v1/orders';
/**
 * The test provider needs an absolute 3-D Secure base URL; without PUBLIC_URL it gets this
 * placeholder origin, and `localLink` turns its links back into relative ones.
 */
export const PLACEHOLDER_ORIGIN = 'http://tutuu.invalid';

export function threeDsBaseUrl(publicUrl: string | undefined): string {
  return `${publicUrl ?? PLACEHOLDER_ORIGIN}${ORDERS_PATH}/payments/test-3ds`;
}

export interface PaymentsDeps {
  db: Db;
  clock: Clock;
  lifecycle: OrderLifecycle;
  events: Outbox;
  /** Charges new card payments; its webhooks arrive at `/payments/webhook/<provider.name>`. None: cards are refused. */
  provider: PaymentProvider | undefined;
  publicUrl: string | undefined;
  /** A payment still open this long after it was written is looked up at the provider (PAYMENT_RECONCILE_SEC). */
  reconcileAfterMs: number;
}

export type { PayBody };
export type PaymentView = ReturnType<typeof toPaymentView>;

/**
 * Card payments of orders: a charge through the provider, its webhooks, and the order moving
 * to `paid`. A full card number lives only in the request being handled: it is never stored,
 * logged or answered (the payment keeps brand and last four digits).
 */
export class PaymentsService {
  private readonly settlement: PaymentSettlement;
  private readonly reconciler: PaymentReconciler;
  private readonly refunds: RefundExecutor;
  /** Where the reconciler reports: set once the app's logger exists (`useLog`). */
  private log: PaymentLog = silentLog;

  constructor(private readonly d: PaymentsDeps) {
    const link = (url: string) => this.localLink(url);
    this.settlement = new PaymentSettlement(d.clock, d.lifecycle, d.events, d.lifecycle.refunds, link);
    this.reconciler = new PaymentReconciler({ ...d, settlement: this.settlement, afterMs: d.reconcileAfterMs });
    this.refunds = new RefundExecutor(d);
  }

  get provider(): PaymentProvider | undefined {
    return this.d.provider;
  }

  useLog(log: PaymentLog): void {
    this.log = log;
  }

  /** The `payment.reconcile` deadline's handler (reconciler.ts). */
  reconcile(tx: Executor, deadline: DueDeadline<ReconcilePayload>): Promise<void> {
    return this.reconciler.reconcile(tx, deadline, this.log);
  }

  /** The `refund.execute` deadline's handler (refund-executor.ts). */
  executeRefund(tx: Executor, deadline: DueDeadline<RefundPayload>): Promise<void> {
    return this.refunds.execute(tx, deadline, this.log);
  }

  /** The `payment.void_requested` event's handler (reconciler.ts). */
  voidIfUnpayable(tx: Executor, paymentId: string): Promise<void> {
    return this.reconciler.voidIfUnpayable(tx, paymentId, this.log);
  }

  /**
   * The buyer pays the unpaid part of its card order. The payment row is written first (so a
   * retry with the same key finds it, even while the provider is being asked), with the deadline
   * that reconciles it should this process die before the answer is written; the provider is
   * called outside any transaction, then its answer is written and the order moves. A retry
   * with the same key answers the payment as it stands: `pending` until it is settled.
   */
  async pay(
    p: Principal,
    orderId: string,
    key: string,
    body: PayBody,
    log: PaymentLog = silentLog,
  ): Promise<{ payment: PaymentView; replayed: boolean }> {
    const provider = this.d.provider;
    if (!provider) throw new PaymentProviderNotConfiguredError();
    const hash = paymentRequestHash(body);
    const started = await this.d.db.transaction((tx) => this.start(tx, provider, p, orderId, key, hash, body));
    if (started.replayed) return { payment: toPaymentView(started.payment), replayed: true };
    const { payment, order } = started;

    let result: ProviderAnswer;
    try {
      result = await provider.createPayment({
        paymentId: payment.id,
        amountMinor: payment.amountMinor,
        currency: 'RUB',
        description: `Заказ ${order.number}`,
        card: body.card,
        // Our payment's id: the provider answers a repeated call with the first result.
        idempotencyKey: payment.id,
        returnUrl: `${this.d.publicUrl ?? ''}${ORDERS_PATH}/${order.id}`,
      });
    } catch (err) {
      const known = await this.afterProviderError(provider, payment, err, log);
      if (!known) throw err instanceof DomainError ? err : new PaymentProviderUnavailableError();
      result = known;
    }

    const actor: Actor = { actorId: p.userId, actorRole: 'customer', reason: 'card payment' };
    // The card is charged now: writing that down must not be lost to a deadlock with the expiry
    // relay (it locks the deadline, then the order; a payment locks the order, then cancels the
    // deadline). The write is idempotent (payment row locked, status checked), so it is retried.
    const settled = await retryOnDeadlock(() =>
      this.d.db.transaction(async (tx) => {
        const row = (await payRepo.lock(tx, payment.id))!;
        return this.settlement.applyAnswer(tx, row, result, actor, log);
      }),
    );
    log.info(
      { paymentId: settled.id, orderId, status: settled.status, declineCode: settled.declineCode },
      'card payment answered',
    );
    return { payment: toPaymentView(settled), replayed: false };
  }

  /**
   * The customer abandons a payment waiting for 3-D Secure: it is cancelled at the provider, so a
   * later confirmation charges nothing, and the order may be paid anew. A confirmation that got
   * to the provider first wins: the payment is settled as succeeded and the cancel is a 409.
   */
  async cancel(p: Principal, orderId: string, paymentId: string, log: PaymentLog = silentLog): Promise<PaymentView> {
    const provider = this.d.provider;
    const order = await repo.order(this.d.db, orderId);
    if (!order || p.role !== 'customer' || order.customerId !== p.userId) throw new OrderNotFoundError();
    const payment = await payRepo.byId(this.d.db, paymentId);
    if (!payment || payment.orderId !== orderId) throw new PaymentNotFoundError();
    if (payment.status === 'cancelled') return toPaymentView(payment);
    if (payment.status !== 'requires_action') throw new PaymentNotCancellableError(payment.status);
    if (!provider || provider.name !== payment.provider) throw new PaymentProviderNotConfiguredError();
    const ref = { paymentId, idempotencyKey: paymentId, providerPaymentId: payment.providerPaymentId ?? undefined };
    let answer;
    try {
      answer = await provider.cancelPayment(ref);
    } catch (err) {
      log.error({ paymentId, orderId, error: errorKind(err) }, 'payment provider cancel failed');
      throw err instanceof DomainError ? err : new PaymentProviderUnavailableError();
    }
    if (answer.status === 'not_found') throw new Error(`the provider lost payment ${paymentId}`);
    const actor: Actor = { actorId: p.userId, actorRole: 'customer', reason: 'card payment' };
    const settled = await retryOnDeadlock(() =>
      this.d.db.transaction(async (tx) => {
        const row = (await payRepo.lock(tx, paymentId))!;
        return this.settlement.applyAnswer(tx, row, answer, actor, log);
      }),
    );
    log.info({ paymentId, orderId, status: settled.status }, 'card payment cancel answered');
    if (settled.status === 'succeeded') throw new PaymentNotCancellableError(settled.status);
    return toPaymentView(settled);
  }

  /** Settles a payment we cancelled at the provider because its order can no longer take it (`reason`). */
  applyVoid(
    tx: Executor,
    payment: PaymentRow,
    answer: ProviderAnswer,
    reason: UnpayableReason,
    log: PaymentLog,
  ): Promise<PaymentRow> {
    const actor: Actor = { actorId: null, actorRole: 'system', reason: 'card payment' };
    return this.settlement.applyAnswer(tx, payment, answer, actor, log, cancelledBecause(reason));
  }

  /** An order's payments and refunds, oldest first: its customer's own, or any for admins. */
  async list(p: Principal, orderId: string) {
    const order = await repo.order(this.d.db, orderId);
    const mine = p.role === 'admin' || (p.role === 'customer' && order?.customerId === p.userId);
    if (!order || !mine) throw new OrderNotFoundError();
    return {
      items: (await repo.paymentsOf(this.d.db, orderId)).map(toPaymentView),
      refunds: (await refundsRepository.ofOrder(this.d.db, orderId)).map(toRefundView),
    };
  }

  /**
   * A provider's notification, verified by its signature and applied once in one transaction:
   * a redelivered event (same id) is acknowledged and changes nothing.
   */
  async handleWebhook(
    providerName: string,
    rawBody: string | Buffer,
    headers: WebhookHeaders,
    log: PaymentLog = silentLog,
  ): Promise<{ duplicate: boolean; payment: PaymentRow | null }> {
    const provider = this.d.provider;
    if (!provider || providerName !== provider.name) throw new PaymentProviderNotFoundError();
    const event = await provider.parseWebhook(rawBody, headers);
    return this.d.db.transaction((tx) => this.applyEvent(tx, provider, event, log));
  }

  /** A verified provider event, applied once inside `tx` (the webhook's, or the test 3-D Secure page's). */
  async applyEvent(
    tx: Executor,
    provider: PaymentProvider,
    event: WebhookEvent,
    log: PaymentLog,
  ): Promise<{ duplicate: boolean; payment: PaymentRow | null }> {
    // The payment first, as every payment writer takes it (then its order); an unknown one rolls the
    // event back too, so the provider's redelivery is applied once we know the payment.
    const payment = await payRepo.byProviderId(tx, provider.name, event.providerPaymentId, true);
    if (!payment) throw new PaymentNotFoundError();
    if (!(await payRepo.markEventSeen(tx, provider.name, event.id, this.d.clock.now()))) {
      log.info({ eventId: event.id, provider: provider.name }, 'webhook event already applied');
      return { duplicate: true, payment };
    }
    if (event.amountMinor !== payment.amountMinor) {
      throw new WebhookAmountMismatchError(payment.amountMinor, event.amountMinor);
    }
    const outcome: PaymentOutcome =
      event.type === 'payment.succeeded'
        ? { status: 'succeeded' }
        : {
            status: 'failed',
            declineCode: event.declineCode ?? 'payment_failed',
            declineMessage: event.declineMessage ?? 'The payment failed.',
          };
    const actor: Actor = { actorId: null, actorRole: 'provider', reason: 'card payment' };
    const updated = await this.settlement.apply(tx, payment, outcome, actor, log);
    log.info({ eventId: event.id, paymentId: payment.id, status: updated.status }, 'webhook event applied');
    return { duplicate: false, payment: updated };
  }

  /** The first transaction: a replay answers the payment it made; otherwise a `pending` row is written. */
  private async start(
    tx: Executor,
    provider: PaymentProvider,
    p: Principal,
    orderId: string,
    key: string,
    hash: string,
    body: PayBody,
  ) {
    const order = await repo.order(tx, orderId);
    // Only the buyer pays: for anyone else (admins too) the order does not exist.
    if (!order || p.role !== 'customer' || order.customerId !== p.userId) throw new OrderNotFoundError();
    // A parallel request with the same key waits here until the first has written its row.
    const existing = await claimIdempotencyKey(tx, {
      lockClass: IdempotencyLockClass.cardPayment,
      scope: orderId,
      key,
      hash,
      find: () => payRepo.byKey(tx, orderId, key),
      reusedCode: 'ORDER.IDEMPOTENCY_KEY_REUSED',
    });
    if (existing) return { replayed: true as const, payment: existing };
    const locked = (await this.d.lifecycle.lock(tx, orderId))!;
    const now = this.d.clock.now();
    const unpaid = payableParts(locked.order, locked.subs, now);
    // One charge per order (docs/domain.md, Payments): a payment pending (nobody knows yet whether it
    // charged) or waiting for 3-D Secure (a confirmation would charge) blocks another attempt.
    const inFlight = (await repo.paymentsOf(tx, orderId)).find((x) => OPEN_PAYMENT.has(x.status));
    if (inFlight) throw new PaymentInProgressError(toPaymentView(inFlight));
    const card = cardSummary(body.card.number);
    const payment = await payRepo.insert(tx, {
      orderId,
      method: 'card',
      provider: provider.name,
      status: 'pending',
      amountMinor: unpaid.reduce((sum, s) => sum + s.totalMinor, 0),
      cardBrand: card.brand,
      cardLast4: card.last4,
      idempotencyKey: key,
      requestHash: hash,
      createdAt: now,
      updatedAt: now,
    });
    await this.reconciler.schedule(tx, payment);
    return { replayed: false as const, payment, order: locked.order };
  }

  /**
   * The provider call threw, yet the charge may have gone through (a timeout after the provider
   * took it): ask once, and if it has the payment, that is the answer. If it does not, or cannot
   * be asked, the request may still be on its way to it: the payment stays pending (a new attempt
   * is 409 meanwhile, so nothing is charged twice) until its reconcile deadline, later than any
   * provider call may take, settles it or voids it (docs/domain.md, Payments).
   */
  private async afterProviderError(
    provider: PaymentProvider,
    payment: PaymentRow,
    err: unknown,
    log: PaymentLog,
  ): Promise<ProviderAnswer | undefined> {
    const at = { paymentId: payment.id, orderId: payment.orderId };
    log.error({ ...at, error: errorKind(err) }, 'payment provider call failed');
    try {
      const found = await provider.retrievePayment({ paymentId: payment.id, idempotencyKey: payment.id });
      if (found.status !== 'not_found') return found;
      log.warn(at, 'the provider does not have the payment yet; left to the reconciler');
    } catch (lookupErr) {
      log.error({ ...at, error: errorKind(lookupErr) }, 'payment provider look-up failed; left to the reconciler');
    }
    return undefined;
  }

  /** Without PUBLIC_URL, links to our own pages are relative (the placeholder origin is dropped). */
  private localLink(url: string): string {
    if (this.d.publicUrl || !url.startsWith(`${PLACEHOLDER_ORIGIN}/`)) return url;
    return url.slice(PLACEHOLDER_ORIGIN.length);
  }
}

/** Only the error's kind: a provider SDK's message may quote the request, card included. */
function errorKind(err: unknown): string {
  return err instanceof DomainError ? err.code : err instanceof Error ? err.name : typeof err;
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);

async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const e = err as { code?: unknown; cause?: { code?: unknown } };
      const code = e.code ?? e.cause?.code;
      if (attempt >= attempts || typeof code !== 'string' || !RETRYABLE.has(code)) throw err;
    }
  }
}
