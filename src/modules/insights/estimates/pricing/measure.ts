/**
 * How many line units an offer sells at a time, exactly as the catalog's candidate query works
 * it out (catalog materials.api.ts): a sale unit holds attribute × factor line units (6 places,
 * cut), one step of the offer is a pack of the line (3 places, cut: a pack never counts as more
 * than it holds), and the order quantity is the first point of the offer's grid at or above
 * packs × step.
 */
import { fromMilli, toMilli } from '../../../../shared/decimal.js';
import type { SaleMeasure } from '../model.js';

const NUMERIC = /^[0-9]+(\.[0-9]+)?$/;

/** A non-negative decimal string as an integer count of 10^-places, cut (not rounded) beyond them. */
function scaled(value: string, places: number): bigint {
  const [whole, frac = ''] = value.split('.');
  return BigInt(whole!) * 10n ** BigInt(places) + BigInt(frac.slice(0, places).padEnd(places, '0') || '0');
}

function unscaled(n: bigint, places: number): string {
  const s = n.toString().padStart(places + 1, '0');
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  return frac ? `${s.slice(0, s.length - places)}.${frac}` : s.slice(0, s.length - places);
}

/** The first sale measure that fits a product (its unit, a numeric attribute) and the line units in one sale unit. */
export function perSaleUnitOf(
  sale: readonly SaleMeasure[],
  product: { unit: string; attributes: Readonly<Record<string, string>> },
): string | null {
  for (const m of sale) {
    if (m.unit !== product.unit) continue;
    const raw = m.attribute === undefined ? '1' : product.attributes[m.attribute];
    if (raw === undefined || !NUMERIC.test(raw)) continue;
    const factor = String(m.factor ?? 1);
    if (!NUMERIC.test(factor)) continue;
    // raw (≤ 12 places kept) × factor (≤ 12) → cut to 6 places.
    const micro = (scaled(raw, 12) * scaled(factor, 12)) / 10n ** 18n;
    return micro > 0n ? unscaled(micro, 6) : null;
  }
  return null;
}

/** perSaleUnit × step, cut to 3 places ('0' when less than a thousandth). */
export function packSizeOf(perSaleUnit: string, step: string): string {
  return fromMilli((scaled(perSaleUnit, 6) * toMilli(step)) / 1_000_000n);
}

/** The offer's grid (min, min + step, …) at or above x. */
export function gridUp(x: string, minQty: string, step: string): string {
  const q = toMilli(x);
  const min = toMilli(minQty);
  const st = toMilli(step);
  if (q <= min) return fromMilli(min);
  return fromMilli(min + ((q - min + st - 1n) / st) * st);
}

/** The order quantity for `packs` whole steps of the offer. */
export function orderQuantityOf(packs: number, offer: { minQty: string; step: string }): string {
  return gridUp(fromMilli(BigInt(packs) * toMilli(offer.step)), offer.minQty, offer.step);
}
