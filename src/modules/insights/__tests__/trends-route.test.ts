/**
 * GET /insights/trends on hand-made sold lines, every figure worked out by hand: weekly and monthly
 * totals, WoW/MoM, the chained Jevons index, movers, a seller's own share and prices, regions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { CategoryJson } from '../../../../test/fixtures/catalog.js';
import { NOW, trendsContext, trendsExample, trendsOk, WEEKS, type TrendsExample } from './trends-fixture.js';

let ctx: TestContext;
let parent: CategoryJson;
let childA: CategoryJson;
let ids: TrendsExample['ids'];

const [W1, W2, W3] = WEEKS;

beforeAll(async () => {
  ctx = await trendsContext(NOW);
  ({ parent, childA, ids } = await trendsExample(ctx));
});
afterAll(() => ctx?.close());

const ok = (query: string) => trendsOk(ctx, query);

describe('weekly trends of a category', () => {
  it('sums orders once, units and revenue per Moscow week, with the change against the week before', async () => {
    const t = await ok(`category=${parent.slug}&period=week&from=${W1}&to=2026-11-26`);
    expect(t).toMatchObject({ period: 'week', change: 'wow', from: W1, to: '2026-11-29', today: '2026-11-26' });
    expect(t.category).toMatchObject({ slug: parent.slug, path: parent.path });
    expect(
      t.periods.map((p: { start: string; end: string; complete: boolean }) => [p.start, p.end, p.complete]),
    ).toEqual([
      [W1, '2026-11-15', true],
      [W2, '2026-11-22', true],
      [W3, '2026-11-29', false],
    ]);
    const [p1, p2, p3] = t.periods;
    expect(p1).toMatchObject({ orders: 3, units: '21', revenueMinor: 18000, priceIndex: 100 });
    expect(p1.change).toEqual({ orders: null, units: null, revenue: null, priceIndex: null });
    expect(p2).toMatchObject({ orders: 2, units: '14', revenueMinor: 14000 });
    // 2/3 − 1, 14/21 − 1, 14 000/18 000 − 1, √(1.1 · 0.8) − 1
    expect(p2.change).toEqual({ orders: -33.3, units: -33.3, revenue: -22.2, priceIndex: -6.2 });
    expect(p3).toMatchObject({ orders: 2, units: '5', revenueMinor: 5100 });
    expect(p3.change).toEqual({ orders: 0, units: -64.3, revenue: -63.6, priceIndex: -18.2 });
  });

  it('chains a Jevons index over the products sold in both weeks', async () => {
    const t = await ok(`category=${parent.slug}&from=${W1}&to=${W3}`);
    const link2 = Math.sqrt((13200 / 12 / (10000 / 10)) * (800 / 2 / (3000 / 6))); // √(1.1 · 0.8)
    const link3 = 1800 / 2 / (13200 / 12); // only p1 sold in weeks 2 and 3
    expect(t.periods.map((p: { priceIndex: number }) => p.priceIndex)).toEqual([
      100,
      Math.round(link2 * 10000) / 100,
      Math.round(link2 * link3 * 10000) / 100,
    ]);
    expect(t.periods.map((p: { priceIndexProducts: number }) => p.priceIndexProducts)).toEqual([0, 2, 1]);
    expect(t.priceIndex).toEqual({ method: 'chained_jevons', base: 100, basePeriod: W1 });
  });

  it('a child category counts only its subtree; the root counts everything', async () => {
    const a = await ok(`category=${childA.slug}&from=${W1}&to=${W2}`);
    expect(a.periods.map((p: { orders: number; revenueMinor: number }) => [p.orders, p.revenueMinor])).toEqual([
      [2, 13000],
      [2, 14000],
    ]);
    const all = await ok(`from=${W1}&to=${W2}`);
    expect(all.category).toEqual({ slug: null, name: 'Все категории', path: '/' });
    expect(all.periods.map((p: { orders: number }) => p.orders)).toEqual([3, 2]);
  });

  it('a region counts only the orders that went there', async () => {
    const moscow = await ok(`category=${parent.slug}&region=moscow&from=${W1}&to=${W2}`);
    expect(moscow.region).toEqual({ code: 'moscow', name: 'Москва и область' });
    expect(moscow.periods[0]).toMatchObject({ orders: 2, units: '15', revenueMinor: 13000 });
    const spb = await ok(`category=${parent.slug}&region=spb&from=${W1}&to=${W2}`);
    expect(spb.periods.map((p: { orders: number; units: string }) => [p.orders, p.units])).toEqual([
      [1, '6'],
      [0, '0'],
    ]);
    expect(spb.periods[1].change).toMatchObject({ orders: -100, units: -100 });
  });
});

describe('monthly trends', () => {
  it('sums calendar months, month over month', async () => {
    const t = await ok(`category=${parent.slug}&period=month&from=2026-10-15&to=2026-11-26`);
    expect(t.change).toBe('mom');
    expect(t.periods.map((p: { start: string; end: string }) => [p.start, p.end])).toEqual([
      ['2026-10-01', '2026-10-31'],
      ['2026-11-01', '2026-11-30'],
    ]);
    expect(t.periods[1]).toMatchObject({ orders: 7, units: '40', revenueMinor: 37100, complete: false });
    expect(t.periods[1].change).toEqual({ orders: null, units: null, revenue: null, priceIndex: null });
    expect(t.movers).toEqual({ before: null, after: null, up: [], down: [] });
  });

  it('defaults to the last 12 weeks up to today, all categories and regions', async () => {
    const t = await ok('');
    expect(t.periods).toHaveLength(12);
    expect(t.periods.at(-1).start).toBe(W3);
    expect(t.region.code).toBe('all');
  });
});

describe('top movers', () => {
  it('compares units in the last two complete weeks, with the numbers in the reason', async () => {
    const t = await ok(`category=${parent.slug}&from=${W1}&to=2026-11-26`);
    expect(t.movers.before).toEqual({ start: W1, end: '2026-11-15' });
    expect(t.movers.after).toEqual({ start: W2, end: '2026-11-22' });
    // p3 (one order over the two weeks) is too rare to be a mover.
    expect(t.movers.up).toEqual([
      expect.objectContaining({
        product: expect.objectContaining({ id: ids.p1, name: 'Кирпич М150', unit: 'шт' }),
        unitsBefore: '10',
        unitsAfter: '12',
        unitsChangePct: 20,
        ordersBefore: 2,
        ordersAfter: 1,
        unitPriceBeforeMinor: 1000,
        unitPriceAfterMinor: 1100,
        priceChangePct: 10,
        reason: 'спрос +20 %: 10 → 12 шт; цена +10 %: 10 ₽ → 11 ₽ за шт',
      }),
    ]);
    expect(t.movers.down).toEqual([
      expect.objectContaining({
        product: expect.objectContaining({ id: ids.p2 }),
        unitsBefore: '6',
        unitsAfter: '2',
        unitsChangePct: -66.7,
        priceChangePct: -20,
        reason: 'спрос −67 %: 6 → 2 шт; цена −20 %: 5 ₽ → 4 ₽ за шт',
      }),
    ]);
  });
});
