/** A payment while the provider is being asked: retries, rival attempts, a provider that fails. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { CreatePaymentInput, CreatePaymentResult, PaymentProvider } from '../payments/provider.js';
import { TestCardProvider } from '../payments/test-card-provider.js';
import type { Listed } from './orders-fixture.js';
import { CARDS, card, PaymentsFixture, principal } from './payments-fixture.js';

let ctx: TestContext;
let fx: PaymentsFixture;
let listed: Listed;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new PaymentsFixture(ctx);
  listed = await fx.listed(await ctx.make.seller(), '1000');
});
afterAll(() => ctx?.close());

/** A provider that answers only when told to, so a test can look at a payment in flight. */
class GatedProvider implements PaymentProvider {
  readonly name = 'test';
  calls = 0;
  private open!: () => void;
  readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  constructor(
    private readonly inner: PaymentProvider,
    private readonly fail = false,
  ) {}
  release(): void {
    this.open();
  }
  async createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    this.calls++;
    await this.gate;
    if (this.fail) throw new Error('ECONNRESET');
    return this.inner.createPayment(input);
  }
  parseWebhook: PaymentProvider['parseWebhook'] = (body, headers) => this.inner.parseWebhook(body, headers);
}

describe('a payment in flight', () => {
  const inner = () =>
    new TestCardProvider({ webhookSecret: 'whsec', threeDsBaseUrl: 'http://x.test/3ds', clock: ctx.clock });

  it('blocks a second attempt with another key (409) but answers a retry of the same key', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new GatedProvider(inner());
    const service = fx.service(provider);
    const body = { method: 'card' as const, card: { ...card(CARDS.visa.replaceAll(' ', '')) } };
    const key = randomUUID();
    const first = service.pay(principal(customer), order.id, key, body);
    await expect.poll(() => provider.calls).toBe(1);

    const replay = await service.pay(principal(customer), order.id, key, body);
    expect(replay).toMatchObject({ replayed: true, payment: { status: 'pending' } });
    await expect(service.pay(principal(customer), order.id, randomUUID(), body)).rejects.toMatchObject({
      code: 'PAYMENT.IN_PROGRESS',
    });
    provider.release();
    expect(await first).toMatchObject({ replayed: false, payment: { status: 'succeeded' } });
    expect(provider.calls).toBe(1);
    expect((await fx.order(customer, order.id)).status).toBe('paid');
  });

  it('a provider that cannot be reached fails the attempt (503) without blocking the next one', async () => {
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const provider = new GatedProvider(inner(), true);
    provider.release();
    const body = { method: 'card' as const, card: card(CARDS.visa.replaceAll(' ', '')) };
    await expect(fx.service(provider).pay(principal(customer), order.id, randomUUID(), body)).rejects.toMatchObject({
      code: 'PAYMENT.PROVIDER_UNAVAILABLE',
    });
    const [row] = await fx.paymentRows(order.id);
    expect(row).toMatchObject({ status: 'failed', decline_code: 'provider_error' });
    expect((await fx.pay(customer, order.id)).json().status).toBe('succeeded');
  });
});
