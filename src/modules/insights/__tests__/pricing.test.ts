/**
 * Pricing an estimate on the demo catalog (three sellers: Москва VAT payer, Санкт-Петербург УСН 5 %,
 * Казань УСН without VAT): each strategy's choice checked against the catalog as plain SQL reads
 * it (pricing-fixture.ts), missing materials, overrides, free lines, VAT and the cart's delivery.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { queryRows } from '../../../shared/db/database.js';
import { ValidationError } from '../../../shared/errors.js';
import {
  calculateEstimate,
  type CalculateOptions,
  type EstimateLine,
  type EstimateRequest,
} from '../estimates/estimate.js';
import { computeJobs } from '../estimates/jobs.js';
import type { MaterialMatch } from '../estimates/model.js';
import { byCost, DEMO_SELLERS, fits, km, seedDemo } from './pricing-fixture.js';

const MOSCOW = { lat: 55.75, lon: 37.62 };
const SPB = { lat: 59.94, lon: 30.31 };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx);
});
afterAll(() => ctx?.close());

const calc = (request: EstimateRequest, opts: CalculateOptions = {}) =>
  calculateEstimate(ctx.database.db, { catalog: ctx.app.modules.catalog }, request, opts);

/** The 400's errors, or a failure when it did not throw one. */
async function refused(request: EstimateRequest, opts: CalculateOptions = {}) {
  const err = await calc(request, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

const HOUSE: EstimateRequest['jobs'] = [
  { template: 'brick_wall', inputs: { lengthM: 10, heightM: 3 } },
  { template: 'floor_screed', inputs: { areaM2: 20, thicknessMm: 50 } },
  { template: 'wall_plaster', inputs: { areaM2: 40, thicknessMm: 15 } },
  { template: 'painting', inputs: { areaM2: 50 } },
];

/** Each line of the answer with the match its template gave it. */
function withMatches(
  request: EstimateRequest,
  lines: EstimateLine[][],
): { line: EstimateLine; match: MaterialMatch }[] {
  const computed = computeJobs(request.jobs);
  return lines.flatMap((job, j) => job.map((line, i) => ({ line, match: computed[j]!.lines[i]!.match })));
}

describe('cheapest', () => {
  it('takes per material the lowest line total among fitting offers with the whole quantity in one warehouse', async () => {
    const request = { jobs: HOUSE };
    const view = await calc(request);
    const lines = withMatches(
      request,
      view.jobs.map((j) => j.lines),
    );
    let priced = 0;
    for (const { line, match } of lines) {
      const best = (await fits(ctx, match, line.quantity)).filter((f) => f.enough).sort(byCost)[0];
      if (!best) {
        expect(line.offer, line.material).toBeNull();
        continue;
      }
      priced += 1;
      expect(line.offer?.id, line.material).toBe(best.offerId);
      expect(line.orderQuantity).toBe(best.orderQuantity);
      expect(line.packSize).toBe(best.packSize);
      expect(line.totalMinor).toBe(best.totalMinor);
    }
    expect(priced).toBeGreaterThanOrEqual(5);
    expect(view.pricing).toEqual({ strategy: 'cheapest', near: null });
    // Without a point there is no delivery to quote.
    for (const s of view.sellers) expect([s.delivery, s.deliveryNote]).toEqual([null, 'укажите адрес доставки']);
  });
});

describe('cheapest with a drop-off', () => {
  it('takes offers from warehouses that deliver there, though a pickup-only one far away is cheaper', async () => {
    const warehouses = await queryRows<{ id: string; lat: number; lon: number; delivery_radius_km: number }>(
      ctx.database.db,
      sql`select id, lat, lon, delivery_radius_km from catalog.warehouses`,
    );
    const byId = new Map(warehouses.map((w) => [w.id, w]));
    const reaches = (line: EstimateLine) => {
      const w = byId.get(line.offer!.warehouseId)!;
      return km(w, MOSCOW) < w.delivery_radius_km;
    };
    const request = { jobs: HOUSE };
    const anywhere = await calc(request);
    // Without a point some cheapest offer lies in Saint Petersburg, beyond its warehouses' 300 km.
    expect(anywhere.jobs.flatMap((j) => j.lines).filter((l) => l.offer && !reaches(l)).length).toBeGreaterThan(0);

    const view = await calc({ ...request, pricing: { strategy: 'cheapest', near: MOSCOW } });
    const priced = view.jobs.flatMap((j) => j.lines).filter((l) => l.offer);
    expect(priced.length).toBeGreaterThanOrEqual(5);
    for (const line of priced) expect(reaches(line), line.material).toBe(true);
    // Every seller's part is delivered: a guide price each, no «pickup only» note.
    for (const s of view.sellers) {
      expect(s.delivery, s.sellerName).not.toBeNull();
      expect(s.deliveryNote, s.sellerName).toBeNull();
    }
  });
});

describe('nearest', () => {
  it('takes the nearest warehouse to the point that has the whole quantity, the cheapest there', async () => {
    const request = { jobs: HOUSE, pricing: { strategy: 'nearest' as const, near: SPB } };
    const view = await calc(request);
    let near = 0;
    for (const { line, match } of withMatches(
      request,
      view.jobs.map((j) => j.lines),
    )) {
      const fitting = (await fits(ctx, match, line.quantity)).filter((f) => f.enough);
      if (fitting.length === 0) continue;
      const closest = Math.min(...fitting.map((f) => km(f, SPB)));
      const there = fitting.filter((f) => Math.abs(km(f, SPB) - closest) < 0.001).sort(byCost)[0]!;
      expect(line.offer?.id, line.material).toBe(there.offerId);
      expect(line.offer?.warehouseId).toBe(there.warehouseId);
      expect(line.offer?.distanceKm).toBe(Math.round(closest * 10) / 10);
      if (closest < 30) near += 1;
    }
    // St Petersburg's seller has most of it within the city.
    expect(near).toBeGreaterThanOrEqual(3);
  });

  it('needs the point: 400 naming pricing.near', async () => {
    expect(await refused({ jobs: HOUSE, pricing: { strategy: 'nearest' } })).toEqual([
      expect.objectContaining({ path: 'pricing.near' }),
    ]);
  });
});

describe('single seller', () => {
  it('buys everything it has from the seller with most required lines (the cheapest of equals); the rest are missing', async () => {
    const jobs: EstimateRequest['jobs'] = [
      ...HOUSE,
      { template: 'tiling', inputs: { areaM2: 12 } },
      { template: 'drywall_partition', inputs: { lengthM: 4, heightM: 2.7 } },
      { template: 'pitched_roof', inputs: { planLengthM: 10, planWidthM: 8 } },
    ];
    const request = { jobs, pricing: { strategy: 'single_seller' as const } };
    const view = await calc(request);
    const lines = withMatches(
      request,
      view.jobs.map((j) => j.lines),
    );
    // Per seller: the required lines it has, and their cheapest total.
    const score = new Map<string, { name: string; has: number; cost: number }>();
    const haveAny: boolean[] = [];
    for (const { line, match } of lines) {
      const fitting = (await fits(ctx, match, line.quantity)).filter((f) => f.enough);
      haveAny.push(fitting.length > 0);
      if (line.optional) continue;
      for (const name of DEMO_SELLERS) {
        const best = fitting.filter((f) => f.sellerName === name).sort(byCost)[0];
        const s = score.get(name) ?? { name, has: 0, cost: 0 };
        if (best) Object.assign(s, { has: s.has + 1, cost: s.cost + best.totalMinor });
        score.set(name, s);
      }
    }
    const expected = [...score.values()].sort((a, b) => b.has - a.has || a.cost - b.cost)[0]!;
    expect(view.sellers.map((s) => s.sellerName)).toEqual([expected.name]);
    lines.forEach(({ line }, i) => {
      if (line.offer) {
        expect(line.offer.sellerName).toBe(expected.name);
        return;
      }
      expect(line.reasonCode).toBe(
        haveAny[i] ? 'not_at_this_seller' : expect.stringMatching(/no_fitting_product|not_enough_stock/),
      );
      expect(view.missing).toContainEqual(
        expect.objectContaining({ material: line.material, reasonCode: line.reasonCode }),
      );
    });
    expect(view.sellers[0]!.lines).toBe(lines.filter((l) => l.line.offer).length);
  });
});

describe('materials nothing fits', () => {
  it('is a line without an offer, with the reason, listed as missing — never dropped', async () => {
    const view = await calc({
      jobs: [{ template: 'block_wall', inputs: { lengthM: 6, heightM: 3, thicknessMm: 350 } }],
    });
    const [block, glue] = view.jobs[0]!.lines;
    expect(block).toMatchObject({
      material: 'block',
      offer: null,
      product: null,
      totalMinor: null,
      reasonCode: 'no_fitting_product',
    });
    expect(block!.reason).toMatch(/нет товара/);
    expect(view.missing).toEqual([
      { job: 0, material: 'block', name: block!.name, reason: block!.reason, reasonCode: 'no_fitting_product' },
    ]);
    expect(glue!.offer).not.toBeNull();
    const rest = view.jobs[0]!.lines.slice(1);
    expect(view.totals.goodsMinor).toBe(rest.reduce((a, l) => a + (l.totalMinor ?? 0), 0));
  });

  it('fitting products without the whole quantity in one warehouse: not_enough_stock', async () => {
    const view = await calc({ jobs: [{ template: 'brick_wall', inputs: { lengthM: 900, heightM: 50 } }] });
    expect(view.jobs[0]!.lines[0]).toMatchObject({ offer: null, reasonCode: 'not_enough_stock' });
  });
});

describe('overrides', () => {
  it('a quantity replaces net + reserve; an offer is bought from even when dearer; null is bought elsewhere', async () => {
    const jobs = [HOUSE[0]!];
    const computed = computeJobs(jobs)[0]!;
    const all = (await fits(ctx, computed.lines[0]!.match, '5000')).filter((f) => f.enough).sort(byCost);
    const dearest = all[all.length - 1]!;
    const view = await calc({
      jobs,
      overrides: [
        { job: 0, material: 'brick', quantity: '5000', offerId: dearest.offerId },
        { job: 0, material: 'masonry_mortar', offerId: null },
      ],
    });
    const [brick, mortar] = view.jobs[0]!.lines;
    expect(brick).toMatchObject({
      quantity: '5000',
      overridden: { quantity: true, offer: true },
      packSize: dearest.packSize,
      orderQuantity: dearest.orderQuantity,
      priceMinor: dearest.priceMinor,
      totalMinor: dearest.totalMinor,
    });
    expect(brick!.offer!.id).toBe(dearest.offerId);
    expect(mortar).toMatchObject({ offer: null, reasonCode: 'excluded', overridden: { quantity: false, offer: true } });
    expect(view.missing.map((m) => m.reasonCode)).toEqual(['excluded']);
  });

  it('400s name the override: a job or line that does not exist, a repeat, an offer sold in another unit', async () => {
    const jobs = [HOUSE[0]!];
    expect(await refused({ jobs, overrides: [{ job: 0, material: 'tile' }] })).toEqual([
      expect.objectContaining({ path: 'overrides.0.material' }),
    ]);
    expect(await refused({ jobs, overrides: [{ job: 3, material: 'brick' }] })).toEqual([
      expect.objectContaining({ path: 'overrides.0.job' }),
    ]);
    expect(
      await refused({
        jobs,
        overrides: [
          { job: 0, material: 'brick', quantity: '10' },
          { job: 0, material: 'brick', quantity: '20' },
        ],
      }),
    ).toEqual([expect.objectContaining({ path: 'overrides.1' })]);
    const [cement] = await queryRows<{ id: string }>(
      ctx.database.db,
      sql`select o.id from catalog.offers o join catalog.products p on p.id = o.product_id where p.unit = 'мешок' limit 1`,
    );
    expect(await refused({ jobs, overrides: [{ job: 0, material: 'brick', offerId: cement!.id }] })).toEqual([
      expect.objectContaining({ path: 'overrides.0.offerId' }),
    ]);
    // A saved estimate viewed later shows such a line unbuyable instead.
    const lenient = await calc(
      { jobs, overrides: [{ job: 0, material: 'brick', offerId: cement!.id }] },
      { lenient: true },
    );
    expect(lenient.jobs[0]!.lines[0]).toMatchObject({ offer: null, reasonCode: 'offer_unavailable' });
  });
});

describe('free lines', () => {
  it('with an offer: priced on its grid and sold by its seller; with an own price: apart, without VAT', async () => {
    const [bag] = await queryRows<{ id: string; price_minor: string; seller_id: string }>(
      ctx.database.db,
      sql`select o.id, o.price_minor, o.seller_id from catalog.offers o
          join catalog.products p on p.id = o.product_id join catalog.stock k on k.offer_id = o.id
          where p.unit = 'мешок' and o.min_qty = 1 and o.step = 1 and o.status = 'active' and k.on_hand - k.reserved >= 3
          order by o.id limit 1`,
    );
    const view = await calc({
      jobs: [HOUSE[3]!],
      freeLines: [
        { name: 'Цемент', unit: 'мешок', quantity: '3', offerId: bag!.id },
        { name: 'Работа маляра', unit: 'м²', quantity: '50', priceMinor: 25_000 },
        { name: 'Леса', unit: 'компл', quantity: '1' },
      ],
    });
    const [cement, work, scaffold] = view.freeLines;
    expect(cement).toMatchObject({ sellable: true, orderQuantity: '3', totalMinor: Number(bag!.price_minor) * 3 });
    expect(cement!.offer!.sellerId).toBe(bag!.seller_id);
    expect(work).toMatchObject({
      sellable: false,
      offer: null,
      totalMinor: 1_250_000,
      vatMinor: null,
      reasonCode: null,
    });
    expect(scaffold).toMatchObject({ sellable: false, totalMinor: null, reasonCode: 'no_price' });
    expect(view.totals.withoutSeller).toEqual({ goodsMinor: 1_250_000, lines: 1 });
    const sellersGoods = view.sellers.reduce((a, s) => a + s.goodsMinor, 0);
    expect(view.totals.goodsMinor).toBe(sellersGoods + 1_250_000);
    expect(view.sellers.find((s) => s.sellerId === bag!.seller_id)!.goodsMinor).toBeGreaterThanOrEqual(
      cement!.totalMinor!,
    );
  });

  it('off the offer’s grid: 400 naming freeLines.N.quantity, or unsellable when viewed leniently', async () => {
    const [pallet] = await queryRows<{ id: string; step: string }>(
      ctx.database.db,
      sql`select id, step::text from catalog.offers where step > 100 order by id limit 1`,
    );
    const request = {
      jobs: [HOUSE[3]!],
      freeLines: [{ name: 'Кирпич', unit: 'шт', quantity: '7', offerId: pallet!.id }],
    };
    expect(await refused(request)).toEqual([expect.objectContaining({ path: 'freeLines.0.quantity' })]);
    const view = await calc(request, { lenient: true });
    expect(view.freeLines[0]).toMatchObject({ sellable: false, reasonCode: 'off_grid', totalMinor: null });
  });
});

describe('VAT and delivery', () => {
  it('each line at its seller’s regime rate; each seller’s delivery, goods and VAT are the cart’s for the same lines', async () => {
    const view = await calc({ jobs: HOUSE, pricing: { strategy: 'nearest', near: MOSCOW } });
    const rate: Record<string, string> = {
      [DEMO_SELLERS[0]!]: '22',
      [DEMO_SELLERS[1]!]: '5',
      [DEMO_SELLERS[2]!]: 'none',
    };
    const priced = view.jobs.flatMap((j) => j.lines).filter((l) => l.offer);
    for (const l of priced) {
      const r = rate[l.offer!.sellerName]!;
      expect(l.vatRate).toBe(r);
      const n = r === 'none' ? 0 : Number(r);
      expect(l.vatMinor).toBe(Math.floor((2 * l.totalMinor! * n + (100 + n)) / (2 * (100 + n))));
    }
    expect(view.sellers.some((s) => s.deliveryMinor > 0 && s.delivery !== null)).toBe(true);

    const customer = await ctx.make.customer();
    const put = await ctx.request({
      method: 'PUT',
      url: '/api/v1/orders/cart/address',
      token: customer.accessToken,
      payload: { address: 'Москва, Красная площадь, 1', ...MOSCOW },
    });
    expect(put.statusCode, put.body).toBe(200);
    for (const l of priced) {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/orders/cart/items',
        token: customer.accessToken,
        payload: { offerId: l.offer!.id, quantity: l.orderQuantity },
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    const cart = (await ctx.request({ method: 'GET', url: '/api/v1/orders/cart', token: customer.accessToken })).json<{
      sellers: { sellerId: string; goodsMinor: number; vatMinor: number; deliveryMinor: number }[];
    }>();
    expect(
      view.sellers.map((s) => ({
        sellerId: s.sellerId,
        goodsMinor: s.goodsMinor,
        vatMinor: s.vatMinor,
        deliveryMinor: s.deliveryMinor,
      })),
    ).toEqual(
      cart.sellers.map((s) => ({
        sellerId: s.sellerId,
        goodsMinor: s.goodsMinor,
        vatMinor: s.vatMinor,
        deliveryMinor: s.deliveryMinor,
      })),
    );
  });
});

describe('stock', () => {
  it('two lines never ask one warehouse for more of an offer than it holds together', async () => {
    const tiles = (quantity: string, jobs = 1) =>
      calc({
        jobs: Array.from({ length: jobs }, () => ({ template: 'tiling', inputs: { areaM2: 10 } })),
        overrides: Array.from({ length: jobs }, (_, job) => ({ job, material: 'tile', quantity })),
      });
    const tileOf = (v: Awaited<ReturnType<typeof calc>>, job: number) =>
      v.jobs[job]!.lines.find((l) => l.material === 'tile')!;
    // A quantity over half of what the cheapest tile's warehouse holds: one line fits, two would not.
    const probe = tileOf(await tiles('10'), 0);
    const quantity = String(Math.ceil(Number(probe.offer!.available) * 0.6));
    const one = tileOf(await tiles(quantity), 0);
    expect(2 * Number(one.orderQuantity)).toBeGreaterThan(Number(one.offer!.available));

    const two = await tiles(quantity, 2);
    const [first, second] = [tileOf(two, 0), tileOf(two, 1)];
    expect([first.offer?.id, first.offer?.warehouseId]).toEqual([one.offer!.id, one.offer!.warehouseId]);
    // The second takes the next candidate, or none: never the same stock twice.
    if (second.offer) {
      expect(`${second.offer.id}/${second.offer.warehouseId}`).not.toBe(
        `${first.offer!.id}/${first.offer!.warehouseId}`,
      );
    } else expect(second.reasonCode).toBe('not_enough_stock');
  });

  it('a cheaper offer whose quantity is only spread over warehouses is passed over', async () => {
    const jobs = [HOUSE[0]!];
    const match = computeJobs(jobs)[0]!.lines[0]!.match;
    const before = await calc({ jobs });
    const brick = before.jobs[0]!.lines[0]!;
    const quantity = brick.quantity;
    // Every warehouse of the chosen offer keeps one step less than the line needs.
    const short = (BigInt(brick.orderQuantity!) - BigInt(brick.offer!.step)).toString();
    await ctx.database.db.execute(
      sql`update catalog.stock set on_hand = reserved + ${short}::numeric where offer_id = ${brick.offer!.id}::uuid`,
    );
    const after = (await calc({ jobs })).jobs[0]!.lines[0]!;
    const best = (await fits(ctx, match, quantity)).filter((f) => f.enough).sort(byCost)[0];
    expect(after.offer?.id).not.toBe(brick.offer!.id);
    expect(after.offer?.id).toBe(best?.offerId);
    expect(after.totalMinor).toBeGreaterThanOrEqual(brick.totalMinor!);
  });
});
