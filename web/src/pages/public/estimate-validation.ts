/**
 * The estimate form's checks, the same the API makes (src/modules/insights/estimates/inputs.ts),
 * in Russian and as a person types: decimals with a comma, bounds with the unit, whole numbers,
 * choices, openings. No React or DOM here, so it is unit-tested on its own.
 */

/** What a template says of one input (GET /insights/estimate-templates). */
export interface InputSpec {
  name: string;
  unit: string | null;
  type: 'number' | 'integer' | 'choice' | 'openings';
  required: boolean;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  default?: unknown;
  values?: (string | number)[];
  places?: number;
}

/** One kind of opening as typed: width and height in metres, and how many. */
export interface OpeningText {
  widthM: string;
  heightM: string;
  count: string;
}

/** A form value: text for numbers and choices, rows for openings. */
export type InputText = string | OpeningText[];

export type ParsedValue = number | string | { widthM: number; heightM: number; count: number }[];

export const MAX_OPENINGS = 50;

/** «12,5», «1 250.75» → 12.5 / 1250.75; null when it is not a plain decimal. */
export function parseDecimalText(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(clean) && !/^-?\.\d+$/.test(clean)) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

function fractionDigits(text: string): number {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const dot = clean.indexOf('.');
  return dot < 0 ? 0 : clean.length - dot - 1;
}

/** A number for a message: «2,5». */
const ru = (n: number) => String(n).replace('.', ',');

function boundProblem(spec: Pick<InputSpec, 'min' | 'max' | 'minExclusive' | 'unit'>, n: number): string | null {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  if (spec.min !== undefined && (spec.minExclusive ? n <= spec.min : n < spec.min)) {
    return spec.minExclusive ? `Должно быть больше ${ru(spec.min)}${unit}` : `Не меньше ${ru(spec.min)}${unit}`;
  }
  if (spec.max !== undefined && n > spec.max) return `Не больше ${ru(spec.max)}${unit}`;
  return null;
}

/** A number typed into a number or integer input: its value, or a Russian error. */
export function checkNumber(
  spec: Pick<InputSpec, 'type' | 'min' | 'max' | 'minExclusive' | 'unit' | 'places'>,
  text: string,
): { value: number } | { error: string } {
  const n = parseDecimalText(text);
  if (n === null) return { error: 'Введите число, например 12,5' };
  if (spec.type === 'integer' && !Number.isInteger(n)) return { error: 'Введите целое число' };
  const bound = boundProblem(spec, n);
  if (bound) return { error: bound };
  const places = spec.places ?? 3;
  if (fractionDigits(text) > places) {
    return { error: places === 0 ? 'Введите целое число' : `Не больше ${places} знаков после запятой` };
  }
  return { value: n };
}

const OPENING_SIZE = { type: 'number', min: 0, minExclusive: true, max: 100, unit: 'м', places: 3 } as const;

function checkOpenings(rows: OpeningText[], path: string, errors: Record<string, string>) {
  if (rows.length > MAX_OPENINGS) {
    errors[path] = `Не больше ${MAX_OPENINGS} видов проёмов`;
    return undefined;
  }
  const out: { widthM: number; heightM: number; count: number }[] = [];
  rows.forEach((row, i) => {
    const w = checkNumber(OPENING_SIZE, row.widthM);
    const h = checkNumber(OPENING_SIZE, row.heightM);
    const c =
      row.count.trim() === ''
        ? { value: 1 }
        : checkNumber({ type: 'integer', min: 1, max: 1000, unit: null }, row.count);
    if ('error' in w) errors[`${path}.${i}.widthM`] = w.error;
    if ('error' in h) errors[`${path}.${i}.heightM`] = h.error;
    if ('error' in c) errors[`${path}.${i}.count`] = c.error;
    if ('value' in w && 'value' in h && 'value' in c) out.push({ widthM: w.value, heightM: h.value, count: c.value });
  });
  return out.length === rows.length ? out : undefined;
}

/**
 * A job's typed inputs → the inputs the API takes, and errors by input name (openings' cells as
 * `name.0.widthM`). An empty optional or defaulted input is left out: the API takes its default.
 */
export function checkJobInputs(
  specs: readonly InputSpec[],
  texts: Readonly<Record<string, InputText | undefined>>,
): { inputs: Record<string, ParsedValue>; errors: Record<string, string> } {
  const inputs: Record<string, ParsedValue> = {};
  const errors: Record<string, string> = {};
  for (const spec of specs) {
    const text = texts[spec.name];
    if (spec.type === 'openings') {
      const rows = Array.isArray(text) ? text : [];
      const parsed = checkOpenings(rows, spec.name, errors);
      if (parsed && (rows.length > 0 || spec.required)) inputs[spec.name] = parsed;
      continue;
    }
    const raw = typeof text === 'string' ? text.trim() : '';
    if (raw === '') {
      if (spec.required) errors[spec.name] = 'Заполните это поле';
      continue;
    }
    if (spec.type === 'choice') {
      const hit = (spec.values ?? []).find((v) => String(v) === raw);
      if (hit === undefined) errors[spec.name] = 'Выберите значение из списка';
      else inputs[spec.name] = hit;
      continue;
    }
    const checked = checkNumber(spec, raw);
    if ('error' in checked) errors[spec.name] = checked.error;
    else inputs[spec.name] = checked.value;
  }
  return { inputs, errors };
}

/** The text a form starts with for an input: its default, with a comma for decimals. */
export function initialText(spec: InputSpec): InputText {
  if (spec.type === 'openings') {
    const rows = Array.isArray(spec.default)
      ? (spec.default as { widthM: number; heightM: number; count: number }[])
      : [];
    return rows.map((r) => ({ widthM: ru(r.widthM), heightM: ru(r.heightM), count: String(r.count) }));
  }
  if (spec.default === undefined || spec.default === null) return '';
  return spec.type === 'choice' ? String(spec.default as string | number) : ru(Number(spec.default));
}

/** The bounds as a hint: «от 0,1 до 100 м». */
export function boundsHint(spec: Pick<InputSpec, 'min' | 'max' | 'minExclusive' | 'unit'>): string | null {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const from = spec.min === undefined ? '' : spec.minExclusive ? `больше ${ru(spec.min)}` : `от ${ru(spec.min)}`;
  const to = spec.max === undefined ? '' : `до ${ru(spec.max)}`;
  const both = [from, to].filter(Boolean).join(from.startsWith('больше') ? ', ' : ' ');
  return both ? `${both}${unit}` : null;
}
