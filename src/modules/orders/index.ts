/**
 * The orders service's public face: cart, checkout, orders and sub-orders with their life,
 * payments and invoices. Stock moves through the catalog's API inside orders' transactions.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import type { EventBus } from '../../shared/events/index.js';
import { isPieceUnit, type CatalogModule } from '../catalog/index.js';
import type { UsersApi } from '../users/index.js';
import { fillCart, type CartFillOutcome, type CartLineRequest } from './cart-fill.js';
import { cartRoutes } from './cart.routes.js';
import { CartService } from './cart.service.js';
import { CheckoutService } from './checkout.service.js';
import { seedDemoOrders } from './demo-orders.js';
import { InvoicesService, invoicesRoutes } from './invoices/index.js';
import { OrderLifecycle, RETURN_WINDOW_DEADLINE } from './order-lifecycle.js';
import { OrderExpiry } from './order-expiry.js';
import { deliveryApi } from './delivery-api.js';
import {
  DELIVERY_JOB_POSTED,
  DELIVERY_STATUS_CHANGED,
  DeliveryMirror,
  type DeliveryStatusChanged,
} from './delivery-mirror.js';
import { ordersRoutes } from './orders.routes.js';
import { OrdersService } from './orders.service.js';
import { createPayments } from './payments/index.js';
import { returnsRoutes, ReturnsService } from './returns/index.js';

export { DELIVERY_STATES, SUB_ORDER_STATUSES, type DeliveryState, type SubOrderStatus } from './orders.tables.js';
export { deliveryApi, type DeliveryFacts } from './delivery-api.js';
export {
  lineTotalMinor,
  quoteEstimateLines,
  type QuoteItem,
  type QuotedLine,
  type SellerDeliveryQuote,
} from './estimate-quote.js';
export type { CartFillOutcome, CartLineRequest } from './cart-fill.js';
export {
  DELIVERY_JOB_POSTED,
  DELIVERY_STATUS_CHANGED,
  type DeliveryJobPosted,
  type DeliveryStatusChanged,
} from './delivery-mirror.js';

export interface OrdersModuleDeps {
  db: Db;
  clock: Clock;
  catalog: CatalogModule;
  users: UsersApi;
  events: EventBus;
  payment: {
    cardPaymentMinutes: number;
    invoicePaymentDays: number;
    returnDays: number;
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
  /** What logistics reads of a delivery sub-order, in its own transaction. */
  delivery: typeof deliveryApi;
  /**
   * The carrier's `loaded`, mirrored in logistics' transaction: the goods ship with it, so the part
   * cannot be cancelled while they are on the truck (409 ORDER.PART_NOT_LOADABLE when it was).
   */
  loadDelivery(tx: Executor, report: DeliveryStatusChanged): Promise<void>;
  /** A few orders of a demo customer in different states; how many were made. */
  seedDemo(customerId: string): Promise<number>;
  /** Lines into a customer's cart as `POST /cart/items` adds them, or skipped with why (an estimate's to-cart). */
  addToCart(customerId: string, lines: readonly CartLineRequest[]): Promise<CartFillOutcome[]>;
  /** The offers in a customer's open cart (insights' for-me leaves them out and completes them). */
  cartOfferIds(customerId: string): Promise<string[]>;
}

export function createOrdersModule(deps: OrdersModuleDeps): OrdersModule {
  const lifecycle = new OrderLifecycle(deps.clock, deps.catalog.stock, deps.events, deps.payment.returnDays);
  const cart = new CartService(deps.db, deps.clock, deps.catalog.stock);
  const checkout = new CheckoutService({ ...deps, stock: deps.catalog.stock, cart });
  const orders = new OrdersService(deps.db, lifecycle, deps.users);
  const invoices = new InvoicesService(deps.db, orders);
  const expiry = new OrderExpiry(lifecycle);
  const payments = createPayments({
    ...deps,
    lifecycle,
    paymentProvider: deps.payment.paymentProvider,
    reconcileAfterMs: deps.payment.paymentReconcileSec * 1000,
  });
  const returns = new ReturnsService({
    db: deps.db,
    clock: deps.clock,
    lifecycle,
    refund: async (tx, input) => {
      await lifecycle.refunds.refundLines(tx, { ...input, cause: 'return' });
    },
    restock: (tx, input) => deps.catalog.stock.restock(tx, input),
    isPieceUnit,
    returnDays: deps.payment.returnDays,
  });
  deps.events.onDeadline<{ orderId: string; subOrderId: string }>(RETURN_WINDOW_DEADLINE, (deadline, tx) =>
    returns.windowEnded(tx, deadline.payload.orderId, deadline.payload.subOrderId),
  );
  deps.events.onDeadline<{ orderId: string }>('order.payment_expiry', (deadline, tx) =>
    expiry.expire(tx, deadline.payload.orderId),
  );
  // What the carrier reports to logistics moves the delivery part (docs/domain.md, Logistics).
  const mirror = new DeliveryMirror(lifecycle, deps.clock);
  deps.events.on(DELIVERY_STATUS_CHANGED, 'orders.delivery_mirror', (event, tx) =>
    mirror.statusChanged(tx, event.payload),
  );
  deps.events.on(DELIVERY_JOB_POSTED, 'orders.delivery_job', (event, tx) => mirror.jobPosted(tx, event.payload));
  return {
    routes: async (app) => {
      mirror.useLog(app.log.child({ component: 'delivery-mirror' }));
      await app.register(cartRoutes, { cart });
      await app.register(ordersRoutes, { orders, checkout });
      await app.register(returnsRoutes, { returns });
      await payments.routes(app);
      await app.register(invoicesRoutes, { invoices });
    },
    delivery: deliveryApi,
    addToCart: (customerId, lines) =>
      fillCart({ db: deps.db, clock: deps.clock, stock: deps.catalog.stock, cart }, customerId, lines),
    loadDelivery: (tx, report) => mirror.loadNow(tx, report),
    cartOfferIds: (customerId) => cart.offerIdsOf(customerId),
    seedDemo: (customerId) =>
      seedDemoOrders(
        { stock: deps.catalog.stock, db: deps.db, cart, checkout, orders, invoices: payments.invoices },
        customerId,
      ),
  };
}
