/**
 * The exact arithmetic of an estimate line (docs/domain.md, Estimates): quantities are decimal
 * strings with at most 3 places, the reserve is applied once and rounded up, packs are whole.
 * Integer thousandths throughout, so a line recomputed from what it shows gives the same figures.
 */
import { fromMilli, toMilli } from '../../../shared/decimal.js';

/** A computed size to 3 places, half up (a net quantity, an area): 12.4849999 → '12.485'. */
export function round3(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a non-negative size: ${value}`);
  // Math.round on thousandths after removing float noise below 1e-9.
  return fromMilli(BigInt(Math.round(Number((value * 1000).toFixed(6)))));
}

/** A computed quantity to 3 places, rounded up (never less than what is needed): 12.4801 → '12.481'. */
export function ceil3(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not a non-negative quantity: ${value}`);
  return fromMilli(BigInt(Math.ceil(Number((value * 1000).toFixed(6)))));
}

/** net × (1 + reservePct/100), rounded up to 3 places; exact. */
export function withReserve(net: string, reservePct: string): string {
  // net (10^-3) × (100 + pct) (10^-3) / 100 → 10^-6 ... back to 10^-3, rounded up.
  const num = toMilli(net) * (100_000n + toMilli(reservePct));
  const den = 100_000n;
  return fromMilli((num + den - 1n) / den);
}

/** Whole packs that hold the quantity: ceil(quantity / packSize); 0 for nothing. */
export function packsOf(quantity: string, packSize: string): number {
  const size = toMilli(packSize);
  if (size <= 0n) throw new RangeError(`a pack must hold something: ${packSize}`);
  const q = toMilli(quantity);
  return Number((q + size - 1n) / size);
}

/** A number for a formula, as Russian text writes it: 1272.96 → '1 272,96'. */
export function ru(value: number | string, places = 3): string {
  const n = typeof value === 'string' ? Number(value) : value;
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: places, useGrouping: true })
    .format(n)
    .replace(/\u00a0|\u202f/g, ' ');
}
