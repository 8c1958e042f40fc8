/**
 * Checks a job's inputs against its template: unknown names, types, bounds and choices are a 400
 * naming the input (`jobs.2.inputs.heightM`); missing inputs take the template's defaults.
 */
import { ValidationError, type FieldError } from '../../../shared/errors.js';
import type { EstimateTemplate, InputSpec, InputValue, Inputs, Opening } from './model.js';

/** The most openings one wall may list: a wall, not a façade inventory. */
export const MAX_OPENINGS = 50;

/** Thrown by a template's `compute` for a check between inputs; the caller prefixes the job's path. */
export class InputError extends ValidationError {
  constructor(errors: FieldError[]) {
    super(errors);
  }
}

export function inputError(path: string, message: string): InputError {
  return new InputError([{ path, message }]);
}

/** Parsed inputs with defaults, or a ValidationError whose paths start with `prefix`. */
export function parseInputs(template: EstimateTemplate, raw: unknown, prefix: string): Inputs {
  const errors: FieldError[] = [];
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    throw new ValidationError([{ path: prefix, message: 'must be an object of the template inputs' }]);
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  const known = new Set(template.inputs.map((i) => i.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      errors.push({
        path: `${prefix}.${name}`,
        message: `unknown input of ${template.id}; known: ${[...known].join(', ')}`,
      });
    }
  }
  const out: Record<string, InputValue> = {};
  for (const spec of template.inputs) {
    const value = given[spec.name];
    const path = `${prefix}.${spec.name}`;
    if (value === undefined || value === null) {
      if (spec.optional) continue;
      if (spec.default === undefined) errors.push({ path, message: 'required' });
      else out[spec.name] = spec.default;
      continue;
    }
    const parsed = parseOne(spec, value, path, errors);
    if (parsed !== undefined) out[spec.name] = parsed;
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return Object.freeze(out);
}

function parseOne(spec: InputSpec, value: unknown, path: string, errors: FieldError[]): InputValue | undefined {
  if (spec.type === 'openings') return parseOpenings(value, path, errors);
  if (spec.type === 'choice') {
    const values = spec.values ?? [];
    // A number choice may come as a string ('1.5') and a string choice as a number (thicknessBricks).
    const hit = values.find((v) => v === value || String(v) === String(value));
    if (hit === undefined) {
      errors.push({ path, message: `must be one of ${values.join(', ')}` });
      return undefined;
    }
    return hit;
  }
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    errors.push({ path, message: 'must be a number' });
    return undefined;
  }
  if (spec.type === 'integer' && !Number.isInteger(n)) {
    errors.push({ path, message: 'must be a whole number' });
    return undefined;
  }
  const problem = boundProblem(spec, n) ?? placesProblem(n, spec.places ?? 3);
  if (problem) {
    errors.push({ path, message: problem });
    return undefined;
  }
  return n;
}

/** More decimal places than the line shows would make its formula and its figures disagree. */
function placesProblem(n: number, places: number): string | null {
  const m = /^-?\d+(?:\.(\d+))?$/.exec(String(n));
  return m && (m[1] ?? '').length <= places ? null : `at most ${places} decimal places`;
}

function boundProblem(spec: Pick<InputSpec, 'min' | 'max' | 'minExclusive' | 'unit'>, n: number): string | null {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  if (spec.min !== undefined && (spec.minExclusive ? n <= spec.min : n < spec.min)) {
    return spec.minExclusive ? `must be greater than ${spec.min}${unit}` : `must be at least ${spec.min}${unit}`;
  }
  if (spec.max !== undefined && n > spec.max) return `must be at most ${spec.max}${unit}`;
  return null;
}

const OPENING_SIZE = { min: 0, minExclusive: true, max: 100, unit: 'м' } as const;

function parseOpenings(value: unknown, path: string, errors: FieldError[]): Opening[] | undefined {
  if (!Array.isArray(value)) {
    errors.push({ path, message: 'must be a list of {widthM, heightM, count}' });
    return undefined;
  }
  if (value.length > MAX_OPENINGS) {
    errors.push({ path, message: `at most ${MAX_OPENINGS} kinds of openings` });
    return undefined;
  }
  const out: Opening[] = [];
  const before = errors.length;
  value.forEach((item, i) => {
    const at = `${path}.${i}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ path: at, message: 'must be {widthM, heightM, count}' });
      return;
    }
    const o = item as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!['widthM', 'heightM', 'count'].includes(key))
        errors.push({ path: `${at}.${key}`, message: 'unknown field' });
    }
    const widthM = sizeOf(o.widthM, `${at}.widthM`, errors);
    const heightM = sizeOf(o.heightM, `${at}.heightM`, errors);
    const count = o.count === undefined ? 1 : o.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1000) {
      errors.push({ path: `${at}.count`, message: 'must be a whole number from 1 to 1000' });
      return;
    }
    if (widthM !== undefined && heightM !== undefined) out.push({ widthM, heightM, count });
  });
  return errors.length > before ? undefined : out;
}

function sizeOf(value: unknown, path: string, errors: FieldError[]): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ path, message: 'must be a number (metres)' });
    return undefined;
  }
  const problem = boundProblem(OPENING_SIZE, value) ?? placesProblem(value, 3);
  if (problem) {
    errors.push({ path, message: problem });
    return undefined;
  }
  return value;
}

/** Typed reads of parsed inputs inside a template's `compute`. */
export const read = {
  num: (inputs: Inputs, name: string): number => inputs[name] as number,
  /** An optional input: undefined when the caller left it to the template. */
  maybeNum: (inputs: Inputs, name: string): number | undefined => inputs[name] as number | undefined,
  str: (inputs: Inputs, name: string): string => String(inputs[name]),
  openings: (inputs: Inputs, name = 'openings'): Opening[] => (inputs[name] as Opening[] | undefined) ?? [],
};

/**
 * Wall area less its openings; an opening wider or taller than the wall, or openings that
 * together take the whole wall, are a 400 naming the opening.
 */
export function netWallArea(
  lengthM: number,
  heightM: number,
  openings: readonly Opening[],
): {
  grossAreaM2: number;
  openingsAreaM2: number;
  netAreaM2: number;
} {
  const grossAreaM2 = lengthM * heightM;
  let openingsAreaM2 = 0;
  openings.forEach((o, i) => {
    if (o.widthM > lengthM) throw inputError(`openings.${i}.widthM`, `wider than the wall (${lengthM} m)`);
    if (o.heightM > heightM) throw inputError(`openings.${i}.heightM`, `taller than the wall (${heightM} m)`);
    openingsAreaM2 += o.widthM * o.heightM * o.count;
  });
  if (openingsAreaM2 >= grossAreaM2 - 1e-9) {
    throw inputError(
      'openings',
      `openings (${openingsAreaM2.toFixed(2)} m²) leave no wall of ${grossAreaM2.toFixed(2)} m²`,
    );
  }
  return { grossAreaM2, openingsAreaM2, netAreaM2: grossAreaM2 - openingsAreaM2 };
}
