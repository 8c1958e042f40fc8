/**
 * Card payments of orders: the provider (the built-in test one, or none), the service, its
 * routes and webhooks, and the reconcile deadline. The rest of the orders module uses this face.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import type { EventBus } from '../../../shared/events/index.js';
import type { OrderLifecycle } from '../order-lifecycle.js';
import { paymentsRoutes } from './payments.routes.js';
import { PaymentsService, threeDsBaseUrl } from './payments.service.js';
import type { PaymentProvider } from './provider.js';
import type { ReconcilePayload } from './reconciler.js';
import { RECONCILE_DEADLINE } from './settlement.js';
import { TestCardProvider } from './test-card-provider.js';
import { TestThreeDsService } from './test-three-ds.service.js';

export { payBy } from './pay-by.js';
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
  const threeDs = new TestThreeDsService(service);
  deps.events.onDeadline<ReconcilePayload>(RECONCILE_DEADLINE, (deadline, tx) => service.reconcile(tx, deadline));
  return {
    service,
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
      await app.register(paymentsRoutes, { payments: service, threeDs, clock: deps.clock });
    },
  };
}
