/** Finding 4: goods and delivery are taxed by the seller's regime, at checkout and on the invoice. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { delivery, OrdersFixture, type OrderJson } from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
});
afterAll(() => ctx?.close());

/** VAT inside an amount, rounded half up to a kopeck. */
const inside = (amountMinor: number, rate: number) => Math.round((amountMinor * rate) / (100 + rate));

describe('VAT by the seller’s tax regime', () => {
  it.each([
    ['vat_payer', '22', 22],
    ['usn', 'none', 0],
    ['usn_vat_5', '5', 5],
    ['usn_vat_7', '7', 7],
  ] as const)('a %s seller: goods at %s, and its delivery at the same rate', async (taxRegime, rate, percent) => {
    const seller = await ctx.make.seller({ taxRegime });
    const customer = await ctx.make.customer();
    const { offerId } = await fx.listed(seller, '100');
    const order = (await fx.placed(customer, offerId, '4', delivery({ paymentMethod: 'invoice' }))) as OrderJson;
    const sub = order.subOrders[0]!;
    const { goodsMinor, deliveryMinor, vatMinor } = sub.totals;
    expect(deliveryMinor).toBeGreaterThan(0);
    expect(sub.lines[0]).toMatchObject({ vatRate: rate, vatMinor: inside(goodsMinor, percent) });
    expect(vatMinor).toBe(inside(goodsMinor, percent) + inside(deliveryMinor, percent));
  });
});
