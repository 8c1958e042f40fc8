/** Card orders and their payments, through the HTTP API; signed webhooks as the test provider makes them. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TestContext } from '../../../../../test/context.js';
import type { Account } from '../../../../../test/factories.js';
import { expect } from 'vitest';
import { queryRows } from '../../../../shared/db/database.js';
import type { Principal } from '../../../../shared/principal.js';
import { OrderLifecycle } from '../../order-lifecycle.js';
import type { PaymentProvider } from '../provider.js';
import { TestCardProvider } from '../test-card-provider.js';
import { SIGNATURE_HEADER, signWebhook } from '../webhook-signature.js';
import { PaymentsService, threeDsBaseUrl } from '../payments.service.js';
import { ORDERS, OrdersFixture, pickup, type OrderJson } from '../../../../../test/fixtures/orders.js';

/** The test provider's cards (Stripe's test numbers). */
export const CARDS = {
  visa: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  insufficient: '4000 0000 0000 9995',
  threeDs: '4000 0000 0000 3220',
  mir: '2200 0000 0000 0004',
} as const;

export const card = (number: string, over: Record<string, unknown> = {}) => ({
  number,
  expMonth: 12,
  expYear: 2030,
  cvc: '123',
  ...over,
});

/** `PAYMENT_RECONCILE_SEC` by default: a payment still open this long after it was written is looked up. */
export const RECONCILE_AFTER_MS = 120_000;

export interface PaymentJson {
  id: string;
  method: string;
  provider: string;
  status: string;
  amountMinor: number;
  card: { brand: string; last4: string } | null;
  declineCode: string | null;
  declineMessage: string | null;
  action: { type: 'redirect_3ds'; url: string } | null;
}

export interface RefundJson {
  id: string;
  orderId: string;
  subOrderId: string | null;
  paymentId: string | null;
  method: 'card' | 'invoice';
  status: string;
  cause: string;
  amountMinor: number;
  failureCode: string | null;
  documentNumber: string | null;
  paidBackOn: string | null;
}

export class PaymentsFixture extends OrdersFixture {
  constructor(ctx: TestContext) {
    super(ctx);
  }

  /** A pickup order paid by card: `quantity` of one offer. */
  cardOrder(customer: Account, offerId: string, quantity = '2'): Promise<OrderJson> {
    return this.placed(customer, offerId, quantity, pickup({ paymentMethod: 'card' }));
  }

  pay(customer: Account, orderId: string, number: string = CARDS.visa, key: string = randomUUID(), over = {}) {
    return this.ctx.request({
      method: 'POST',
      url: `${ORDERS}/${orderId}/payments`,
      token: customer.accessToken,
      headers: { 'idempotency-key': key },
      payload: { method: 'card', card: card(number), ...over },
    });
  }

  cancelPayment(customer: Account, orderId: string, paymentId: string) {
    return this.ctx.request({
      method: 'POST',
      url: `${ORDERS}/${orderId}/payments/${paymentId}/cancel`,
      token: customer.accessToken,
    });
  }

  /** The order's refunds, as its customer sees them (`GET /{id}/payments`). */
  async refunds(customer: Account, orderId: string): Promise<RefundJson[]> {
    const res = await this.ctx.request({
      method: 'GET',
      url: `${ORDERS}/${orderId}/payments`,
      token: customer.accessToken,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().refunds as RefundJson[];
  }

  /** A webhook body signed with the app's secret, as the provider would POST it. */
  signed(event: Record<string, unknown>, at: Date = this.ctx.clock.now()) {
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      currency: 'RUB',
      occurredAt: at.toISOString(),
      ...event,
    });
    const signature = signWebhook(this.ctx.config.paymentWebhookSecret!, body, at);
    return { body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature } };
  }

  webhook(body: string, headers: Record<string, string>, provider = 'test') {
    return this.ctx.request({ method: 'POST', url: `${ORDERS}/payments/webhook/${provider}`, payload: body, headers });
  }

  async paymentRows(orderId: string) {
    return queryRows<Record<string, unknown>>(
      this.ctx.database.db,
      sql`select * from orders.payments where order_id = ${orderId}::uuid order by created_at, id`,
    );
  }

  async outbox(orderId: string) {
    return queryRows<{ type: string; payload: Record<string, unknown> }>(
      this.ctx.database.db,
      sql`select type, payload from events.outbox where key = ${orderId} order by seq`,
    );
  }

  async deadline(orderId: string) {
    const [row] = await queryRows<{ status: string }>(
      this.ctx.database.db,
      sql`select status from events.deadlines where kind = 'order.payment_expiry' and key = ${orderId}
          order by created_at desc limit 1`,
    );
    return row?.status;
  }

  /** The status of a payment's reconcile deadline (the latest of its two alternating keys), if any. */
  async reconcileDeadline(paymentId: string) {
    const [row] = await queryRows<{ status: string; due_at: Date }>(
      this.ctx.database.db,
      sql`select status, due_at from events.deadlines where kind = 'payment.reconcile' and key like ${`${paymentId}%`}
          order by created_at desc, updated_at desc limit 1`,
    );
    return row;
  }

  /** `to` entries of the order's history (the sub-orders' and the order's own). */
  async historyTo(customer: Account, orderId: string, to: string) {
    const res = await this.ctx.request({
      method: 'GET',
      url: `${ORDERS}/${orderId}/history`,
      token: customer.accessToken,
    });
    return (res.json().items as { subOrderId: string | null; to: string; actorRole: string }[]).filter(
      (h) => h.to === to,
    );
  }

  /**
   * Another instance of the test provider on the app's database, as a restarted process or another
   * replica would have: it knows only what the provider's table holds.
   */
  testProvider(): TestCardProvider {
    const { ctx } = this;
    return new TestCardProvider({
      db: ctx.database.db,
      webhookSecret: ctx.config.paymentWebhookSecret!,
      threeDsBaseUrl: threeDsBaseUrl(undefined),
      clock: ctx.clock,
    });
  }

  /** A payments service on the app's database with a provider of the test's choosing. */
  service(provider: PaymentProvider): PaymentsService {
    const { ctx } = this;
    const lifecycle = new OrderLifecycle(ctx.clock, ctx.app.modules.catalog.stock, ctx.app.events);
    return new PaymentsService({
      db: ctx.database.db,
      clock: ctx.clock,
      lifecycle,
      events: ctx.app.events,
      provider,
      publicUrl: undefined,
      reconcileAfterMs: RECONCILE_AFTER_MS,
    });
  }
}

export function principal(account: Account): Principal {
  return {
    userId: account.id,
    role: account.role as Principal['role'],
    sessionId: randomUUID(),
    status: account.status,
  };
}
