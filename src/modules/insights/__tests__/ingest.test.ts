/**
 * The read model of sales kept by the outbox handlers (orders placed through the API, the relay run
 * by hand): what a line is copied as, its region and Moscow day, at-least-once delivery counted once,
 * cancelled orders and parts leaving, and the incremental tables equal to a full rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { delivery, OrdersFixture, PODOLSK, pickup } from '../../../../test/fixtures/orders.js';
import { SPB } from '../../../../test/fixtures/catalog.js';
import { moscowDate } from '../../../shared/moscow-time.js';
import { rebuildInsights } from '../ingest/index.js';
import { cancelOrder, placeOrder as place, readModel, soldLinesOf } from './ingest-fixture.js';

let ctx: TestContext;
let fx: OrdersFixture;
let moscowSeller: Account;
let spbSeller: Account;
let ivan: Account;
let olga: Account;
const paths = { parent: '', child: '' };
/** Offers: cement and sand from a Подольск warehouse that delivers far; brick from Санкт-Петербург. */
const offer = { cement: '', sand: '', brick: '' };
const product = { cement: '', sand: '', brick: '' };
const run = () => ctx.app.events.runOnce();
/** Orders a second apart, as real ones are: «the latest order» of a customer is then one order. */
const placeOrder = (...args: Parameters<typeof place>) => {
  ctx.clock.advance(1_000);
  return place(...args);
};

const VORONEZH = { lat: 51.67, lon: 39.18 };

beforeAll(async () => {
  ctx = await createTestContext();
  // 22:10 UTC is 01:10 the next day in Moscow: the day a line is counted on must be Moscow's.
  const now = ctx.clock.now().getTime();
  const at2210 = Date.UTC(
    ctx.clock.now().getUTCFullYear(),
    ctx.clock.now().getUTCMonth(),
    ctx.clock.now().getUTCDate(),
    22,
    10,
  );
  ctx.clock.advance((at2210 > now ? at2210 : at2210 + 86_400_000) - now);
  fx = new OrdersFixture(ctx);
  const parent = await fx.catalog.category();
  const child = await fx.catalog.category({ parentId: parent.id });
  paths.parent = parent.path;
  paths.child = child.path;

  moscowSeller = await ctx.make.seller();
  const far = await fx.catalog.warehouse(moscowSeller, { ...PODOLSK, deliveryRadiusKm: 2000 });
  for (const name of ['cement', 'sand'] as const) {
    product[name] = await fx.product(moscowSeller, { categoryId: child.id });
    offer[name] = await fx.offer(moscowSeller, product[name], { priceMinor: name === 'cement' ? 52_000 : 9_900 });
    await fx.stock(moscowSeller, far.id, offer[name], '1000');
  }
  spbSeller = await ctx.make.seller();
  product.brick = await fx.product(spbSeller, { categoryId: parent.id, unit: 'шт', name: 'Кирпич М150' });
  offer.brick = await fx.offer(spbSeller, product.brick, { priceMinor: 1_850 });
  await fx.stock(spbSeller, await fx.warehouse(spbSeller, SPB, 'Склад Софийская'), offer.brick, '10000');

  ivan = await ctx.make.customer();
  olga = await ctx.make.customer();
});
afterAll(() => ctx?.close());

const deliverTo = (point: { lat: number; lon: number }) =>
  delivery(
    { delivery: { method: 'delivery', address: 'адрес', ...point, window: windowFrom(), unloading: 'manual' } },
    ctx.clock.now().getTime(),
  );
function windowFrom() {
  const day = new Date(ctx.clock.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
  return { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` };
}

describe('an order placed', () => {
  it('is copied line by line once the relay delivers order.placed: product, category, seller, quantity, revenue, Moscow day', async () => {
    const order = await placeOrder(fx, ivan, [
      [offer.cement, '10'],
      [offer.brick, '500'],
    ]);
    expect(await soldLinesOf(ctx.database.db, order.id)).toEqual([]);
    await run();
    const lines = await soldLinesOf(ctx.database.db, order.id);
    expect(lines).toHaveLength(2);
    const cement = lines.find((l) => l.product_id === product.cement)!;
    const brick = lines.find((l) => l.product_id === product.brick)!;
    expect(cement).toMatchObject({
      customer_id: ivan.id,
      category_path: paths.child,
      seller_id: moscowSeller.id,
      quantity: '10.000',
      revenue_minor: String(10 * 52_000),
    });
    expect(brick).toMatchObject({
      category_path: paths.parent,
      seller_id: spbSeller.id,
      quantity: '500.000',
      revenue_minor: String(500 * 1_850),
    });
    // A pickup counts where its first part's warehouse stands (Подольск or Санкт-Петербург), not
    // where the customer is; every line of the order in that one region.
    const first = [...order.subOrders].sort(
      (a, b) => a.number.length - b.number.length || a.number.localeCompare(b.number),
    )[0]!;
    const region = first.sellerId === moscowSeller.id ? 'moscow' : 'spb';
    expect(lines.map((l) => l.region)).toEqual([region, region]);
    const placed = new Date(cement.placed_at);
    expect(placed.getTime()).toBe(ctx.clock.now().getTime());
    expect(cement.day).toBe(moscowDate(placed));
    expect(cement.day).not.toBe(placed.toISOString().slice(0, 10));
  });

  it('counts where a delivery goes: Санкт-Петербург and Воронеж from a Подольск warehouse; a pickup in Санкт-Петербург', async () => {
    const toSpb = await placeOrder(fx, olga, [[offer.sand, '3']], deliverTo(SPB));
    const toVoronezh = await placeOrder(fx, olga, [[offer.sand, '4']], deliverTo(VORONEZH));
    const pickedInSpb = await placeOrder(fx, olga, [[offer.brick, '100']], pickup());
    await run();
    expect((await soldLinesOf(ctx.database.db, toSpb.id)).map((l) => l.region)).toEqual(['spb']);
    expect((await soldLinesOf(ctx.database.db, toVoronezh.id)).map((l) => l.region)).toEqual(['other']);
    expect((await soldLinesOf(ctx.database.db, pickedInSpb.id)).map((l) => l.region)).toEqual(['spb']);
  });

  it('delivered twice (at least once) is counted once', async () => {
    const order = await placeOrder(fx, ivan, [[offer.sand, '7']]);
    await run();
    const before = await readModel(ctx.database.db);
    await fx.publish('order.placed', { orderId: order.id, number: order.number, customerId: ivan.id });
    expect(await readModel(ctx.database.db)).toEqual(before);
  });
});

describe('a cancelled order', () => {
  it('leaves sold_lines and the aggregates when cancelled after it was counted', async () => {
    const before = await readModel(ctx.database.db);
    const order = await placeOrder(fx, olga, [
      [offer.cement, '2'],
      [offer.brick, '40'],
    ]);
    await run();
    expect(await soldLinesOf(ctx.database.db, order.id)).toHaveLength(2);
    expect(await readModel(ctx.database.db)).not.toEqual(before);
    await cancelOrder(ctx, olga, order.id);
    await run();
    expect(await soldLinesOf(ctx.database.db, order.id)).toEqual([]);
    expect(await readModel(ctx.database.db)).toEqual(before);
  });

  it('is never counted when cancelled before its order.placed came round', async () => {
    const before = await readModel(ctx.database.db);
    const order = await placeOrder(fx, ivan, [[offer.cement, '1']]);
    await cancelOrder(ctx, ivan, order.id);
    await run();
    expect(await soldLinesOf(ctx.database.db, order.id)).toEqual([]);
    expect(await readModel(ctx.database.db)).toEqual(before);
  });

  it('a part cancelled on its own takes only its lines out; the rest of the order stays counted', async () => {
    const order = await placeOrder(fx, ivan, [
      [offer.cement, '5'],
      [offer.sand, '5'],
      [offer.brick, '250'],
    ]);
    await run();
    expect(await soldLinesOf(ctx.database.db, order.id)).toHaveLength(3);
    const spbPart = order.subOrders.find((s) => s.sellerId === spbSeller.id)!;
    const res = await fx.transition(spbSeller, spbPart.id, 'cancelled', 'нет машины');
    expect(res.statusCode, res.body).toBe(200);
    await run();
    const left = await soldLinesOf(ctx.database.db, order.id);
    expect(left.map((l) => l.product_id).sort()).toEqual([product.cement, product.sand].sort());
  });
});

describe('rebuildInsights', () => {
  it('gives the same tables as the handlers did, and answers how many orders and lines it copied', async () => {
    const incremental = await readModel(ctx.database.db);
    const lines = incremental.soldLines as { order_id: string }[];
    expect(lines.length).toBeGreaterThan(5);
    for (const [table, rows] of Object.entries(incremental)) expect(rows.length, table).toBeGreaterThan(0);
    const counts = await rebuildInsights(ctx.database.db);
    expect(counts).toEqual({ orders: new Set(lines.map((l) => l.order_id)).size, lines: lines.length });
    expect(incremental.baskets).toContainEqual({ region: 'all', orders: counts.orders });
    expect(await readModel(ctx.database.db)).toEqual(incremental);
  });

  it('with `before`, keeps only orders placed before it; without, everything again', async () => {
    const all = await readModel(ctx.database.db);
    ctx.clock.advance(60_000);
    const cut = ctx.clock.now();
    const later = await placeOrder(fx, olga, [[offer.cement, '3']]);
    await run();
    const counts = await rebuildInsights(ctx.database.db, { before: cut });
    const split = await readModel(ctx.database.db);
    expect(split).toEqual(all);
    expect(counts.lines).toBe(all.soldLines.length);
    expect(await soldLinesOf(ctx.database.db, later.id)).toEqual([]);

    await rebuildInsights(ctx.database.db);
    expect(await soldLinesOf(ctx.database.db, later.id)).toHaveLength(1);
  });
});
