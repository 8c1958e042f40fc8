/**
 * GET /api/v1/insights/estimate-templates: the contract of the table — every template id,
 * the exact input names and material keys, labels in Russian and English, defaults and the
 * sources of the norms (docs/domain.md, Estimates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';

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

  it('the norms of part one default to docs/domain.md and say so', () => {
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
