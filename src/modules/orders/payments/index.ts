/**
 * Payments of orders: card payments through a provider (the built-in test one, or none), invoice
 * payments recorded by sellers, refunds of both, their routes and webhooks, and the deadlines and
 * events that settle payments and pay refunds back. The rest of the orders module uses this face.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import type { EventBus } from '../../../shared/events/index.js';
import type { OrderLifecycle } from '../order-lifecycle.js';
import { InvoicePaymentsService } from './invoice-payments.service.js';
import { paymentsRoutes } from './payments.routes.js';
import { PaymentsService, threeDsBaseUrl } from './payments.service.js';
import type { PaymentProvider } from './provider.js';
import { VOID_REQUESTED, type ReconcilePayload } from './reconciler.js';
import type { RefundPayload } from './refund-executor.js';
import { REFUND_DEADLINE } from './refunds.js';
import { refundsRoutes } from './refunds.routes.js';
import { RefundsService } from './refunds.service.js';
import { RECONCILE_DEADLINE } from './settlement.js';
import { TestCardProvider } from './test-card-provider.js';
import { TestThreeDsService } from './test-three-ds.service.js';

export { payBy } from './pay-by.js';
export { OPEN_PAYMENT } from './payment-rules.js';
export { VOID_REQUESTED } from './reconciler.js';
export { RefundLedger, REFUND_DEADLINE, type RefundLinesInput } from './refunds.js';
export { RefundExceedsReceivedError } from './refunds.errors.js';
export type { RefundRow } from './refunds.repository.js';
export type { RefundCause, RefundStatus } from './refunds.tables.js';
export type { RefundView } from './refunds.views.js';
export type { InvoicePaymentBody, InvoicePaymentsService } from './invoice-payments.service.js';
export type { PaymentsService } from './payments.service.js';

export interface PaymentsDepsConfig {
  db: Db;
  clock: Clock;
  events: EventBus;
  lifecycle: OrderLifecycle;
  /** PAYMENT_PROVIDER: undefined (production without it) refuses card payments. */
  paymentProvider: 'test' | undefined;
  reconcileAfterMs: number;
  webhookSecret: string;
  publicUrl: string | undefined;
}

export function createPayments(deps: PaymentsDepsConfig) {
  const provider: PaymentProvider | undefined =
    deps.paymentProvider === 'test'
      ? new TestCardProvider({
          db: deps.db,
          webhookSecret: deps.webhookSecret,
          threeDsBaseUrl: threeDsBaseUrl(deps.publicUrl),
          clock: deps.clock,
        })
      : undefined;
  const service = new PaymentsService({ ...deps, provider });
  const invoices = new InvoicePaymentsService(deps);
  const refunds = new RefundsService(deps);
  const threeDs = new TestThreeDsService({ ...deps, payments: service });
  deps.events.onDeadline<ReconcilePayload>(RECONCILE_DEADLINE, (deadline, tx) => service.reconcile(tx, deadline));
  deps.events.onDeadline<RefundPayload>(REFUND_DEADLINE, (deadline, tx) => service.executeRefund(tx, deadline));
  deps.events.on<{ paymentId: string }>(VOID_REQUESTED, 'payments.void', (event, tx) =>
    service.voidIfUnpayable(tx, event.payload.paymentId),
  );
  return {
    service,
    invoices,
    routes: async (app: FastifyInstance) => {
      service.useLog(app.log.child({ component: 'payments' }));
      if (!provider) {
        // Logged when the app is ready, once, where an operator reads the start-up lines.
        app.addHook('onReady', async () => {
          app.log.warn(
            'PAYMENT_PROVIDER is not set: card payments answer 503 PAYMENT.PROVIDER_NOT_CONFIGURED and the test ' +
              '3-D Secure pages are not mounted; invoice payments work',
          );
        });
      }
      await app.register(paymentsRoutes, { payments: service, invoices, threeDs, clock: deps.clock });
      await app.register(refundsRoutes, { refunds });
    },
  };
}
