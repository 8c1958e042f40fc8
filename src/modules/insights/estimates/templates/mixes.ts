/** Dry mixes laid by thickness: floor screed and wall plaster (docs/domain.md, Estimates). */
import { read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, TemplateResult } from '../model.js';
import { ceil3, round3, ru } from '../quantity.js';
import { normInput, sizeInput } from './common.js';
import { checkDecimals } from './decimals.js';

const SCREED_SOURCE = 'Готовая смесь для стяжки и наливного пола: ≈ 1,7 кг на 1 м² на 1 мм слоя (нормы TUTUU Market)';
const PLASTER_SOURCE: Record<string, string> = {
  gypsum: 'Гипсовая штукатурка: ≈ 0,9 кг на 1 м² на 1 мм слоя (нормы TUTUU Market)',
  cement: 'Цементная штукатурка: ≈ 1,7 кг на 1 м² на 1 мм слоя (нормы TUTUU Market)',
};
const PLASTER_RATE: Record<string, number> = { gypsum: 0.9, cement: 1.7 };
/** The catalog's `base` attribute of each kind, and the bag a kind usually comes in. */
const PLASTER_BASE: Record<string, string> = { gypsum: 'гипс', cement: 'цемент' };
const PLASTER_BAG: Record<string, string> = { gypsum: '30', cement: '25' };

/** Area × thickness × rate, the line every mix reads the same way. */
function mixNet(areaM2: number, thicknessMm: number, rate: number): { formula: string; net: string } {
  return {
    formula: `${ru(areaM2)} м² × ${ru(thicknessMm)} мм × ${ru(rate)} кг/(м²·мм)`,
    net: ceil3(areaM2 * thicknessMm * rate),
  };
}

const screedInputs: readonly InputSpec[] = [
  sizeInput('areaM2', 'Площадь пола', 'Floor area', 'м²', 100000),
  sizeInput('thicknessMm', 'Толщина стяжки', 'Screed thickness', 'мм', 200),
  normInput('kgPerM2PerMm', 'Расход смеси на 1 м² на 1 мм', 'Mix per m² per mm', 'кг/(м²·мм)', SCREED_SOURCE, 5, 1.7),
  normInput('reservePct', 'Запас', 'Reserve', '%', 'Запас на неровность основания: 5 % (нормы TUTUU Market)', 50, 5),
];

export const floorScreed: EstimateTemplate = {
  id: 'floor_screed',
  title: { ru: 'Стяжка пола', en: 'Floor screed' },
  description: {
    ru: 'Стяжка или наливной пол из готовой сухой смеси заданной толщины.',
    en: 'Screed or self-levelling floor of a ready dry mix, of the given thickness.',
  },
  inputs: screedInputs,
  materials: ['screed_mix'],
  compute(inputs): TemplateResult {
    checkDecimals(inputs, ['kgPerM2PerMm', 'reservePct']);
    const area = read.num(inputs, 'areaM2');
    const thickness = read.num(inputs, 'thicknessMm');
    const rate = read.num(inputs, 'kgPerM2PerMm');
    const { formula, net } = mixNet(area, thickness, rate);
    return {
      derived: [
        { name: 'areaM2', label: { ru: 'Площадь', en: 'Area' }, value: round3(area), unit: 'м²' },
        {
          name: 'volumeM3',
          label: { ru: 'Объём стяжки', en: 'Screed volume' },
          value: round3((area * thickness) / 1000),
          unit: 'м³',
        },
      ],
      lines: [
        {
          material: 'screed_mix',
          name: 'Смесь для стяжки / наливной пол',
          unit: 'кг',
          formula,
          norm: { value: String(rate), unit: 'кг/(м²·мм)', source: SCREED_SOURCE },
          net,
          reservePct: String(read.num(inputs, 'reservePct')),
          packSize: '25',
          // The layer a mix suits is a range (3–60 mm) the catalog's exact attributes cannot test.
          match: { categories: ['nalivnye-poly'], sale: [{ unit: 'мешок', attribute: 'bag_kg' }] },
        },
      ],
    };
  },
};

const plasterInputs: readonly InputSpec[] = [
  sizeInput('areaM2', 'Площадь стен', 'Wall area', 'м²', 100000),
  sizeInput('thicknessMm', 'Толщина слоя', 'Layer thickness', 'мм', 100),
  {
    name: 'kind',
    label: { ru: 'Вид штукатурки', en: 'Plaster kind' },
    unit: null,
    type: 'choice',
    values: ['gypsum', 'cement'],
    valueLabels: [
      { ru: 'гипсовая', en: 'gypsum' },
      { ru: 'цементная', en: 'cement' },
    ],
    default: 'gypsum',
  },
  {
    ...normInput(
      'kgPerM2PerMm',
      'Расход смеси на 1 м² на 1 мм',
      'Mix per m² per mm',
      'кг/(м²·мм)',
      `${PLASTER_SOURCE.gypsum}; ${PLASTER_SOURCE.cement}`,
      5,
    ),
    optional: true,
    defaultFrom: { ru: 'по виду: гипсовая 0,9, цементная 1,7', en: 'by kind: gypsum 0.9, cement 1.7' },
  },
  normInput('reservePct', 'Запас', 'Reserve', '%', 'Запас на неровность стен: 10 % (нормы TUTUU Market)', 50, 10),
];

export const wallPlaster: EstimateTemplate = {
  id: 'wall_plaster',
  title: { ru: 'Штукатурка стен', en: 'Wall plaster' },
  description: {
    ru: 'Выравнивание стен гипсовой или цементной штукатуркой заданной толщины.',
    en: 'Walls levelled with gypsum or cement plaster of the given thickness.',
  },
  inputs: plasterInputs,
  materials: ['plaster_mix'],
  compute(inputs): TemplateResult {
    checkDecimals(inputs, ['kgPerM2PerMm', 'reservePct']);
    const area = read.num(inputs, 'areaM2');
    const thickness = read.num(inputs, 'thicknessMm');
    const kind = read.str(inputs, 'kind');
    const given = read.maybeNum(inputs, 'kgPerM2PerMm');
    const rate = given ?? PLASTER_RATE[kind]!;
    const { formula, net } = mixNet(area, thickness, rate);
    return {
      derived: [{ name: 'areaM2', label: { ru: 'Площадь', en: 'Area' }, value: round3(area), unit: 'м²' }],
      lines: [
        {
          material: 'plaster_mix',
          name: kind === 'gypsum' ? 'Штукатурка гипсовая' : 'Штукатурка цементная',
          unit: 'кг',
          formula,
          norm: {
            value: String(rate),
            unit: 'кг/(м²·мм)',
            source: given === undefined ? PLASTER_SOURCE[kind]! : 'задано в смете',
          },
          net,
          reservePct: String(read.num(inputs, 'reservePct')),
          packSize: PLASTER_BAG[kind]!,
          match: {
            categories: ['shtukaturki'],
            attributes: { base: PLASTER_BASE[kind]! },
            sale: [{ unit: 'мешок', attribute: 'bag_kg' }],
          },
        },
      ],
    };
  },
};

export const MIX_TEMPLATES: readonly EstimateTemplate[] = [floorScreed, wallPlaster];
