/**
 * Top movers (docs/insights.md, Market trends): products whose demand in units changed most between
 * the last two complete periods, with the numbers behind it. Only products in at least
 * MIN_MOVER_ORDERS orders over the two periods and sold in the earlier one (a first sale has no
 * rate of change); a product not sold in the later one moved −100 %.
 */
import { changePct } from './price-index.js';

export const MIN_MOVER_ORDERS = 3;
export const MOVERS_EACH_WAY = 5;

export interface MoverSales {
  productId: string;
  unitsBefore: number;
  unitsAfter: number;
  ordersBefore: number;
  ordersAfter: number;
  revenueBefore: number;
  revenueAfter: number;
}

export interface Mover extends MoverSales {
  unitsChangePct: number;
  unitPriceBeforeMinor: number | null;
  unitPriceAfterMinor: number | null;
  priceChangePct: number | null;
}

const unitValue = (revenue: number, units: number) => (units > 0 ? revenue / units : null);

/** Up to MOVERS_EACH_WAY rising (largest change first) and falling (largest fall first). */
export function topMovers(rows: readonly MoverSales[]): { up: Mover[]; down: Mover[] } {
  const movers: Mover[] = [];
  for (const r of rows) {
    if (r.ordersBefore + r.ordersAfter < MIN_MOVER_ORDERS || r.unitsBefore <= 0) continue;
    const before = unitValue(r.revenueBefore, r.unitsBefore);
    const after = unitValue(r.revenueAfter, r.unitsAfter);
    movers.push({
      ...r,
      unitsChangePct: changePct(r.unitsAfter, r.unitsBefore)!,
      unitPriceBeforeMinor: before === null ? null : Math.round(before),
      unitPriceAfterMinor: after === null ? null : Math.round(after),
      priceChangePct: before !== null && after !== null ? changePct(after, before) : null,
    });
  }
  // Ties: more units after (up) or before (down), then the id, so the answer is stable.
  const up = movers
    .filter((m) => m.unitsChangePct > 0)
    .sort(
      (a, b) =>
        b.unitsChangePct - a.unitsChangePct || b.unitsAfter - a.unitsAfter || a.productId.localeCompare(b.productId),
    );
  const down = movers
    .filter((m) => m.unitsChangePct < 0)
    .sort(
      (a, b) =>
        a.unitsChangePct - b.unitsChangePct || b.unitsBefore - a.unitsBefore || a.productId.localeCompare(b.productId),
    );
  return { up: up.slice(0, MOVERS_EACH_WAY), down: down.slice(0, MOVERS_EACH_WAY) };
}

/** A number as Russians write it: `1 234,5`; at most `places` decimals, no trailing zeros. */
export function ruNumber(n: number, places = 3): string {
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: places, useGrouping: true })
    .format(n)
    .replace(/\u00a0/g, ' ')
    .replace('-', '−');
}

const signedPct = (p: number) => `${p > 0 ? '+' : p < 0 ? '−' : '±'}${ruNumber(Math.abs(Math.round(p)), 0)} %`;
const rubles = (minor: number) => `${ruNumber(minor / 100, 2)} ₽`;

/** `спрос +35 %: 120 → 162 мешок; цена −2 %: 350 → 343 ₽ за мешок` */
export function moverReason(m: Mover, unit: string): string {
  const demand = `спрос ${signedPct(m.unitsChangePct)}: ${ruNumber(m.unitsBefore)} → ${ruNumber(m.unitsAfter)} ${unit}`;
  if (m.priceChangePct === null) return demand;
  const price = `цена ${signedPct(m.priceChangePct)}: ${rubles(m.unitPriceBeforeMinor!)} → ${rubles(m.unitPriceAfterMinor!)} за ${unit}`;
  return `${demand}; ${price}`;
}
