import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import type { OrderLifecycle } from '../order-lifecycle.js';
import { ordersRepository as repo } from '../orders.repository.js';
import { toPaymentView } from '../orders.views.js';
import { PaymentNoLongerPayableError, type UnpayableReason } from './card-payments.errors.js';
import { whyUnpayable } from './payment-rules.js';
import { ThreeDsPaymentNotFoundError } from './payments.errors.js';
import { paymentsRepository as payRepo } from './payments.repository.js';
import type { PaymentsService, PaymentView } from './payments.service.js';
import { silentLog, type PaymentLog } from './settlement.js';
import { TestCardProvider, type ThreeDsOutcome, type ThreeDsPaymentView } from './test-card-provider.js';

export interface ThreeDsResult {
  outcome: 'succeeded' | 'failed';
  orderId: string;
  payment: PaymentView;
}

/** What the page shows: the provider's challenge, and why it can no longer be confirmed, if so. */
export type ThreeDsPageView = ThreeDsPaymentView & { refusal?: UnpayableReason | undefined };

/**
 * The 3-D Secure step of the built-in test provider: the page a customer is sent to, and its
 * two buttons. A button makes the provider sign the webhook it would send, and that webhook is
 * applied by our own handler at once, in the same transaction, exactly as if the provider had
 * POSTed it. «Подтвердить» charges only while the order can still take the payment (docs/domain.md,
 * Payments): otherwise the payment is cancelled at the provider and nothing is charged — as a
 * provider with two-stage payments (hold, then capture) lets a shop do.
 */
export class TestThreeDsService {
  constructor(private readonly d: { db: Db; clock: Clock; lifecycle: OrderLifecycle; payments: PaymentsService }) {}

  /** Only the test provider has this page; with a real one, or none, there is nothing here. */
  get available(): boolean {
    return this.d.payments.provider instanceof TestCardProvider;
  }

  async page(providerPaymentId: string): Promise<ThreeDsPageView> {
    const view = await this.provider().threeDsPayment(providerPaymentId);
    if (view.status !== 'pending') return view;
    const payment = await payRepo.byId(this.d.db, view.paymentId);
    const order = payment && (await repo.order(this.d.db, payment.orderId));
    if (!payment || !order) return view;
    const subs = await repo.subOrdersOf(this.d.db, order.id);
    return { ...view, refusal: whyUnpayable(payment, order, subs, this.d.clock.now()) ?? undefined };
  }

  async complete(providerPaymentId: string, outcome: ThreeDsOutcome, log: PaymentLog = silentLog) {
    const provider = this.provider();
    // The provider's record, then our payment, then its order: the order every payment writer locks them in.
    const done = await this.d.db.transaction(async (tx) => {
      const view = await provider.threeDsPayment(providerPaymentId, tx, true);
      if (view.status === 'pending' && outcome === 'succeed') {
        const payment = await payRepo.lock(tx, view.paymentId);
        const locked = payment && (await this.d.lifecycle.lock(tx, payment.orderId));
        const refusal = payment && locked && whyUnpayable(payment, locked.order, locked.subs, this.d.clock.now());
        if (payment && refusal) {
          const ref = { paymentId: payment.id, idempotencyKey: payment.id, providerPaymentId };
          const cancelled = await provider.cancelPayment(ref, tx);
          if (cancelled.status !== 'not_found') await this.d.payments.applyVoid(tx, payment, cancelled, refusal, log);
          return { refusal };
        }
      }
      const webhook = await provider.completeThreeDs(providerPaymentId, outcome, tx);
      const event = await provider.parseWebhook(webhook.body, webhook.headers);
      return this.d.payments.applyEvent(tx, provider, event, log);
    });
    if ('refusal' in done) throw new PaymentNoLongerPayableError(done.refusal);
    // The test provider made this payment only for one of our rows: its absence is a bug, not a 404.
    if (!done.payment) throw new Error(`no payment has provider id ${providerPaymentId}`);
    const result: ThreeDsResult = {
      outcome: outcome === 'succeed' ? 'succeeded' : 'failed',
      orderId: done.payment.orderId,
      payment: toPaymentView(done.payment),
    };
    return result;
  }

  private provider(): TestCardProvider {
    const provider = this.d.payments.provider;
    if (!(provider instanceof TestCardProvider)) throw new ThreeDsPaymentNotFoundError();
    return provider;
  }
}
