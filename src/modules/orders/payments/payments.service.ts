import { sql } from 'drizzle-orm';
import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import type { DueDeadline, Outbox } from '../../../shared/events/index.js';
import { DomainError } from '../../../shared/errors.js';
import type { Principal } from '../../../shared/principal.js';
import {
  PaymentInProgressError,
  PaymentNotFoundError,
  PaymentProviderNotConfiguredError,
  PaymentProviderNotFoundError,
  PaymentProviderUnavailableError,
  WebhookAmountMismatchError,
} from './card-payments.errors.js';
import type { Actor, OrderLifecycle } from '../order-lifecycle.js';
import { IdempotencyKeyReusedError, OrderNotFoundError } from '../orders.errors.js';
import { ordersRepository as repo, type PaymentRow } from '../orders.repository.js';
import { toPaymentView } from '../orders.views.js';
import { payableParts, paymentRequestHash, type PayBody } from './payment-rules.js';
import { PaymentReconciler, type ReconcilePayload } from './reconciler.js';
import { PaymentSettlement, silentLog, type PaymentLog, type PaymentOutcome } from './settlement.js';
import { cardSummary } from './card.js';
import type { CreatePaymentResult, PaymentProvider, WebhookHeaders } from './provider.js';
import { paymentsRepository as payRepo } from './payments.repository.js';

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

/** Payments in flight, one advisory-lock space per order and key (checkout uses 7_310_442). */
const IDEMPOTENCY_LOCK_CLASS = 7_310_443;

/**
 * Card payments of orders: a charge through the provider, its webhooks, and the order moving
 * to `paid`. A full card number lives only in the request being handled: it is never stored,
 * logged or answered (the payment keeps brand and last four digits).
 */
export class PaymentsService {
  private readonly settlement: PaymentSettlement;
  private readonly reconciler: PaymentReconciler;
  /** Where the reconciler reports: set once the app's logger exists (`useLog`). */
  private log: PaymentLog = silentLog;

  constructor(private readonly d: PaymentsDeps) {
    this.settlement = new PaymentSettlement(d.clock, d.lifecycle, d.events, (url) => this.localLink(url));
    this.reconciler = new PaymentReconciler({ ...d, settlement: this.settlement, afterMs: d.reconcileAfterMs });
  }

  get provider(): PaymentProvider | undefined {
    return this.d.provider;
  }

  useLog(log: PaymentLog): void {
    this.log = log;
  }

  /** The `payment.reconcile` deadline's handler (payment-reconciler.ts). */
  reconcile(tx: Executor, deadline: DueDeadline<ReconcilePayload>): Promise<void> {
    return this.reconciler.reconcile(tx, deadline, this.log);
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

    let result: CreatePaymentResult;
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

  /** An order's payments, oldest first: its customer's own, or any for admins. */
  async list(p: Principal, orderId: string): Promise<{ items: PaymentView[] }> {
    const order = await repo.order(this.d.db, orderId);
    const mine = p.role === 'admin' || (p.role === 'customer' && order?.customerId === p.userId);
    if (!order || !mine) throw new OrderNotFoundError();
    return { items: (await repo.paymentsOf(this.d.db, orderId)).map(toPaymentView) };
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
    return this.d.db.transaction(async (tx) => {
      if (!(await payRepo.markEventSeen(tx, provider.name, event.id, this.d.clock.now()))) {
        log.info({ eventId: event.id, provider: provider.name }, 'webhook event already applied');
        const payment = await payRepo.byProviderId(tx, provider.name, event.providerPaymentId);
        return { duplicate: true, payment: payment ?? null };
      }
      // Not found rolls the event back too, so the provider's redelivery is applied once we know the payment.
      const payment = await payRepo.byProviderId(tx, provider.name, event.providerPaymentId, true);
      if (!payment) throw new PaymentNotFoundError();
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
    });
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
    // A parallel request with the same key waits here until the first has written its row.
    await tx.execute(sql`select pg_advisory_xact_lock(${IDEMPOTENCY_LOCK_CLASS}, hashtext(${`${orderId}/${key}`}))`);
    const order = await repo.order(tx, orderId);
    // Only the buyer pays: for anyone else (admins too) the order does not exist.
    if (!order || p.role !== 'customer' || order.customerId !== p.userId) throw new OrderNotFoundError();
    const existing = await payRepo.byKey(tx, orderId, key);
    if (existing) {
      if (existing.requestHash !== hash) throw new IdempotencyKeyReusedError();
      return { replayed: true as const, payment: existing };
    }
    const locked = (await this.d.lifecycle.lock(tx, orderId))!;
    const now = this.d.clock.now();
    const unpaid = payableParts(locked.order, locked.subs, now);
    // Pending until its answer is written, by this request or by the reconciler should this process
    // die: until then nobody knows whether it charged, and a second attempt could charge twice.
    const inFlight = (await repo.paymentsOf(tx, orderId)).find((x) => x.status === 'pending');
    if (inFlight) throw new PaymentInProgressError(inFlight.id);
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
  ): Promise<CreatePaymentResult | undefined> {
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
