/** An aerated-block wall on thin-bed glue (docs/domain.md, Estimates: blocks per m³ = 1/(l·h·t)). */
import { inputError, netWallArea, read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, MaterialNeed, TemplateResult } from '../model.js';
import { ceil3, round3, ru } from '../quantity.js';
import { checkDecimals } from './decimals.js';
import { OPENINGS_INPUT, normInput, sizeInput } from './common.js';

const BLOCKS_SOURCE = 'Блоков на 1 м³ кладки = 1 / (l·h·t), размеры блока в метрах (нормы TUTUU Market)';
const GLUE_SOURCE = 'Клей для газобетона: ≈ 25 кг на 1 м³ кладки при шве 2–3 мм (паспорта клеев)';
const FIRST_ROW_SOURCE =
  'Первый ряд газобетона кладут на выравнивающий цементно-песчаный раствор слоем 10–30 мм (практика)';
const DRY_MIX_SOURCE = 'Паспорта сухих кладочных смесей: 1,7–1,9 т смеси на 1 м³ раствора';
const MESH_SOURCE = 'Практика кладки газобетона: армируют первый и каждый четвёртый ряд';

/** A block size in whole millimetres (the catalog's length_mm, height_mm, thickness_mm). */
function mmInput(name: string, ru: string, en: string, max: number, dflt: number): InputSpec {
  return { name, label: { ru, en }, unit: 'мм', type: 'integer', min: 0, minExclusive: true, max, default: dflt };
}

const inputs: readonly InputSpec[] = [
  sizeInput('lengthM', 'Длина стены', 'Wall length', 'м', 1000),
  sizeInput('heightM', 'Высота стены', 'Wall height', 'м', 100),
  mmInput('thicknessMm', 'Толщина стены (блока)', 'Wall (block) thickness', 1000, 300),
  mmInput('blockLengthMm', 'Длина блока', 'Block length', 2000, 600),
  mmInput('blockHeightMm', 'Высота блока', 'Block height', 1000, 250),
  {
    name: 'density',
    label: { ru: 'Марка по плотности', en: 'Density grade' },
    unit: null,
    type: 'choice',
    values: ['D300', 'D400', 'D500', 'D600'],
    optional: true,
    defaultFrom: { ru: 'любая плотность', en: 'any density' },
  },
  OPENINGS_INPUT,
  {
    ...normInput('blocksPerM3', 'Блоков на 1 м³ кладки', 'Blocks per m³ of masonry', 'шт/м³', BLOCKS_SOURCE, 10000),
    optional: true,
    defaultFrom: { ru: '1 / (l·h·t) по размерам блока', en: '1 / (l·h·t) from the block size' },
  },
  normInput('glueKgPerM3', 'Клея на 1 м³ кладки', 'Glue per m³ of masonry', 'кг/м³', GLUE_SOURCE, 500, 25),
  normInput(
    'firstRowMortarMm',
    'Выравнивающий слой под первый ряд (0 — без него)',
    'Levelling bed under the first course (0 — none)',
    'мм',
    FIRST_ROW_SOURCE,
    50,
    20,
  ),
  normInput(
    'dryMixKgPerM3',
    'Сухой смеси на 1 м³ раствора',
    'Dry mix per m³ of mortar',
    'кг/м³',
    DRY_MIX_SOURCE,
    3000,
    1800,
  ),
  {
    name: 'meshEveryRows',
    label: { ru: 'Кладочная сетка: каждый N-й ряд (0 — без сетки)', en: 'Masonry mesh: every Nth row (0 — none)' },
    unit: null,
    type: 'integer',
    min: 0,
    max: 50,
    default: 4,
    normSource: MESH_SOURCE,
  },
  normInput('reservePct', 'Запас', 'Reserve', '%', 'Запас на бой и подрезку: 5 % (нормы TUTUU Market)', 50, 5),
];

export const blockWall: EstimateTemplate = {
  id: 'block_wall',
  title: { ru: 'Стена из газобетонных блоков', en: 'Aerated-block wall' },
  description: {
    ru: 'Кладка из газобетонных блоков на клей, за вычетом проёмов; первый ряд на растворе, кладочная сетка по желанию.',
    en: 'Aerated concrete blocks laid on thin-bed glue, less the openings; the first course on a mortar bed, masonry mesh optional.',
  },
  inputs,
  materials: ['block', 'block_glue', 'masonry_mortar', 'masonry_mesh'],
  compute(inputs): TemplateResult {
    checkDecimals(inputs, ['blocksPerM3', 'glueKgPerM3', 'firstRowMortarMm', 'dryMixKgPerM3', 'reservePct']);
    const lengthM = read.num(inputs, 'lengthM');
    const heightM = read.num(inputs, 'heightM');
    const thicknessMm = read.num(inputs, 'thicknessMm');
    const blockLengthMm = read.num(inputs, 'blockLengthMm');
    const blockHeightMm = read.num(inputs, 'blockHeightMm');
    // A block that does not fit the wall once is a typo, not a wall.
    if (blockHeightMm / 1000 > heightM) throw inputError('blockHeightMm', `taller than the wall (${heightM} m)`);
    if (blockLengthMm / 1000 > lengthM) throw inputError('blockLengthMm', `longer than the wall (${lengthM} m)`);
    const { grossAreaM2, openingsAreaM2, netAreaM2 } = netWallArea(lengthM, heightM, read.openings(inputs));
    const area = round3(netAreaM2);
    const t = thicknessMm / 1000;
    const l = blockLengthMm / 1000;
    const h = blockHeightMm / 1000;
    const volume = round3(Number(area) * t);
    const given = read.maybeNum(inputs, 'blocksPerM3');
    const glueRate = read.num(inputs, 'glueKgPerM3');
    const reservePct = String(read.num(inputs, 'reservePct'));
    const density = inputs.density === undefined ? undefined : read.str(inputs, 'density');
    const size = `${blockLengthMm}×${blockHeightMm}×${thicknessMm}`;

    const block: MaterialNeed = {
      material: 'block',
      name: `Газобетонный блок ${density ? `${density} ` : ''}${size} мм`,
      unit: 'шт',
      // Divided by the block's volume, not multiplied by its rounded inverse: 1/0.045 is no decimal.
      formula:
        given === undefined
          ? `${ru(volume)} м³ ÷ (${ru(l)} × ${ru(h)} × ${ru(t)}) м³`
          : `${ru(volume)} м³ × ${ru(given)} шт/м³`,
      norm: {
        value: given === undefined ? round3(1 / (l * h * t)) : String(given),
        unit: 'шт/м³',
        source: given === undefined ? BLOCKS_SOURCE : 'задано в смете',
      },
      net: given === undefined ? ceil3(Number(volume) / (l * h * t)) : ceil3(Number(volume) * given),
      reservePct,
      packSize: '1',
      match: {
        categories: ['gazobetonnye-bloki', 'peregorodochnye-bloki'],
        attributes: {
          length_mm: String(blockLengthMm),
          height_mm: String(blockHeightMm),
          thickness_mm: String(thicknessMm),
          ...(density ? { density } : {}),
        },
        sale: [{ unit: 'шт' }],
      },
    };
    const glue: MaterialNeed = {
      material: 'block_glue',
      name: 'Клей для газобетона',
      unit: 'кг',
      formula: `${ru(volume)} м³ × ${ru(glueRate)} кг/м³`,
      norm: { value: String(glueRate), unit: 'кг/м³', source: GLUE_SOURCE },
      net: ceil3(Number(volume) * glueRate),
      reservePct,
      packSize: '25',
      match: {
        categories: ['kladochnye-smesi'],
        attributes: { kind: 'клей' },
        sale: [{ unit: 'мешок', attribute: 'bag_kg' }],
      },
    };
    // Courses of blocks; the first and every Nth after it carry a mesh strip the wall's length.
    const rows = Math.ceil(Number((heightM / h).toFixed(9)));
    const every = read.num(inputs, 'meshEveryRows');
    const meshRows = every === 0 ? 0 : Math.ceil(rows / every);
    const lines = [block, glue];
    // The first course sits on a cement-sand bed the wall's length and thickness.
    const bedMm = read.num(inputs, 'firstRowMortarMm');
    const dryMix = read.num(inputs, 'dryMixKgPerM3');
    if (bedMm > 0) {
      lines.push({
        material: 'masonry_mortar',
        name: 'Кладочная смесь (выравнивающий слой под первый ряд)',
        unit: 'кг',
        formula: `${ru(lengthM)} м × ${ru(t)} м × ${ru(bedMm / 1000)} м × ${ru(dryMix)} кг/м³`,
        norm: { value: String(bedMm), unit: 'мм', source: FIRST_ROW_SOURCE },
        factors: [
          { name: 'Сухой смеси на 1 м³ раствора', value: String(dryMix), unit: 'кг/м³', source: DRY_MIX_SOURCE },
        ],
        net: ceil3(((lengthM * t * bedMm) / 1000) * dryMix),
        reservePct,
        packSize: '40',
        optional: true,
        match: {
          categories: ['kladochnye-smesi'],
          attributes: { kind: 'раствор' },
          sale: [{ unit: 'мешок', attribute: 'bag_kg' }],
        },
      });
    }
    if (meshRows > 0) {
      lines.push({
        material: 'masonry_mesh',
        name: 'Сетка кладочная (полоса 0,5 м)',
        unit: 'м',
        formula: `рядов с сеткой ${meshRows} из ${rows} (первый и каждый ${every}-й) × ${ru(lengthM)} м`,
        norm: { value: String(every), unit: 'ряд', source: MESH_SOURCE },
        net: ceil3(meshRows * lengthM),
        reservePct,
        packSize: '2',
        optional: true,
        match: {
          categories: ['setka'],
          attributes: { width_m: '0.5' },
          sale: [{ unit: 'лист', attribute: 'length_m' }],
        },
      });
    }
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
        { name: 'thicknessM', label: { ru: 'Толщина стены', en: 'Wall thickness' }, value: round3(t), unit: 'м' },
        { name: 'volumeM3', label: { ru: 'Объём кладки', en: 'Masonry volume' }, value: volume, unit: 'м³' },
        { name: 'rows', label: { ru: 'Рядов кладки', en: 'Courses' }, value: String(rows), unit: 'шт' },
      ],
      lines,
    };
  },
};
