/** Finishes by area: tiling, painting, laminate (docs/domain.md, Estimates: norms of finishes). */
import { read } from '../inputs.js';
import type { EstimateTemplate, InputSpec, TemplateResult } from '../model.js';
import { ceil3, round3, ru, withReserve } from '../quantity.js';
import { normInput, sizeInput } from './common.js';

const LAYOUT_INPUT: InputSpec = {
  name: 'layout',
  label: { ru: 'Раскладка', en: 'Layout' },
  unit: null,
  type: 'choice',
  values: ['straight', 'diagonal'],
  valueLabels: [
    { ru: 'прямая', en: 'straight' },
    { ru: 'диагональная', en: 'diagonal' },
  ],
  default: 'straight',
};

/** An optional reserve whose default depends on the layout (waste on cuts). */
function layoutReserve(source: string, straight: number, diagonal: number): InputSpec {
  return {
    ...normInput('reservePct', 'Запас на подрезку', 'Cutting reserve', '%', source, 50),
    optional: true,
    defaultFrom: {
      ru: `по раскладке: прямая ${straight} %, диагональная ${diagonal} %`,
      en: `by layout: straight ${straight} %, diagonal ${diagonal} %`,
    },
  };
}

const layoutPct = (layout: string, straight: number, diagonal: number): number =>
  layout === 'diagonal' ? diagonal : straight;

// ---- tiling ----

const TILE_RESERVE_SOURCE = 'Запас плитки на подрезку: 10 % прямая, 15 % диагональная (нормы TUTUU Market)';
const ADHESIVE_SOURCE = 'Ceresit CM 11: ≈ 4,2 кг/м² при зубчатом шпателе 10 мм (нормы TUTUU Market)';
const GROUT_SOURCE = 'Расход затирки = (L + W) ÷ (L × W) × глубина шва × ширина шва × плотность (Ceresit)';
const GROUT_DENSITY_SOURCE = 'Плотность цементной затирки ≈ 1,6 кг/дм³ (Ceresit CE 33)';

const tilingInputs: readonly InputSpec[] = [
  sizeInput('areaM2', 'Площадь облицовки', 'Area to tile', 'м²', 10000),
  { ...sizeInput('tileLengthMm', 'Длина плитки', 'Tile length', 'мм', 3000, 300), min: 10, minExclusive: false },
  { ...sizeInput('tileWidthMm', 'Ширина плитки', 'Tile width', 'мм', 3000, 300), min: 10, minExclusive: false },
  LAYOUT_INPUT,
  sizeInput('tileThicknessMm', 'Толщина плитки (глубина шва)', 'Tile thickness (joint depth)', 'мм', 30, 8),
  sizeInput('jointWidthMm', 'Ширина шва', 'Joint width', 'мм', 20, 2),
  layoutReserve(TILE_RESERVE_SOURCE, 10, 15),
  normInput('adhesiveKgPerM2', 'Клея на 1 м²', 'Adhesive per m²', 'кг/м²', ADHESIVE_SOURCE, 30, 4.2),
  normInput('groutDensityKgPerDm3', 'Плотность затирки', 'Grout density', 'кг/дм³', GROUT_DENSITY_SOURCE, 5, 1.6),
  normInput(
    'adhesiveReservePct',
    'Запас клея',
    'Adhesive reserve',
    '%',
    'Запас клея на неровности основания: 5 %',
    50,
    5,
  ),
  normInput('groutReservePct', 'Запас затирки', 'Grout reserve', '%', 'Коэффициент потерь затирки 1,1: 10 %', 50, 10),
];

export const tiling: EstimateTemplate = {
  id: 'tiling',
  title: { ru: 'Облицовка плиткой', en: 'Tiling' },
  description: {
    ru: 'Облицовка пола или стен керамической плиткой или керамогранитом на клей, с затиркой швов.',
    en: 'Ceramic or porcelain tiles laid on adhesive, joints grouted.',
  },
  inputs: tilingInputs,
  materials: ['tile', 'tile_adhesive', 'grout'],
  compute(inputs): TemplateResult {
    const area = round3(read.num(inputs, 'areaM2'));
    const lengthMm = read.num(inputs, 'tileLengthMm');
    const widthMm = read.num(inputs, 'tileWidthMm');
    const layout = read.str(inputs, 'layout');
    const thicknessMm = read.num(inputs, 'tileThicknessMm');
    const jointMm = read.num(inputs, 'jointWidthMm');
    const reserve = read.maybeNum(inputs, 'reservePct') ?? layoutPct(layout, 10, 15);
    const adhesive = read.num(inputs, 'adhesiveKgPerM2');
    const density = read.num(inputs, 'groutDensityKgPerDm3');
    const reservePct = round3(reserve);
    const tileArea = round3((lengthMm * widthMm) / 1e6);
    // Tiles to buy in m² (the line's quantity) and, for the reader, in pieces: ÷ the exact tile area.
    const tilesM2 = withReserve(area, reservePct);
    const tileCount = Math.ceil(Number(((Number(tilesM2) * 1e6) / (lengthMm * widthMm)).toFixed(6)));
    // Grout per m² in kg: (L + W) / (L × W) × depth × joint × density, sizes in mm, density in kg/dm³.
    const groutPerM2 = round3(((lengthMm + widthMm) / (lengthMm * widthMm)) * thicknessMm * jointMm * density);
    // The catalog writes a tile's size either way round (200×300, 1195×600): match the longer side as length.
    const [longMm, shortMm] = lengthMm >= widthMm ? [lengthMm, widthMm] : [widthMm, lengthMm];
    // As a box writes it: «1195×600», no thousands gap.
    const size = `${String(lengthMm).replace('.', ',')}×${String(widthMm).replace('.', ',')}`;
    return {
      derived: [
        { name: 'areaM2', label: { ru: 'Площадь облицовки', en: 'Area' }, value: area, unit: 'м²' },
        { name: 'tileAreaM2', label: { ru: 'Площадь плитки', en: 'Tile area' }, value: tileArea, unit: 'м²' },
        {
          name: 'tileCount',
          label: { ru: 'Плиток с запасом', en: 'Tiles with reserve' },
          value: String(tileCount),
          unit: 'шт',
        },
        { name: 'groutKgPerM2', label: { ru: 'Расход затирки', en: 'Grout use' }, value: groutPerM2, unit: 'кг/м²' },
      ],
      lines: [
        {
          material: 'tile',
          name: `Плитка ${size} мм`,
          unit: 'м²',
          formula:
            `${ru(area)} м² × (1 + ${ru(reservePct)} %) = ${ru(tilesM2)} м² ÷ ${ru((lengthMm * widthMm) / 1e6, 6)} м² ` +
            `≈ ${tileCount} шт ${size} мм`,
          norm: {
            value: reservePct,
            unit: '%',
            source: read.maybeNum(inputs, 'reservePct') === undefined ? TILE_RESERVE_SOURCE : 'задано в смете',
          },
          net: area,
          reservePct,
          packSize: '1.44',
          match: {
            categories: ['keramogranit', 'plitka-nastennaya', 'plitka-napolnaya'],
            attributes: { length_mm: String(longMm), width_mm: String(shortMm) },
            sale: [{ unit: 'м²' }],
          },
        },
        {
          material: 'tile_adhesive',
          name: 'Клей для плитки',
          unit: 'кг',
          formula: `${ru(area)} м² × ${ru(adhesive)} кг/м²`,
          norm: { value: String(adhesive), unit: 'кг/м²', source: ADHESIVE_SOURCE },
          net: ceil3(Number(area) * adhesive),
          reservePct: round3(read.num(inputs, 'adhesiveReservePct')),
          packSize: '25',
          match: { categories: ['plitochnyj-klej'], sale: [{ unit: 'мешок', attribute: 'bag_kg' }] },
        },
        {
          material: 'grout',
          name: 'Затирка для швов',
          unit: 'кг',
          formula:
            `${ru(area)} м² × (${ru(lengthMm)} + ${ru(widthMm)}) ÷ (${ru(lengthMm)} × ${ru(widthMm)}) × ` +
            `${ru(thicknessMm)} мм × ${ru(jointMm)} мм × ${ru(density)} кг/дм³ = ${ru(area)} м² × ${ru(groutPerM2)} кг/м²`,
          norm: { value: groutPerM2, unit: 'кг/м²', source: GROUT_SOURCE },
          factors: [
            { name: 'Плотность затирки', value: String(density), unit: 'кг/дм³', source: GROUT_DENSITY_SOURCE },
          ],
          net: ceil3(Number(area) * Number(groutPerM2)),
          reservePct: round3(read.num(inputs, 'groutReservePct')),
          packSize: '2',
          match: { categories: ['zatirki'], sale: [{ unit: 'шт', attribute: 'pack_kg' }] },
        },
      ],
    };
  },
};

// ---- painting ----

const SPREAD_SOURCE = 'Расход краски за один слой: 1 л на 10 м² (паспорта интерьерных красок; нормы TUTUU Market)';
const PRIMER_SOURCE = 'Грунтовка глубокого проникновения, один слой: 0,1–0,2 л/м² (Ceresit CT 17), берём 0,15';
const PAINT_KIND = { interior: 'kraski-interernye', facade: 'kraski-fasadnye' } as const;

const paintingInputs: readonly InputSpec[] = [
  sizeInput('areaM2', 'Площадь окраски', 'Area to paint', 'м²', 100000),
  {
    name: 'coats',
    label: { ru: 'Слоёв краски', en: 'Coats' },
    unit: null,
    type: 'integer',
    min: 1,
    max: 5,
    default: 2,
  },
  normInput('spreadLPerM2', 'Расход краски на слой', 'Paint per coat', 'л/м²', SPREAD_SOURCE, 2, 0.1),
  {
    name: 'paintKind',
    label: { ru: 'Краска', en: 'Paint' },
    unit: null,
    type: 'choice',
    values: ['interior', 'facade'],
    valueLabels: [
      { ru: 'интерьерная', en: 'interior' },
      { ru: 'фасадная', en: 'facade' },
    ],
    default: 'interior',
  },
  normInput('primerLPerM2', 'Расход грунтовки (один слой)', 'Primer (one coat)', 'л/м²', PRIMER_SOURCE, 2, 0.15),
  normInput('reservePct', 'Запас', 'Reserve', '%', 'Запас краски и грунтовки: 5 % (нормы TUTUU Market)', 50, 5),
];

export const painting: EstimateTemplate = {
  id: 'painting',
  title: { ru: 'Окраска', en: 'Painting' },
  description: {
    ru: 'Окраска стен или потолка в несколько слоёв по грунтовке (один слой грунтовки).',
    en: 'Walls or ceilings painted in several coats over one coat of primer.',
  },
  inputs: paintingInputs,
  materials: ['paint', 'primer'],
  compute(inputs): TemplateResult {
    const area = round3(read.num(inputs, 'areaM2'));
    const coats = read.num(inputs, 'coats');
    const spread = read.num(inputs, 'spreadLPerM2');
    const primer = read.num(inputs, 'primerLPerM2');
    const kind = read.str(inputs, 'paintKind') as keyof typeof PAINT_KIND;
    const reservePct = round3(read.num(inputs, 'reservePct'));
    return {
      derived: [{ name: 'areaM2', label: { ru: 'Площадь окраски', en: 'Area' }, value: area, unit: 'м²' }],
      lines: [
        {
          material: 'paint',
          name: kind === 'facade' ? 'Краска фасадная' : 'Краска интерьерная',
          unit: 'л',
          formula: `${ru(area)} м² × ${coats} сл. × ${ru(spread)} л/м²`,
          norm: { value: String(spread), unit: 'л/м²', source: SPREAD_SOURCE },
          net: ceil3(Number(area) * coats * spread),
          reservePct,
          packSize: '9',
          match: { categories: [PAINT_KIND[kind]], sale: [{ unit: 'л' }] },
        },
        {
          material: 'primer',
          name: 'Грунтовка глубокого проникновения',
          unit: 'л',
          formula: `${ru(area)} м² × 1 сл. × ${ru(primer)} л/м²`,
          norm: { value: String(primer), unit: 'л/м²', source: PRIMER_SOURCE },
          net: ceil3(Number(area) * primer),
          reservePct,
          packSize: '10',
          match: { categories: ['gruntovki'], sale: [{ unit: 'л' }] },
        },
      ],
    };
  },
};

// ---- laminate ----

const LAMINATE_RESERVE_SOURCE = 'Запас ламината на подрезку: 7 % прямая, 15 % диагональная (нормы TUTUU Market)';
const UNDERLAY_RESERVE_SOURCE = 'Запас подложки на подрезку у стен: 5 % (стыки встык, без нахлёста)';
/** Pack area without a chosen product: Tarkett / Kronostar 8 mm, 2.131 m² per pack. */
const DEFAULT_PACK_M2 = '2.131';

const laminateInputs: readonly InputSpec[] = [
  sizeInput('areaM2', 'Площадь пола', 'Floor area', 'м²', 10000),
  LAYOUT_INPUT,
  {
    ...sizeInput('packAreaM2', 'Площадь в упаковке', 'Area per pack', 'м²', 10),
    places: 6,
    min: 0.1,
    minExclusive: false,
    optional: true,
    defaultFrom: {
      ru: `по выбранному товару (без товара ${ru(DEFAULT_PACK_M2)} м²)`,
      en: `from the chosen product (${DEFAULT_PACK_M2} m² without one)`,
    },
  },
  {
    name: 'laminateClass',
    label: { ru: 'Класс износостойкости', en: 'Wear class' },
    unit: null,
    type: 'choice',
    values: [31, 32, 33, 34],
    optional: true,
    defaultFrom: { ru: 'любой', en: 'any' },
  },
  layoutReserve(LAMINATE_RESERVE_SOURCE, 7, 15),
  normInput('underlayReservePct', 'Запас подложки', 'Underlay reserve', '%', UNDERLAY_RESERVE_SOURCE, 50, 5),
];

export const laminate: EstimateTemplate = {
  id: 'laminate',
  title: { ru: 'Ламинат', en: 'Laminate flooring' },
  description: {
    ru: 'Настил ламината на подложку, прямой или диагональной раскладкой.',
    en: 'Laminate laid on an underlay, straight or diagonal.',
  },
  inputs: laminateInputs,
  materials: ['laminate', 'underlay'],
  compute(inputs): TemplateResult {
    const area = round3(read.num(inputs, 'areaM2'));
    const layout = read.str(inputs, 'layout');
    const given = read.maybeNum(inputs, 'packAreaM2');
    const klass = inputs.laminateClass === undefined ? undefined : read.str(inputs, 'laminateClass');
    const reserve = round3(read.maybeNum(inputs, 'reservePct') ?? layoutPct(layout, 7, 15));
    // A pack area the user gives picks the products that come in it; packs are counted in
    // thousandths of m², rounded down (a pack never counts for more than it holds).
    const packSize =
      given === undefined ? DEFAULT_PACK_M2 : round3(Math.floor(Number((given * 1000).toFixed(6))) / 1000);
    const attributes: Record<string, string> = {};
    if (given !== undefined) attributes.pack_area_m2 = String(given);
    if (klass !== undefined) attributes.class = klass;
    return {
      derived: [{ name: 'areaM2', label: { ru: 'Площадь пола', en: 'Floor area' }, value: area, unit: 'м²' }],
      lines: [
        {
          material: 'laminate',
          name: klass === undefined ? 'Ламинат' : `Ламинат ${klass} класса`,
          unit: 'м²',
          formula: `${ru(area)} м² × (1 + ${ru(reserve)} %) ÷ ${ru(packSize)} м² в упаковке`,
          norm: {
            value: reserve,
            unit: '%',
            source: read.maybeNum(inputs, 'reservePct') === undefined ? LAMINATE_RESERVE_SOURCE : 'задано в смете',
          },
          net: area,
          reservePct: reserve,
          packSize,
          match: { categories: ['laminat'], attributes, sale: [{ unit: 'м²' }] },
        },
        {
          material: 'underlay',
          name: 'Подложка под ламинат',
          unit: 'м²',
          formula: `${ru(area)} м² пола`,
          norm: { value: '1', unit: 'м²/м²', source: 'Подложка на всю площадь пола' },
          net: area,
          reservePct: round3(read.num(inputs, 'underlayReservePct')),
          packSize: '25',
          match: {
            categories: ['podlozhka'],
            sale: [
              { unit: 'рулон', attribute: 'area_m2' },
              { unit: 'упак', attribute: 'area_m2' },
            ],
          },
        },
      ],
    };
  },
};

export const SURFACE_TEMPLATES: readonly EstimateTemplate[] = [tiling, painting, laminate];
