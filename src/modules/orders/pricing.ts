import { toMilli } from '../../shared/decimal.js';
import { MAX_LINE_TOTAL_MINOR } from '../../shared/limits.js';
import { vatRateAllowed, type TaxRegime, type VatRate } from '../../shared/tax-regimes.js';

export type { TaxRegime, VatRate } from '../../shared/tax-regimes.js';

/**
 * The VAT rate of a line the seller sells: its offer's rate for a general-system payer; for a
 * seller on УСН, the regime's rate whatever the offer says (exempt: «без НДС»; 5 % or 7 %).
 */
export function goodsVatRate(regime: TaxRegime, offerRate: string): VatRate {
  if (regime !== 'vat_payer') return REGIME_RATE[regime];
  // A rate left from an earlier УСН regime (the seller moved to the general system): 22 %.
  return vatRateAllowed(regime, offerRate) ? (offerRate as VatRate) : '22';
}

/** Delivery billed by a seller follows its regime: 22 % for a VAT payer. */
export function deliveryVatRate(regime: TaxRegime): VatRate {
  return regime === 'vat_payer' ? '22' : REGIME_RATE[regime];
}

const REGIME_RATE: Record<Exclude<TaxRegime, 'vat_payer'>, VatRate> = { usn: 'none', usn_vat_5: '5', usn_vat_7: '7' };

/**
 * The VAT inside a VAT-inclusive amount: amount·rate/(100+rate), rounded half up to a kopeck.
 * Rounded per line and then summed per rate (as 1C and the УПД do), so each line's VAT is what
 * a line-by-line document would show; the sum may differ by a few kopecks from VAT on the total.
 */
export function vatIncluded(amountMinor: number, rate: VatRate): number {
  if (rate === 'none' || rate === '0') return 0;
  const r = Number(rate);
  // Half up in integers: floor((2·a·r + (100+r)) / (2·(100+r))); a·r stays far below 2^53.
  return Math.floor((2 * amountMinor * r + (100 + r)) / (2 * (100 + r)));
}

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
  return vatIncluded(amountMinor, rate as VatRate);
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
