/**
 * NODE_ENV=production: the test card provider and its unauthenticated 3-D Secure pages exist only
 * with PAYMENT_PROVIDER=test; without a provider card payments are refused and invoices still work.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../../app.js';
import { ConfigError } from '../../../../config.js';
import { expectProblem } from '../../../../../test/assertions.js';
import { createTestContext, testConfig, type TestContext } from '../../../../../test/context.js';
import { ORDERS, pickup, type Listed, type OrderJson } from '../../../../../test/fixtures/orders.js';
import { CARDS, PaymentsFixture } from './payments-fixture.js';

const PRODUCTION = { NODE_ENV: 'production' };

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;

beforeAll(async () => {
  ctx = await createTestContext({ env: PRODUCTION });
  fx = new PaymentsFixture(ctx);
  listed = await fx.listed(await ctx.make.seller(), '1000');
});
afterAll(() => ctx?.close());

describe('PAYMENT_PROVIDER', () => {
  it('is test by default outside production, unset in production, and nothing else is accepted', () => {
    expect(testConfig().orders.paymentProvider).toBe('test');
    expect(testConfig({ NODE_ENV: 'development' }).orders.paymentProvider).toBe('test');
    expect(testConfig(PRODUCTION).orders.paymentProvider).toBeUndefined();
    expect(testConfig({ ...PRODUCTION, PAYMENT_PROVIDER: 'test' }).orders.paymentProvider).toBe('test');
    expect(() => testConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(ConfigError);
  });
});

describe('production without a payment provider', () => {
  it('refuses card payments with 503 PAYMENT.PROVIDER_NOT_CONFIGURED and writes nothing', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const res = await fx.pay(customer, order.id, CARDS.visa);
    expectProblem(res, 503, 'PAYMENT.PROVIDER_NOT_CONFIGURED');
    expect(await fx.paymentRows(order.id)).toHaveLength(0);
    expect((await fx.order(customer, order.id)).status).toBe('pending_payment');
  });

  it('mounts no test 3-D Secure page and takes no test webhook', async () => {
    const page = await ctx.request({ method: 'GET', url: `${ORDERS}/payments/test-3ds/tpay_x` });
    expect(page.statusCode).toBe(404);
    expect(page.json().code).not.toBe('PAYMENT.THREE_DS_NOT_FOUND');
    const post = await ctx.request({
      method: 'POST',
      url: `${ORDERS}/payments/test-3ds/tpay_x`,
      payload: 'outcome=succeed',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(post.statusCode).toBe(404);
    const event = fx.signed({ type: 'payment.succeeded', providerPaymentId: 'tpay_x', amountMinor: 100 });
    expectProblem(await fx.webhook(event.body, event.headers), 404, 'PAYMENT.PROVIDER_NOT_FOUND');
  });

  it('still takes invoice orders, paid by the seller', async () => {
    const seller = await ctx.make.seller();
    const own = await fx.listed(seller, '10');
    const customer = await ctx.make.customer();
    const order = await fx.placed(customer, own.offerId, '1', pickup({ paymentMethod: 'invoice' }));
    const res = await fx.markPaid(seller, order.subOrders[0]!.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(((await fx.order(customer, order.id)) as OrderJson).status).toBe('paid');
  });

  it('logs one warning at start', async () => {
    const app = await buildApp({
      config: testConfig(PRODUCTION),
      services: { database: ctx.database, clock: ctx.clock },
    });
    try {
      const warn = vi.spyOn(app.log, 'warn');
      await app.ready();
      const about = warn.mock.calls.filter((call) => JSON.stringify(call).includes('PAYMENT_PROVIDER'));
      expect(about).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

describe('production with PAYMENT_PROVIDER=test', () => {
  it('charges test cards and serves the 3-D Secure pages', async () => {
    const test = await createTestContext({ env: { ...PRODUCTION, PAYMENT_PROVIDER: 'test' }, database: ctx.database });
    try {
      const tfx = new PaymentsFixture(test);
      const customer = await test.make.customer();
      const order = await tfx.cardOrder(customer, listed.offerId);
      const paid = await tfx.pay(customer, order.id, CARDS.visa, randomUUID());
      expect(paid.statusCode, paid.body).toBe(201);
      expect(paid.json().status).toBe('succeeded');
      const unknown = await test.request({ method: 'GET', url: `${ORDERS}/payments/test-3ds/tpay_x` });
      expectProblem(unknown, 404, 'PAYMENT.THREE_DS_NOT_FOUND');
    } finally {
      await test.close();
    }
  });
});
