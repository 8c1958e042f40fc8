/**
 * GET /api/v1/insights/estimate-templates: the contract of the table — every template id,
 * the exact input names and material keys, labels in Russian and English, defaults and the
 * sources of the norms (docs/domain.md, Estimates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { randomUUID } from 'node:crypto';
import { materialsApi, type MaterialCandidate } from '../../catalog/index.js';
import { ValidationError } from '../../../shared/errors.js';
import { computeJobs, type ComputedLine } from '../estimates/jobs.js';
import { TEMPLATES } from '../estimates/templates/index.js';
import { job, line } from './template-helpers.js';

interface InputView {
  name: string;
  label: { ru: string; en: string };
  unit: string | null;
  type: string;
  required: boolean;
  default?: unknown;
  defaultFrom?: { ru: string; en: string };
  values?: unknown[];
  valueLabels?: unknown[];
  normSource?: string;
  min?: number;
  minExclusive?: boolean;
}
interface TemplateView {
  id: string;
  title: { ru: string; en: string };
  description: { ru: string; en: string };
  materials: string[];
  inputs: InputView[];
}

/** The table: id → [input names, material keys]; templates may add more, never rename. */
const CONTRACT: Record<string, [string[], string[]]> = {
  brick_wall: [
    ['lengthM', 'heightM', 'thicknessBricks', 'brickFormat', 'openings'],
    ['brick', 'masonry_mortar'],
  ],
  block_wall: [
    ['lengthM', 'heightM', 'thicknessMm', 'blockLengthMm', 'blockHeightMm', 'openings'],
    ['block', 'block_glue'],
  ],
  strip_foundation: [
    ['externalLengthM', 'internalLengthM', 'widthM', 'heightM', 'rebarDiameterMm', 'rebarRows'],
    ['concrete', 'rebar'],
  ],
  slab_foundation: [
    ['lengthM', 'widthM', 'thicknessM', 'rebarDiameterMm', 'rebarStepMm'],
    ['concrete', 'rebar'],
  ],
  floor_screed: [['areaM2', 'thicknessMm'], ['screed_mix']],
  wall_plaster: [['areaM2', 'thicknessMm', 'kind'], ['plaster_mix']],
  drywall_partition: [
    ['lengthM', 'heightM', 'sides', 'layers', 'sheetWidthM', 'sheetHeightM', 'openings'],
    ['drywall_sheet', 'stud_profile', 'track_profile', 'screws', 'insulation'],
  ],
  tiling: [
    ['areaM2', 'tileLengthMm', 'tileWidthMm', 'layout'],
    ['tile', 'tile_adhesive', 'grout'],
  ],
  painting: [
    ['areaM2', 'coats', 'spreadLPerM2'],
    ['paint', 'primer'],
  ],
  laminate: [
    ['areaM2', 'layout', 'packAreaM2'],
    ['laminate', 'underlay'],
  ],
  pitched_roof: [
    ['planLengthM', 'planWidthM', 'slopeDeg', 'eaveLengthM', 'covering'],
    ['roof_sheet', 'screws', 'membrane'],
  ],
  insulation: [['areaM2', 'thicknessMm', 'packVolumeM3'], ['insulation']],
};

let ctx: TestContext;
let items: TemplateView[];
beforeAll(async () => {
  ctx = await createTestContext();
  const res = await ctx.request({ method: 'GET', url: '/api/v1/insights/estimate-templates' });
  expect(res.statusCode, res.body).toBe(200);
  items = (res.json() as { items: TemplateView[] }).items;
});
afterAll(() => ctx.close());

const byId = (id: string): TemplateView => {
  const t = items.find((i) => i.id === id);
  if (!t) throw new Error(`no template ${id}; listed: ${items.map((i) => i.id).join(', ')}`);
  return t;
};
const input = (id: string, name: string): InputView => {
  const i = byId(id).inputs.find((x) => x.name === name);
  if (!i) throw new Error(`no input ${name} in ${id}`);
  return i;
};

describe('GET /estimate-templates', () => {
  it('lists the twelve ids of the contract, in its order, without logging in', () => {
    expect(items.map((t) => t.id)).toEqual(Object.keys(CONTRACT));
  });

  it.each(Object.entries(CONTRACT))('%s has the inputs and material keys of the issue table', (id, [names, keys]) => {
    const t = byId(id);
    const inputNames = t.inputs.map((i) => i.name);
    for (const name of names) expect(inputNames, `${id}.${name}`).toContain(name);
    for (const key of keys) expect(t.materials, `${id} material ${key}`).toContain(key);
    expect(new Set(inputNames).size).toBe(inputNames.length);
    for (const label of [t.title, t.description, ...t.inputs.map((i) => i.label)]) {
      expect(label.ru).toMatch(/[а-яё]/i);
      expect(label.en).toMatch(/[a-z]/i);
      expect(label.en).not.toBe(label.ru);
    }
    // A norm shows where its default comes from; a required input has no default.
    for (const i of t.inputs) {
      if (i.normSource !== undefined) expect(i.normSource.length, `${id}.${i.name}`).toBeGreaterThan(5);
      if (i.required) expect(i.default, `${id}.${i.name}`).toBeUndefined();
      if (i.type === 'choice') expect(i.values?.length, `${id}.${i.name}`).toBeGreaterThan(0);
    }
  });

  it('brick_wall: thickness and format choices with their labels, the bricks per m² from the table', () => {
    expect(input('brick_wall', 'thicknessBricks')).toMatchObject({
      type: 'choice',
      values: [0.5, 1, 1.5, 2],
      default: 1,
    });
    expect(input('brick_wall', 'thicknessBricks').valueLabels).toHaveLength(4);
    expect(input('brick_wall', 'brickFormat')).toMatchObject({ values: ['1НФ', '1.4НФ', '2.1НФ'], default: '1НФ' });
    expect(input('brick_wall', 'lengthM')).toMatchObject({ unit: 'м', required: true, min: 0, minExclusive: true });
    expect(input('brick_wall', 'openings')).toMatchObject({ type: 'openings', default: [], required: false });
    const perM2 = input('brick_wall', 'bricksPerM2');
    expect(perM2.required).toBe(false);
    expect(perM2.default).toBeUndefined();
    expect(perM2.normSource).toContain('ГОСТ 530');
    expect(perM2.defaultFrom?.ru).toBeTruthy();
    expect(input('brick_wall', 'mortarM3PerM3')).toMatchObject({ default: 0.24 });
    expect(input('brick_wall', 'mortarM3PerM3').normSource).toContain('ГЭСН 08-02-001-03');
    expect(input('brick_wall', 'reservePct')).toMatchObject({ unit: '%', default: 5 });
  });

  it('the norms of part one default to the rules in docs/domain.md and name their source', () => {
    const norms: [string, string, number][] = [
      ['block_wall', 'glueKgPerM3', 25],
      ['block_wall', 'reservePct', 5],
      ['strip_foundation', 'concreteReservePct', 2],
      ['slab_foundation', 'concreteReservePct', 2],
      ['floor_screed', 'kgPerM2PerMm', 1.7],
      ['floor_screed', 'reservePct', 5],
      ['wall_plaster', 'reservePct', 10],
    ];
    for (const [id, name, value] of norms) {
      const i = input(id, name);
      expect(i.default, `${id}.${name}`).toBe(value);
      expect(i.normSource, `${id}.${name}`).toBeTruthy();
    }
    expect(input('block_wall', 'blocksPerM3').defaultFrom?.ru).toContain('1 / (l·h·t)');
    expect(input('wall_plaster', 'kgPerM2PerMm')).toMatchObject({ required: false });
    expect(input('wall_plaster', 'kgPerM2PerMm').normSource).toMatch(/0,9.*1,7/);
    expect(input('wall_plaster', 'kind')).toMatchObject({ values: ['gypsum', 'cement'], default: 'gypsum' });
    expect(input('strip_foundation', 'rebarDiameterMm')).toMatchObject({ unit: 'мм', default: 12 });
    expect(input('strip_foundation', 'rebarDiameterMm').values).toContain(12);
    expect(input('strip_foundation', 'concreteGrade')).toMatchObject({ default: 'М200' });
    expect(input('slab_foundation', 'rebarStepMm')).toMatchObject({ type: 'integer', default: 200 });
    expect(input('strip_foundation', 'lapDiameters').normSource).toContain('СП 63.13330');
  });

  it('is cacheable: the templates are code', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/insights/estimate-templates' });
    expect(res.headers['cache-control']).toBe('public, max-age=300');
  });
});

/**
 * The pricing's own query for a line, for one default pack (whether a product fits, not whether a
 * warehouse holds a whole foundation's concrete): fitting offers in stock, or why none.
 */
async function fitting(l: ComputedLine): Promise<{ candidates: MaterialCandidate[]; why: string | null }> {
  return materialsApi.candidates(ctx.database.db, { ...l.match, quantity: l.packSize });
}

describe('part one matches the demo catalog by attributes', () => {
  const wall = { lengthM: 5, heightM: 3 };
  const strip = { externalLengthM: 40, widthM: 0.4, heightM: 1 };
  const variants: [string, Record<string, unknown>][] = [
    ...['1НФ', '1.4НФ', '2.1НФ'].map((f): [string, Record<string, unknown>] => [
      'brick_wall',
      { ...wall, brickFormat: f },
    ]),
    ...[200, 250, 300, 375, 400].map((t): [string, Record<string, unknown>] => [
      'block_wall',
      { ...wall, thicknessMm: t },
    ]),
    ['block_wall', { ...wall, thicknessMm: 100, blockLengthMm: 625, density: 'D500' }],
    ['block_wall', { ...wall, thicknessMm: 300, density: 'D600' }],
    ...['М100', 'М150', 'М200', 'М250', 'М300', 'М350', 'М400'].map((g): [string, Record<string, unknown>] => [
      'strip_foundation',
      { ...strip, concreteGrade: g },
    ]),
    ...[6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32].map((d): [string, Record<string, unknown>] => [
      'strip_foundation',
      { ...strip, rebarDiameterMm: d },
    ]),
    ['strip_foundation', { ...strip, rebarClass: 'А240', rebarDiameterMm: 10 }],
    ['slab_foundation', { lengthM: 10, widthM: 8, thicknessM: 0.25, rebarClass: 'АКП-СП', rebarDiameterMm: 8 }],
    ['floor_screed', { areaM2: 20, thicknessMm: 30 }],
    ['wall_plaster', { areaM2: 20, thicknessMm: 10, kind: 'gypsum' }],
    ['wall_plaster', { areaM2: 20, thicknessMm: 10, kind: 'cement' }],
  ];

  beforeAll(async () => {
    await ctx.app.modules.catalog.seedDemo(
      ['ООО «СтройБаза»', 'ООО «Кирпичный Двор»', 'ООО «Невский Стройторг»'].map((name) => ({
        id: randomUUID(),
        name,
      })),
    );
  });

  it.each(variants)('%s %j: every line has a fitting demo offer in stock', async (template, inputs) => {
    for (const l of job(template, inputs).lines) {
      const found = await fitting(l);
      expect(found.why, `${template} ${l.material}`).toBeNull();
      expect(found.candidates.length).toBeGreaterThan(0);
    }
  });

  it('matches by attributes, not by category alone: no masonry mortar for concrete, no ⌀36 on sale', async () => {
    const concrete = await fitting(line(job('strip_foundation', { ...strip, concreteGrade: 'М150' }), 'concrete'));
    // Concrete М150, never the М150 masonry mortar of the same category (TT-BET-0009).
    expect(new Set(concrete.candidates.map((c) => c.sku))).toEqual(new Set(['TT-BET-0002']));
    const thick = await fitting(line(job('strip_foundation', { ...strip, rebarDiameterMm: 36 }), 'rebar'));
    expect(thick).toEqual({ candidates: [], why: 'no_fitting_product' });
    const plaster = await fitting(
      line(job('wall_plaster', { areaM2: 20, thicknessMm: 10, kind: 'cement' }), 'plaster_mix'),
    );
    expect(plaster.candidates.every((c) => c.attributes.base === 'цемент')).toBe(true);
    const glue = await fitting(line(job('block_wall', wall), 'block_glue'));
    expect(glue.candidates.every((c) => c.attributes.kind === 'клей' && c.unit === 'мешок')).toBe(true);
    // A 25 kg bag holds 25 kg of the line; the mesh's 2 m sheet 2 m of strip.
    expect(glue.candidates[0]?.perSaleUnit).toBe('25');
    const mesh = await fitting(line(job('block_wall', wall), 'masonry_mesh'));
    expect(new Set(mesh.candidates.map((c) => c.perSaleUnit))).toEqual(new Set(['2']));
    const rebar = await fitting(line(job('strip_foundation', strip), 'rebar'));
    expect(rebar.candidates.every((c) => c.unit === 'пог. м' && c.attributes.diameter_mm === '12')).toBe(true);
  });
});

describe('part one at the edges of its inputs: an answer or a 400, never a 500', () => {
  const base: Record<string, Record<string, unknown>> = {
    brick_wall: { lengthM: 5, heightM: 3 },
    block_wall: { lengthM: 5, heightM: 3 },
    strip_foundation: { externalLengthM: 40, widthM: 0.4, heightM: 1 },
    slab_foundation: { lengthM: 10, widthM: 8, thicknessM: 0.25 },
    floor_screed: { areaM2: 20, thicknessMm: 50 },
    wall_plaster: { areaM2: 20, thicknessMm: 10 },
  };
  it.each(Object.keys(base))('%s', (id) => {
    const numbers = TEMPLATES.find((t) => t.id === id)!.inputs.filter(
      (i) => i.type === 'number' || i.type === 'integer',
    );
    const trials: Record<string, unknown>[] = [];
    for (const i of numbers) {
      for (const v of [i.min ?? 0, i.max ?? 1e6, 0.001, 1e-9, 12.3456]) trials.push({ ...base[id], [i.name]: v });
    }
    trials.push({ ...base[id], ...Object.fromEntries(numbers.map((i) => [i.name, i.max])) });
    trials.push({ ...Object.fromEntries(numbers.map((i) => [i.name, i.min === 0 ? 0.001 : i.min])), ...base[id] });
    let answered = 0;
    for (const inputs of trials) {
      try {
        const [j] = computeJobs([{ template: id, inputs }]);
        for (const l of j!.lines) expect(l.quantity).toMatch(/^\d+(\.\d{1,3})?$/);
        answered += 1;
      } catch (err) {
        expect(err, JSON.stringify(inputs)).toBeInstanceOf(ValidationError);
      }
    }
    expect(answered).toBeGreaterThan(trials.length / 3);
  });
});
