/** Card numbers and CVCs never reach the log, whatever a payment's outcome. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../test/context.js';
import { expectNoSecretsIn, LogCapture } from '../../../../../test/log-capture.js';
import { CARDS, PaymentsFixture } from './payments-fixture.js';

const log = new LogCapture();
let ctx: TestContext;
let fx: PaymentsFixture;
beforeAll(async () => {
  ctx = await createTestContext({ env: { LOG_LEVEL: 'trace' }, logStream: log });
  fx = new PaymentsFixture(ctx);
});
afterAll(() => ctx.close());

describe('the log of a card payment', () => {
  it('holds no card number and no CVC: declined, paid, 3-D Secure, or refused as malformed', async () => {
    const seller = await ctx.make.seller();
    const listed = await fx.listed(seller, '100');
    const secrets: string[] = [];
    for (const number of [CARDS.declined, CARDS.visa, CARDS.threeDs]) {
      const customer = await ctx.make.customer();
      const order = await fx.cardOrder(customer, listed.offerId);
      const written = await log.of(async () => {
        const res = await fx.pay(customer, order.id, number, randomUUID(), {
          card: { number, expMonth: 12, expYear: 2030, cvc: '987' },
        });
        expect(res.statusCode, res.body).toBe(201);
      });
      secrets.push(number.replaceAll(' ', ''), number);
      expectNoSecretsIn(written, [...secrets, '"987"', 'cvc']);
    }
    const customer = await ctx.make.customer();
    const order = await fx.cardOrder(customer, listed.offerId);
    const malformed = await log.of(async () => {
      const res = await fx.pay(customer, order.id, '4242 4242 4242 4241', randomUUID(), {
        card: { number: '4242424242424241', expMonth: 13, expYear: 2030, cvc: '9876' },
      });
      expect(res.statusCode).toBe(400);
    });
    expectNoSecretsIn(malformed, ['4242424242424241', '9876']);
  });
});
