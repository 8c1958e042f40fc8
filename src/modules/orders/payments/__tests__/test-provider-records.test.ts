/**
 * The test provider's records (orders.test_provider_payments): a payment looked up by our
 * reference from any instance (a restarted process, another replica), and a 3-D Secure challenge
 * that lapses.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../../test/context.js';
import { queryRows, type Database } from '../../../../shared/db/database.js';
import { TestCardProvider } from '../test-card-provider.js';
import { BASE_URL, codeOf, PAYMENT_ID, paymentInput, SECRET, testProvider } from './test-provider-fixture.js';

let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => ({ database, drop } = await openTestDatabase()));
afterAll(() => drop?.());

const setup = () => testProvider(database);

describe('a lapsed 3-D Secure challenge', () => {
  it('after an hour unanswered the payment is declined for good and no button charges it', async () => {
    const { provider, clock } = setup();
    const input = paymentInput('4000 0000 0000 3220');
    const started = await provider.createPayment(input);
    expect(started).toMatchObject({ status: 'requires_action', expiresAt: new Date('2026-03-15T13:00:00Z') });
    const ref = { paymentId: input.paymentId, idempotencyKey: input.idempotencyKey };
    clock.advance(60 * 60_000 - 1);
    expect(await provider.retrievePayment(ref)).toMatchObject({ status: 'requires_action' });
    clock.advance(1);
    expect((await provider.threeDsPayment(started.providerPaymentId)).status).toBe('expired');
    expect(await provider.retrievePayment(ref)).toMatchObject({
      status: 'declined',
      providerPaymentId: started.providerPaymentId,
      declineCode: 'authentication_expired',
    });
    expect(await codeOf(() => provider.completeThreeDs(started.providerPaymentId, 'succeed'))).toBe(
      'PAYMENT.THREE_DS_EXPIRED',
    );
    // The same request again still answers as it first did (Stripe's idempotency), the look-up as it is now.
    expect((await provider.createPayment(input)).status).toBe('requires_action');
  });
});

describe('TestCardProvider.retrievePayment', () => {
  it('answers what became of a payment by our reference, from any instance (a restarted process)', async () => {
    const { provider, clock } = setup();
    const restarted = new TestCardProvider({ db: database.db, webhookSecret: SECRET, threeDsBaseUrl: BASE_URL, clock });
    const cases = [
      ['4242 4242 4242 4242', { status: 'succeeded', card: { brand: 'visa', last4: '4242' } }],
      ['4000 0000 0000 9995', { status: 'declined', declineCode: 'insufficient_funds' }],
      ['4000 0000 0000 3220', { status: 'requires_action', action: { type: 'redirect_3ds' } }],
    ] as const;
    for (const [number, expected] of cases) {
      const input = paymentInput(number);
      const made = await provider.createPayment(input);
      const ref = { paymentId: input.paymentId, idempotencyKey: input.idempotencyKey };
      expect(await restarted.retrievePayment(ref)).toMatchObject({
        ...expected,
        providerPaymentId: made.providerPaymentId,
      });
      const byId = await restarted.retrievePayment({ ...ref, providerPaymentId: made.providerPaymentId });
      expect(byId).toEqual(await restarted.retrievePayment(ref));
      // The same request to the restarted provider gets the first answer, not a second charge.
      expect(await restarted.createPayment(input)).toEqual(made);
    }
  });

  it('follows a 3-D Secure challenge to its end', async () => {
    const { provider } = setup();
    for (const [outcome, expected] of [
      ['succeed', { status: 'succeeded' }],
      ['fail', { status: 'declined', declineCode: 'payment_intent_authentication_failure' }],
    ] as const) {
      const input = paymentInput('4000000000003220');
      const made = await provider.createPayment(input);
      await provider.completeThreeDs(made.providerPaymentId, outcome);
      const ref = { paymentId: input.paymentId, idempotencyKey: input.idempotencyKey };
      expect(await provider.retrievePayment(ref)).toMatchObject(expected);
    }
  });

  it('does not know a key it never got, nor a payment asked for under another reference', async () => {
    const { provider } = setup();
    expect(await provider.retrievePayment({ paymentId: PAYMENT_ID, idempotencyKey: 'never-sent' })).toEqual({
      status: 'not_found',
    });
    const input = paymentInput('4242424242424242');
    const made = await provider.createPayment(input);
    const strangers = [
      { paymentId: 'another-payment', idempotencyKey: input.idempotencyKey },
      { paymentId: input.paymentId, idempotencyKey: 'another-key', providerPaymentId: made.providerPaymentId },
    ];
    for (const ref of strangers) expect(await provider.retrievePayment(ref)).toEqual({ status: 'not_found' });
  });

  it('records one payment for parallel requests with one key', async () => {
    const { provider } = setup();
    const input = paymentInput('4242424242424242');
    const answers = await Promise.all(Array.from({ length: 5 }, () => provider.createPayment(structuredClone(input))));
    expect(new Set(answers.map((a) => a.providerPaymentId)).size).toBe(1);
    const rows = await queryRows(
      database.db,
      sql`select 1 from orders.test_provider_payments where idempotency_key = ${input.idempotencyKey}`,
    );
    expect(rows).toHaveLength(1);
  });
});
