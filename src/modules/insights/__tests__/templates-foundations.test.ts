/**
 * strip_foundation and slab_foundation against worked examples computed by hand here
 * (docs/domain.md, Estimates: strip V = (external + internal − overlaps)·b·h, slab V = A·t,
 * concrete reserve 2 %, a bar weighs 0.00617·d² kg/m), and the 400s naming the input.
 */
import { describe, expect, it } from 'vitest';
import { bad, derived, job, line } from './template-helpers.js';

describe('strip_foundation', () => {
  it('a 10 × 8 house with one internal wall across: 41.6 m of strip, 19.968 m³, 4 bars lapped', () => {
    // Outer edges: 2 × (10 + 8) = 36 m; the internal strip 8 m end to end. Crossings: 4 corners +
    // 2 ends of the internal strip = 6, each 0.4 m counted twice: 36 + 8 − 6 × 0.4 = 41.6 m.
    const j = job('strip_foundation', {
      externalLengthM: 36,
      internalLengthM: 8,
      overlapsCount: 6,
      widthM: 0.4,
      heightM: 1.2,
    });
    const concrete = line(j, 'concrete');
    // 41.6 × 0.4 × 1.2 = 19.968 m³; × 1.02 = 20.36736 → 20.368; by 0.5 m³ → 40.736 → 41.
    expect(concrete).toMatchObject({ unit: 'м³', net: '19.968', reservePct: '2', quantity: '20.368' });
    expect(concrete).toMatchObject({ packSize: '0.5', packs: 41 });
    expect(concrete.formula).toBe('(36 + 8 − 6 × 0,4) м × 0,4 м × 1,2 м');
    expect(concrete.match).toMatchObject({
      categories: ['tovarnyj-beton'],
      attributes: { strength: 'М200', strength_class: 'B15' },
    });
    // Each of 4 rows: ceil(41.6 / 11.7) − 1 = 3 joints + 6 crossings = 9 laps; 36 laps × 40 × 12 mm = 0.48 m.
    // 4 × 41.6 = 166.4 + 36 × 0.48 = 17.28 → 183.68 m; × 1.05 = 192.864 → 193 m.
    const rebar = line(j, 'rebar');
    expect(rebar).toMatchObject({ unit: 'м', net: '183.68', reservePct: '5', quantity: '192.864', packs: 193 });
    expect(rebar.match).toMatchObject({ categories: ['armatura'], attributes: { diameter_mm: '12', class: 'А500С' } });
    expect(rebar.match.sale).toEqual([{ unit: 'пог. м' }]);
    // 0.00617 × 12² = 0.88848 → 0.888 kg/m; 183.68 × 0.888 = 163.10784 → 163.108 kg.
    expect(rebar.formula).toContain('0,00617 × 12² = 183,68 м × 0,888 кг/м = 163,108 кг');
    expect(rebar.factors).toEqual([expect.objectContaining({ value: '0.888', unit: 'кг/м' })]);
    // Tie wire 1 %: 1.63108 → 1.632 kg; × 1.05 = 1.7136 → 1.714 → 2 kg.
    expect(line(j, 'tie_wire')).toMatchObject({ net: '1.632', quantity: '1.714', packs: 2 });
    expect(derived(j)).toMatchObject({
      lengthM: '41.6',
      overlapsM: '2.4',
      volumeM3: '19.968',
      rebarLaps: '36',
      rebarM: '183.68',
      rebarMassKg: '163.108',
    });
  });

  it('6 × 6 outline, М300, 6 bars ⌀10 on 6 m stock lapped 50 d, wire 2 %, own reserves', () => {
    const j = job('strip_foundation', {
      externalLengthM: 24,
      widthM: 0.3,
      heightM: 0.8,
      concreteGrade: 'М300',
      rebarDiameterMm: '10',
      rebarRows: 6,
      barLengthM: 6,
      lapDiameters: 50,
      tieWirePct: 2,
      concreteReservePct: 3,
      rebarReservePct: 0,
    });
    // Default 4 crossings (the corners): 24 − 4 × 0.3 = 22.8 m; × 0.3 × 0.8 = 5.472 m³.
    // × 1.03 = 5.63616 → 5.637; / 0.5 = 11.274 → 12.
    const concrete = line(j, 'concrete');
    expect(concrete).toMatchObject({ net: '5.472', quantity: '5.637', packs: 12, name: 'Бетон товарный М300 B22,5' });
    expect(concrete.match.attributes).toEqual({ strength: 'М300', strength_class: 'B22,5' });
    // Per row ceil(22.8 / 6) − 1 = 3 joints + 4 corners = 7; 6 rows → 42 laps of 0.5 m = 21 m.
    // 6 × 22.8 = 136.8 + 21 = 157.8 m, no reserve.
    expect(line(j, 'rebar')).toMatchObject({ net: '157.8', quantity: '157.8', packs: 158 });
    // 0.00617 × 10² = 0.617 kg/m; 157.8 × 0.617 = 97.3626 → 97.363; × 2 % = 1.94726 → 1.948 kg.
    expect(derived(j)).toMatchObject({ rebarLaps: '42', rebarMassKg: '97.363' });
    expect(line(j, 'tie_wire')).toMatchObject({ net: '1.948', quantity: '1.948', packs: 2 });
  });

  it('400s: crossings that eat the strip, a diameter or grade nobody sells, sizes not above zero', () => {
    const strip = { externalLengthM: 4, widthM: 0.4, heightM: 1 };
    expect(bad('strip_foundation', { ...strip, overlapsCount: 10 })).toEqual(['jobs.0.inputs.overlapsCount']);
    expect(bad('strip_foundation', { ...strip, rebarDiameterMm: 11 })).toEqual(['jobs.0.inputs.rebarDiameterMm']);
    expect(bad('strip_foundation', { ...strip, concreteGrade: 'М500' })).toEqual(['jobs.0.inputs.concreteGrade']);
    expect(bad('strip_foundation', { ...strip, widthM: 0 })).toEqual(['jobs.0.inputs.widthM']);
    expect(bad('strip_foundation', { ...strip, internalLengthM: -1 })).toEqual(['jobs.0.inputs.internalLengthM']);
    expect(bad('strip_foundation', { ...strip, rebarRows: 0 })).toEqual(['jobs.0.inputs.rebarRows']);
    expect(bad('strip_foundation', { ...strip, rebarRows: 2.5 })).toEqual(['jobs.0.inputs.rebarRows']);
    expect(bad('strip_foundation', { ...strip, rebarClass: 'A400' })).toEqual(['jobs.0.inputs.rebarClass']);
    expect(bad('strip_foundation', { widthM: 0.4, heightM: 1 })).toEqual(['jobs.0.inputs.externalLengthM']);
    expect(bad('strip_foundation', { ...strip, barLengthM: 0 })).toEqual(['jobs.0.inputs.barLengthM']);
    // Norms are shown as decimals of at most 3 places: more is a 400, every such input named.
    expect(bad('strip_foundation', { ...strip, tieWirePct: 1.2345, concreteReservePct: 1e-9 })).toEqual([
      'jobs.0.inputs.tieWirePct',
      'jobs.0.inputs.concreteReservePct',
    ]);
  });
});

describe('slab_foundation', () => {
  it('10 × 8 × 0.25, two grids ⌀12 at 200 mm: 41 + 51 bars a grid, no laps', () => {
    const j = job('slab_foundation', { lengthM: 10, widthM: 8, thicknessM: 0.25 });
    // 80 m² × 0.25 = 20 m³; × 1.02 = 20.4; by 0.5 → 41; М250 by default.
    const concrete = line(j, 'concrete');
    expect(concrete).toMatchObject({ net: '20', quantity: '20.4', packs: 41 });
    expect(concrete.match.attributes).toEqual({ strength: 'М250', strength_class: 'B20' });
    // Along the 10 m length: 8 / 0.2 + 1 = 41 bars; across: 10 / 0.2 + 1 = 51 bars of 8 m.
    // 2 × (41 × 10 + 51 × 8) = 2 × 818 = 1 636 m; bars under 11.7 m need no joints.
    expect(derived(j)).toMatchObject({
      areaM2: '80',
      volumeM3: '20',
      barsAlong: '41',
      barsAcross: '51',
      rebarLaps: '0',
    });
    const rebar = line(j, 'rebar');
    expect(rebar).toMatchObject({ net: '1636', quantity: '1717.8', packs: 1718 });
    expect(rebar.formula).toMatch(/^2 × \(41 × 10 м \+ 51 × 8 м\) \+ 0 нахлёстов/);
    // 1 636 × 0.888 = 1 452.768 kg; 1 % = 14.52768 → 14.528; × 1.05 = 15.2544 → 15.255 → 16.
    expect(derived(j).rebarMassKg).toBe('1452.768');
    expect(line(j, 'tie_wire')).toMatchObject({ net: '14.528', quantity: '15.255', packs: 16 });
  });

  it('12 × 9 × 0.3, one grid ⌀14 at 250 mm: 12 m bars joined once, lapped 0.56 m', () => {
    const j = job('slab_foundation', {
      lengthM: 12,
      widthM: 9,
      thicknessM: 0.3,
      rebarDiameterMm: 14,
      rebarStepMm: 250,
      rebarLayers: 1,
    });
    // 108 m² × 0.3 = 32.4 m³; × 1.02 = 33.048; / 0.5 = 66.096 → 67.
    expect(line(j, 'concrete')).toMatchObject({ net: '32.4', quantity: '33.048', packs: 67 });
    // Along: 9 / 0.25 + 1 = 37 bars of 12 m, each one joint (12 > 11.7); across: 12 / 0.25 + 1 = 49 of 9 m.
    // 37 × 12 + 49 × 9 = 444 + 441 = 885 m + 37 laps × 40 × 14 mm (0.56 m) = 20.72 → 905.72 m.
    // × 1.05 = 951.006 → 952.
    expect(derived(j)).toMatchObject({ barsAlong: '37', barsAcross: '49', rebarLaps: '37' });
    expect(line(j, 'rebar')).toMatchObject({ net: '905.72', quantity: '951.006', packs: 952 });
    // 0.00617 × 14² = 1.20932 → 1.209 kg/m; 905.72 × 1.209 = 1 095.01548 → 1 095.015 kg.
    // Wire 1 %: 10.95015 → 10.951; × 1.05 = 11.49855 → 11.499 → 12 kg.
    expect(derived(j).rebarMassKg).toBe('1095.015');
    expect(line(j, 'tie_wire')).toMatchObject({ net: '10.951', quantity: '11.499', packs: 12 });
  });

  it('9.3 × 6.9 at a 300 mm step is 24 + 32 bars, not 25 + 33 (6.9 / 0.3 is 23.000…004 in floating point)', () => {
    const j = job('slab_foundation', { lengthM: 9.3, widthM: 6.9, thicknessM: 0.2, rebarStepMm: 300, rebarLayers: 1 });
    // Along: 6.9 / 0.3 + 1 = 24 bars of 9.3 m; across: 9.3 / 0.3 + 1 = 32 bars of 6.9 m.
    expect(derived(j)).toMatchObject({ barsAlong: '24', barsAcross: '32' });
    // 24 × 9.3 + 32 × 6.9 = 223.2 + 220.8 = 444 m.
    expect(line(j, 'rebar').net).toBe('444');
  });

  it('400s: missing thickness, a step below 50 mm, one and a half grids', () => {
    expect(bad('slab_foundation', { lengthM: 6, widthM: 6 })).toEqual(['jobs.0.inputs.thicknessM']);
    const slab = { lengthM: 6, widthM: 6, thicknessM: 0.2 };
    expect(bad('slab_foundation', { ...slab, rebarStepMm: 20 })).toEqual(['jobs.0.inputs.rebarStepMm']);
    expect(bad('slab_foundation', { ...slab, rebarLayers: 1.5 })).toEqual(['jobs.0.inputs.rebarLayers']);
    expect(bad('slab_foundation', { ...slab, thicknessM: -0.2 })).toEqual(['jobs.0.inputs.thicknessM']);
    expect(bad('slab_foundation', { ...slab, overlapsCount: 4 })).toEqual(['jobs.0.inputs.overlapsCount']);
  });
});
