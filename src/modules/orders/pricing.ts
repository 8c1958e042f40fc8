import { toMilli } from '../../shared/decimal.js';
import { MAX_LINE_TOTAL_MINOR } from '../../shared/limits.js';
import { vatIncluded } from './invoices/invoice-totals.js';

/** Rate of VAT on delivery: a service sold at the general rate (docs/domain.md, Money). */
export const DELIVERY_VAT_RATE = '22';

/**
 * price × quantity in kopecks, half up (quantities have at most 3 places), computed exactly;
 * null when the line would cost more than MAX_LINE_TOTAL_MINOR (such a line cannot be bought).
 */
export function lineTotalMinor(priceMinor: number, quantity: string): number | null {
  const total = (BigInt(priceMinor) * toMilli(quantity) + 500n) / 1000n;
  return total <= BigInt(MAX_LINE_TOTAL_MINOR) ? Number(total) : null;
}

/** A sum of amounts that the limits keep exact; a sum beyond 2^53 would be a bug, not a price. */
export function sumMinor(values: readonly number[]): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('an amount left the safe integer range');
  return total;
}

/** The VAT inside an amount that includes it; `none` (УСН) is zero. */
export function vatOf(amountMinor: number, rate: string): number {
  return vatIncluded(amountMinor, rate as Parameters<typeof vatIncluded>[1]);
}

/** A non-negative decimal string as an integer count of 10^-places (exact; more places is an error). */
function scaled(value: string, places: number): bigint {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m || (m[2] ?? '').replace(/0+$/, '').length > places)
    throw new RangeError(`not a decimal with ≤ ${places} places: ${value}`);
  return BigInt(m[1]!) * 10n ** BigInt(places) + BigInt((m[2] ?? '').padEnd(places, '0').slice(0, places) || '0');
}

function unscaled(n: bigint, places: number): string {
  const s = n.toString().padStart(places + 1, '0');
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  const whole = s.slice(0, s.length - places);
  return frac ? `${whole}.${frac}` : whole;
}

/** A per-unit measure (kg, m³; up to 6 places) times a quantity, rounded half up to `places`. */
export function times(perUnit: string, quantity: string, places: number): string {
  const product = scaled(perUnit, 6) * scaled(quantity, 3); // 10^-9
  const unit = 10n ** BigInt(9 - places);
  return unscaled((product + unit / 2n) / unit, places);
}

/** The exact sum of decimal strings with at most `places` places. */
export function sumDecimals(values: readonly string[], places: number): string {
  return unscaled(
    values.reduce((total, v) => total + scaled(v, places), 0n),
    places,
  );
}
