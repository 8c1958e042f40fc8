/** The test provider: answers by test card, idempotency, 3-D Secure and its webhooks. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../../test/context.js';
import { queryRows, type Database } from '../../../../shared/db/database.js';
import type { DomainError } from '../../../../shared/errors.js';
import type { CreatePaymentResult, PaymentProvider } from '../provider.js';
import type { TestCardProvider, TestCardProviderOptions } from '../test-card-provider.js';
import { SIGNATURE_HEADER, signWebhook } from '../webhook-signature.js';
import { BASE_URL, codeOf, PAYMENT_ID, paymentInput, SECRET, testProvider } from './test-provider-fixture.js';

let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => ({ database, drop } = await openTestDatabase()));
afterAll(() => drop?.());

const setup = (options: Partial<TestCardProviderOptions> = {}) => testProvider(database, options);

const summary = (r: CreatePaymentResult) =>
  r.status === 'declined'
    ? [r.status, r.declineCode]
    : r.status === 'requires_action'
      ? [r.status, r.action.type]
      : [r.status];

describe('TestCardProvider.createPayment', () => {
  it.each([
    ['4242 4242 4242 4242', ['succeeded'], 'visa'],
    ['5555 5555 5555 4444', ['succeeded'], 'mastercard'],
    ['2200 0000 0000 0004', ['succeeded'], 'mir'],
    ['4000 0000 0000 0002', ['declined', 'card_declined'], 'visa'],
    ['4000 0000 0000 9995', ['declined', 'insufficient_funds'], 'visa'],
    ['4000 0000 0000 0069', ['declined', 'expired_card'], 'visa'],
    ['4000 0000 0000 3220', ['requires_action', 'redirect_3ds'], 'visa'],
    ['4111 1111 1111 1111', ['declined', 'not_a_test_card'], 'visa'],
    ['2201 3820 0000 0013', ['declined', 'not_a_test_card'], 'mir'],
    ['4242 4242 4242 4241', ['declined', 'incorrect_number'], 'visa'],
    ['4242 4242', ['declined', 'incorrect_number'], 'visa'],
  ])('%s → %j', async (number, expected, brand) => {
    const { provider } = setup();
    const result = await provider.createPayment(paymentInput(number));
    expect(summary(result)).toEqual(expected);
    expect(result.card).toEqual({ brand, last4: number.replaceAll(' ', '').slice(-4) });
    expect(result.providerPaymentId).toMatch(/^tpay_[0-9a-f-]{36}$/);
    if (result.status === 'declined') expect(result.declineMessage).toMatch(/\w/);
  });

  it('declines a card past its expiry even when the caller skipped cardInput', async () => {
    const { provider } = setup();
    const input = paymentInput('4242424242424242');
    const result = await provider.createPayment({ ...input, card: { ...input.card, expMonth: 2, expYear: 2026 } });
    expect(summary(result)).toEqual(['declined', 'expired_card']);
  });

  it('never returns or keeps a full card number', async () => {
    const { provider } = setup();
    const numbers = [
      '4242424242424242',
      '2200000000000004',
      '4000000000000002',
      '4000000000003220',
      '4111111111111111',
    ];
    for (const number of numbers) {
      const result = await provider.createPayment(paymentInput(number));
      // The 3-D Secure page and its webhook as well as the result.
      const extra =
        result.status === 'requires_action'
          ? [
              await provider.threeDsPayment(result.providerPaymentId),
              await provider.completeThreeDs(result.providerPaymentId, 'succeed'),
            ]
          : [];
      const middle = number.slice(4, 12);
      for (const text of [JSON.stringify(result), JSON.stringify(extra)]) {
        expect(text).not.toContain(number);
        expect(text).not.toContain(middle);
      }
    }
    // Nor in the provider's records: their fingerprints hash the brand and last four, not the number.
    const rows = JSON.stringify(
      await queryRows(database.db, sql`select * from orders.test_provider_payments where payment_id = ${PAYMENT_ID}`),
    );
    for (const number of numbers) {
      expect(rows).not.toContain(number);
      expect(rows).not.toContain(number.slice(4, 12));
    }
  });

  it('refuses an amount that is not a positive number of kopecks', async () => {
    const { provider } = setup();
    for (const amountMinor of [0, -100, 12.5, Number.NaN]) {
      expect(await codeOf(() => provider.createPayment(paymentInput('4242424242424242', { amountMinor })))).toBe(
        'VALIDATION',
      );
    }
  });
});

describe('idempotency', () => {
  it('answers the same key and request with the first result', async () => {
    const { provider } = setup();
    const input = paymentInput('4242424242424242');
    const first = await provider.createPayment(input);
    const again = await provider.createPayment(structuredClone(input));
    expect(again).toEqual(first);
    const other = await provider.createPayment({ ...input, idempotencyKey: 'another-key' });
    expect(other.providerPaymentId).not.toBe(first.providerPaymentId);
  });

  it('repeats a decline and a 3-D Secure redirect as they were', async () => {
    const { provider } = setup();
    for (const number of ['4000000000009995', '4000000000003220']) {
      const input = paymentInput(number);
      expect(await provider.createPayment(input)).toEqual(await provider.createPayment(input));
    }
  });

  it('hands out copies, so a caller cannot change what a retry gets', async () => {
    const { provider } = setup();
    const input = paymentInput('4242424242424242');
    const first = await provider.createPayment(input);
    first.card.last4 = '0000';
    expect((await provider.createPayment(input)).card.last4).toBe('4242');
  });

  it('refuses the same key with a different request (422)', async () => {
    const { provider } = setup();
    const input = paymentInput('4242424242424242');
    await provider.createPayment(input);
    for (const changed of [
      { ...input, amountMinor: input.amountMinor + 1 },
      { ...input, paymentId: 'another-payment' },
      { ...input, card: { ...input.card, number: '2200000000000004' } },
    ]) {
      expect(await codeOf(() => provider.createPayment(changed))).toBe('PAYMENT.IDEMPOTENCY_KEY_REUSED');
    }
  });
});

describe('3-D Secure', () => {
  async function startThreeDs(provider: TestCardProvider, amountMinor = 98_765_43) {
    const result = await provider.createPayment(paymentInput('4000 0000 0000 3220', { amountMinor }));
    if (result.status !== 'requires_action') throw new Error(`expected requires_action, got ${result.status}`);
    return result;
  }

  it('sends the customer to the test page under the configured base URL', async () => {
    const { provider } = setup();
    const result = await startThreeDs(provider);
    expect(result.action.url).toBe(`${BASE_URL}/${result.providerPaymentId}`);
    const withSlash = setup({ threeDsBaseUrl: `${BASE_URL}/` }).provider;
    expect((await startThreeDs(withSlash)).action.url).toMatch(new RegExp(`^${BASE_URL}/tpay_[^/]+$`));
  });

  it('shows the page what is being paid for, and where to return', async () => {
    const { provider } = setup();
    const { providerPaymentId } = await startThreeDs(provider);
    expect(await provider.threeDsPayment(providerPaymentId)).toEqual({
      providerPaymentId,
      paymentId: PAYMENT_ID,
      amountMinor: 98_765_43,
      currency: 'RUB',
      description: 'Заказ №1042: цемент М500, 40 мешков',
      card: { brand: 'visa', last4: '3220' },
      returnUrl: 'https://market.test/orders/1042',
      status: 'pending',
    });
  });

  it('on success produces a signed payment.succeeded webhook with the amount', async () => {
    const { provider, clock } = setup();
    const { providerPaymentId } = await startThreeDs(provider);
    clock.advance(45_000);
    const webhook = await provider.completeThreeDs(providerPaymentId, 'succeed');
    expect(webhook.headers['content-type']).toBe('application/json');
    expect(webhook.headers[SIGNATURE_HEADER]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    const event = await provider.parseWebhook(webhook.body, webhook.headers);
    expect(event).toEqual({
      id: expect.stringMatching(/^evt_/),
      type: 'payment.succeeded',
      providerPaymentId,
      amountMinor: 98_765_43,
      currency: 'RUB',
      occurredAt: clock.now(),
    });
    expect((await provider.threeDsPayment(providerPaymentId)).status).toBe('succeeded');
  });

  it('on failure produces payment.failed with a decline code', async () => {
    const { provider } = setup();
    const { providerPaymentId } = await startThreeDs(provider, 500_00);
    const webhook = await provider.completeThreeDs(providerPaymentId, 'fail');
    const event = await provider.parseWebhook(Buffer.from(webhook.body), webhook.headers);
    expect(event).toMatchObject({
      type: 'payment.failed',
      providerPaymentId,
      amountMinor: 500_00,
      declineCode: 'payment_intent_authentication_failure',
    });
    expect((await provider.threeDsPayment(providerPaymentId)).status).toBe('failed');
  });

  it('re-sends the same event, freshly signed, when the same button is pressed again', async () => {
    const { provider, clock } = setup();
    const { providerPaymentId } = await startThreeDs(provider);
    const first = await provider.completeThreeDs(providerPaymentId, 'succeed');
    clock.advance(10 * 60_000);
    const second = await provider.completeThreeDs(providerPaymentId, 'succeed');
    expect(second.body).toBe(first.body);
    expect(second.headers[SIGNATURE_HEADER]).not.toBe(first.headers[SIGNATURE_HEADER]);
    const [a, b] = [JSON.parse(first.body).id, (await provider.parseWebhook(second.body, second.headers)).id];
    expect(b).toBe(a);
  });

  it('refuses the other outcome once one was chosen (409), and an unknown payment (404)', async () => {
    const { provider } = setup();
    const { providerPaymentId } = await startThreeDs(provider);
    await provider.completeThreeDs(providerPaymentId, 'succeed');
    expect(await codeOf(() => provider.completeThreeDs(providerPaymentId, 'fail'))).toBe(
      'PAYMENT.THREE_DS_ALREADY_COMPLETED',
    );
    expect(await codeOf(() => provider.completeThreeDs('tpay_unknown', 'succeed'))).toBe('PAYMENT.THREE_DS_NOT_FOUND');
    expect(await codeOf(() => provider.threeDsPayment('tpay_unknown'))).toBe('PAYMENT.THREE_DS_NOT_FOUND');
  });
});

describe('TestCardProvider.parseWebhook', () => {
  async function completed() {
    const { provider, clock } = setup();
    const result = await provider.createPayment(paymentInput('4000000000003220'));
    return { provider, clock, webhook: await provider.completeThreeDs(result.providerPaymentId, 'succeed') };
  }

  it('refuses a tampered amount, a tampered signature and a missing header', async () => {
    const { provider, webhook } = await completed();
    const richer = webhook.body.replace(/"amountMinor":\d+/, '"amountMinor":1');
    expect(await codeOf(() => provider.parseWebhook(richer, webhook.headers))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_INVALID',
    );
    const header = webhook.headers[SIGNATURE_HEADER]!;
    const forged = {
      ...webhook.headers,
      [SIGNATURE_HEADER]: header.replace(/v1=(.)/, (_m, c) => `v1=${c === '0' ? '1' : '0'}`),
    };
    expect(await codeOf(() => provider.parseWebhook(webhook.body, forged))).toBe('PAYMENT.WEBHOOK_SIGNATURE_INVALID');
    expect(await codeOf(() => provider.parseWebhook(webhook.body, { 'content-type': 'application/json' }))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_MISSING',
    );
  });

  it('refuses a webhook delivered more than five minutes after it was signed (a replay)', async () => {
    const { provider, clock, webhook } = await completed();
    clock.advance(300_000);
    expect((await provider.parseWebhook(webhook.body, webhook.headers)).type).toBe('payment.succeeded');
    clock.advance(1_000);
    expect(await codeOf(() => provider.parseWebhook(webhook.body, webhook.headers))).toBe(
      'PAYMENT.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE',
    );
  });

  it('refuses a webhook signed with another secret', async () => {
    const { webhook } = await completed();
    const { provider: other } = setup({ webhookSecret: 'whsec_other' });
    expect(await codeOf(() => other.parseWebhook(webhook.body, webhook.headers))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_INVALID',
    );
  });

  it('accepts webhooks signed with the old secret while rotating', async () => {
    const { webhook } = await completed();
    const { provider: rotating } = setup({ webhookSecret: ['whsec_new', SECRET] });
    expect((await rotating.parseWebhook(webhook.body, webhook.headers)).type).toBe('payment.succeeded');
  });

  it('refuses a correctly signed body that is not a payment event (400), naming what is wrong', async () => {
    const { provider, clock } = setup();
    const send = (body: string) =>
      provider.parseWebhook(body, { [SIGNATURE_HEADER]: signWebhook(SECRET, body, clock.now()) });
    let details: unknown;
    try {
      await send(JSON.stringify({ id: 'evt_1', type: 'payment.refunded', amountMinor: -5 }));
    } catch (e) {
      expect(e).toMatchObject({ kind: 'validation', code: 'PAYMENT.WEBHOOK_BODY_INVALID' });
      details = (e as DomainError).details;
    }
    const paths = (details as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['type', 'amountMinor', 'providerPaymentId', 'currency', 'occurredAt']),
    );
    expect(await codeOf(() => send('{not json'))).toBe('PAYMENT.WEBHOOK_BODY_INVALID');
  });

  it('implements PaymentProvider', () => {
    const provider: PaymentProvider = setup().provider;
    expect(provider.name).toBe('test');
  });
});
