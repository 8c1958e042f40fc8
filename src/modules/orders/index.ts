/**
 * The orders service's public face: cart, checkout, orders and sub-orders with their life,
 * payments and invoices. Stock moves through the catalog's API inside orders' transactions.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import type { EventBus } from '../../shared/events/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { UsersApi } from '../users/index.js';
import { cartRoutes } from './cart.routes.js';
import { CartService } from './cart.service.js';
import { CheckoutService } from './checkout.service.js';
import { seedDemoOrders } from './demo-orders.js';
import { invoicesRoutes } from './invoices.routes.js';
import { InvoicesService } from './invoices.service.js';
import { OrderLifecycle } from './order-lifecycle.js';
import { ordersRoutes } from './orders.routes.js';
import { OrdersService } from './orders.service.js';
import { PaymentExpiry } from './payment-expiry.js';
import type { ReconcilePayload } from './payment-reconciler.js';
import { RECONCILE_DEADLINE } from './payment-settlement.js';
import type { PaymentProvider } from './payments/provider.js';
import { TestCardProvider } from './payments/test-card-provider.js';
import { paymentsRoutes } from './payments.routes.js';
import { PaymentsService, threeDsBaseUrl } from './payments.service.js';
import { TestThreeDsService } from './test-three-ds.service.js';

export { SUB_ORDER_STATUSES, type SubOrderStatus } from './orders.tables.js';

export interface OrdersModuleDeps {
  db: Db;
  clock: Clock;
  catalog: CatalogModule;
  users: UsersApi;
  events: EventBus;
  payment: {
    cardPaymentMinutes: number;
    invoicePaymentDays: number;
    /** PAYMENT_PROVIDER: undefined (production without it) refuses card payments. */
    paymentProvider: 'test' | undefined;
    paymentReconcileSec: number;
  };
  /** HMAC key of payment-provider webhooks. */
  webhookSecret: string;
  /** Where the API is reached from outside (3-D Secure pages link back to it); none: relative links. */
  publicUrl: string | undefined;
}

export interface OrdersModule {
  routes: (app: FastifyInstance) => Promise<void>;
  /** A few orders of a demo customer in different states; how many were made. */
  seedDemo(customerId: string): Promise<number>;
}

export function createOrdersModule(deps: OrdersModuleDeps): OrdersModule {
  const lifecycle = new OrderLifecycle(deps.clock, deps.catalog.stock, deps.events);
  const cart = new CartService(deps.db, deps.clock, deps.catalog.stock);
  const checkout = new CheckoutService({ ...deps, stock: deps.catalog.stock, cart });
  const orders = new OrdersService(deps.db, lifecycle);
  const invoices = new InvoicesService(deps.db, orders);
  const expiry = new PaymentExpiry(lifecycle);
  const provider: PaymentProvider | undefined =
    deps.payment.paymentProvider === 'test'
      ? new TestCardProvider({
          db: deps.db,
          webhookSecret: deps.webhookSecret,
          threeDsBaseUrl: threeDsBaseUrl(deps.publicUrl),
          clock: deps.clock,
        })
      : undefined;
  const payments = new PaymentsService({
    ...deps,
    lifecycle,
    provider,
    reconcileAfterMs: deps.payment.paymentReconcileSec * 1000,
  });
  const threeDs = new TestThreeDsService(payments);
  deps.events.onDeadline<{ orderId: string }>('order.payment_expiry', (deadline, tx) =>
    expiry.expire(tx, deadline.payload.orderId),
  );
  deps.events.onDeadline<ReconcilePayload>(RECONCILE_DEADLINE, (deadline, tx) => payments.reconcile(tx, deadline));
  return {
    routes: async (app) => {
      payments.useLog(app.log.child({ component: 'payments' }));
      if (!provider) {
        // Logged when the app is ready, once, where an operator reads the start-up lines.
        app.addHook('onReady', async () => {
          app.log.warn(
            'PAYMENT_PROVIDER is not set: card payments answer 503 PAYMENT.PROVIDER_NOT_CONFIGURED and the test ' +
              '3-D Secure pages are not mounted; invoice payments work',
          );
        });
      }
      await app.register(cartRoutes, { cart });
      await app.register(ordersRoutes, { orders, checkout });
      await app.register(paymentsRoutes, { payments, threeDs, clock: deps.clock });
      await app.register(invoicesRoutes, { invoices });
    },
    seedDemo: (customerId) =>
      seedDemoOrders({ stock: deps.catalog.stock, db: deps.db, cart, checkout, orders }, customerId),
  };
}
