/** GET /insights/forecast on offers and products whose weekly price history the test writes itself. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { CatalogFixtures } from '../../../../test/fixtures/catalog.js';
import { evaluateForecasts, formatForecastTable } from '../forecast/evaluate.js';

const NOW = new Date('2026-11-25T09:00:00Z'); // a Wednesday; its Moscow week ends 2026-11-29T21:00Z
const WEEK = 7 * 86_400_000;
const URL = '/api/v1/insights/forecast';

let ctx: TestContext;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read as the JSON they are
type Answer = { statusCode: number; json: () => any; headers: Record<string, unknown> };
let get: (query: string) => Promise<Answer>;
const ids = { lineOffer: '', flatOffer: '', pausedOffer: '', product: '', shortOffer: '', shortProduct: '', bare: '' };

/** Replaces an offer's history with one price a week (this week's = the offer's price), oldest first. */
async function writeHistory(offerId: string, prices: number[]): Promise<void> {
  const db = ctx.database.db;
  await db.execute(sql`delete from catalog.price_history where offer_id = ${offerId}::uuid`);
  await db.execute(
    sql`update catalog.offers set price_minor = ${prices[prices.length - 1]!} where id = ${offerId}::uuid`,
  );
  for (const [k, price] of prices.entries()) {
    const at = new Date(NOW.getTime() - 3_600_000 - (prices.length - 1 - k) * WEEK);
    await db.execute(sql`insert into catalog.price_history (offer_id, price_minor, vat_rate, at)
                         values (${offerId}::uuid, ${price}, '22', ${at.toISOString()}::timestamptz)`);
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  ctx.clock.advance(NOW.getTime() - ctx.clock.now().getTime());
  get = (q) => ctx.request({ method: 'GET', url: `${URL}?${q}` });
  const catalog = new CatalogFixtures(ctx);
  const [s1, s2, s3] = [await ctx.make.seller(), await ctx.make.seller(), await ctx.make.seller()];
  const { product, offer } = await catalog.listed(s1);
  ids.product = product.id;
  ids.lineOffer = offer.id;
  ids.flatOffer = (await catalog.offer(s2, product.id)).id;
  ids.pausedOffer = (await catalog.offer(s3, product.id)).id;
  await writeHistory(
    ids.lineOffer,
    Array.from({ length: 40 }, (_, k) => 10_000 + 100 * k),
  );
  await writeHistory(
    ids.flatOffer,
    Array.from({ length: 40 }, () => 12_001),
  );
  await writeHistory(
    ids.pausedOffer,
    Array.from({ length: 40 }, () => 90_000),
  );
  await ctx.database.db.execute(sql`update catalog.offers set status = 'paused' where id = ${ids.pausedOffer}::uuid`);
  const short = await catalog.listed(s1);
  ids.shortProduct = short.product.id;
  ids.shortOffer = short.offer.id;
  await writeHistory(
    ids.shortOffer,
    Array.from({ length: 29 }, (_, k) => 5_000 + k),
  );
  ids.bare = (await catalog.product(s1)).id;
});
afterAll(async () => {
  await ctx?.close();
});

describe('GET /insights/forecast', () => {
  it("an offer's own weekly series: a damped trend on its line, weekly points to the horizon, its backtest", async () => {
    const res = await get(`offerId=${ids.lineOffer}&horizonDays=30`);
    expect(res.statusCode, JSON.stringify(res.json())).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      status: 'ok',
      series: {
        kind: 'offer',
        id: ids.lineOffer,
        points: 40,
        step: 'week',
        last: { at: NOW.toISOString(), priceMinor: 13_900 },
      },
      method: { name: 'damped_trend', phi: 0.98 },
      horizonDays: 30,
    });
    // Week ends 6, 13 and 20 December (Monday 00:00 МСК); the 27th is past 25 December.
    expect(a.points.map((p: { at: string }) => p.at)).toEqual([
      '2026-12-06T21:00:00.000Z',
      '2026-12-13T21:00:00.000Z',
      '2026-12-20T21:00:00.000Z',
    ]);
    // The line goes on at 100 a week: 14 000 next week, a little less for the damping.
    expect(Math.abs(a.points[0].priceMinor - 14_000)).toBeLessThan(30);
    expect(a.points[2].priceMinor).toBeGreaterThan(a.points[0].priceMinor);
    // Origins t = 27..39, min(3, 40 − t) steps: 11 × 3 + 2 + 1 = 36 forecasts; naive's MASE is the mean step, 70 / 36.
    expect(a.backtest).toMatchObject({ origins: 13, forecasts: 36, horizonWeeks: 3, naiveMae: 100, naiveMase: 1.944 });
    expect(a.backtest.mase).toBeLessThan(0.15);
  });

  it("a product's series is the weekly median of its shown offers, half up; a paused offer counts for nothing", async () => {
    const res = await get(`productId=${ids.product}`);
    expect(res.statusCode).toBe(200);
    const a = res.json();
    // (13 900 + 12 001) / 2 = 12 950.5 → 12 951; the paused offer's 90 000 would make it 13 900.
    expect(a).toMatchObject({ status: 'ok', series: { kind: 'product', points: 40, last: { priceMinor: 12_951 } } });
    expect(a.horizonDays).toBe(30);
    expect(a.points[0].priceMinor).toBeGreaterThan(12_951);
    expect(a.points[0].priceMinor).toBeLessThan(13_051);
  });

  it('the longest horizon, 90 days, gives 12 weekly points with intervals widening', async () => {
    const a = (await get(`productId=${ids.product}&horizonDays=90`)).json();
    expect(a.points).toHaveLength(12);
    const width = (p: { lower80: number; upper80: number }) => p.upper80 - p.lower80;
    expect(width(a.points[11])).toBeGreaterThan(width(a.points[0]));
    expect(a.points[11].upper95 - a.points[11].lower95).toBeGreaterThan(width(a.points[11]));
  });

  it('fewer than 30 weekly points: 200 saying so, no forecast', async () => {
    for (const q of [`offerId=${ids.shortOffer}`, `productId=${ids.shortProduct}`]) {
      const res = await get(q);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'insufficient_history', points: 29, needed: 30 });
      expect(res.json().message).toMatch(/^Недостаточно истории цен/);
      expect(res.json().points).not.toBeInstanceOf(Array);
    }
    // A product nobody offers has no series at all.
    expect((await get(`productId=${ids.bare}`)).json()).toMatchObject({ status: 'insufficient_history', points: 0 });
  });

  it('an unknown product or offer, or an offer not shown, is a 404', async () => {
    for (const [q, code] of [
      [`productId=${randomUUID()}`, 'INSIGHTS.PRODUCT_NOT_FOUND'],
      [`offerId=${randomUUID()}`, 'INSIGHTS.OFFER_NOT_FOUND'],
      [`offerId=${ids.pausedOffer}`, 'INSIGHTS.OFFER_NOT_FOUND'],
    ] as const) {
      const res = await get(q);
      expect(res.statusCode, q).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe(code);
    }
  });

  it('bad input is a 400 naming the field', async () => {
    for (const [q, field] of [
      ['', 'productId'],
      ['horizonDays=30', 'productId'],
      [`productId=${ids.product}&offerId=${ids.lineOffer}`, 'offerId'],
      ['productId=not-a-uuid', 'productId'],
      [`offerId=${ids.lineOffer}&horizonDays=91`, 'horizonDays'],
      [`offerId=${ids.lineOffer}&horizonDays=0`, 'horizonDays'],
      [`offerId=${ids.lineOffer}&horizonDays=2.5`, 'horizonDays'],
      [`offerId=${ids.lineOffer}&horizonDays=abc`, 'horizonDays'],
    ] as const) {
      const res = await get(q);
      expect(res.statusCode, q).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        q,
      ).toContain(field);
    }
    // Out of range says the range, not that a number is not a number.
    const range = await get(`offerId=${ids.lineOffer}&horizonDays=91`);
    expect(range.json().errors[0].message).toContain('1 to 90');
  });
});

describe('evaluateForecasts', () => {
  it('backtests every shown offer with 30 weekly prices or more, and counts the rest', async () => {
    const r = await evaluateForecasts(ctx.database.db, { now: NOW });
    // The line is scored; the flat offer never moved (no MASE scale); the 29-week one is too short;
    // the paused one is not shown.
    expect(r).toMatchObject({ series: 1, flat: 1, tooShort: 1, horizonWeeks: 4, origins: 13 });
    expect(r.rows.map((x) => x.steps)).toEqual(['1', '2', '3', '4', '1–4']);
    // Naive h weeks behind a line rising 100 a week misses by 100·h: its MASE at step h is h.
    expect(r.rows.slice(0, 4).map((x) => x.medianNaiveMase)).toEqual([1, 2, 3, 4]);
    expect(r.medianMase!).toBeLessThan(0.2);
    expect(r.rows[4]).toMatchObject({ series: 1, forecasts: 46, beatsNaive: 1 });
    expect(formatForecastTable(r)).toMatch(/\| 1–4 +\| 1 +\| 46 +\|/);
  });
});
