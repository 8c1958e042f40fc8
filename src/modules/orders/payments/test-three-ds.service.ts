import { ThreeDsPaymentNotFoundError } from './payments.errors.js';
import { TestCardProvider, type ThreeDsOutcome, type ThreeDsPaymentView } from './test-card-provider.js';
import { silentLog, type PaymentLog } from './settlement.js';
import type { PaymentsService, PaymentView } from './payments.service.js';
import { toPaymentView } from '../orders.views.js';

export interface ThreeDsResult {
  outcome: 'succeeded' | 'failed';
  orderId: string;
  payment: PaymentView;
}

/**
 * The 3-D Secure step of the built-in test provider: the page a customer is sent to, and its
 * two buttons. A button makes the provider sign the webhook it would send, and that webhook is
 * delivered to our own handler at once, exactly as if the provider had POSTed it.
 */
export class TestThreeDsService {
  constructor(private readonly payments: PaymentsService) {}

  /** Only the test provider has this page; with a real one, or none, there is nothing here. */
  get available(): boolean {
    return this.payments.provider instanceof TestCardProvider;
  }

  page(providerPaymentId: string): Promise<ThreeDsPaymentView> {
    return this.provider().threeDsPayment(providerPaymentId);
  }

  async complete(providerPaymentId: string, outcome: ThreeDsOutcome, log: PaymentLog = silentLog) {
    const provider = this.provider();
    const webhook = await provider.completeThreeDs(providerPaymentId, outcome);
    const { payment } = await this.payments.handleWebhook(provider.name, webhook.body, webhook.headers, log);
    // The test provider made this payment only for one of our rows: its absence is a bug, not a 404.
    if (!payment) throw new Error(`no payment has provider id ${providerPaymentId}`);
    const result: ThreeDsResult = {
      outcome: outcome === 'succeed' ? 'succeeded' : 'failed',
      orderId: payment.orderId,
      payment: toPaymentView(payment),
    };
    return result;
  }

  private provider(): TestCardProvider {
    const provider = this.payments.provider;
    if (!(provider instanceof TestCardProvider)) throw new ThreeDsPaymentNotFoundError();
    return provider;
  }
}
