/**
 * GET /insights/trends?mine=true (a seller's own sales beside the market's, worked out by hand from
 * the example of trends-fixture.ts), who may ask for it, and every bad input named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { CategoryJson } from '../../../../test/fixtures/catalog.js';
import { NOW, trendsContext, trendsExample, trendsGet, trendsOk, WEEKS, type TrendsExample } from './trends-fixture.js';

let ctx: TestContext;
let ex: TrendsExample;
let parent: CategoryJson;
const [W1, W2, W3] = WEEKS;
const RANGE = () => `category=${parent.slug}&from=${W1}&to=2026-11-26`;

beforeAll(async () => {
  ctx = await trendsContext(NOW);
  ex = await trendsExample(ctx);
  parent = ex.parent;
});
afterAll(() => ctx?.close());

describe('a seller’s own trends', () => {
  it('puts its orders, units and revenue beside the market’s, with its share of revenue', async () => {
    const t = await trendsOk(ctx, `${RANGE()}&mine=true`, ex.s1.accessToken);
    expect(t.periods.map((p: { revenueMinor: number }) => p.revenueMinor)).toEqual([18000, 14000, 5100]);
    expect(t.mine.sellerId).toBe(ex.s1.id);
    expect(
      t.mine.periods.map(
        (p: { start: string; orders: number; units: string; revenueMinor: number; revenueSharePct: number }) => [
          p.start,
          p.orders,
          p.units,
          p.revenueMinor,
          p.revenueSharePct,
        ],
      ),
    ).toEqual([
      [W1, 3, '15', 15000, 83.3], // 15 000 / 18 000
      [W2, 1, '12', 13200, 94.3], // 13 200 / 14 000
      [W3, 1, '3', 3300, 64.7], // 3 300 / 5 100
    ]);
    expect(t.mine.periods[1].change).toEqual({ orders: -66.7, units: -20, revenue: -12 });
    expect(t.mine.revenueSharePct).toBe(84.9); // 31 500 / 37 100
  });

  it('sets its unit price per product against the market’s median, and overall weighted by its revenue', async () => {
    const t = await trendsOk(ctx, `${RANGE()}&mine=true`, ex.s1.accessToken);
    // p1: own 23 200 / 22 = 1 054,5; daily unit prices 1 000, 1 000, 1 100 (own) and 900 (the other seller): median 1 000.
    // p3: own 8 300 / 8 = 1 037,5; daily 1 000 and 1 100: median 1 050.
    expect(t.mine.prices.products).toEqual([
      expect.objectContaining({
        product: expect.objectContaining({ id: ex.ids.p1 }),
        revenueMinor: 23200,
        unitPriceMinor: 1055,
        marketMedianMinor: 1000,
        diffPct: 5.5,
      }),
      expect.objectContaining({
        product: expect.objectContaining({ id: ex.ids.p3 }),
        revenueMinor: 8300,
        unitPriceMinor: 1038,
        marketMedianMinor: 1050,
        diffPct: -1.2,
      }),
    ]);
    const overall = Math.exp((23200 * Math.log(23200 / 22 / 1000) + 8300 * Math.log(1037.5 / 1050)) / 31500);
    expect(t.mine.prices.vsMarketPct).toBe(Math.round((overall - 1) * 1000) / 10);
  });

  it('another seller sees its own figures, not the first one’s', async () => {
    const t = await trendsOk(ctx, `${RANGE()}&mine=true`, ex.s2.accessToken);
    expect(t.mine.periods.map((p: { orders: number; revenueMinor: number }) => [p.orders, p.revenueMinor])).toEqual([
      [2, 3000],
      [1, 800],
      [1, 1800],
    ]);
    // p2: own 3 800 / 8 = 475 against a median of 500; p1: own 900 against 1 000.
    expect(t.mine.prices.products.map((p: { diffPct: number }) => p.diffPct)).toEqual([-5, -10]);
    const overall = Math.exp((3800 * Math.log(0.95) + 1800 * Math.log(0.9)) / 5600);
    expect(t.mine.prices.vsMarketPct).toBe(Math.round((overall - 1) * 1000) / 10);
  });

  it('in one region, counts only that region’s sales on both sides', async () => {
    const t = await trendsOk(ctx, `${RANGE()}&region=spb&mine=true`, ex.s1.accessToken);
    expect(t.mine.periods[0]).toMatchObject({ orders: 1, units: '4', revenueMinor: 4000, revenueSharePct: 80 });
    expect(t.mine.periods[1]).toMatchObject({ orders: 0, revenueMinor: 0, revenueSharePct: null });
  });

  it('without mine, a seller’s token changes nothing: no own figures', async () => {
    const t = await trendsOk(ctx, RANGE(), ex.s1.accessToken);
    expect(t.mine).toBeNull();
  });
});

describe('who may ask for mine', () => {
  it('nobody logged in: 401; a customer or a seller not yet approved: 403; a bad token: 401', async () => {
    expect((await trendsGet(ctx, `${RANGE()}&mine=true`)).statusCode).toBe(401);
    const customer = await ctx.make.customer();
    const asCustomer = await trendsGet(ctx, `${RANGE()}&mine=true`, customer.accessToken);
    expect(asCustomer.statusCode).toBe(403);
    expect(asCustomer.headers['content-type']).toMatch(/application\/problem\+json/);
    const pending = await ctx.make.seller({ approved: false });
    expect((await trendsGet(ctx, `${RANGE()}&mine=true`, pending.accessToken)).statusCode).toBe(403);
    expect((await trendsGet(ctx, `${RANGE()}&mine=true`, 'not-a-token')).statusCode).toBe(401);
    // The market alone stays public, for a customer too.
    expect((await trendsGet(ctx, RANGE(), customer.accessToken)).statusCode).toBe(200);
  });
});

describe('bad inputs', () => {
  const fieldOf = async (query: string, status = 400) => {
    const res = await trendsGet(ctx, query);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    return (res.json().errors ?? []).map((e: { path: string }) => e.path);
  };

  it('answers 400 naming the field', async () => {
    expect(await fieldOf('region=mars')).toContain('region');
    expect(await fieldOf('period=day')).toContain('period');
    expect(await fieldOf('from=2026-13-01')).toContain('from');
    expect(await fieldOf('to=2026-02-30')).toContain('to');
    expect(await fieldOf('from=yesterday')).toContain('from');
    expect(await fieldOf('mine=yes')).toContain('mine');
    expect(await fieldOf('category=Кирпич')).toContain('category');
    expect(await fieldOf('from=2026-11-20&to=2026-11-10')).toContain('from');
    // Years far out once looped for ever or failed in the database: refused like any bad date.
    expect(await fieldOf('from=9999-01-01&to=9999-12-31')).toEqual(expect.arrayContaining(['from', 'to']));
    expect(await fieldOf('from=0000-01-01&to=0000-01-20')).toEqual(expect.arrayContaining(['from', 'to']));
    expect(await fieldOf('from=0001-01-01&to=0002-01-01')).toEqual(expect.arrayContaining(['from', 'to']));
    expect(await fieldOf('from=1999-12-31')).toContain('from');
    expect(await fieldOf('to=2100-01-01')).toContain('to');
  });

  it('allows 104 weeks or 36 months, and no more', async () => {
    // 2024-12-02 is a Monday: 104 weeks to the week of 2026-11-23.
    expect((await trendsGet(ctx, 'from=2024-12-02&to=2026-11-26')).statusCode).toBe(200);
    expect(await fieldOf('from=2024-11-25&to=2026-11-26')).toContain('from');
    expect((await trendsGet(ctx, 'period=month&from=2023-12-01&to=2026-11-26')).statusCode).toBe(200);
    expect(await fieldOf('period=month&from=2023-11-30&to=2026-11-26')).toContain('from');
  });

  it('an unknown category is a 404 naming category', async () => {
    const res = await trendsGet(ctx, 'category=net-takoj-kategorii');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'INSIGHTS.CATEGORY_NOT_FOUND', errors: [{ path: 'category' }] });
  });

  it('a category with no sales yet is an empty answer, not a 404', async () => {
    const t = await trendsOk(ctx, `category=${ex.childA.slug}&from=2026-01-05&to=2026-01-18`);
    expect(t.periods.map((p: { orders: number; priceIndex: number }) => [p.orders, p.priceIndex])).toEqual([
      [0, 100],
      [0, 100],
    ]);
  });
});
