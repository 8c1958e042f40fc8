/**
 * POST /api/v1/insights/estimates/calculate over HTTP, without logging in: a 12-job estimate
 * priced by each strategy with every line recomputed from its own fields (and every total from the
 * lines), and 400s that name the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { EstimateView } from '../estimates/estimate.js';
import { fromMilliStr, milli, onGrid, seedDemo } from './pricing-fixture.js';

const URL = '/api/v1/insights/estimates/calculate';
const MOSCOW = { lat: 55.75, lon: 37.62 };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx);
});
afterAll(() => ctx?.close());

/** A brick house and its finishing: every template once. */
const TWELVE = [
  { template: 'strip_foundation', inputs: { externalLengthM: 40, internalLengthM: 10, widthM: 0.4, heightM: 1.2 } },
  { template: 'slab_foundation', inputs: { lengthM: 6, widthM: 4, thicknessM: 0.2 } },
  {
    template: 'brick_wall',
    title: 'Стены первого этажа',
    inputs: { lengthM: 40, heightM: 3, brickFormat: '1.4НФ', openings: [{ widthM: 1.5, heightM: 1.4, count: 6 }] },
  },
  { template: 'block_wall', inputs: { lengthM: 12, heightM: 2.8, thicknessMm: 200 } },
  { template: 'floor_screed', inputs: { areaM2: 80, thicknessMm: 40 } },
  { template: 'wall_plaster', inputs: { areaM2: 200, thicknessMm: 15, kind: 'cement' } },
  {
    template: 'drywall_partition',
    inputs: { lengthM: 5, heightM: 2.7, openings: [{ widthM: 0.9, heightM: 2.1, count: 1 }] },
  },
  { template: 'tiling', inputs: { areaM2: 18, tileLengthMm: 600, tileWidthMm: 600, layout: 'diagonal' } },
  { template: 'painting', inputs: { areaM2: 150 } },
  { template: 'laminate', inputs: { areaM2: 60 } },
  { template: 'pitched_roof', inputs: { planLengthM: 12, planWidthM: 10, slopeDeg: 45 } },
  { template: 'insulation', inputs: { areaM2: 120, thicknessMm: 100 } },
];

const calculate = (payload: object) => ctx.request({ method: 'POST', url: URL, payload });

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
const vatIncluded = (amount: number, rate: string) => {
  const r = rate === 'none' ? 0 : Number(rate);
  return Math.floor((2 * amount * r + (100 + r)) / (2 * (100 + r)));
};
/** Line units per sale unit in millionths ('0.7137' → 713700n). */
const micro = (v: string) => {
  const [w, f = ''] = v.split('.');
  return BigInt(w!) * 1_000_000n + BigInt(f.padEnd(6, '0').slice(0, 6) || '0');
};

/** Checks every figure of the view from the fields it shows; answers how many lines were priced. */
function recompute(view: EstimateView): number {
  let priced = 0;
  const bySeller = new Map<string, { goods: number; vat: number; lines: number; rates: Set<string> }>();
  const add = (sellerId: string, total: number, vat: number, rate: string) => {
    const s = bySeller.get(sellerId) ?? { goods: 0, vat: 0, lines: 0, rates: new Set<string>() };
    Object.assign(s, { goods: s.goods + total, vat: s.vat + vat, lines: s.lines + 1 });
    s.rates.add(rate);
    bySeller.set(sellerId, s);
  };
  for (const job of view.jobs) {
    for (const line of job.lines) {
      const what = `${job.template}/${line.material}`;
      if (!line.overridden.quantity) {
        const q = ceilDiv(milli(line.net) * (100_000n + milli(line.reservePct)), 100_000n);
        expect(line.quantity, what).toBe(fromMilliStr(q));
      }
      expect(line.packs, what).toBe(Number(ceilDiv(milli(line.quantity), milli(line.packSize))));
      if (!line.offer) {
        expect([line.priceMinor, line.totalMinor, line.orderQuantity], what).toEqual([null, null, null]);
        expect(line.reason, what).toBeTruthy();
        expect(line.reasonCode, what).toBeTruthy();
        continue;
      }
      priced += 1;
      const o = line.offer;
      expect(line.packSize, what).toBe(fromMilliStr((micro(o.perSaleUnit) * milli(o.step)) / 1_000_000n));
      const oq = onGrid(BigInt(line.packs) * milli(o.step), milli(o.minQty), milli(o.step));
      expect(line.orderQuantity, what).toBe(fromMilliStr(oq));
      expect(
        milli(o.available) >= oq,
        `${what}: ${JSON.stringify({ o, q: line.quantity, oq: line.orderQuantity })}`,
      ).toBe(true);
      expect(line.totalMinor, what).toBe(Number((BigInt(line.priceMinor!) * oq + 500n) / 1000n));
      expect(line.vatMinor, what).toBe(vatIncluded(line.totalMinor!, line.vatRate!));
      expect(line.product?.unit).toBe(o.unit);
      add(o.sellerId, line.totalMinor!, line.vatMinor!, line.vatRate!);
    }
  }
  let own = 0;
  for (const f of view.freeLines) {
    if (f.offer && f.totalMinor !== null) add(f.offer.sellerId, f.totalMinor, f.vatMinor!, f.vatRate!);
    else if (f.totalMinor !== null) own += f.totalMinor;
  }
  expect(view.sellers.map((s) => s.sellerId).sort()).toEqual([...bySeller.keys()].sort());
  for (const s of view.sellers) {
    const mine = bySeller.get(s.sellerId)!;
    expect(s.goodsMinor).toBe(mine.goods);
    expect(s.lines).toBe(mine.lines);
    expect(s.totalMinor).toBe(s.goodsMinor + s.deliveryMinor);
    expect(s.deliveryMinor).toBe(s.delivery?.priceMinor ?? 0);
    const parts = s.delivery?.parts ?? [];
    expect(s.deliveryMinor).toBe(parts.reduce((a, p) => a + p.priceMinor, 0));
    // Delivery is billed at the seller's regime (22 % for a VAT payer, else the rate all its goods have), per warehouse.
    const [only] = [...mine.rates];
    const deliveryRate = mine.rates.size === 1 && ['5', '7', 'none'].includes(only!) ? only! : '22';
    for (const p of parts) expect(p.vatMinor).toBe(vatIncluded(p.priceMinor, deliveryRate));
    expect(s.deliveryVatMinor).toBe(parts.reduce((a, p) => a + p.vatMinor, 0));
    expect(s.vatMinor).toBe(mine.vat + s.deliveryVatMinor);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  expect(view.totals.withoutSeller.goodsMinor).toBe(own);
  expect(view.totals.goodsMinor).toBe(sum(view.sellers.map((s) => s.goodsMinor)) + own);
  expect(view.totals.deliveryMinor).toBe(sum(view.sellers.map((s) => s.deliveryMinor)));
  expect(view.totals.vatMinor).toBe(sum(view.sellers.map((s) => s.vatMinor)));
  expect(view.totals.totalMinor).toBe(view.totals.goodsMinor + view.totals.deliveryMinor);
  expect(sum(view.totals.vatByRate.map((r) => r.vatMinor))).toBe(view.totals.vatMinor);
  const unpriced = view.jobs.flatMap((j) =>
    j.lines
      .filter((l) => !l.offer && l.reasonCode !== 'not_needed')
      .map((l) => ({ job: j.index, material: l.material })),
  );
  expect(view.missing.map((m) => ({ job: m.job, material: m.material }))).toEqual(unpriced);
  return priced;
}

describe('POST /insights/estimates/calculate', () => {
  it.each(['cheapest', 'nearest', 'single_seller'] as const)(
    'answers a 12-job estimate priced %s whose every line and total is recomputed from its own fields',
    async (strategy) => {
      const res = await calculate({
        jobs: TWELVE,
        pricing: { strategy, near: MOSCOW },
        overrides: [{ job: 2, material: 'brick', quantity: '9000' }],
        freeLines: [{ name: 'Доставка поддонов обратно', unit: 'шт', quantity: '12', priceMinor: 30_000 }],
      });
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<EstimateView>();
      expect(view.jobs.map((j) => j.template)).toEqual(TWELVE.map((j) => j.template));
      expect(view.jobs[2]!.title).toBe('Стены первого этажа');
      expect(view.jobs[2]!.lines[0]).toMatchObject({ quantity: '9000', overridden: { quantity: true, offer: false } });
      expect(view.jobs.every((j) => j.lines.every((l) => !('match' in l)))).toBe(true);
      const priced = recompute(view);
      expect(priced).toBeGreaterThanOrEqual(strategy === 'single_seller' ? 10 : 20);
      expect(view.totals.withoutSeller).toEqual({ goodsMinor: 360_000, lines: 1 });
      if (strategy === 'nearest') expect(view.totals.deliveryMinor).toBeGreaterThan(0);
    },
  );

  it('without pricing: cheapest, no point, no delivery', async () => {
    const res = await calculate({ jobs: [{ template: 'painting', inputs: { areaM2: 30 } }] });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<EstimateView>();
    expect(view.pricing).toEqual({ strategy: 'cheapest', near: null });
    expect(view.totals.deliveryMinor).toBe(0);
    recompute(view);
  });

  it.each([
    [{ jobs: [] }, 'jobs'],
    [{ jobs: [{ template: 'pool' }] }, 'jobs.0.template'],
    [{ jobs: [{ template: 'brick_wall', inputs: { heightM: 3 } }] }, 'jobs.0.inputs.lengthM'],
    [{ jobs: [{ template: 'brick_wall', inputs: { lengthM: 5, heightM: -3 } }] }, 'jobs.0.inputs.heightM'],
    [
      { jobs: [{ template: 'brick_wall', inputs: { lengthM: 5, heightM: 3, brickFormat: '3НФ' } }] },
      'jobs.0.inputs.brickFormat',
    ],
    [{ jobs: [{ template: 'painting', inputs: { areaM2: 5 } }], pricing: { strategy: 'best' } }, 'pricing.strategy'],
    [{ jobs: [{ template: 'painting', inputs: { areaM2: 5 } }], pricing: { strategy: 'nearest' } }, 'pricing.near'],
    [
      {
        jobs: [{ template: 'painting', inputs: { areaM2: 5 } }],
        pricing: { strategy: 'nearest', near: { lat: 95, lon: 0 } },
      },
      'pricing.near.lat',
    ],
    [
      { jobs: [{ template: 'painting', inputs: { areaM2: 5 } }], overrides: [{ job: 0, material: 'brick' }] },
      'overrides.0.material',
    ],
    [
      {
        jobs: [{ template: 'painting', inputs: { areaM2: 5 } }],
        overrides: [{ job: 0, material: 'paint', quantity: '1.2345' }],
      },
      'overrides.0.quantity',
    ],
    [
      {
        jobs: [{ template: 'painting', inputs: { areaM2: 5 } }],
        overrides: [{ job: 0, material: 'paint', offerId: 'x' }],
      },
      'overrides.0.offerId',
    ],
    [
      { jobs: [{ template: 'painting', inputs: { areaM2: 5 } }], freeLines: [{ name: 'Лестница', unit: 'шт' }] },
      'freeLines.0.quantity',
    ],
  ])('400 naming the field: %j → %s', async (payload, path) => {
    const res = await calculate(payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(path);
  });

  it('an opening larger than its wall is a 400 naming the openings', async () => {
    const res = await calculate({
      jobs: [
        { template: 'brick_wall', inputs: { lengthM: 2, heightM: 2, openings: [{ widthM: 3, heightM: 2, count: 1 }] } },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]!.path).toMatch(/^jobs\.0\.inputs\.openings/);
  });
});
