/** Walls laid of bricks or blocks (docs/domain.md, Estimates: norms of masonry). */
import { inputError, netWallArea, read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, TemplateResult } from '../model.js';
import { ceil3, round3, ru } from '../quantity.js';
import { blockWall } from './blocks.js';
import { checkDecimals } from './decimals.js';
import { OPENINGS_INPUT, sizeInput, normInput } from './common.js';

/** Wall thickness in bricks → millimetres (with 10 mm joints). */
const BRICK_THICKNESS_MM = { 0.5: 120, 1: 250, 1.5: 380, 2: 510 } as const;
type Thickness = keyof typeof BRICK_THICKNESS_MM;

/** Bricks per m² of wall, 10 mm joints (docs/domain.md): by format, then by thickness. */
const BRICKS_PER_M2: Record<string, Record<Thickness, number>> = {
  '1НФ': { 0.5: 51, 1: 102, 1.5: 153, 2: 204 },
  '1.4НФ': { 0.5: 39, 1: 78, 1.5: 117, 2: 156 },
  '2.1НФ': { 0.5: 26, 1: 52, 1.5: 78, 2: 104 },
};
const BRICK_TABLE_SOURCE = 'Расход кирпича на 1 м² кладки при швах 10 мм (ГОСТ 530-2012, форматы 1НФ/1.4НФ/2.1НФ)';
const MORTAR_SOURCE = 'ГЭСН 08-02-001-03: 0,241 м³ раствора на 1 м³ кладки';
const DRY_MIX_SOURCE = 'Паспорта сухих кладочных смесей: 1,7–1,9 т смеси на 1 м³ раствора';

const brickWallInputs: readonly InputSpec[] = [
  sizeInput('lengthM', 'Длина стены', 'Wall length', 'м', 1000),
  sizeInput('heightM', 'Высота стены', 'Wall height', 'м', 100),
  {
    name: 'thicknessBricks',
    label: { ru: 'Толщина стены, в кирпичах', en: 'Wall thickness, in bricks' },
    unit: null,
    type: 'choice',
    values: [0.5, 1, 1.5, 2],
    valueLabels: [
      { ru: 'в полкирпича (120 мм)', en: 'half a brick (120 mm)' },
      { ru: 'в один кирпич (250 мм)', en: 'one brick (250 mm)' },
      { ru: 'в полтора кирпича (380 мм)', en: 'one and a half bricks (380 mm)' },
      { ru: 'в два кирпича (510 мм)', en: 'two bricks (510 mm)' },
    ],
    default: 1,
  },
  {
    name: 'brickFormat',
    label: { ru: 'Формат кирпича', en: 'Brick format' },
    unit: null,
    type: 'choice',
    values: ['1НФ', '1.4НФ', '2.1НФ'],
    valueLabels: [
      { ru: 'одинарный 250×120×65', en: 'single 250×120×65' },
      { ru: 'полуторный 250×120×88', en: 'one and a half 250×120×88' },
      { ru: 'двойной 250×120×140', en: 'double 250×120×140' },
    ],
    default: '1НФ',
  },
  OPENINGS_INPUT,
  {
    ...normInput('bricksPerM2', 'Кирпичей на 1 м² стены', 'Bricks per m² of wall', 'шт/м²', BRICK_TABLE_SOURCE, 1000),
    optional: true,
    defaultFrom: { ru: 'по таблице: формат и толщина стены', en: 'from the table by format and thickness' },
  },
  normInput('mortarM3PerM3', 'Раствора на 1 м³ кладки', 'Mortar per m³ of masonry', 'м³/м³', MORTAR_SOURCE, 1, 0.24),
  normInput(
    'dryMixKgPerM3',
    'Сухой смеси на 1 м³ раствора',
    'Dry mix per m³ of mortar',
    'кг/м³',
    DRY_MIX_SOURCE,
    3000,
    1800,
  ),
  normInput('reservePct', 'Запас', 'Reserve', '%', 'Запас на бой и подрезку: 5 % (нормы TUTUU Market)', 50, 5),
];

export const brickWall: EstimateTemplate = {
  id: 'brick_wall',
  title: { ru: 'Кирпичная стена', en: 'Brick wall' },
  description: {
    ru: 'Кладка из керамического или силикатного кирпича на цементном растворе, за вычетом проёмов.',
    en: 'Ceramic or silicate brick masonry on cement mortar, less the openings.',
  },
  inputs: brickWallInputs,
  materials: ['brick', 'masonry_mortar'],
  compute(inputs): TemplateResult {
    checkDecimals(inputs, ['bricksPerM2', 'mortarM3PerM3', 'dryMixKgPerM3', 'reservePct']);
    const lengthM = read.num(inputs, 'lengthM');
    const heightM = read.num(inputs, 'heightM');
    const thickness = read.num(inputs, 'thicknessBricks') as Thickness;
    const format = read.str(inputs, 'brickFormat');
    const table = BRICKS_PER_M2[format];
    if (!table) throw inputError('brickFormat', `no such brick format: ${format}`);
    const perM2 = read.maybeNum(inputs, 'bricksPerM2') ?? table[thickness];
    const { grossAreaM2, openingsAreaM2, netAreaM2 } = netWallArea(lengthM, heightM, read.openings(inputs));
    const area = round3(netAreaM2);
    const thicknessM = BRICK_THICKNESS_MM[thickness] / 1000;
    const volume = round3(Number(area) * thicknessM);
    const mortarRate = read.num(inputs, 'mortarM3PerM3');
    const dryMix = read.num(inputs, 'dryMixKgPerM3');
    const mortarM3 = round3(Number(volume) * mortarRate);
    const reservePct = String(read.num(inputs, 'reservePct'));
    return {
      derived: [
        {
          name: 'grossAreaM2',
          label: { ru: 'Площадь стены', en: 'Wall area' },
          value: round3(grossAreaM2),
          unit: 'м²',
        },
        { name: 'openingsAreaM2', label: { ru: 'Проёмы', en: 'Openings' }, value: round3(openingsAreaM2), unit: 'м²' },
        { name: 'netAreaM2', label: { ru: 'Площадь кладки', en: 'Net wall area' }, value: area, unit: 'м²' },
        {
          name: 'thicknessM',
          label: { ru: 'Толщина стены', en: 'Wall thickness' },
          value: round3(thicknessM),
          unit: 'м',
        },
        { name: 'volumeM3', label: { ru: 'Объём кладки', en: 'Masonry volume' }, value: volume, unit: 'м³' },
        { name: 'mortarM3', label: { ru: 'Объём раствора', en: 'Mortar volume' }, value: mortarM3, unit: 'м³' },
      ],
      lines: [
        {
          material: 'brick',
          name: `Кирпич ${format}`,
          unit: 'шт',
          formula: `${ru(area)} м² × ${ru(perM2)} шт/м²`,
          norm: {
            value: String(perM2),
            unit: 'шт/м²',
            source: read.maybeNum(inputs, 'bricksPerM2') === undefined ? BRICK_TABLE_SOURCE : 'задано в смете',
          },
          net: ceil3(Number(area) * perM2),
          reservePct,
          packSize: '1',
          match: {
            categories: ['kirpich-ryadovoj', 'kirpich-silikatnyj'],
            attributes: { format },
            sale: [{ unit: 'шт' }],
          },
        },
        {
          material: 'masonry_mortar',
          name: 'Кладочная смесь (раствор)',
          unit: 'кг',
          formula: `${ru(volume)} м³ кладки × ${ru(mortarRate)} м³/м³ × ${ru(dryMix)} кг/м³`,
          norm: { value: String(mortarRate), unit: 'м³/м³', source: MORTAR_SOURCE },
          factors: [
            { name: 'Сухой смеси на 1 м³ раствора', value: String(dryMix), unit: 'кг/м³', source: DRY_MIX_SOURCE },
          ],
          net: ceil3(Number(volume) * mortarRate * dryMix),
          reservePct,
          packSize: '40',
          match: {
            categories: ['kladochnye-smesi'],
            attributes: { kind: 'раствор' },
            sale: [{ unit: 'мешок', attribute: 'bag_kg' }],
          },
        },
      ],
    };
  },
};

export const MASONRY_TEMPLATES: readonly EstimateTemplate[] = [brickWall, blockWall];
