/** A pitched roof (metal tile or ondulin) and insulation by volume (docs/domain.md, Estimates). */
import { inputError, read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, MaterialNeed, TemplateResult } from '../model.js';
import { ceil3, round3, ru } from '../quantity.js';
import { normInput, sizeInput } from './common.js';

const METAL_WIDTH_SOURCE = 'Металлочерепица Монтеррей: ширина листа 1180 мм, полезная 1100 мм (нормы TUTUU Market)';
const METAL_SCREWS_SOURCE =
  'Инструкции по монтажу металлочерепицы (Металл Профиль, Grand Line): 6–8 саморезов на 1 м², берём 8';
const ONDULIN_AREA_SOURCE =
  'Ондулин Классик 2000×950 мм: полезная площадь листа 1,6 м² при уклоне от 10° (инструкция Ондулин; при меньшем уклоне нахлёсты больше — задайте свою)';
const ONDULIN_NAILS_SOURCE = 'Инструкция Ондулин: 20 гвоздей на лист';
const MEMBRANE_SOURCE = 'Нахлёст полотен мембраны 15 см при ширине рулона 1,6 м: ≈ 10 % (Изоспан)';
/** The least slope each covering's maker allows. */
const MIN_SLOPE = { metal_tile: 14, ondulin: 5 } as const;
type Covering = keyof typeof MIN_SLOPE;

/** A norm input above zero (a width, an area per sheet): 0 would divide by nothing. */
const positiveNorm = (spec: InputSpec): InputSpec => ({ ...spec, minExclusive: true });

const roofInputs: readonly InputSpec[] = [
  sizeInput(
    'planLengthM',
    'Длина дома в плане (вдоль конька, со свесами)',
    'Plan length (along the ridge, with overhangs)',
    'м',
    200,
  ),
  sizeInput('planWidthM', 'Ширина дома в плане (со свесами)', 'Plan width (with overhangs)', 'м', 100),
  sizeInput('slopeDeg', 'Уклон кровли', 'Roof slope', '°', 80, 30),
  {
    ...sizeInput('eaveLengthM', 'Длина карниза ската', 'Eave length of a slope', 'м', 200),
    optional: true,
    defaultFrom: { ru: 'длина дома в плане', en: 'the plan length' },
  },
  {
    name: 'covering',
    label: { ru: 'Покрытие', en: 'Covering' },
    unit: null,
    type: 'choice',
    values: ['metal_tile', 'ondulin'],
    valueLabels: [
      { ru: 'металлочерепица', en: 'metal tile' },
      { ru: 'ондулин', en: 'ondulin' },
    ],
    default: 'metal_tile',
  },
  {
    name: 'slopes',
    label: { ru: 'Скатов', en: 'Slopes' },
    unit: null,
    type: 'choice',
    values: [1, 2],
    valueLabels: [
      { ru: 'односкатная', en: 'shed' },
      { ru: 'двускатная', en: 'gable' },
    ],
    default: 2,
  },
  positiveNorm(
    normInput(
      'usefulWidthM',
      'Полезная ширина листа металлочерепицы',
      'Metal tile useful width',
      'м',
      METAL_WIDTH_SOURCE,
      2,
      1.1,
    ),
  ),
  positiveNorm(
    normInput(
      'sheetWidthM',
      'Полная ширина листа металлочерепицы',
      'Metal tile full width',
      'м',
      METAL_WIDTH_SOURCE,
      2,
      1.18,
    ),
  ),
  normInput('screwsPerM2', 'Саморезов на 1 м² кровли', 'Screws per m² of roof', 'шт/м²', METAL_SCREWS_SOURCE, 50, 8),
  positiveNorm(
    normInput(
      'ondulinUsefulAreaM2',
      'Полезная площадь листа ондулина',
      'Ondulin sheet useful area',
      'м²',
      ONDULIN_AREA_SOURCE,
      5,
      1.6,
    ),
  ),
  normInput(
    'nailsPerSheet',
    'Гвоздей на лист ондулина',
    'Nails per ondulin sheet',
    'шт/лист',
    ONDULIN_NAILS_SOURCE,
    100,
    20,
  ),
  {
    ...normInput(
      'coveringReservePct',
      'Запас покрытия',
      'Covering reserve',
      '%',
      'Листы металлочерепицы режут по длине ската: 0 %; ондулин на подрезку: 10 %',
      50,
    ),
    optional: true,
    defaultFrom: { ru: 'металлочерепица 0 %, ондулин 10 %', en: 'metal tile 0 %, ondulin 10 %' },
  },
  normInput('fastenerReservePct', 'Запас крепежа', 'Fastener reserve', '%', 'Запас крепежа на потери: 5 %', 50, 5),
  normInput('membraneOverlapPct', 'Нахлёст мембраны', 'Membrane overlap', '%', MEMBRANE_SOURCE, 50, 10),
];

export const pitchedRoof: EstimateTemplate = {
  id: 'pitched_roof',
  title: { ru: 'Скатная кровля', en: 'Pitched roof' },
  description: {
    ru: 'Односкатная или двускатная кровля из металлочерепицы или ондулина с гидроизоляционной мембраной; площадь ската = площадь в плане ÷ cos(уклона).',
    en: 'A shed or gable roof of metal tile or ondulin over a waterproofing membrane; roof area = plan area ÷ cos(slope).',
  },
  inputs: roofInputs,
  materials: ['roof_sheet', 'screws', 'membrane'],
  compute(inputs): TemplateResult {
    const planL = read.num(inputs, 'planLengthM');
    const planW = read.num(inputs, 'planWidthM');
    const slopeDeg = read.num(inputs, 'slopeDeg');
    const eave = read.maybeNum(inputs, 'eaveLengthM') ?? planL;
    const covering = read.str(inputs, 'covering') as Covering;
    const slopes = read.num(inputs, 'slopes');
    if (slopeDeg < MIN_SLOPE[covering]) {
      throw inputError('slopeDeg', `${covering} needs a slope of at least ${MIN_SLOPE[covering]}°`);
    }
    const cos = Math.cos((slopeDeg * Math.PI) / 180);
    const planArea = round3(planL * planW);
    const roofArea = round3(Number(planArea) / cos);
    const slopeLength = round3(planW / slopes / cos);
    const fastenerReserve = round3(read.num(inputs, 'fastenerReservePct'));
    const reserveGiven = read.maybeNum(inputs, 'coveringReservePct');
    const coveringReserve = round3(reserveGiven ?? (covering === 'ondulin' ? 10 : 0));
    const derived = [
      { name: 'planAreaM2', label: { ru: 'Площадь в плане', en: 'Plan area' }, value: planArea, unit: 'м²' },
      { name: 'roofAreaM2', label: { ru: 'Площадь кровли', en: 'Roof area' }, value: roofArea, unit: 'м²' },
      { name: 'slopeLengthM', label: { ru: 'Длина ската', en: 'Slope length' }, value: slopeLength, unit: 'м' },
    ];
    const lines: MaterialNeed[] = [];
    if (covering === 'metal_tile') {
      const useful = read.num(inputs, 'usefulWidthM');
      const width = read.num(inputs, 'sheetWidthM');
      const perM2 = read.num(inputs, 'screwsPerM2');
      const perRow = Math.ceil(Number((eave / useful).toFixed(6)));
      derived.push(
        {
          name: 'sheetsPerRow',
          label: { ru: 'Листов в ряду', en: 'Sheets per row' },
          value: String(perRow),
          unit: 'шт',
        },
        { name: 'sheetCount', label: { ru: 'Листов всего', en: 'Sheets' }, value: String(perRow * slopes), unit: 'шт' },
      );
      lines.push(
        {
          material: 'roof_sheet',
          name: 'Металлочерепица',
          unit: 'м²',
          formula:
            `⌈${ru(eave)} м ÷ ${ru(useful)} м⌉ = ${perRow} лист. в ряду × ${slopes} скат. × ` +
            `${ru(slopeLength)} м длина листа × ${ru(width)} м ширина листа`,
          norm: { value: String(useful), unit: 'м', source: METAL_WIDTH_SOURCE },
          factors: [{ name: 'Полная ширина листа', value: String(width), unit: 'м', source: METAL_WIDTH_SOURCE }],
          net: ceil3(perRow * slopes * Number(slopeLength) * width),
          reservePct: coveringReserve,
          packSize: '1',
          match: {
            categories: ['metallocherepica'],
            attributes: { useful_width_mm: String(Math.round(useful * 1000)) },
            sale: [{ unit: 'м²' }],
          },
        },
        {
          material: 'screws',
          name: 'Саморезы кровельные',
          unit: 'шт',
          formula: `${ru(roofArea)} м² × ${ru(perM2)} шт/м²`,
          norm: { value: String(perM2), unit: 'шт/м²', source: METAL_SCREWS_SOURCE },
          net: ceil3(Number(roofArea) * perM2),
          reservePct: fastenerReserve,
          packSize: '250',
          match: {
            categories: ['samorezy'],
            attributes: { purpose: 'кровля' },
            sale: [{ unit: 'упак', attribute: 'pcs_per_pack' }],
          },
        },
      );
    } else {
      const usefulArea = read.num(inputs, 'ondulinUsefulAreaM2');
      const nails = read.num(inputs, 'nailsPerSheet');
      const sheets = ceil3(Number(roofArea) / usefulArea);
      lines.push(
        {
          material: 'roof_sheet',
          name: 'Ондулин 2000×950 мм',
          unit: 'лист',
          formula: `${ru(roofArea)} м² ÷ ${ru(usefulArea)} м² полезной площади листа`,
          norm: { value: String(usefulArea), unit: 'м²/лист', source: ONDULIN_AREA_SOURCE },
          net: sheets,
          reservePct: coveringReserve,
          packSize: '1',
          match: {
            categories: ['ondulin'],
            attributes: { length_mm: '2000', width_mm: '950' },
            sale: [{ unit: 'лист' }],
          },
        },
        {
          material: 'screws',
          name: 'Гвозди для ондулина',
          unit: 'шт',
          formula: `${ru(sheets)} лист. × ${ru(nails)} шт/лист`,
          norm: { value: String(nails), unit: 'шт/лист', source: ONDULIN_NAILS_SOURCE },
          net: ceil3(Number(sheets) * nails),
          reservePct: fastenerReserve,
          packSize: '100',
          // Only the nails are sold by the pack of pieces in the ondulin category.
          match: { categories: ['ondulin'], sale: [{ unit: 'упак', attribute: 'pcs_per_pack' }] },
        },
      );
    }
    lines.push({
      material: 'membrane',
      name: 'Гидроизоляционная мембрана для кровли',
      unit: 'м²',
      formula: `${ru(roofArea)} м² кровли + ${ru(read.num(inputs, 'membraneOverlapPct'))} % на нахлёст`,
      norm: { value: round3(read.num(inputs, 'membraneOverlapPct')), unit: '%', source: MEMBRANE_SOURCE },
      net: roofArea,
      reservePct: round3(read.num(inputs, 'membraneOverlapPct')),
      packSize: '70',
      match: {
        categories: ['plenki-i-membrany'],
        attributes: { purpose: 'кровля' },
        sale: [{ unit: 'рулон', attribute: 'roll_area_m2' }],
      },
    });
    return { derived, lines };
  },
};

// ---- insulation ----

const KINDS = {
  mineral_wool: { categories: ['kamennaya-vata', 'steklovata'], name: 'Утеплитель минераловатный' },
  xps: { categories: ['ekstrudirovannyj-penopolistirol'], name: 'Экструдированный пенополистирол' },
} as const;
/** Pack volume without a chosen product: Rockwool Лайт Баттс 1000×600, 0.36 m³. */
const DEFAULT_PACK_M3 = '0.36';

const insulationInputs: readonly InputSpec[] = [
  sizeInput('areaM2', 'Площадь утепления', 'Area to insulate', 'м²', 100000),
  sizeInput('thicknessMm', 'Толщина утеплителя', 'Insulation thickness', 'мм', 1000, 100),
  {
    ...sizeInput('packVolumeM3', 'Объём упаковки', 'Pack volume', 'м³', 10),
    places: 6,
    min: 0.001,
    minExclusive: false,
    optional: true,
    defaultFrom: {
      ru: `по выбранному товару (без товара ${ru(DEFAULT_PACK_M3)} м³)`,
      en: `from the chosen product (${DEFAULT_PACK_M3} m³ without one)`,
    },
  },
  {
    name: 'kind',
    label: { ru: 'Материал', en: 'Material' },
    unit: null,
    type: 'choice',
    values: ['mineral_wool', 'xps'],
    valueLabels: [
      { ru: 'минеральная вата', en: 'mineral wool' },
      { ru: 'экструдированный пенополистирол', en: 'extruded polystyrene' },
    ],
    default: 'mineral_wool',
  },
  normInput('reservePct', 'Запас', 'Reserve', '%', 'Утеплитель: объём × 1,05 (нормы TUTUU Market)', 50, 5),
];

export const insulation: EstimateTemplate = {
  id: 'insulation',
  title: { ru: 'Утепление', en: 'Insulation' },
  description: {
    ru: 'Утеплитель плитами или рулонами на площадь заданной толщины; упаковки по объёму.',
    en: 'Insulation boards or rolls over an area at a given thickness; packs by volume.',
  },
  inputs: insulationInputs,
  materials: ['insulation'],
  compute(inputs): TemplateResult {
    const area = round3(read.num(inputs, 'areaM2'));
    const thicknessMm = read.num(inputs, 'thicknessMm');
    const pack = read.maybeNum(inputs, 'packVolumeM3');
    const kind = KINDS[read.str(inputs, 'kind') as keyof typeof KINDS];
    const volume = round3(Number(area) * (thicknessMm / 1000));
    // Packs are counted in thousandths of m³: a 0.7137 m³ pack counts as 0.713, never more than it holds.
    const packSize = pack === undefined ? DEFAULT_PACK_M3 : round3(Math.floor(Number((pack * 1000).toFixed(6))) / 1000);
    const attributes: Record<string, string> = { thickness_mm: String(thicknessMm) };
    if (pack !== undefined) attributes.pack_volume_m3 = String(pack);
    return {
      derived: [
        { name: 'areaM2', label: { ru: 'Площадь утепления', en: 'Area' }, value: area, unit: 'м²' },
        { name: 'volumeM3', label: { ru: 'Объём утеплителя', en: 'Insulation volume' }, value: volume, unit: 'м³' },
      ],
      lines: [
        {
          material: 'insulation',
          name: `${kind.name} ${ru(thicknessMm)} мм`,
          unit: 'м³',
          formula: `${ru(area)} м² × ${ru(thicknessMm / 1000)} м`,
          norm: { value: String(thicknessMm), unit: 'мм', source: 'Объём = площадь × толщина (нормы TUTUU Market)' },
          net: volume,
          reservePct: round3(read.num(inputs, 'reservePct')),
          packSize,
          match: {
            categories: kind.categories,
            attributes,
            sale: [
              { unit: 'упак', attribute: 'pack_volume_m3' },
              { unit: 'рулон', attribute: 'pack_volume_m3' },
            ],
          },
        },
      ],
    };
  },
};

export const ROOF_TEMPLATES: readonly EstimateTemplate[] = [pitchedRoof, insulation];
