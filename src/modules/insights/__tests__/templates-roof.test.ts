/**
 * pitched_roof and insulation against worked examples computed by hand here (docs/domain.md,
 * Estimates: roof area = plan area / cos(slope); metal tile ⌈eave / 1.10 m⌉ sheets per row, sold per
 * m² of 1.18 m sheets cut to the slope length; ondulin by a useful area of 1.6 m² and 20 nails a
 * sheet; membrane + 10 % overlap; insulation volume = area · thickness, packs ⌈V · 1.05 / pack⌉).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { materialsApi, type MaterialCandidate } from '../../catalog/index.js';
import type { ComputedLine } from '../estimates/jobs.js';
import { bad, badPaths, derived, job, line } from './template-helpers.js';

describe('pitched_roof', () => {
  it('a steep 45° gable of metal tile: 113.137 m² of roof, 10 sheets a row', () => {
    const j = job('pitched_roof', { planLengthM: 10, planWidthM: 8, slopeDeg: 45, covering: 'metal_tile' });
    // Plan 10 × 8 = 80 m²; cos 45° = 0.7071068; 80 / 0.7071068 = 113.1371 m².
    // Each slope runs 8 / 2 = 4 m in plan: 4 / 0.7071068 = 5.6569 m along the slope.
    // Eave = plan length 10 m: 10 / 1.1 = 9.09 → 10 sheets a row, × 2 slopes = 20 sheets.
    expect(derived(j)).toEqual({
      planAreaM2: '80',
      roofAreaM2: '113.137',
      slopeLengthM: '5.657',
      sheetsPerRow: '10',
      sheetCount: '20',
    });
    expect(j.lines.map((l) => l.material)).toEqual(['roof_sheet', 'screws', 'membrane']);
    // 10 × 2 × 5.657 m × 1.18 m = 133.5052 → 133.506 m²; no reserve (cut to length); packs of 1 m² → 134.
    const sheet = line(j, 'roof_sheet');
    expect(sheet).toMatchObject({ unit: 'м²', net: '133.506', reservePct: '0', quantity: '133.506', packs: 134 });
    expect(sheet.formula).toBe(
      '⌈10 м ÷ 1,1 м⌉ = 10 лист. в ряду × 2 скат. × 5,657 м длина листа × 1,18 м ширина листа',
    );
    expect(sheet.norm).toMatchObject({ value: '1.1', unit: 'м' });
    expect(sheet.factors).toEqual([expect.objectContaining({ value: '1.18', unit: 'м' })]);
    expect(sheet.match).toEqual({
      categories: ['metallocherepica'],
      attributes: { useful_width_mm: '1100' },
      sale: [{ unit: 'м²' }],
    });
    // 113.137 × 8 = 905.096 screws; × 1.05 = 950.3508 → 950.351; packs of 250 → 3.8 → 4.
    const screws = line(j, 'screws');
    expect(screws).toMatchObject({ unit: 'шт', net: '905.096', quantity: '950.351', packSize: '250', packs: 4 });
    expect(screws.match.attributes).toEqual({ purpose: 'кровля' });
    // 113.137 × 1.1 = 124.4507 → 124.451 m²; 70 m² rolls → 2.
    const membrane = line(j, 'membrane');
    expect(membrane).toMatchObject({ unit: 'м²', net: '113.137', reservePct: '10', quantity: '124.451', packs: 2 });
    expect(membrane.match).toEqual({
      categories: ['plenki-i-membrany'],
      attributes: { purpose: 'кровля' },
      sale: [{ unit: 'рулон', attribute: 'roll_area_m2' }],
    });
  });

  it('a 30° gable of ondulin: 38.972 sheets by useful area, + 10 %, 20 nails a sheet', () => {
    const j = job('pitched_roof', { planLengthM: 9, planWidthM: 6, slopeDeg: 30, eaveLengthM: 9, covering: 'ondulin' });
    // 9 × 6 = 54 m²; cos 30° = 0.8660254; 54 / 0.8660254 = 62.3538 m²; slope 3 / 0.8660254 = 3.4641 m.
    expect(derived(j)).toEqual({ planAreaM2: '54', roofAreaM2: '62.354', slopeLengthM: '3.464' });
    // 62.354 / 1.6 = 38.97125 → 38.972 sheets; × 1.1 = 42.8692 → 42.87 → 43 sheets.
    const sheet = line(j, 'roof_sheet');
    expect(sheet).toMatchObject({ unit: 'лист', net: '38.972', reservePct: '10', quantity: '42.87', packs: 43 });
    expect(sheet.norm).toMatchObject({ value: '1.6', unit: 'м²/лист' });
    expect(sheet.match).toEqual({
      categories: ['ondulin'],
      attributes: { length_mm: '2000', width_mm: '950' },
      sale: [{ unit: 'лист' }],
    });
    // 38.972 × 20 = 779.44 nails; × 1.05 = 818.412; packs of 100 → 9.
    const nails = line(j, 'screws');
    expect(nails).toMatchObject({ name: 'Гвозди для ондулина', net: '779.44', quantity: '818.412', packs: 9 });
    expect(nails.formula).toBe('38,972 лист. × 20 шт/лист');
    expect(nails.match).toEqual({ categories: ['ondulin'], sale: [{ unit: 'упак', attribute: 'pcs_per_pack' }] });
    // 62.354 × 1.1 = 68.5894 → 68.59 m²; one 70 m² roll.
    expect(line(j, 'membrane')).toMatchObject({ quantity: '68.59', packs: 1 });
  });

  it('a 60° shed roof: the eave a whole number of useful widths, overlap overridden', () => {
    const j = job('pitched_roof', {
      planLengthM: 6.6,
      planWidthM: 5,
      slopeDeg: 60,
      slopes: 1,
      membraneOverlapPct: 15,
    });
    // 6.6 × 5 = 33 m²; cos 60° = 0.5 → 66 m²; one slope running 5 m → 10 m long.
    // 6.6 / 1.1 = 6 sheets exactly.
    expect(derived(j)).toMatchObject({ roofAreaM2: '66', slopeLengthM: '10', sheetsPerRow: '6', sheetCount: '6' });
    // 6 × 1 × 10 × 1.18 = 70.8 m².
    expect(line(j, 'roof_sheet')).toMatchObject({ net: '70.8', quantity: '70.8', packs: 71 });
    // 66 × 8 = 528; × 1.05 = 554.4 → 3 packs of 250.
    expect(line(j, 'screws')).toMatchObject({ net: '528', quantity: '554.4', packs: 3 });
    // 66 × 1.15 = 75.9 → 2 rolls.
    expect(line(j, 'membrane')).toMatchObject({ reservePct: '15', quantity: '75.9', packs: 2 });
  });

  it('400s name the input: slopes of 90° and above or 0 and below, too flat for the covering', () => {
    const roof = { planLengthM: 10, planWidthM: 8 };
    expect(bad('pitched_roof', { ...roof, slopeDeg: 90 })).toEqual(['jobs.0.inputs.slopeDeg']);
    expect(bad('pitched_roof', { ...roof, slopeDeg: 120 })).toEqual(['jobs.0.inputs.slopeDeg']);
    expect(bad('pitched_roof', { ...roof, slopeDeg: 0 })).toEqual(['jobs.0.inputs.slopeDeg']);
    expect(bad('pitched_roof', { ...roof, slopeDeg: -10 })).toEqual(['jobs.0.inputs.slopeDeg']);
    // Metal tile needs 14°, ondulin 5°.
    expect(bad('pitched_roof', { ...roof, slopeDeg: 10, covering: 'metal_tile' })).toEqual(['jobs.0.inputs.slopeDeg']);
    expect(bad('pitched_roof', { ...roof, slopeDeg: 4, covering: 'ondulin' })).toEqual(['jobs.0.inputs.slopeDeg']);
    expect(job('pitched_roof', { ...roof, slopeDeg: 10, covering: 'ondulin' }).lines).toHaveLength(3);
    expect(bad('pitched_roof', { ...roof, covering: 'slate', slopes: 4 })).toEqual([
      'jobs.0.inputs.covering',
      'jobs.0.inputs.slopes',
    ]);
    expect(bad('pitched_roof', { planLengthM: 10, planWidthM: 0, usefulWidthM: 0 })).toEqual([
      'jobs.0.inputs.planWidthM',
      'jobs.0.inputs.usefulWidthM',
    ]);
    expect(
      badPaths([
        { template: 'pitched_roof', inputs: roof },
        { template: 'pitched_roof', inputs: { ...roof, slopeDeg: 95 } },
      ]),
    ).toEqual(['jobs.1.inputs.slopeDeg']);
  });
});

describe('insulation', () => {
  it('100 mm of wool over 50 m², packs of 0.36 m³ when none is given', () => {
    const j = job('insulation', { areaM2: 50, thicknessMm: 100 });
    // 50 × 0.1 = 5 m³; × 1.05 = 5.25; / 0.36 = 14.58 → 15 packs.
    expect(derived(j)).toEqual({ areaM2: '50', volumeM3: '5' });
    const wool = line(j, 'insulation');
    expect(wool).toMatchObject({
      unit: 'м³',
      net: '5',
      reservePct: '5',
      quantity: '5.25',
      packSize: '0.36',
      packs: 15,
    });
    expect(wool.match).toEqual({
      categories: ['kamennaya-vata', 'steklovata'],
      attributes: { thickness_mm: '100' },
      sale: [
        { unit: 'упак', attribute: 'pack_volume_m3' },
        { unit: 'рулон', attribute: 'pack_volume_m3' },
      ],
    });
  });

  it('150 mm in 0.288 m³ packs: 21 packs', () => {
    const j = job('insulation', { areaM2: 37.4, thicknessMm: 150, packVolumeM3: 0.288 });
    // 37.4 × 0.15 = 5.61 m³; × 1.05 = 5.8905 → 5.891 (rounded up); / 0.288 = 20.45 → 21 packs.
    expect(line(j, 'insulation')).toMatchObject({ net: '5.61', quantity: '5.891', packs: 21 });
    expect(line(j, 'insulation').match.attributes).toEqual({ thickness_mm: '150', pack_volume_m3: '0.288' });
  });

  it('a pack of 0.7137 m³ counts as 0.713 (never more than it holds); extruded polystyrene', () => {
    const j = job('insulation', { areaM2: 60, thicknessMm: 50, packVolumeM3: 0.7137, reservePct: 10 });
    // 60 × 0.05 = 3 m³; × 1.1 = 3.3; / 0.713 = 4.63 → 5 packs.
    expect(line(j, 'insulation')).toMatchObject({ net: '3', quantity: '3.3', packSize: '0.713', packs: 5 });
    expect(line(j, 'insulation').match.attributes).toEqual({ thickness_mm: '50', pack_volume_m3: '0.7137' });
    const xps = job('insulation', { areaM2: 10, thicknessMm: 50, kind: 'xps' });
    expect(line(xps, 'insulation').match.categories).toEqual(['ekstrudirovannyj-penopolistirol']);
  });

  it('400s name the input', () => {
    expect(bad('insulation', { areaM2: 10, thicknessMm: 0 })).toEqual(['jobs.0.inputs.thicknessMm']);
    expect(bad('insulation', { areaM2: 10, packVolumeM3: 0.0005, kind: 'eps' })).toEqual([
      'jobs.0.inputs.packVolumeM3',
      'jobs.0.inputs.kind',
    ]);
    expect(bad('insulation', { thicknessMm: 100 })).toEqual(['jobs.0.inputs.areaM2']);
  });
});

/**
 * The pricing's own query for one default pack of a line: the cheapest fitting offer in stock per
 * warehouse (so a subset of the fitting products), or why none.
 */
async function fitting(l: ComputedLine): Promise<{ candidates: MaterialCandidate[]; why: string | null }> {
  return materialsApi.candidates(ctx.database.db, { ...l.match, quantity: l.packSize });
}

let ctx: TestContext;
describe('roofs and insulation match the demo catalog by attributes', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.app.modules.catalog.seedDemo([{ id: randomUUID(), name: 'ООО «СтройБаза»' }]);
  });
  afterAll(() => ctx.close());

  it('metal tile per m² by its useful width, roofing screws by purpose, never drywall ones; a roofing membrane', async () => {
    const j = job('pitched_roof', { planLengthM: 10, planWidthM: 8 });
    const sheets = await fitting(line(j, 'roof_sheet'));
    expect(sheets.candidates.length).toBeGreaterThan(0);
    expect(sheets.candidates.every((c) => c.unit === 'м²' && c.attributes.useful_width_mm === '1100')).toBe(true);
    // Профнастил С20 has the same useful width but is not metal tile.
    expect(sheets.candidates.map((c) => c.sku)).not.toContain('TT-KRV-0016');
    const screws = await fitting(line(j, 'screws'));
    // Both roofing screws (4.8×35 and 4.8×29), in packs of 250.
    expect(screws.candidates.length).toBeGreaterThan(0);
    for (const c of screws.candidates) expect(['TT-KRP-0008', 'TT-KRP-0009']).toContain(c.sku);
    expect(new Set(screws.candidates.map((c) => c.perSaleUnit))).toEqual(new Set(['250']));
    // Under-roof membranes only: not the vapour barrier, the wall's wind barrier or plain film.
    const membrane = await fitting(line(j, 'membrane'));
    expect(membrane.candidates.length).toBeGreaterThan(0);
    for (const c of membrane.candidates) expect(['TT-GDR-0003', 'TT-GDR-0004', 'TT-GDR-0005']).toContain(c.sku);
    expect(membrane.candidates.every((c) => Number(c.perSaleUnit) === Number(c.attributes.roll_area_m2))).toBe(true);
  });

  it('ondulin sheets 2000×950 by the sheet, its nails by the pack of 100, not the ridge', async () => {
    const j = job('pitched_roof', { planLengthM: 10, planWidthM: 8, covering: 'ondulin' });
    const sheets = await fitting(line(j, 'roof_sheet'));
    expect(sheets.candidates.length).toBeGreaterThan(0);
    expect(sheets.candidates.every((c) => c.unit === 'лист' && c.attributes.length_mm === '2000')).toBe(true);
    const nails = await fitting(line(j, 'screws'));
    expect(new Set(nails.candidates.map((c) => c.sku))).toEqual(new Set(['TT-KRV-0036']));
    expect(nails.candidates[0]?.perSaleUnit).toBe('100');
  });

  it('insulation by thickness (and pack volume when given), per pack of m³', async () => {
    const wool = await fitting(line(job('insulation', { areaM2: 20, thicknessMm: 100 }), 'insulation'));
    expect(wool.candidates.length).toBeGreaterThan(0);
    expect(wool.candidates.every((c) => c.attributes.thickness_mm === '100')).toBe(true);
    expect(wool.candidates.every((c) => Number(c.perSaleUnit) === Number(c.attributes.pack_volume_m3))).toBe(true);
    const glass = await fitting(
      line(job('insulation', { areaM2: 20, thicknessMm: 50, packVolumeM3: 0.7137 }), 'insulation'),
    );
    expect(new Set(glass.candidates.map((c) => c.sku))).toEqual(new Set(['TT-UTP-0014']));
    // A pack holds its 0.7137 m³ in full (the line counts packs of 0.713).
    expect(glass.candidates[0]?.perSaleUnit).toBe('0.7137');
    const xps = await fitting(line(job('insulation', { areaM2: 20, thicknessMm: 50, kind: 'xps' }), 'insulation'));
    expect(xps.candidates.length).toBeGreaterThan(0);
    // Пеноплэкс and ТЕХНОНИКОЛЬ XPS 50 mm only, no mineral wool.
    expect(xps.candidates.length).toBeGreaterThan(0);
    for (const c of xps.candidates) expect(['TT-UTP-0026', 'TT-UTP-0028', 'TT-UTP-0030']).toContain(c.sku);
  });
});
