/**
 * Exact decimal quantities (numeric(14,3) in the database) as integer thousandths, so step and
 * minimum checks never meet binary floating point: 0.1 + 0.2 is 0.3 here.
 */
import { RUB_GROUP_SEPARATOR } from './money/format-rub.js';

const SCALE = 1000n;

export function toMilli(value: string | number): bigint {
  const s = typeof value === 'number' ? value.toFixed(3) : value.trim();
  const m = /^(-)?(\d+)(?:\.(\d{1,3}))?$/.exec(s);
  if (!m) throw new RangeError(`not a decimal with at most 3 places: ${value}`);
  const milli = BigInt(m[2]!) * SCALE + BigInt((m[3] ?? '').padEnd(3, '0'));
  return m[1] ? -milli : milli;
}

export function fromMilli(milli: bigint): string {
  const neg = milli < 0n;
  const abs = neg ? -milli : milli;
  const whole = abs / SCALE;
  const frac = (abs % SCALE).toString().padStart(3, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Normalises a decimal string: '2.500' → '2.5', '007' → '7'. */
export function normalizeDecimal(value: string): string {
  return fromMilli(toMilli(value));
}

/** «1 250,5» from "1250.500", as documents write it: thousands split like money, a decimal comma, no trailing zeros. */
export function formatQuantity(quantity: string): string {
  const [whole, fraction] = normalizeDecimal(quantity).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, RUB_GROUP_SEPARATOR);
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** True when `qty` is at least `min` and lies on the grid min, min+step, min+2·step, … */
export function fitsMinAndStep(qty: string, min: string, step: string): boolean {
  const q = toMilli(qty);
  const lo = toMilli(min);
  const st = toMilli(step);
  return q >= lo && st > 0n && (q - lo) % st === 0n;
}
