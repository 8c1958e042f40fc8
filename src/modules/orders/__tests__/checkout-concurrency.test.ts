/** Really parallel requests on PostgreSQL: no oversell, one order per key, cancel against ship. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { ORDERS, OrdersFixture, pickup, type OrderJson } from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: OrdersFixture;
let seller: Account;

describe.skipIf(!process.env.TEST_DATABASE_URL)('checkout under contention (PostgreSQL)', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = new OrdersFixture(ctx);
    seller = await ctx.make.seller();
  });
  afterAll(() => ctx?.close());

  it('50 checkouts racing for 10 units: exactly 10 sold, 40 told there is not enough', async () => {
    const { offerId, warehouseId } = await fx.listed(seller, '10');
    const buyers = await Promise.all(Array.from({ length: 50 }, () => ctx.make.customer()));
    for (const b of buyers) expect((await fx.add(b, offerId, 1)).statusCode).toBe(201);
    const results = await Promise.all(buyers.map((b) => fx.checkout(b, pickup())));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 409)).toHaveLength(40);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json()).toMatchObject({ code: 'ORDER.INSUFFICIENT_STOCK', lines: [{ offerId, available: '0' }] });
    }
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '10', reserved: '10' });
    const [sold] = await queryRows<{ n: string }>(
      ctx.database.db,
      sql`select coalesce(sum(quantity), 0)::float8::text as n from orders.order_lines where offer_id = ${offerId}::uuid`,
    );
    expect(sold!.n).toBe('10');
  });

  it('20 parallel requests with one Idempotency-Key make one order', async () => {
    const customer = await ctx.make.customer();
    const { offerId, warehouseId } = await fx.listed(seller, '100');
    await fx.add(customer, offerId, 3);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => fx.checkout(customer, pickup(), key)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([...Array<number>(19).fill(200), 201]);
    expect(new Set(results.map((r) => (r.json() as OrderJson).id)).size).toBe(1);
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from orders.orders where customer_id = ${customer.id}::uuid`,
    );
    expect(row!.n).toBe(1);
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: '100', reserved: '3' });
  });

  it('cancel racing ship, many times over: one wins each race, stock adds up exactly', async () => {
    const { offerId, warehouseId } = await fx.listed(seller, '100');
    const customer = await ctx.make.customer();
    const orders: OrderJson[] = [];
    for (let i = 0; i < 10; i++) {
      const order = await fx.placed(customer, offerId, '2');
      const sub = order.subOrders[0]!;
      await fx.markPaid(seller, sub.id);
      for (const to of ['confirmed', 'assembling', 'ready'])
        expect((await fx.transition(seller, sub.id, to)).statusCode).toBe(200);
      orders.push(order);
    }
    const races = await Promise.all(
      orders.map((o) =>
        Promise.all([
          ctx.request({
            method: 'POST',
            url: `${ORDERS}/${o.id}/cancel`,
            token: customer.accessToken,
            payload: { reason: 'передумал' },
          }),
          fx.transition(seller, o.subOrders[0]!.id, 'picked_up'),
        ]),
      ),
    );
    let shipped = 0;
    for (const [cancel, ship] of races) {
      expect([cancel.statusCode, ship.statusCode].sort()).toEqual([200, 409]);
      if (ship.statusCode === 200) shipped++;
    }
    // Every sale left on hand; every cancel went back to available; nothing stays reserved.
    expect(await fx.stockRow(offerId, warehouseId)).toEqual({ onHand: String(100 - 2 * shipped), reserved: '0' });
  });
});
