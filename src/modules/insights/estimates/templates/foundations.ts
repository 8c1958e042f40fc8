/** Strip and slab foundations of ready-mix concrete with rebar (docs/domain.md, Estimates). */
import { inputError, read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, TemplateResult } from '../model.js';
import { round3, ru } from '../quantity.js';
import { sizeInput } from './common.js';
import { checkDecimals } from './decimals.js';
import { ceilRatio, concreteInputs, joints, concreteLine, rebarLines, rebarNormInputs } from './concrete.js';

/** Norms the lines show: decimals of at most 3 places. */
const REBAR_NORMS = ['barLengthM', 'lapDiameters', 'tieWirePct', 'concreteReservePct', 'rebarReservePct'];

const stripInputs: readonly InputSpec[] = [
  sizeInput('externalLengthM', 'Длина наружной ленты (периметр)', 'External strip length (perimeter)', 'м', 10000),
  {
    name: 'internalLengthM',
    label: { ru: 'Длина внутренних лент', en: 'Internal strips length' },
    unit: 'м',
    type: 'number',
    min: 0,
    max: 10000,
    default: 0,
  },
  {
    name: 'overlapsCount',
    label: {
      ru: 'Пересечений лент (углы и примыкания; каждое — на ширину ленты)',
      en: 'Strip crossings (corners and junctions; each one strip width)',
    },
    unit: null,
    type: 'integer',
    min: 0,
    max: 1000,
    default: 4,
  },
  sizeInput('widthM', 'Ширина ленты', 'Strip width', 'м', 5),
  sizeInput('heightM', 'Высота ленты', 'Strip height', 'м', 5),
  ...concreteInputs('М200'),
  {
    name: 'rebarRows',
    label: { ru: 'Продольных стержней в сечении', en: 'Longitudinal bars in the section' },
    unit: null,
    type: 'integer',
    min: 1,
    max: 40,
    default: 4,
  },
  ...rebarNormInputs,
];

/**
 * Lengths are measured along the outer edges of the plan (what a drawing shows), so every corner
 * and every end of an internal strip that meets another strip is counted twice over one strip
 * width: `overlapsCount` of them come off (a rectangle: 4 corners; one internal wall across: 6).
 */
export const stripFoundation: EstimateTemplate = {
  id: 'strip_foundation',
  title: { ru: 'Ленточный фундамент', en: 'Strip foundation' },
  description: {
    ru: 'Монолитная лента из товарного бетона с продольной арматурой; длины — по наружным граням, пересечения вычитаются.',
    en: 'Monolithic ready-mix strip with longitudinal rebar; lengths along the outer edges, crossings subtracted.',
  },
  inputs: stripInputs,
  materials: ['concrete', 'rebar', 'tie_wire'],
  compute(inputs): TemplateResult {
    checkDecimals(inputs, REBAR_NORMS);
    const ext = read.num(inputs, 'externalLengthM');
    const int = read.num(inputs, 'internalLengthM');
    const overlaps = read.num(inputs, 'overlapsCount');
    const w = read.num(inputs, 'widthM');
    const h = read.num(inputs, 'heightM');
    const overlapM = overlaps * w;
    if (overlapM >= ext + int) {
      throw inputError('overlapsCount', `${overlaps} crossings × ${w} m take the whole ${ext + int} m of strip`);
    }
    const lengthM = round3(ext + int - overlapM);
    const volume = round3(Number(lengthM) * w * h);
    const concrete = concreteLine(
      read.str(inputs, 'concreteGrade'),
      volume,
      `(${ru(ext)} + ${ru(int)} − ${overlaps} × ${ru(w)}) м × ${ru(w)} м × ${ru(h)} м`,
      String(read.num(inputs, 'concreteReservePct')),
    );
    const rows = read.num(inputs, 'rebarRows');
    const bar = read.num(inputs, 'barLengthM');
    // Each row is joined every bar length along the run, and lapped once at every crossing.
    const jointsPerRow = joints(Number(lengthM), bar) + overlaps;
    const laps = rows * jointsPerRow;
    const d = read.num(inputs, 'rebarDiameterMm');
    const rebar = rebarLines(
      d,
      read.str(inputs, 'rebarClass'),
      rows * Number(lengthM),
      `${rows} × ${ru(lengthM)} м`,
      laps,
      read.num(inputs, 'lapDiameters'),
      String(read.num(inputs, 'rebarReservePct')),
      read.num(inputs, 'tieWirePct'),
    );
    return {
      derived: [
        {
          name: 'lengthM',
          label: { ru: 'Длина ленты без пересечений', en: 'Strip length less crossings' },
          value: lengthM,
          unit: 'м',
        },
        {
          name: 'overlapsM',
          label: { ru: 'Нахлёсты лент', en: 'Strip overlaps' },
          value: round3(overlapM),
          unit: 'м',
        },
        { name: 'volumeM3', label: { ru: 'Объём бетона', en: 'Concrete volume' }, value: volume, unit: 'м³' },
        { name: 'rebarLaps', label: { ru: 'Нахлёстов арматуры', en: 'Rebar laps' }, value: String(laps), unit: 'шт' },
        { name: 'rebarM', label: { ru: 'Арматура', en: 'Rebar' }, value: rebar.lengthM, unit: 'м' },
        { name: 'rebarMassKg', label: { ru: 'Масса арматуры', en: 'Rebar mass' }, value: rebar.massKg, unit: 'кг' },
      ],
      lines: [concrete, ...rebar.lines],
    };
  },
};

const slabInputs: readonly InputSpec[] = [
  sizeInput('lengthM', 'Длина плиты', 'Slab length', 'м', 200),
  sizeInput('widthM', 'Ширина плиты', 'Slab width', 'м', 200),
  sizeInput('thicknessM', 'Толщина плиты', 'Slab thickness', 'м', 2),
  ...concreteInputs('М250'),
  {
    name: 'rebarStepMm',
    label: { ru: 'Шаг сетки арматуры', en: 'Rebar grid step' },
    unit: 'мм',
    type: 'integer',
    min: 50,
    max: 1000,
    default: 200,
  },
  {
    name: 'rebarLayers',
    label: { ru: 'Сеток арматуры (низ и верх)', en: 'Rebar grids (bottom, top)' },
    unit: null,
    type: 'choice',
    values: [1, 2],
    default: 2,
  },
  ...rebarNormInputs,
];

export const slabFoundation: EstimateTemplate = {
  id: 'slab_foundation',
  title: { ru: 'Плитный фундамент', en: 'Slab foundation' },
  description: {
    ru: 'Монолитная плита из товарного бетона, армированная сетками с заданным шагом в обоих направлениях.',
    en: 'Monolithic ready-mix slab reinforced with grids of the given step both ways.',
  },
  inputs: slabInputs,
  materials: ['concrete', 'rebar', 'tie_wire'],
  compute(inputs): TemplateResult {
    checkDecimals(inputs, REBAR_NORMS);
    const L = read.num(inputs, 'lengthM');
    const W = read.num(inputs, 'widthM');
    const t = read.num(inputs, 'thicknessM');
    const area = round3(L * W);
    const volume = round3(Number(area) * t);
    const concrete = concreteLine(
      read.str(inputs, 'concreteGrade'),
      volume,
      `${ru(L)} м × ${ru(W)} м × ${ru(t)} м`,
      String(read.num(inputs, 'concreteReservePct')),
    );
    const step = read.num(inputs, 'rebarStepMm') / 1000;
    const layers = read.num(inputs, 'rebarLayers');
    const bar = read.num(inputs, 'barLengthM');
    // Bars along the length stand `step` apart across the width, both edges included; and crosswise.
    const along = ceilRatio(W, step) + 1;
    const across = ceilRatio(L, step) + 1;
    const laps = layers * (along * joints(L, bar) + across * joints(W, bar));
    const d = read.num(inputs, 'rebarDiameterMm');
    const rebar = rebarLines(
      d,
      read.str(inputs, 'rebarClass'),
      layers * (along * L + across * W),
      `${layers} × (${along} × ${ru(L)} м + ${across} × ${ru(W)} м)`,
      laps,
      read.num(inputs, 'lapDiameters'),
      String(read.num(inputs, 'rebarReservePct')),
      read.num(inputs, 'tieWirePct'),
    );
    return {
      derived: [
        { name: 'areaM2', label: { ru: 'Площадь плиты', en: 'Slab area' }, value: area, unit: 'м²' },
        { name: 'volumeM3', label: { ru: 'Объём бетона', en: 'Concrete volume' }, value: volume, unit: 'м³' },
        {
          name: 'barsAlong',
          label: { ru: 'Стержней вдоль длины (в сетке)', en: 'Bars along the length (per grid)' },
          value: String(along),
          unit: 'шт',
        },
        {
          name: 'barsAcross',
          label: { ru: 'Стержней поперёк (в сетке)', en: 'Bars across (per grid)' },
          value: String(across),
          unit: 'шт',
        },
        { name: 'rebarLaps', label: { ru: 'Нахлёстов арматуры', en: 'Rebar laps' }, value: String(laps), unit: 'шт' },
        { name: 'rebarM', label: { ru: 'Арматура', en: 'Rebar' }, value: rebar.lengthM, unit: 'м' },
        { name: 'rebarMassKg', label: { ru: 'Масса арматуры', en: 'Rebar mass' }, value: rebar.massKg, unit: 'кг' },
      ],
      lines: [concrete, ...rebar.lines],
    };
  },
};

export const FOUNDATION_TEMPLATES: readonly EstimateTemplate[] = [stripFoundation, slabFoundation];
