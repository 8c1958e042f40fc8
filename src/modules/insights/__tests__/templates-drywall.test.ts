/**
 * drywall_partition against worked examples computed by hand here (docs/domain.md, Estimates:
 * sheets = A·sides·layers / sheet area + 10 %, studs every 0.6 m (⌈L/0.6⌉ + 1) × height, tracks 2·L,
 * profiles + 5 %, screws 15 per m² of sheet and dowels every 0.5 m + 5 %, insulation area × thickness + 5 %), and the 400s.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { materialsApi, type MaterialCandidate } from '../../catalog/index.js';
import type { ComputedLine } from '../estimates/jobs.js';
import { bad, badPaths, derived, job, line } from './template-helpers.js';

describe('drywall_partition', () => {
  it('both sides, one layer, a door, defaults: 7.74 sheets, 10 studs, insulation in packs of 0.36 m³', () => {
    const j = job('drywall_partition', {
      lengthM: 5,
      heightM: 2.7,
      openings: [{ widthM: 0.9, heightM: 2.1, count: 1 }],
    });
    // 5 × 2.7 = 13.5 m²; door 0.9 × 2.1 = 1.89 m²; net 11.61 m²; × 2 sides × 1 layer = 23.22 m².
    // Studs: 5 / 0.6 = 8.33 → 9, + 1 = 10.
    expect(derived(j)).toMatchObject({
      grossAreaM2: '13.5',
      openingsAreaM2: '1.89',
      netAreaM2: '11.61',
      sheathingAreaM2: '23.22',
      studCount: '10',
    });
    expect(j.lines.map((l) => l.material)).toEqual([
      'drywall_sheet',
      'stud_profile',
      'track_profile',
      'screws',
      'dowels',
      'insulation',
    ]);
    // 23.22 / (1.2 × 2.5 = 3) = 7.74 sheets; × 1.1 = 8.514 → 9 sheets.
    const sheet = line(j, 'drywall_sheet');
    expect(sheet).toMatchObject({ unit: 'лист', net: '7.74', reservePct: '10', quantity: '8.514', packs: 9 });
    expect(sheet.formula).toBe('11,61 м² × 2 стор. × 1 сл. ÷ 3 м² листа');
    expect(sheet.match).toEqual({
      categories: ['gipsokarton'],
      attributes: { type: 'ГКЛ', thickness_mm: '12.5', length_mm: '2500', width_mm: '1200' },
      sale: [{ unit: 'лист' }],
    });
    // 10 studs, each one whole 3 m piece (2.7 m ≤ 3 m) = 30 m; × 1.05 = 31.5 m; 3 m pieces → 10.5 → 11.
    const studs = line(j, 'stud_profile');
    expect(studs).toMatchObject({ unit: 'м', net: '30', reservePct: '5', quantity: '31.5', packSize: '3', packs: 11 });
    expect(studs.norm).toMatchObject({ value: '0.6', unit: 'м' });
    expect(studs.match.attributes).toEqual({ type: 'ПС', size: '50×50', length_mm: '3000' });
    expect(studs.match.sale).toEqual([{ unit: 'шт', attribute: 'length_mm', factor: 0.001 }]);
    // 2 × 5 = 10 m; × 1.05 = 10.5; / 3 = 3.5 → 4 pieces.
    const tracks = line(j, 'track_profile');
    expect(tracks).toMatchObject({ net: '10', quantity: '10.5', packs: 4 });
    expect(tracks.match.attributes).toEqual({ type: 'ПН', size: '50×40' });
    // 23.22 × 15 = 348.3 screws; × 1.05 = 365.715; packs of 1 000 → 1.
    const screws = line(j, 'screws');
    expect(screws).toMatchObject({ unit: 'шт', net: '348.3', quantity: '365.715', packSize: '1000', packs: 1 });
    expect(screws.match.attributes).toEqual({ purpose: 'гкл', size: '3.5×25' });
    // Dowels every 0.5 m along both tracks and both end studs: (2 × 5 + 2 × 2.7) / 0.5 = 30.8; × 1.05 = 32.34.
    const dowels = line(j, 'dowels');
    expect(dowels).toMatchObject({
      unit: 'шт',
      net: '30.8',
      reservePct: '5',
      quantity: '32.34',
      packSize: '100',
      packs: 1,
    });
    expect(dowels.formula).toBe('(2 × 5 м + 2 × 2,7 м) ÷ 0,5 м');
    expect(dowels.match.attributes).toEqual({ size: '6×40' });
    // 11.61 × 0.05 = 0.5805 → 0.581 m³; × 1.05 = 0.61005 → 0.611; / 0.36 = 1.7 → 2 packs; optional.
    const wool = line(j, 'insulation');
    expect(wool).toMatchObject({
      unit: 'м³',
      net: '0.581',
      quantity: '0.611',
      packSize: '0.36',
      packs: 2,
      optional: true,
    });
    expect(wool.match.attributes).toEqual({ thickness_mm: '50' });
  });

  it('one side in two layers of 3 m sheets on a 100 mm frame, two doors, no insulation', () => {
    const j = job('drywall_partition', {
      lengthM: 4.2,
      heightM: 3,
      sides: 1,
      layers: 2,
      sheetHeightM: 3,
      profileWidthMm: 100,
      insulationThicknessMm: 0,
      openings: [{ widthM: 0.8, heightM: 2, count: 2 }],
    });
    // 4.2 × 3 = 12.6 m²; doors 2 × 0.8 × 2 = 3.2 m²; net 9.4 m²; × 1 side × 2 layers = 18.8 m².
    // Studs: 4.2 / 0.6 = 7 exactly (not 7.000…1) → 7 + 1 = 8.
    expect(derived(j)).toMatchObject({ netAreaM2: '9.4', sheathingAreaM2: '18.8', studCount: '8' });
    expect(j.lines.map((l) => l.material)).not.toContain('insulation');
    // 18.8 / 3.6 = 5.2222… → 5.223; × 1.1 = 5.7453 → 5.746 → 6 sheets.
    expect(line(j, 'drywall_sheet')).toMatchObject({ net: '5.223', quantity: '5.746', packs: 6 });
    expect(line(j, 'drywall_sheet').match.attributes).toMatchObject({ length_mm: '3000', width_mm: '1200' });
    // 8 studs × one 3 m piece = 24 m; × 1.05 = 25.2; / 3 = 8.4 → 9.
    expect(line(j, 'stud_profile')).toMatchObject({ net: '24', quantity: '25.2', packs: 9 });
    expect(line(j, 'stud_profile').match.attributes).toEqual({ type: 'ПС', size: '100×50', length_mm: '3000' });
    // 2 × 4.2 = 8.4; × 1.05 = 8.82; / 3 = 2.94 → 3.
    expect(line(j, 'track_profile')).toMatchObject({ net: '8.4', quantity: '8.82', packs: 3 });
    expect(line(j, 'track_profile').match.attributes).toEqual({ type: 'ПН', size: '100×40' });
    // 18.8 × 15 = 282; × 1.05 = 296.1; the outer layer needs 35 mm screws.
    expect(line(j, 'screws')).toMatchObject({ net: '282', quantity: '296.1', packs: 1 });
    expect(line(j, 'screws').match.attributes).toEqual({ purpose: 'гкл', size: '3.5×35' });
    // (2 × 4.2 + 2 × 3) / 0.5 = 28.8 dowels; × 1.05 = 30.24.
    expect(line(j, 'dowels')).toMatchObject({ net: '28.8', quantity: '30.24' });
  });

  it('a stud higher than a piece of profile takes two pieces; 4 m profile takes one', () => {
    const base = { lengthM: 1.2, heightM: 3.5, insulationThicknessMm: 0, sheetHeightM: 3 };
    // ⌈1.2 / 0.6⌉ + 1 = 3 studs; ⌈3.5 / 3⌉ = 2 pieces each → 3 × 2 × 3 m = 18 m; × 1.05 = 18.9 → 7 pieces.
    const joined = line(job('drywall_partition', base), 'stud_profile');
    expect(joined).toMatchObject({ net: '18', quantity: '18.9', packSize: '3', packs: 7 });
    expect(joined.formula).toContain('2 шт × 3 м');
    // 4 m pieces: one each → 3 × 4 = 12 m; × 1.05 = 12.6 → 4 pieces, matched by their length.
    const long = line(job('drywall_partition', { ...base, studLengthM: 4 }), 'stud_profile');
    expect(long).toMatchObject({ net: '12', quantity: '12.6', packSize: '4', packs: 4 });
    expect(long.match.attributes).toMatchObject({ length_mm: '4000' });
  });

  it('overridden norms: studs every 0.4 m, 20 screws per m², 15 % sheet reserve, moisture-resistant sheets', () => {
    const j = job('drywall_partition', {
      lengthM: 3,
      heightM: 2.5,
      studStepM: 0.4,
      screwsPerM2: 20,
      dowelStepM: 1,
      fastenerReservePct: 10,
      sheetReservePct: 15,
      sheetType: 'ГКЛВ',
      insulationThicknessMm: 100,
      profileWidthMm: 100,
    });
    // 3 × 2.5 = 7.5 m² × 2 sides = 15 m² / 3 = 5 sheets; × 1.15 = 5.75 → 6.
    expect(line(j, 'drywall_sheet')).toMatchObject({ net: '5', reservePct: '15', quantity: '5.75', packs: 6 });
    expect(line(j, 'drywall_sheet').match.attributes).toMatchObject({ type: 'ГКЛВ' });
    // 3 / 0.4 = 7.5 → 8, + 1 = 9 studs × one 3 m piece = 27 m; × 1.05 = 28.35; / 3 = 9.45 → 10.
    expect(line(j, 'stud_profile')).toMatchObject({ net: '27', quantity: '28.35', packs: 10 });
    expect(line(j, 'stud_profile').norm.value).toBe('0.4');
    // 15 × 20 = 300; × 1.1 = 330.
    expect(line(j, 'screws')).toMatchObject({ net: '300', reservePct: '10', quantity: '330' });
    // (2 × 3 + 2 × 2.5) / 1 = 11 dowels; × 1.1 = 12.1.
    expect(line(j, 'dowels')).toMatchObject({ net: '11', quantity: '12.1' });
    expect(line(j, 'screws').norm).toMatchObject({ value: '20', unit: 'шт/м²' });
    // 7.5 × 0.1 = 0.75 m³; × 1.05 = 0.7875 → 0.788; / 0.36 = 2.19 → 3.
    expect(line(j, 'insulation')).toMatchObject({ net: '0.75', quantity: '0.788', packs: 3 });
  });

  it('400s name the input: openings larger than the wall, thicker insulation than the frame, bad choices', () => {
    expect(bad('drywall_partition', { lengthM: 2, heightM: 2.7, openings: [{ widthM: 2.5, heightM: 2 }] })).toEqual([
      'jobs.0.inputs.openings.0.widthM',
    ]);
    expect(bad('drywall_partition', { lengthM: 2, heightM: 2.7, openings: [{ widthM: 0.9, heightM: 3 }] })).toEqual([
      'jobs.0.inputs.openings.0.heightM',
    ]);
    // 3 openings of 1 × 2.7 take the whole 3 × 2.7 wall.
    expect(
      bad('drywall_partition', { lengthM: 3, heightM: 2.7, openings: [{ widthM: 1, heightM: 2.7, count: 3 }] }),
    ).toEqual(['jobs.0.inputs.openings']);
    expect(bad('drywall_partition', { lengthM: 3, heightM: 2.7, insulationThicknessMm: 100 })).toEqual([
      'jobs.0.inputs.insulationThicknessMm',
    ]);
    expect(bad('drywall_partition', { lengthM: 3, heightM: 2.7, sides: 3, layers: 0 })).toEqual([
      'jobs.0.inputs.sides',
      'jobs.0.inputs.layers',
    ]);
    expect(bad('drywall_partition', { lengthM: 0, heightM: -1 })).toEqual([
      'jobs.0.inputs.lengthM',
      'jobs.0.inputs.heightM',
    ]);
    expect(
      bad('drywall_partition', { lengthM: 3, heightM: 2.7, studStepM: 0, sheetWidthM: 0.05, dowelStepM: 0 }),
    ).toEqual(['jobs.0.inputs.sheetWidthM', 'jobs.0.inputs.studStepM', 'jobs.0.inputs.dowelStepM']);
    expect(bad('drywall_partition', { lengthM: 3, heightM: 2.7, profileWidthMm: 60, colour: 'white' })).toEqual([
      'jobs.0.inputs.colour',
      'jobs.0.inputs.profileWidthMm',
    ]);
    expect(bad('drywall_partition', { heightM: 2.7 })).toEqual(['jobs.0.inputs.lengthM']);
    // The second job's path carries its index.
    expect(
      badPaths([
        { template: 'drywall_partition', inputs: { lengthM: 3, heightM: 2.7 } },
        { template: 'drywall_partition', inputs: { lengthM: 3, heightM: 2.7, openings: [{ widthM: 4, heightM: 1 }] } },
      ]),
    ).toEqual(['jobs.1.inputs.openings.0.widthM']);
  });
});

/** The pricing's own query for one default pack of a line: fitting offers in stock, or why none. */
async function fitting(l: ComputedLine): Promise<{ candidates: MaterialCandidate[]; why: string | null }> {
  return materialsApi.candidates(ctx.database.db, { ...l.match, quantity: l.packSize });
}

let ctx: TestContext;
describe('drywall_partition matches the demo catalog by attributes', () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.app.modules.catalog.seedDemo([{ id: randomUUID(), name: 'ООО «СтройБаза»' }]);
  });
  afterAll(() => ctx.close());

  it.each([
    { lengthM: 5, heightM: 2.7 },
    { lengthM: 5, heightM: 2.7, layers: 2, sheetHeightM: 3, profileWidthMm: 100, insulationThicknessMm: 100 },
    { lengthM: 5, heightM: 2.7, sheetType: 'ГКЛВ', sheetThicknessMm: 12.5, profileWidthMm: 75 },
  ])('%j: every line has a fitting demo offer', async (inputs) => {
    for (const l of job('drywall_partition', inputs).lines) {
      const found = await fitting(l);
      expect(found.why, l.material).toBeNull();
      expect(found.candidates.length, l.material).toBeGreaterThan(0);
    }
  });

  it('profiles by type and size, sold by the piece of length_mm; drywall screws by purpose and size, never roofing ones', async () => {
    const j = job('drywall_partition', { lengthM: 5, heightM: 2.7 });
    const studs = await fitting(line(j, 'stud_profile'));
    expect(studs.candidates.length).toBeGreaterThan(0);
    for (const c of studs.candidates) expect(['TT-PRF-0004', 'TT-PRF-0012']).toContain(c.sku);
    // A 3 000 mm piece holds 3 m of the line.
    expect(new Set(studs.candidates.map((c) => c.perSaleUnit))).toEqual(new Set(['3']));
    const tracks = await fitting(line(j, 'track_profile'));
    expect(tracks.candidates.every((c) => c.attributes.type === 'ПН' && c.attributes.size === '50×40')).toBe(true);
    const screws = await fitting(line(j, 'screws'));
    expect(new Set(screws.candidates.map((c) => c.sku))).toEqual(new Set(['TT-KRP-0001']));
    expect(screws.candidates[0]?.perSaleUnit).toBe('1000');
    const sheets = await fitting(line(j, 'drywall_sheet'));
    expect(sheets.candidates.every((c) => c.attributes.type === 'ГКЛ' && c.attributes.length_mm === '2500')).toBe(true);
    const wool = await fitting(line(j, 'insulation'));
    expect(wool.candidates.every((c) => c.attributes.thickness_mm === '50')).toBe(true);
  });
});
