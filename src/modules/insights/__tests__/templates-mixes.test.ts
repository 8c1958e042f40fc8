/**
 * floor_screed and wall_plaster against worked examples computed by hand here (docs/domain.md,
 * Estimates: screed 1.7 kg/m²/mm with 5 %; plaster gypsum 0.9 / cement 1.7 kg/m²/mm with 10 %).
 */
import { describe, expect, it } from 'vitest';
import { bad, derived, job, line } from './template-helpers.js';

describe('floor_screed', () => {
  it('20 m² at 50 mm: 1 700 kg, 72 bags of 25 kg', () => {
    const j = job('floor_screed', { areaM2: 20, thicknessMm: 50 });
    // 20 × 50 × 1.7 = 1 700 kg; × 1.05 = 1 785; / 25 = 71.4 → 72.
    const mix = line(j, 'screed_mix');
    expect(mix).toMatchObject({
      unit: 'кг',
      net: '1700',
      reservePct: '5',
      quantity: '1785',
      packSize: '25',
      packs: 72,
    });
    expect(mix.formula).toBe('20 м² × 50 мм × 1,7 кг/(м²·мм)');
    expect(mix.norm).toMatchObject({ value: '1.7', unit: 'кг/(м²·мм)' });
    expect(mix.match).toMatchObject({ categories: ['nalivnye-poly'], sale: [{ unit: 'мешок', attribute: 'bag_kg' }] });
    expect(derived(j)).toEqual({ areaM2: '20', volumeM3: '1' });
  });

  it('12.5 m² at 35 mm with 1.8 kg/m²/mm and 7 %: 787.5 kg, 34 bags', () => {
    const j = job('floor_screed', { areaM2: 12.5, thicknessMm: 35, kgPerM2PerMm: 1.8, reservePct: 7 });
    // 12.5 × 35 × 1.8 = 787.5; × 1.07 = 842.625; / 25 = 33.705 → 34.
    const mix = line(j, 'screed_mix');
    expect(mix).toMatchObject({ net: '787.5', reservePct: '7', quantity: '842.625', packs: 34 });
    expect(mix.norm.value).toBe('1.8');
    // 12.5 × 0.035 = 0.4375 → 0.438 m³ (half up).
    expect(derived(j).volumeM3).toBe('0.438');
  });

  it('400s: no area, a zero thickness, a negative rate, a reserve over 50 %', () => {
    expect(bad('floor_screed', { thicknessMm: 50 })).toEqual(['jobs.0.inputs.areaM2']);
    expect(bad('floor_screed', { areaM2: 20, thicknessMm: 0 })).toEqual(['jobs.0.inputs.thicknessMm']);
    expect(bad('floor_screed', { areaM2: 20, thicknessMm: 50, kgPerM2PerMm: -1 })).toEqual([
      'jobs.0.inputs.kgPerM2PerMm',
    ]);
    expect(bad('floor_screed', { areaM2: 20, thicknessMm: 50, reservePct: 60 })).toEqual(['jobs.0.inputs.reservePct']);
    expect(bad('floor_screed', { areaM2: 'big', thicknessMm: 50 })).toEqual(['jobs.0.inputs.areaM2']);
  });
});

describe('wall_plaster', () => {
  it('gypsum by default: 30 m² at 10 mm → 270 kg, 10 bags of 30 kg', () => {
    const j = job('wall_plaster', { areaM2: 30, thicknessMm: 10 });
    // 30 × 10 × 0.9 = 270; × 1.1 = 297; / 30 = 9.9 → 10.
    const mix = line(j, 'plaster_mix');
    expect(mix).toMatchObject({ name: 'Штукатурка гипсовая', net: '270', reservePct: '10', quantity: '297' });
    expect(mix).toMatchObject({ packSize: '30', packs: 10 });
    expect(mix.norm).toMatchObject({ value: '0.9', unit: 'кг/(м²·мм)' });
    expect(mix.match).toMatchObject({ categories: ['shtukaturki'], attributes: { base: 'гипс' } });
    expect(j.inputs.kind).toBe('gypsum');
  });

  it('cement: 45.5 m² at 15 mm → 1 160.25 kg, 52 bags of 25 kg', () => {
    const j = job('wall_plaster', { areaM2: 45.5, thicknessMm: 15, kind: 'cement' });
    // 45.5 × 15 × 1.7 = 1 160.25; × 1.1 = 1 276.275; / 25 = 51.051 → 52.
    const mix = line(j, 'plaster_mix');
    expect(mix).toMatchObject({ name: 'Штукатурка цементная', net: '1160.25', quantity: '1276.275', packs: 52 });
    expect(mix.formula).toBe('45,5 м² × 15 мм × 1,7 кг/(м²·мм)');
    expect(mix.match.attributes).toEqual({ base: 'цемент' });
  });

  it("a product's own rate overrides the kind's: 18.4 m² at 12 mm × 0.85 → 187.68 kg", () => {
    const j = job('wall_plaster', { areaM2: 18.4, thicknessMm: 12, kgPerM2PerMm: 0.85 });
    // 18.4 × 12 × 0.85 = 187.68; × 1.1 = 206.448; / 30 = 6.88 → 7.
    const mix = line(j, 'plaster_mix');
    expect(mix).toMatchObject({ net: '187.68', quantity: '206.448', packs: 7 });
    expect(mix.norm).toEqual({ value: '0.85', unit: 'кг/(м²·мм)', source: 'задано в смете' });
  });

  it('400s: a kind that is neither, a layer over 100 mm, an unknown input', () => {
    expect(bad('wall_plaster', { areaM2: 10, thicknessMm: 10, kind: 'lime' })).toEqual(['jobs.0.inputs.kind']);
    expect(bad('wall_plaster', { areaM2: 10, thicknessMm: 120 })).toEqual(['jobs.0.inputs.thicknessMm']);
    expect(bad('wall_plaster', { areaM2: 10, thicknessMm: 10, layers: 2 })).toEqual(['jobs.0.inputs.layers']);
    expect(bad('wall_plaster', { areaM2: 10, thicknessMm: 10, reservePct: 10.0005 })).toEqual([
      'jobs.0.inputs.reservePct',
    ]);
  });
});

describe('sizes as precise as the lines show them', () => {
  it('a size or an opening with more than 3 decimal places is a 400 naming it, so a formula and its net never disagree', () => {
    // 12.3456 m² would print as 12,346 m² while the net came from 12.3456.
    expect(bad('floor_screed', { areaM2: 12.3456, thicknessMm: 30 })).toEqual(['jobs.0.inputs.areaM2']);
    // 0.0004 m² would print as 0 m² yet buy a bag.
    expect(bad('floor_screed', { areaM2: 0.0004, thicknessMm: 1 })).toEqual(['jobs.0.inputs.areaM2']);
    expect(
      bad('brick_wall', { lengthM: 4, heightM: 3, openings: [{ widthM: 1.2345, heightM: 1.4, count: 1 }] }),
    ).toEqual(['jobs.0.inputs.openings.0.widthM']);
    // Three places are fine, and so is a pack volume the catalog states to four.
    expect(line(job('floor_screed', { areaM2: 12.346, thicknessMm: 30 }), 'screed_mix').net).toBe('629.646');
    expect(line(job('insulation', { areaM2: 10, thicknessMm: 50, packVolumeM3: 0.7137 }), 'insulation').packSize).toBe(
      '0.713',
    );
  });
});
