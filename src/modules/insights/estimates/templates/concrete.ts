/**
 * Concrete and rebar lines both foundations share (docs/domain.md, Estimates: reserve 2 % on
 * concrete; a bar weighs 0.00617·d² kg/m): the inputs, the lines and how they match the catalog.
 */
import type { InputSpec, MaterialNeed } from '../model.js';
import { ceil3, round3, ru } from '../quantity.js';
import { normInput } from './common.js';

/** Grade → class, as ready-mix concrete is sold (ГОСТ 7473-2010, ГОСТ 26633-2015). */
const CONCRETE_CLASS: Record<string, string> = {
  М100: 'B7,5',
  М150: 'B12,5',
  М200: 'B15',
  М250: 'B20',
  М300: 'B22,5',
  М350: 'B25',
  М400: 'B30',
};
/** Nominal diameters of ГОСТ 34028-2016, mm. */
const REBAR_DIAMETERS = [6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40] as const;

export const VOLUME_SOURCE = 'Объём по размерам: V = (Lвнеш + Lвнутр − нахлёсты)·b·h; V = A·t (нормы TUTUU Market)';
const MASS_SOURCE = 'Масса 1 м стержня = 0,00617·d² кг (d в мм; ГОСТ 34028-2016)';
const BAR_SOURCE = 'Длина стержня в поставке: 11,7 м (ГОСТ 34028-2016: мерные 6–12 м)';
const LAP_SOURCE = 'Стык внахлёст: 40 d (СП 63.13330.2018: не менее 20 d и 250 мм; на практике 30–50 d)';
const WIRE_SOURCE = 'Вязальная проволока ≈ 1 % массы арматуры (10 кг на 1 т, практика вязки каркасов)';

export function concreteInputs(defaultGrade: string): InputSpec[] {
  return [
    {
      name: 'concreteGrade',
      label: { ru: 'Марка бетона', en: 'Concrete grade' },
      unit: null,
      type: 'choice',
      values: Object.keys(CONCRETE_CLASS),
      valueLabels: Object.entries(CONCRETE_CLASS).map(([g, c]) => ({ ru: `${g} (${c})`, en: `${g} (${c})` })),
      default: defaultGrade,
    },
    {
      name: 'rebarDiameterMm',
      label: { ru: 'Диаметр арматуры', en: 'Rebar diameter' },
      unit: 'мм',
      type: 'choice',
      values: REBAR_DIAMETERS,
      default: 12,
    },
    {
      name: 'rebarClass',
      label: { ru: 'Класс арматуры', en: 'Rebar class' },
      unit: null,
      type: 'choice',
      values: ['А500С', 'А240', 'АКП-СП'],
      valueLabels: [
        { ru: 'А500С — рифлёная сталь', en: 'A500C — ribbed steel' },
        { ru: 'А240 — гладкая сталь', en: 'A240 — plain steel' },
        { ru: 'АКП-СП — стеклопластиковая', en: 'GFRP composite' },
      ],
      default: 'А500С',
    },
  ];
}

export const rebarNormInputs: readonly InputSpec[] = [
  // Joints are counted per bar length, so a bar must have one (a stock bar is metres long).
  { ...normInput('barLengthM', 'Длина стержня', 'Bar length', 'м', BAR_SOURCE, 12, 11.7), min: 1 },
  normInput('lapDiameters', 'Нахлёст стыка, в диаметрах', 'Lap splice, in diameters', 'd', LAP_SOURCE, 100, 40),
  normInput(
    'tieWirePct',
    'Вязальная проволока, % массы арматуры',
    'Tie wire, % of rebar mass',
    '%',
    WIRE_SOURCE,
    10,
    1,
  ),
  normInput(
    'concreteReservePct',
    'Запас бетона',
    'Concrete reserve',
    '%',
    'Запас бетона: 2 % (нормы TUTUU Market)',
    50,
    2,
  ),
  normInput(
    'rebarReservePct',
    'Запас арматуры',
    'Rebar reserve',
    '%',
    'Запас на обрезки арматуры: 5 % (практика)',
    50,
    5,
  ),
];

export function concreteLine(grade: string, volume: string, formula: string, reservePct: string): MaterialNeed {
  const cls = CONCRETE_CLASS[grade] ?? '';
  return {
    material: 'concrete',
    name: `Бетон товарный ${grade} ${cls}`,
    unit: 'м³',
    formula,
    norm: { value: '1', unit: 'м³/м³', source: VOLUME_SOURCE },
    net: ceil3(Number(volume)),
    reservePct,
    // A mixer sells by half a cubic metre.
    packSize: '0.5',
    match: {
      categories: ['tovarnyj-beton'],
      // The class tells concrete from masonry mortar of the same grade.
      attributes: { strength: grade, strength_class: cls },
      sale: [{ unit: 'м³' }],
    },
  };
}

/** Mass of one metre of bar, kg, to 3 places as the line shows it: 12 mm → 0.888. */
export function kgPerM(d: number): string {
  return round3(0.00617 * d * d);
}

/** A whole number of `a / b` rounded up, without float noise (6 / 0.2 is 29.999…). */
export function ceilRatio(a: number, b: number): number {
  return Math.ceil(Number((a / b).toFixed(9)));
}

/** Joints in a run of bars of `bar` metres: one fewer than the bars (none in a run of 0). */
export function joints(runM: number, bar: number): number {
  return Math.max(0, ceilRatio(runM, bar) - 1);
}

/** The rebar line: metres of bar (sold per running metre) and, from it, the tie wire by mass. */
export function rebarLines(
  d: number,
  rebarClass: string,
  runM: number,
  runFormula: string,
  laps: number,
  lapDiameters: number,
  reservePct: string,
  wirePct: number,
): { lines: MaterialNeed[]; lengthM: string; massKg: string } {
  const lapM = (lapDiameters * d) / 1000;
  const lengthM = ceil3(runM + laps * lapM);
  const perM = kgPerM(d);
  const massKg = round3(Number(lengthM) * Number(perM));
  const rebar: MaterialNeed = {
    material: 'rebar',
    name: `Арматура ${rebarClass} ⌀${d} мм`,
    unit: 'м',
    formula: `${runFormula} + ${laps} нахлёстов × ${ru(lapM)} м (${ru(lapDiameters)} d); масса ${ru(lengthM)} м × 0,00617 × ${d}² = ${ru(lengthM)} м × ${ru(perM)} кг/м = ${ru(massKg)} кг`,
    norm: { value: String(lapDiameters), unit: 'd', source: LAP_SOURCE },
    factors: [{ name: 'Масса 1 м стержня', value: perM, unit: 'кг/м', source: MASS_SOURCE }],
    net: lengthM,
    reservePct,
    packSize: '1',
    match: {
      categories: ['armatura'],
      attributes: { diameter_mm: String(d), class: rebarClass },
      sale: [{ unit: 'пог. м' }],
    },
  };
  const wire: MaterialNeed = {
    material: 'tie_wire',
    name: 'Проволока вязальная',
    unit: 'кг',
    formula: `${ru(massKg)} кг арматуры × ${ru(wirePct)} %`,
    norm: { value: String(wirePct), unit: '%', source: WIRE_SOURCE },
    net: ceil3((Number(massKg) * wirePct) / 100),
    reservePct,
    packSize: '1',
    match: { categories: ['provoloka'], sale: [{ unit: 'кг' }] },
  };
  return { lines: [rebar, wire], lengthM, massKg };
}
