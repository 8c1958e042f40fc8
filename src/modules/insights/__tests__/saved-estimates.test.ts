/** Saved estimates: versions, the optimistic version check, prices moved since the last save, ownership, limits. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { MAX_ESTIMATES, MAX_VERSIONS_KEPT } from '../estimates/saved/saved.service.js';
import {
  BRICK_WALL,
  call,
  demoSeller,
  ESTIMATES,
  lineOf,
  paths,
  save,
  SCREED,
  view,
  type Saved,
} from './saved-estimates-fixture.js';

let ctx: TestContext;
let seller: Account;
let customer: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  seller = await demoSeller(ctx);
  customer = await ctx.make.customer();
});
afterAll(() => ctx?.close());

const HOUSE = { title: 'Дом 10×12', jobs: [BRICK_WALL, SCREED], pricing: { strategy: 'cheapest' } };

describe('saving an estimate', () => {
  it('saves version 1 as given, prices it now, lists it with the total of the save', async () => {
    const saved = await save(ctx, customer, HOUSE);
    expect(saved.version).toBe(1);
    expect(saved.title).toBe('Дом 10×12');
    expect(saved.request).toEqual({ jobs: [BRICK_WALL, SCREED], pricing: { strategy: 'cheapest' } });
    expect(saved.estimate.jobs.map((j) => j.index)).toEqual([0, 1]);
    expect(lineOf(saved, 0, 'brick').offer).not.toBeNull();
    expect(saved.estimate.totals.totalMinor).toBeGreaterThan(0);
    expect(saved.savedTotalMinor).toBe(saved.estimate.totals.totalMinor);
    expect(saved.shares).toEqual([]);

    const list = await call(ctx, customer, 'GET', ESTIMATES);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({
        id: saved.id,
        title: 'Дом 10×12',
        version: 1,
        jobs: 2,
        savedTotalMinor: saved.savedTotalMinor,
      }),
    );
    const again = await view(ctx, customer, saved.id);
    expect(again.estimate.totals).toEqual(saved.estimate.totals);
    expect(lineOf(again, 0, 'brick').previousPriceMinor).toBeNull();
  });

  it('keeps overrides and free lines as given, and answers them with the estimate', async () => {
    const saved = await save(ctx, customer, {
      ...HOUSE,
      overrides: [
        { job: 0, material: 'brick', quantity: 2500 },
        { job: 1, material: 'screed_mix', offerId: null },
      ],
      freeLines: [{ name: 'Аренда лесов', unit: 'сутки', quantity: '10.50', priceMinor: 150_000 }],
    });
    expect(saved.request.overrides).toEqual([
      { job: 0, material: 'brick', quantity: '2500' },
      { job: 1, material: 'screed_mix', offerId: null },
    ]);
    expect(saved.request.freeLines).toEqual([
      { name: 'Аренда лесов', unit: 'сутки', quantity: '10.50', priceMinor: 150_000 },
    ]);
    expect(lineOf(saved, 0, 'brick').quantity).toBe('2500');
    expect(lineOf(saved, 1, 'screed_mix').reasonCode).toBe('excluded');
    expect(saved.estimate.freeLines[0]).toMatchObject({ name: 'Аренда лесов', priceMinor: 150_000, sellable: false });
    expect((await view(ctx, customer, saved.id)).request).toEqual(saved.request);
  });

  it('overrides stay with jobs edited in place and go when the jobs are reordered or removed', async () => {
    const garage = { ...BRICK_WALL, title: 'Гараж' };
    const house = { ...BRICK_WALL, title: 'Дом' };
    const saved = await save(ctx, customer, {
      title: 'Гараж и дом',
      jobs: [garage, house],
      overrides: [{ job: 1, material: 'brick', quantity: '12000' }],
    });
    expect(lineOf(saved, 1, 'brick').quantity).toBe('12000');
    // The house's wall made higher in place: the override still holds on the house.
    const higher = { ...house, inputs: { ...house.inputs, heightM: 3.5 } };
    const edited = await call(ctx, customer, 'PATCH', saved.id, { version: 1, jobs: [garage, higher] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as Saved).request.overrides).toEqual([{ job: 1, material: 'brick', quantity: '12000' }]);
    expect(lineOf(edited.json() as Saved, 1, 'brick').quantity).toBe('12000');
    // Swapped: the garage would get the house's 12 000 bricks, so the override goes.
    const swapped = await call(ctx, customer, 'PATCH', saved.id, { version: 2, jobs: [higher, garage] });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect((swapped.json() as Saved).request.overrides).toBeUndefined();
    expect(lineOf(swapped.json() as Saved, 1, 'brick').quantity).not.toBe('12000');
    // One job left: no 400 about an override of a job that is gone.
    const fewer = await call(ctx, customer, 'PATCH', saved.id, { version: 3, jobs: [garage] });
    expect(fewer.statusCode, fewer.body).toBe(200);
  });

  it('every save is a new version; a stale version is a 409 and changes nothing', async () => {
    const saved = await save(ctx, customer, HOUSE);
    const v2 = await call(ctx, customer, 'PATCH', saved.id, {
      version: 1,
      title: 'Дом 10×12, коробка',
      jobs: [{ ...BRICK_WALL, inputs: { ...BRICK_WALL.inputs, lengthM: 12 } }],
    });
    expect(v2.statusCode, v2.body).toBe(200);
    const two = v2.json() as Saved;
    expect(two.version).toBe(2);
    expect(two.title).toBe('Дом 10×12, коробка');
    expect(two.estimate.jobs).toHaveLength(1);
    // Parts not given are kept.
    expect(two.request.pricing).toEqual({ strategy: 'cheapest' });

    const stale = await call(ctx, customer, 'PATCH', saved.id, { version: 1, title: 'Баня' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'ESTIMATE.VERSION_CONFLICT', currentVersion: 2 });
    expect((await view(ctx, customer, saved.id)).title).toBe('Дом 10×12, коробка');

    const v3 = await call(ctx, customer, 'PATCH', saved.id, { version: 2, pricing: null });
    expect(v3.statusCode, v3.body).toBe(200);
    expect((v3.json() as Saved).request).toEqual({ jobs: two.request.jobs });

    const versions = await call(ctx, customer, 'GET', `${saved.id}/versions`);
    expect(versions.statusCode).toBe(200);
    const items = versions.json().items as {
      version: number;
      title: string;
      jobs: number;
      totals: { totalMinor: number };
    }[];
    expect(items.map((v) => [v.version, v.title, v.jobs])).toEqual([
      [3, 'Дом 10×12, коробка', 1],
      [2, 'Дом 10×12, коробка', 1],
      [1, 'Дом 10×12', 2],
    ]);
    expect(items[2]!.totals.totalMinor).toBe(saved.savedTotalMinor);

    const first = await call(ctx, customer, 'GET', `${saved.id}/versions/1`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, title: 'Дом 10×12', request: saved.request });
    expect(first.json().estimate.jobs).toHaveLength(2);
    for (const n of ['4', '0', 'abc', '1.5']) {
      expect((await call(ctx, customer, 'GET', `${saved.id}/versions/${n}`)).json().code).toBe(
        'ESTIMATE.VERSION_NOT_FOUND',
      );
    }
  });

  it('a bad save is a 400 naming the field, and saves nothing', async () => {
    const bad = async (body: object) => {
      const res = await call(ctx, customer, 'POST', ESTIMATES, body);
      expect(res.statusCode, res.body).toBe(400);
      return paths(res);
    };
    expect(await bad({ ...HOUSE, title: '  ' })).toContain('title');
    expect(await bad({ ...HOUSE, title: 'x'.repeat(201) })).toContain('title');
    expect(await bad({ ...HOUSE, jobs: [] })).toContain('jobs');
    expect(await bad({ ...HOUSE, jobs: Array.from({ length: 51 }, () => SCREED) })).toContain('jobs');
    expect(await bad({ ...HOUSE, jobs: [{ template: 'brick_wall', inputs: { lengthM: -1, heightM: 3 } }] })).toContain(
      'jobs.0.inputs.lengthM',
    );
    expect(await bad({ ...HOUSE, overrides: [{ job: 0, material: 'granite', quantity: '5' }] })).toContain(
      'overrides.0.material',
    );

    const saved = await save(ctx, customer, HOUSE);
    const res = await call(ctx, customer, 'PATCH', saved.id, { version: 1, jobs: [{ template: 'pyramid' }] });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toContain('jobs.0.template');
    expect(paths(await call(ctx, customer, 'PATCH', saved.id, { title: 'без версии' }))).toContain('version');
    const after = await view(ctx, customer, saved.id);
    expect([after.version, after.title]).toEqual([1, 'Дом 10×12']);
  });

  it('pages the list newest first with a cursor', async () => {
    const someone = await ctx.make.customer();
    for (const title of ['первая', 'вторая', 'третья']) {
      await save(ctx, someone, { ...HOUSE, title, jobs: [SCREED] });
      ctx.clock.advance(1000);
    }
    const first = await call(ctx, someone, 'GET', `${ESTIMATES}?limit=2`);
    expect(first.json().items.map((i: { title: string }) => i.title)).toEqual(['третья', 'вторая']);
    const next = await call(ctx, someone, 'GET', `${ESTIMATES}?limit=2&cursor=${first.json().nextCursor}`);
    expect(next.json()).toMatchObject({ items: [{ title: 'первая' }], nextCursor: null });
    expect(paths(await call(ctx, someone, 'GET', `${ESTIMATES}?cursor=bm90LWEtY3Vyc29y`))).toEqual(['cursor']);
  });
});

describe('prices re-read on every view', () => {
  it('flags a line whose price moved since the last save with the price it had; a save clears the flag', async () => {
    const first = await save(ctx, customer, HOUSE);
    const brick = lineOf(first, 0, 'brick');
    const mortar = lineOf(first, 0, 'masonry_mortar');
    // A free line of the brick's offer moves with it.
    const free = {
      name: 'Кирпич на столбы',
      unit: brick.offer!.unit,
      quantity: brick.offer!.minQty,
      offerId: brick.offer!.id,
    };
    const second = await call(ctx, customer, 'PATCH', first.id, { version: 1, freeLines: [free] });
    expect(second.statusCode, second.body).toBe(200);
    const saved = second.json() as Saved;
    expect(saved.estimate.freeLines[0]!.priceMinor).toBe(brick.priceMinor);
    // The seller lowers the brick's price by 1 ₽: the same offer stays the cheapest.
    const lowered = brick.priceMinor! - 100;
    const patched = await ctx.request({
      method: 'PATCH',
      url: `/api/v1/catalog/offers/${brick.offer!.id}`,
      token: seller.accessToken,
      payload: { priceMinor: lowered },
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const now = await view(ctx, customer, saved.id);
    const brickNow = lineOf(now, 0, 'brick');
    expect(brickNow.offer!.id).toBe(brick.offer!.id);
    expect([brickNow.priceMinor, brickNow.previousPriceMinor]).toEqual([lowered, brick.priceMinor]);
    expect(now.estimate.freeLines[0]).toMatchObject({ priceMinor: lowered, previousPriceMinor: brick.priceMinor });
    expect(lineOf(now, 0, 'masonry_mortar').previousPriceMinor).toBeNull();
    expect(lineOf(now, 0, 'masonry_mortar').priceMinor).toBe(mortar.priceMinor);
    // The list keeps the total of the save; the view is today's.
    expect(now.savedTotalMinor).toBe(saved.savedTotalMinor);
    expect(now.estimate.totals.totalMinor).toBeLessThan(saved.estimate.totals.totalMinor);

    const resaved = await call(ctx, customer, 'PATCH', saved.id, { version: 2 });
    expect(resaved.statusCode).toBe(200);
    expect(lineOf(resaved.json() as Saved, 0, 'brick').previousPriceMinor).toBeNull();
    const after = await view(ctx, customer, saved.id);
    expect(lineOf(after, 0, 'brick').previousPriceMinor).toBeNull();
    expect(after.estimate.freeLines[0]!.previousPriceMinor).toBeNull();
    expect(after.savedTotalMinor).toBe(now.estimate.totals.totalMinor);
    // Version 1 priced now is flagged against its own save.
    const v1 = await call(ctx, customer, 'GET', `${saved.id}/versions/1`);
    expect(lineOf(v1.json() as Saved, 0, 'brick').previousPriceMinor).toBe(brick.priceMinor);
  });

  it('of two saves of the same version one wins, the other is a 409', async () => {
    const saved = await save(ctx, customer, HOUSE);
    const answers = await Promise.all(
      ['первая правка', 'вторая правка'].map((title) => call(ctx, customer, 'PATCH', saved.id, { version: 1, title })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json() as Saved;
    const now = await view(ctx, customer, saved.id);
    expect([now.version, now.title]).toEqual([2, winner.title]);
    const versions = await call(ctx, customer, 'GET', `${saved.id}/versions`);
    expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });
});

describe('who may see an estimate', () => {
  it("another customer's estimate is a 404; sellers and carriers are refused; anonymous is a 401", async () => {
    const saved = await save(ctx, customer, HOUSE);
    const other = await ctx.make.customer();
    const carrier = await ctx.make.carrier();
    const tries: [string, 'GET' | 'PATCH' | 'DELETE' | 'POST', object?][] = [
      [saved.id, 'GET'],
      [saved.id, 'PATCH', { version: 1, title: 'чужая' }],
      [saved.id, 'DELETE'],
      [`${saved.id}/versions`, 'GET'],
      [`${saved.id}/versions/1`, 'GET'],
      [`${saved.id}/to-cart`, 'POST', {}],
      [`${saved.id}/share`, 'POST'],
      [`${saved.id}/estimate.pdf`, 'GET'],
    ];
    for (const [url, method, body] of tries) {
      expect((await call(ctx, other, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
      expect((await call(ctx, seller, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
      expect((await call(ctx, carrier, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
      expect((await call(ctx, null, method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
    expect((await call(ctx, other, 'GET', ESTIMATES)).json().items).toEqual([]);
    expect((await view(ctx, customer, saved.id)).title).toBe('Дом 10×12');
  });
});

describe('deleting and limits', () => {
  it('deletes an estimate with its versions', async () => {
    const saved = await save(ctx, customer, HOUSE);
    await call(ctx, customer, 'PATCH', saved.id, { version: 1, title: 'ещё' });
    expect((await call(ctx, customer, 'DELETE', saved.id)).statusCode).toBe(204);
    expect((await call(ctx, customer, 'GET', saved.id)).statusCode).toBe(404);
    expect((await call(ctx, customer, 'DELETE', saved.id)).statusCode).toBe(404);
    const rows = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from insights.estimate_versions where estimate_id = ${saved.id}::uuid`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it(`keeps at most ${MAX_ESTIMATES} estimates per customer`, async () => {
    const someone = await ctx.make.customer();
    const one = await save(ctx, someone, { ...HOUSE, jobs: [SCREED] });
    await ctx.database.db.execute(sql`
      insert into insights.estimates (customer_id, title, version, request, prices, total_minor, job_count, created_at, updated_at)
      select ${someone.id}::uuid, 'копия ' || n, 1, request, prices, total_minor, job_count, created_at, updated_at
      from insights.estimates, generate_series(2, ${MAX_ESTIMATES}) n where id = ${one.id}::uuid`);
    const res = await call(ctx, someone, 'POST', ESTIMATES, { ...HOUSE, jobs: [SCREED] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ESTIMATE.TOO_MANY', max: MAX_ESTIMATES });
  });

  it(`keeps the latest ${MAX_VERSIONS_KEPT} versions`, async () => {
    const saved = await save(ctx, customer, { ...HOUSE, jobs: [SCREED] });
    // 150 saves made directly; the 151st through the API lets the oldest go.
    await ctx.database.db.execute(sql`
      insert into insights.estimate_versions (estimate_id, version, title, request, prices, goods_minor, delivery_minor,
        vat_minor, total_minor, job_count, saved_at)
      select estimate_id, n, title, request, prices, goods_minor, delivery_minor, vat_minor, total_minor, job_count, saved_at
      from insights.estimate_versions, generate_series(2, 150) n where estimate_id = ${saved.id}::uuid and version = 1`);
    await ctx.database.db.execute(sql`update insights.estimates set version = 150 where id = ${saved.id}::uuid`);
    const res = await call(ctx, customer, 'PATCH', saved.id, { version: 150, title: 'сто пятьдесят первая' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(151);
    const rows = await queryRows<{ n: number; lo: number; hi: number }>(
      ctx.database.db,
      sql`select count(*)::int as n, min(version) as lo, max(version) as hi
          from insights.estimate_versions where estimate_id = ${saved.id}::uuid`,
    );
    expect(rows[0]).toEqual({ n: MAX_VERSIONS_KEPT, lo: 151 - MAX_VERSIONS_KEPT + 1, hi: 151 });
  });
});

describe('exports', () => {
  it('answers the estimate as a PDF and as an Excel workbook', async () => {
    const saved = await save(ctx, customer, HOUSE);
    const pdf = await call(ctx, customer, 'GET', `${saved.id}/estimate.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(String(pdf.headers['content-disposition'])).toMatch(
      /^attachment; filename="smeta\.pdf"; filename\*=UTF-8''/,
    );
    const xlsx = await call(ctx, customer, 'GET', `${saved.id}/estimate.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
