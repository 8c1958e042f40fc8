/**
 * The ingest handlers with aggregates that record what they are shown: the moves each event makes
 * (what sold_lines holds when an aggregate is asked to add or take back an order), and a failing
 * aggregate leaving nothing half counted.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { OrdersFixture } from '../../../../test/fixtures/orders.js';
import { SPB } from '../../../../test/fixtures/catalog.js';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import type { SalesAggregate } from '../ingest/index.js';
import { orderCancelled, orderPlaced, partCancelled } from '../ingest/handlers.js';
import { rebuildInsights } from '../ingest/index.js';
import { placeOrder, soldLinesOf } from './ingest-fixture.js';

let ctx: TestContext;
let fx: OrdersFixture;
let customer: Account;
let moscowSeller: Account;
let spbSeller: Account;
const offers: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new OrdersFixture(ctx);
  moscowSeller = await ctx.make.seller();
  spbSeller = await ctx.make.seller();
  offers.push((await fx.listed(moscowSeller, '100')).offerId, (await fx.listed(moscowSeller, '100')).offerId);
  offers.push((await fx.listed(spbSeller, '100', { at: SPB })).offerId);
  customer = await ctx.make.customer();
});
afterAll(() => ctx?.close());

interface Move {
  sign: 1 | -1 | 'rebuild';
  orderId?: string;
  lines: number;
}

/** An aggregate that writes nothing and notes each call with how many lines the order had then. */
function recorder(moves: Move[]): SalesAggregate {
  const linesOf = async (tx: Executor, orderId: string) => {
    const [row] = await queryRows<{ n: string | number }>(
      tx,
      sql`select count(*) as n from insights.sold_lines where order_id = ${orderId}::uuid`,
    );
    return Number(row?.n ?? 0);
  };
  return {
    name: 'recorder',
    apply: async (tx, orderId, sign) => {
      moves.push({ sign, orderId, lines: await linesOf(tx, orderId) });
    },
    rebuild: async (tx) => {
      const [row] = await queryRows<{ n: string | number }>(tx, sql`select count(*) as n from insights.sold_lines`);
      moves.push({ sign: 'rebuild', lines: Number(row?.n ?? 0) });
    },
  };
}

const inTx = <T>(fn: (tx: Executor) => Promise<T>) => ctx.database.db.transaction(fn);

describe('the moves each event makes', () => {
  it('placed: +1 with the lines copied; again: nothing; a part cancelled: −1 whole, +1 without it; cancelled: −1, then gone', async () => {
    const order = await placeOrder(fx, customer, [
      [offers[0]!, '1'],
      [offers[1]!, '2'],
      [offers[2]!, '3'],
    ]);
    const moves: Move[] = [];
    const aggregates = [recorder(moves)];
    await inTx((tx) => orderPlaced(tx, order.id, aggregates));
    await inTx((tx) => orderPlaced(tx, order.id, aggregates));
    expect(moves).toEqual([{ sign: 1, orderId: order.id, lines: 3 }]);

    const spbPart = order.subOrders.find((s) => s.sellerId === spbSeller.id)!;
    await inTx((tx) => partCancelled(tx, order.id, spbPart.id, aggregates));
    // The same part again (a second delivery): its lines are gone, so −1 and +1 cancel out.
    await inTx((tx) => partCancelled(tx, order.id, spbPart.id, aggregates));
    expect(moves.slice(1)).toEqual([
      { sign: -1, orderId: order.id, lines: 3 },
      { sign: 1, orderId: order.id, lines: 2 },
      { sign: -1, orderId: order.id, lines: 2 },
      { sign: 1, orderId: order.id, lines: 2 },
    ]);

    moves.length = 0;
    await inTx((tx) => orderCancelled(tx, order.id, aggregates));
    await inTx((tx) => orderCancelled(tx, order.id, aggregates));
    expect(moves).toEqual([{ sign: -1, orderId: order.id, lines: 2 }]);
    expect(await soldLinesOf(ctx.database.db, order.id)).toEqual([]);
  });

  it('the last part cancelled: −1 and nothing added back', async () => {
    const order = await placeOrder(fx, customer, [[offers[0]!, '1']]);
    const moves: Move[] = [];
    await inTx((tx) => orderPlaced(tx, order.id, [recorder(moves)]));
    await inTx((tx) => partCancelled(tx, order.id, order.subOrders[0]!.id, [recorder(moves)]));
    expect(moves).toEqual([
      { sign: 1, orderId: order.id, lines: 1 },
      { sign: -1, orderId: order.id, lines: 1 },
    ]);
    expect(await soldLinesOf(ctx.database.db, order.id)).toEqual([]);
  });

  it('rebuild: each aggregate recounts after sold_lines is copied again', async () => {
    const moves: Move[] = [];
    const counts = await rebuildInsights(ctx.database.db, {}, [recorder(moves)]);
    expect(moves).toEqual([{ sign: 'rebuild', lines: counts.lines }]);
    expect(counts.lines).toBeGreaterThan(0);
  });
});

describe('a failing aggregate', () => {
  it('rolls the whole event back: no line copied, so the retry counts the order', async () => {
    const order = await placeOrder(fx, customer, [[offers[1]!, '1']]);
    await inTx((tx) => tx.execute(sql`delete from insights.sold_lines where order_id = ${order.id}::uuid`));
    const failing: SalesAggregate = {
      name: 'failing',
      apply: () => Promise.reject(new Error('disk full')),
      rebuild: () => Promise.reject(new Error('disk full')),
    };
    await expect(inTx((tx) => orderPlaced(tx, order.id, [failing]))).rejects.toThrow('disk full');
    expect(await soldLinesOf(ctx.database.db, order.id)).toEqual([]);
    await expect(rebuildInsights(ctx.database.db, {}, [failing])).rejects.toThrow('disk full');

    const moves: Move[] = [];
    await inTx((tx) => orderPlaced(tx, order.id, [recorder(moves)]));
    expect(moves).toEqual([{ sign: 1, orderId: order.id, lines: 1 }]);
  });
});
