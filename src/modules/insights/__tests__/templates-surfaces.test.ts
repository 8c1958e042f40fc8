/**
 * tiling, painting and laminate against worked examples computed by hand here (docs/domain.md,
 * Estimates: tiles area × (1 + 10 % straight / 15 % diagonal), adhesive 4.2 kg/m², grout
 * (L+W)/(L·W)·depth·joint·density + 10 %; paint area · coats · 0.1 l/m² + 5 %, primer one coat;
 * laminate area × (1 + 7 % / 15 %) / pack area, underlay), and the 400s naming the input.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { materialsApi, type MaterialCandidate } from '../../catalog/index.js';
import type { ComputedLine } from '../estimates/jobs.js';
import { bad, badPaths, derived, job, line } from './template-helpers.js';

describe('tiling', () => {
  it('straight, 300×300 floor tiles, 3 mm joints: 129 tiles in 11.55 m²', () => {
    const j = job('tiling', { areaM2: 10.5, tileLengthMm: 300, tileWidthMm: 300, layout: 'straight', jointWidthMm: 3 });
    // 10.5 × 1.1 = 11.55 m²; a tile is 0.3 × 0.3 = 0.09 m²; 11.55 / 0.09 = 128.3 → 129 tiles.
    // Grout: (300 + 300) / (300 × 300) × 8 mm × 3 mm × 1.6 = 0.00667 × 38.4 = 0.256 kg/m².
    expect(derived(j)).toMatchObject({ areaM2: '10.5', tileAreaM2: '0.09', tileCount: '129', groutKgPerM2: '0.256' });
    const tile = line(j, 'tile');
    // Sold per m² in boxes of 1.44 m² when no product is chosen: 11.55 / 1.44 = 8.02 → 9 boxes.
    expect(tile).toMatchObject({
      unit: 'м²',
      net: '10.5',
      reservePct: '10',
      quantity: '11.55',
      packSize: '1.44',
      packs: 9,
    });
    expect(tile.formula).toBe('10,5 м² × (1 + 10 %) = 11,55 м² ÷ 0,09 м² ≈ 129 шт 300×300 мм');
    expect(tile.norm).toMatchObject({ value: '10', unit: '%' });
    expect(tile.match).toEqual({
      categories: ['keramogranit', 'plitka-nastennaya', 'plitka-napolnaya'],
      attributes: { length_mm: '300', width_mm: '300' },
      sale: [{ unit: 'м²' }],
    });
    // 10.5 × 4.2 = 44.1 kg; × 1.05 = 46.305; 25 kg bags → 1.85 → 2.
    const glue = line(j, 'tile_adhesive');
    expect(glue).toMatchObject({
      unit: 'кг',
      net: '44.1',
      reservePct: '5',
      quantity: '46.305',
      packSize: '25',
      packs: 2,
    });
    expect(glue.match.sale).toEqual([{ unit: 'мешок', attribute: 'bag_kg' }]);
    // 10.5 × 0.256 = 2.688 kg; × 1.1 = 2.9568 → 2.957; 2 kg packs → 2.
    const grout = line(j, 'grout');
    expect(grout).toMatchObject({ net: '2.688', reservePct: '10', quantity: '2.957', packSize: '2', packs: 2 });
    expect(grout.norm).toMatchObject({ value: '0.256', unit: 'кг/м²' });
    expect(grout.match.sale).toEqual([{ unit: 'шт', attribute: 'pack_kg' }]);
  });

  it('diagonal wall tiles 200×440 given short side first: 15 %, 83 tiles, matched longer side first', () => {
    const j = job('tiling', { areaM2: 6.3, tileLengthMm: 200, tileWidthMm: 440, layout: 'diagonal' });
    // 6.3 × 1.15 = 7.245 m²; a tile is 0.2 × 0.44 = 0.088 m²; 7.245 / 0.088 = 82.3 → 83 tiles.
    // Grout: (200 + 440) / (200 × 440) × 8 × 2 × 1.6 = 0.0072727 × 25.6 = 0.18618 → 0.186 kg/m².
    expect(derived(j)).toMatchObject({ tileAreaM2: '0.088', tileCount: '83', groutKgPerM2: '0.186' });
    const tile = line(j, 'tile');
    expect(tile).toMatchObject({ net: '6.3', reservePct: '15', quantity: '7.245', packs: 6 });
    expect(tile.norm.value).toBe('15');
    expect(tile.match.attributes).toEqual({ length_mm: '440', width_mm: '200' });
    // 6.3 × 4.2 = 26.46; × 1.05 = 27.783 → 2 bags.
    expect(line(j, 'tile_adhesive')).toMatchObject({ net: '26.46', quantity: '27.783', packs: 2 });
    // 6.3 × 0.186 = 1.1718 → 1.172; × 1.1 = 1.2892 → 1.29; one 2 kg pack.
    expect(line(j, 'grout')).toMatchObject({ net: '1.172', quantity: '1.29', packs: 1 });
  });

  it('large porcelain with the reserve and adhesive overridden', () => {
    const j = job('tiling', { areaM2: 20, tileLengthMm: 1195, tileWidthMm: 600, reservePct: 12, adhesiveKgPerM2: 5.1 });
    // 20 × 1.12 = 22.4 m²; 1.195 × 0.6 = 0.717 m²; 22.4 / 0.717 = 31.24 → 32 tiles.
    expect(derived(j)).toMatchObject({ tileAreaM2: '0.717', tileCount: '32' });
    const tile = line(j, 'tile');
    expect(tile).toMatchObject({ name: 'Плитка 1195×600 мм', reservePct: '12', quantity: '22.4' });
    expect(tile.norm.source).toBe('задано в смете');
    // 20 × 5.1 = 102 kg; × 1.05 = 107.1; / 25 = 4.28 → 5 bags.
    expect(line(j, 'tile_adhesive')).toMatchObject({ net: '102', quantity: '107.1', packs: 5 });
    expect(line(j, 'tile_adhesive').norm).toMatchObject({ value: '5.1', unit: 'кг/м²' });
  });

  it('400s name the input', () => {
    expect(bad('tiling', { areaM2: 10, layout: 'herringbone' })).toEqual(['jobs.0.inputs.layout']);
    expect(bad('tiling', { areaM2: 0, tileLengthMm: 5 })).toEqual([
      'jobs.0.inputs.areaM2',
      'jobs.0.inputs.tileLengthMm',
    ]);
    expect(bad('tiling', { areaM2: 10, jointWidthMm: 0, reservePct: -1 })).toEqual([
      'jobs.0.inputs.jointWidthMm',
      'jobs.0.inputs.reservePct',
    ]);
    expect(bad('tiling', {})).toEqual(['jobs.0.inputs.areaM2']);
  });
});

describe('painting', () => {
  it('interior, defaults: 2 coats × 0.1 l/m² and one coat of primer', () => {
    const j = job('painting', { areaM2: 40 });
    // 40 × 2 × 0.1 = 8 l; × 1.05 = 8.4 l; 9 l cans → 1.
    const paint = line(j, 'paint');
    expect(paint).toMatchObject({ unit: 'л', net: '8', reservePct: '5', quantity: '8.4', packSize: '9', packs: 1 });
    expect(paint.formula).toBe('40 м² × 2 сл. × 0,1 л/м²');
    expect(paint.norm).toMatchObject({ value: '0.1', unit: 'л/м²' });
    expect(paint.match).toEqual({ categories: ['kraski-interernye'], sale: [{ unit: 'л' }] });
    // 40 × 0.15 = 6 l; × 1.05 = 6.3 l; 10 l cans → 1.
    const primer = line(j, 'primer');
    expect(primer).toMatchObject({ net: '6', quantity: '6.3', packSize: '10', packs: 1 });
    expect(primer.match).toEqual({ categories: ['gruntovki'], sale: [{ unit: 'л' }] });
  });

  it('facade, 3 coats at the product’s 0.15 l/m²', () => {
    const j = job('painting', { areaM2: 125.5, coats: 3, spreadLPerM2: 0.15, paintKind: 'facade' });
    // 125.5 × 3 × 0.15 = 56.475 l; × 1.05 = 59.29875 → 59.299; / 9 = 6.59 → 7 cans.
    expect(line(j, 'paint')).toMatchObject({ name: 'Краска фасадная', net: '56.475', quantity: '59.299', packs: 7 });
    expect(line(j, 'paint').match.categories).toEqual(['kraski-fasadnye']);
    // 125.5 × 0.15 = 18.825; × 1.05 = 19.76625 → 19.767; / 10 → 2.
    expect(line(j, 'primer')).toMatchObject({ net: '18.825', quantity: '19.767', packs: 2 });
  });

  it('400s name the input', () => {
    expect(bad('painting', { areaM2: 10, coats: 0 })).toEqual(['jobs.0.inputs.coats']);
    expect(bad('painting', { areaM2: 10, coats: 1.5, paintKind: 'oil' })).toEqual([
      'jobs.0.inputs.coats',
      'jobs.0.inputs.paintKind',
    ]);
    expect(bad('painting', { areaM2: 10, spreadLPerM2: 'a lot' })).toEqual(['jobs.0.inputs.spreadLPerM2']);
  });
});

describe('laminate', () => {
  it('straight, no pack area given: 7 % and 2.131 m² packs, underlay in 25 m² rolls', () => {
    const j = job('laminate', { areaM2: 18.5 });
    // 18.5 × 1.07 = 19.795 m²; / 2.131 = 9.29 → 10 packs.
    const lam = line(j, 'laminate');
    expect(lam).toMatchObject({
      unit: 'м²',
      net: '18.5',
      reservePct: '7',
      quantity: '19.795',
      packSize: '2.131',
      packs: 10,
    });
    expect(lam.formula).toBe('18,5 м² × (1 + 7 %) ÷ 2,131 м² в упаковке');
    expect(lam.match).toEqual({ categories: ['laminat'], attributes: {}, sale: [{ unit: 'м²' }] });
    // 18.5 × 1.05 = 19.425 m²; one 25 m² roll.
    const under = line(j, 'underlay');
    expect(under).toMatchObject({ net: '18.5', reservePct: '5', quantity: '19.425', packSize: '25', packs: 1 });
    expect(under.match.sale).toEqual([
      { unit: 'рулон', attribute: 'area_m2' },
      { unit: 'упак', attribute: 'area_m2' },
    ]);
  });

  it('diagonal, 2.48 m² packs of class 33: 15 %, 12 packs', () => {
    const j = job('laminate', { areaM2: 24.3, layout: 'diagonal', packAreaM2: 2.48, laminateClass: 33 });
    // 24.3 × 1.15 = 27.945 m²; / 2.48 = 11.27 → 12 packs.
    const lam = line(j, 'laminate');
    expect(lam).toMatchObject({ reservePct: '15', quantity: '27.945', packSize: '2.48', packs: 12 });
    expect(lam.match.attributes).toEqual({ pack_area_m2: '2.48', class: '33' });
    // 24.3 × 1.05 = 25.515 → 2 rolls.
    expect(line(j, 'underlay')).toMatchObject({ quantity: '25.515', packs: 2 });
  });

  it('a pack area of more than 3 places counts rounded down: 1.9945 m² → 1.994', () => {
    const j = job('laminate', { areaM2: 10, packAreaM2: 1.9945 });
    // 10 × 1.07 = 10.7 m²; / 1.994 = 5.37 → 6 packs.
    expect(line(j, 'laminate')).toMatchObject({ quantity: '10.7', packSize: '1.994', packs: 6 });
    expect(line(j, 'laminate').match.attributes).toEqual({ pack_area_m2: '1.9945' });
  });

  it('400s name the input', () => {
    expect(bad('laminate', { areaM2: 10, layout: 'herringbone', packAreaM2: 0 })).toEqual([
      'jobs.0.inputs.layout',
      'jobs.0.inputs.packAreaM2',
    ]);
    expect(
      badPaths([
        { template: 'painting', inputs: { areaM2: 10 } },
        { template: 'laminate', inputs: { areaM2: 10, laminateClass: 35 } },
      ]),
    ).toEqual(['jobs.1.inputs.laminateClass']);
  });
});

/** The pricing's own query for one default pack of a line: fitting offers in stock, or why none. */
async function fitting(l: ComputedLine): Promise<{ candidates: MaterialCandidate[]; why: string | null }> {
  return materialsApi.candidates(ctx.database.db, { ...l.match, quantity: l.packSize });
}

let ctx: TestContext;
describe('finishes match the demo catalog by attributes', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.app.modules.catalog.seedDemo([{ id: randomUUID(), name: 'ООО «СтройБаза»' }]);
  });
  afterAll(() => ctx.close());

  it('tiles by their sides whichever way round they are given or written, sold per m²', async () => {
    // Wall tiles written 200×300, porcelain 1195×600: asked for 300 × 200 and 600 × 1195.
    const wall = await fitting(line(job('tiling', { areaM2: 10, tileLengthMm: 300, tileWidthMm: 200 }), 'tile'));
    expect(new Set(wall.candidates.map((c) => c.attributes.size))).toEqual(new Set(['200×300']));
    const big = await fitting(line(job('tiling', { areaM2: 10, tileLengthMm: 600, tileWidthMm: 1195 }), 'tile'));
    expect(new Set(big.candidates.map((c) => c.sku))).toEqual(new Set(['TT-PLT-0010']));
    expect(big.candidates.every((c) => c.unit === 'м²' && c.perSaleUnit === '1')).toBe(true);
    const square = await fitting(line(job('tiling', { areaM2: 10 }), 'tile'));
    expect(square.candidates.length).toBeGreaterThan(0);
    expect(new Set(square.candidates.map((c) => c.attributes.size))).toEqual(new Set(['300×300']));
  });

  it('adhesive by the 25 kg bag, grout by the pack of kg, paint and primer by the litre', async () => {
    const tiles = job('tiling', { areaM2: 10 });
    const glue = await fitting(line(tiles, 'tile_adhesive'));
    expect(glue.candidates.length).toBeGreaterThan(0);
    expect(new Set(glue.candidates.map((c) => c.perSaleUnit))).toEqual(new Set(['25']));
    const grout = await fitting(line(tiles, 'grout'));
    expect(grout.candidates.length).toBeGreaterThan(0);
    expect(
      grout.candidates.every((c) => c.unit === 'шт' && Number(c.perSaleUnit) === Number(c.attributes.pack_kg)),
    ).toBe(true);
    for (const kind of ['interior', 'facade']) {
      const j = job('painting', { areaM2: 40, paintKind: kind });
      const paint = await fitting(line(j, 'paint'));
      expect(paint.candidates.length, kind).toBeGreaterThan(0);
      expect(paint.candidates.every((c) => c.unit === 'л' && c.perSaleUnit === '1')).toBe(true);
      // Only primers sold by the litre: not the 15 kg pail of бетоконтакт.
      const primer = await fitting(line(j, 'primer'));
      expect(primer.candidates.length).toBeGreaterThan(0);
      expect(primer.candidates.map((c) => c.sku)).not.toContain('TT-LKM-0026');
    }
  });

  it('laminate by pack area and class, underlay by the roll of m²', async () => {
    const any = await fitting(line(job('laminate', { areaM2: 20 }), 'laminate'));
    expect(any.candidates.length).toBeGreaterThan(0);
    const j = job('laminate', { areaM2: 20, packAreaM2: 2.48, laminateClass: 33 });
    const large = await fitting(line(j, 'laminate'));
    expect(large.candidates.length).toBeGreaterThan(0);
    for (const c of large.candidates) expect(['TT-POL-0010', 'TT-POL-0011', 'TT-POL-0012']).toContain(c.sku);
    const none = await fitting(line(job('laminate', { areaM2: 20, packAreaM2: 2.48, laminateClass: 34 }), 'laminate'));
    expect(none).toEqual({ candidates: [], why: 'no_fitting_product' });
    const underlay = await fitting(line(j, 'underlay'));
    expect(underlay.candidates.length).toBeGreaterThan(0);
    expect(underlay.candidates.every((c) => Number(c.perSaleUnit) === Number(c.attributes.area_m2))).toBe(true);
  });
});
