/**
 * Exact decimal strings for order lines (quantities 3 places, weights 3, volumes 6), as the orders
 * module stores them; and the VAT inside an amount, rounded half up per line (docs/domain.md, Money).
 */

const parsed = new Map<string, bigint>();

/** A decimal string as an integer count of 10^-places; remembered, as the same few strings recur. */
function scaled(value: string, places: number): bigint {
  const key = `${places}:${value}`;
  let n = parsed.get(key);
  if (n === undefined) {
    const [whole, frac = ''] = value.split('.');
    n = BigInt(whole!) * 10n ** BigInt(places) + BigInt(frac.padEnd(places, '0').slice(0, places) || '0');
    if (parsed.size < 100_000) parsed.set(key, n);
  }
  return n;
}

function unscaled(n: bigint, places: number): string {
  const s = n.toString().padStart(places + 1, '0');
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  const whole = s.slice(0, s.length - places);
  return frac ? `${whole}.${frac}` : whole;
}

/** The least quantity on the offer's grid (min, min + step, …) that covers `need`. */
export function onGrid(need: number, minQty: string, step: string): string {
  const want = BigInt(Math.ceil(need * 1000 - 1e-6));
  const min = scaled(minQty, 3);
  const st = scaled(step, 3);
  if (want <= min) return unscaled(min, 3);
  return unscaled(min + ((want - min + st - 1n) / st) * st, 3);
}

/** A per-unit measure times a quantity (3 places), half up to `places`. */
export function times(perUnit: string, quantity: string, places: number): string {
  const product = scaled(perUnit, 6) * scaled(quantity, 3); // 10^-9
  const unit = 10n ** BigInt(9 - places);
  return unscaled((product + unit / 2n) / unit, places);
}

export function sumDecimals(values: readonly string[], places: number): string {
  return unscaled(
    values.reduce((t, v) => t + scaled(v, places), 0n),
    places,
  );
}

/** Price × quantity in kopecks, half up. */
export function lineTotal(priceMinor: number, quantity: string): number {
  return Number((BigInt(priceMinor) * scaled(quantity, 3) + 500n) / 1000n);
}

/** The VAT inside a VAT-inclusive amount, half up: amount·r/(100+r); 'none' and '0' are zero. */
export function vatInside(amountMinor: number, rate: string): number {
  if (rate === 'none' || rate === '0') return 0;
  const r = Number(rate);
  return Math.floor((2 * amountMinor * r + (100 + r)) / (2 * (100 + r)));
}
