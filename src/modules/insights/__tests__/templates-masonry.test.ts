/**
 * brick_wall and block_wall against worked examples computed by hand here (docs/domain.md,
 * Estimates: bricks per m² by format and thickness, mortar 0.24 m³/m³, blocks 1/(l·h·t), glue
 * 25 kg/m³, reserve 5 %), and the 400s naming the input.
 */
import { describe, expect, it } from 'vitest';
import { bad, badPaths, derived, job, line } from './template-helpers.js';

describe('brick_wall', () => {
  it('1НФ, one brick, two windows: 13.44 m² × 102 and 3.36 m³ of masonry', () => {
    // 6 × 2.8 = 16.8 m²; windows 1.2 × 1.4 × 2 = 3.36 m²; net 13.44 m²; 0.25 m thick → 3.36 m³.
    const j = job('brick_wall', {
      lengthM: 6,
      heightM: 2.8,
      brickFormat: '1НФ',
      thicknessBricks: 1,
      openings: [{ widthM: 1.2, heightM: 1.4, count: 2 }],
    });
    expect(derived(j)).toMatchObject({
      grossAreaM2: '16.8',
      openingsAreaM2: '3.36',
      netAreaM2: '13.44',
      thicknessM: '0.25',
      volumeM3: '3.36',
      mortarM3: '0.806', // 3.36 × 0.24 = 0.8064
    });
    const brick = line(j, 'brick');
    // 13.44 × 102 = 1 370.88; × 1.05 = 1 439.424; singly → 1 440.
    expect(brick).toMatchObject({ unit: 'шт', net: '1370.88', reservePct: '5', quantity: '1439.424', packs: 1440 });
    expect(brick.norm).toMatchObject({ value: '102', unit: 'шт/м²' });
    expect(brick.formula).toBe('13,44 м² × 102 шт/м²');
    expect(brick.match.attributes).toEqual({ format: '1НФ' });
    // 3.36 × 0.24 × 1 800 = 1 451.52 kg; × 1.05 = 1 524.096; 40 kg bags → 38.1 → 39.
    expect(line(j, 'masonry_mortar')).toMatchObject({
      net: '1451.52',
      quantity: '1524.096',
      packSize: '40',
      packs: 39,
    });
  });

  it('1.4НФ, one and a half bricks, no openings: 15 m² × 117', () => {
    const j = job('brick_wall', { lengthM: 5, heightM: 3, brickFormat: '1.4НФ', thicknessBricks: 1.5 });
    // 0.38 m thick: 15 × 0.38 = 5.7 m³.
    expect(derived(j)).toMatchObject({ netAreaM2: '15', volumeM3: '5.7' });
    // 15 × 117 = 1 755; × 1.05 = 1 842.75 → 1 843 bricks.
    expect(line(j, 'brick')).toMatchObject({ name: 'Кирпич 1.4НФ', net: '1755', quantity: '1842.75', packs: 1843 });
    // 5.7 × 0.24 × 1 800 = 2 462.4; × 1.05 = 2 585.52; / 40 = 64.638 → 65 bags.
    expect(line(j, 'masonry_mortar')).toMatchObject({ net: '2462.4', quantity: '2585.52', packs: 65 });
  });

  it('2.1НФ, half a brick, a door: the volume is rounded before the mortar', () => {
    const j = job('brick_wall', {
      lengthM: 4,
      heightM: 2.5,
      brickFormat: '2.1НФ',
      thicknessBricks: '0.5',
      openings: [{ widthM: 0.9, heightM: 2.1 }],
    });
    // 10 − 0.9 × 2.1 = 8.11 m²; × 0.12 = 0.9732 → 0.973 m³.
    expect(derived(j)).toMatchObject({ openingsAreaM2: '1.89', netAreaM2: '8.11', volumeM3: '0.973' });
    // 8.11 × 26 = 210.86; × 1.05 = 221.403 → 222.
    expect(line(j, 'brick')).toMatchObject({ net: '210.86', quantity: '221.403', packs: 222 });
    // 0.973 × 0.24 × 1 800 = 420.336; × 1.05 = 441.3528 → 441.353; / 40 → 12 bags.
    expect(line(j, 'masonry_mortar')).toMatchObject({ net: '420.336', quantity: '441.353', packs: 12 });
  });

  it('norms overridden: bricks per m², mortar, dry mix and reserve are the ones given', () => {
    const j = job('brick_wall', {
      lengthM: 3,
      heightM: 1,
      thicknessBricks: 2,
      bricksPerM2: 200,
      mortarM3PerM3: 0.25,
      dryMixKgPerM3: 1700,
      reservePct: 7,
    });
    const brick = line(j, 'brick');
    // 3 m² × 200 = 600; × 1.07 = 642.
    expect(brick).toMatchObject({ net: '600', reservePct: '7', quantity: '642', packs: 642 });
    expect(brick.norm).toEqual({ value: '200', unit: 'шт/м²', source: 'задано в смете' });
    // 3 × 0.51 = 1.53 m³; × 0.25 × 1 700 = 650.25; × 1.07 = 695.7675 → 695.768; / 40 → 18.
    const mortar = line(j, 'masonry_mortar');
    expect(mortar).toMatchObject({ net: '650.25', quantity: '695.768', packs: 18 });
    expect(mortar.formula).toBe('1,53 м³ кладки × 0,25 м³/м³ × 1 700 кг/м³');
  });

  it('400s: a thickness or format the table does not have, openings too big, unknown inputs', () => {
    const wall = { lengthM: 4, heightM: 2.5 };
    expect(bad('brick_wall', { ...wall, thicknessBricks: 0.75 })).toEqual(['jobs.0.inputs.thicknessBricks']);
    expect(bad('brick_wall', { ...wall, brickFormat: '3НФ' })).toEqual(['jobs.0.inputs.brickFormat']);
    expect(bad('brick_wall', { ...wall, lengthM: 0 })).toEqual(['jobs.0.inputs.lengthM']);
    expect(bad('brick_wall', { heightM: 2.5 })).toEqual(['jobs.0.inputs.lengthM']);
    expect(bad('brick_wall', { ...wall, colour: 'red' })).toEqual(['jobs.0.inputs.colour']);
    expect(bad('brick_wall', { ...wall, mortarM3PerM3: 0.2415 })).toEqual(['jobs.0.inputs.mortarM3PerM3']);
    const openings = [
      { widthM: 1, heightM: 1 },
      { widthM: 4.5, heightM: 1 },
    ];
    expect(bad('brick_wall', { ...wall, openings })).toEqual(['jobs.0.inputs.openings.1.widthM']);
    expect(bad('brick_wall', { ...wall, openings: [{ widthM: 1, heightM: 2.6 }] })).toEqual([
      'jobs.0.inputs.openings.0.heightM',
    ]);
    expect(bad('brick_wall', { ...wall, openings: [{ widthM: 2, heightM: 2.5, count: 2 }] })).toEqual([
      'jobs.0.inputs.openings',
    ]);
    expect(bad('brick_wall', { ...wall, openings: [{ widthM: 1, heightM: 1, count: 0 }] })).toEqual([
      'jobs.0.inputs.openings.0.count',
    ]);
    // The second job's index in the path.
    expect(
      badPaths([
        { template: 'brick_wall', inputs: wall },
        { template: 'brick_wall', inputs: { ...wall, reservePct: -1 } },
      ]),
    ).toEqual(['jobs.1.inputs.reservePct']);
  });
});

describe('block_wall', () => {
  it('600×250×300, two windows: 7.65 m³ ÷ 0.045 m³ = 170 blocks, glue and mesh every 4th course', () => {
    const j = job('block_wall', { lengthM: 10, heightM: 3, openings: [{ widthM: 1.5, heightM: 1.5, count: 2 }] });
    // 30 − 4.5 = 25.5 m²; × 0.3 = 7.65 m³; 3 / 0.25 = 12 courses.
    expect(derived(j)).toMatchObject({ netAreaM2: '25.5', volumeM3: '7.65', rows: '12' });
    const block = line(j, 'block');
    // A block is 0.6 × 0.25 × 0.3 = 0.045 m³: 7.65 / 0.045 = 170; × 1.05 = 178.5 → 179.
    expect(block).toMatchObject({ net: '170', quantity: '178.5', packs: 179 });
    expect(block.formula).toBe('7,65 м³ ÷ (0,6 × 0,25 × 0,3) м³');
    expect(block.norm).toMatchObject({ value: '22.222', unit: 'шт/м³' }); // 1 / 0.045
    expect(block.match).toMatchObject({
      categories: ['gazobetonnye-bloki', 'peregorodochnye-bloki'],
      attributes: { length_mm: '600', height_mm: '250', thickness_mm: '300' },
    });
    // 7.65 × 25 = 191.25 kg; × 1.05 = 200.8125 → 200.813; 25 kg bags → 9.
    expect(line(j, 'block_glue')).toMatchObject({ net: '191.25', quantity: '200.813', packs: 9 });
    // The first course on a 20 mm bed: 10 × 0.3 × 0.02 × 1 800 = 108 kg; × 1.05 = 113.4; 40 kg bags → 3.
    const bed = line(j, 'masonry_mortar');
    expect(bed).toMatchObject({ net: '108', quantity: '113.4', packSize: '40', packs: 3, optional: true });
    expect(bed.formula).toBe('10 м × 0,3 м × 0,02 м × 1 800 кг/м³');
    expect(bed.match.attributes).toEqual({ kind: 'раствор' });
    // Courses 1, 5, 9 carry mesh: 3 × 10 m = 30; × 1.05 = 31.5 m; 2 m sheets → 16; optional.
    const mesh = line(j, 'masonry_mesh');
    expect(mesh).toMatchObject({ net: '30', quantity: '31.5', packSize: '2', packs: 16, optional: true });
    expect(mesh.match.attributes).toEqual({ width_m: '0.5' });
  });

  it('Ytong 625×250×200 D500, no bed, no mesh, glue 30 kg/m³: 3.375 m³ ÷ 0.03125 = 108', () => {
    const j = job('block_wall', {
      lengthM: 6.25,
      heightM: 2.7,
      thicknessMm: 200,
      blockLengthMm: 625,
      density: 'D500',
      glueKgPerM3: 30,
      firstRowMortarMm: 0,
      meshEveryRows: 0,
    });
    // 6.25 × 2.7 = 16.875 m²; × 0.2 = 3.375 m³; 2.7 / 0.25 = 10.8 → 11 courses.
    expect(derived(j)).toMatchObject({ netAreaM2: '16.875', volumeM3: '3.375', rows: '11' });
    // 0.625 × 0.25 × 0.2 = 0.03125 m³; 108 blocks; × 1.05 = 113.4 → 114.
    const block = line(j, 'block');
    expect(block).toMatchObject({ net: '108', quantity: '113.4', packs: 114 });
    expect(block.norm.value).toBe('32');
    expect(block.match.attributes).toEqual({
      length_mm: '625',
      height_mm: '250',
      thickness_mm: '200',
      density: 'D500',
    });
    // 3.375 × 30 = 101.25; × 1.05 = 106.3125 → 106.313; → 5 bags.
    expect(line(j, 'block_glue')).toMatchObject({ net: '101.25', quantity: '106.313', packs: 5 });
    expect(j.lines.map((l) => l.material)).toEqual(['block', 'block_glue']);
  });

  it('a thickness no standard block has is fine; the rate may be given per m³', () => {
    // 4 × 2.5 = 10 m²; × 0.333 = 3.33 m³; 3.33 / (0.6 × 0.25 × 0.333) = 66.666… → 66.667.
    const odd = job('block_wall', { lengthM: 4, heightM: 2.5, thicknessMm: 333 });
    // × 1.05 = 70.00035 → 70.001 → 71 blocks.
    expect(line(odd, 'block')).toMatchObject({ net: '66.667', quantity: '70.001', packs: 71 });
    // Given 23 blocks per m³: 3.33 × 23 = 76.59; × 1.05 = 80.4195 → 80.42 → 81.
    const given = job('block_wall', {
      lengthM: 4,
      heightM: 2.5,
      thicknessMm: 333,
      blocksPerM3: 23,
      firstRowMortarMm: 15,
      dryMixKgPerM3: 1700,
    });
    const block = line(given, 'block');
    expect(block).toMatchObject({ net: '76.59', quantity: '80.42', packs: 81, formula: '3,33 м³ × 23 шт/м³' });
    expect(block.norm.source).toBe('задано в смете');
    // A 15 mm bed of a 1 700 kg/m³ mix: 4 × 0.333 × 0.015 × 1 700 = 33.966 kg; × 1.05 = 35.6643 → 35.665.
    expect(line(given, 'masonry_mortar')).toMatchObject({ net: '33.966', quantity: '35.665', packs: 1 });
    expect(line(given, 'masonry_mortar').norm).toMatchObject({ value: '15', unit: 'мм' });
  });

  it('400s: a block taller or longer than the wall, sizes not above zero, openings, choices', () => {
    expect(bad('block_wall', { lengthM: 5, heightM: 0.2 })).toEqual(['jobs.0.inputs.blockHeightMm']);
    expect(bad('block_wall', { lengthM: 0.5, heightM: 3 })).toEqual(['jobs.0.inputs.blockLengthMm']);
    expect(bad('block_wall', { lengthM: 5, heightM: 3, thicknessMm: 0 })).toEqual(['jobs.0.inputs.thicknessMm']);
    expect(bad('block_wall', { lengthM: 5, heightM: 3, thicknessMm: 250.5 })).toEqual(['jobs.0.inputs.thicknessMm']);
    expect(bad('block_wall', { lengthM: 5, heightM: 3, density: 'D700' })).toEqual(['jobs.0.inputs.density']);
    expect(bad('block_wall', { lengthM: 5, heightM: 3, glueKgPerM3: 'a lot' })).toEqual(['jobs.0.inputs.glueKgPerM3']);
    expect(
      bad('block_wall', {
        lengthM: 5,
        heightM: 3,
        openings: [
          { widthM: 1, heightM: 1 },
          { widthM: 5.1, heightM: 1 },
        ],
      }),
    ).toEqual(['jobs.0.inputs.openings.1.widthM']);
    expect(bad('block_wall', { lengthM: 5, heightM: 3, openings: [{ widthM: 1, heightM: -1 }] })).toEqual([
      'jobs.0.inputs.openings.0.heightM',
    ]);
  });
});
