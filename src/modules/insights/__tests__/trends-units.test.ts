/** Trends' pure rules: Moscow weeks and months, chaining the Jevons links, movers and their reasons (the relatives themselves: trends-route). */
import { describe, expect, it } from 'vitest';
import { moverReason, topMovers, type MoverSales } from '../trends/movers.js';
import { periodCount, periodEnd, periodStart, periodStarts, shiftPeriod } from '../trends/periods.js';
import { chainLinks, changePct } from '../trends/price-index.js';

describe('periods', () => {
  it('weeks run Monday to Sunday; months are calendar months, across a year end', () => {
    expect(periodStart('2026-11-29', 'week')).toBe('2026-11-23'); // a Sunday
    expect(periodStart('2026-11-23', 'week')).toBe('2026-11-23'); // a Monday
    expect(periodEnd('2026-12-28', 'week')).toBe('2027-01-03');
    expect(periodStart('2026-02-28', 'month')).toBe('2026-02-01');
    expect(periodEnd('2028-02-01', 'month')).toBe('2028-02-29');
    expect(shiftPeriod('2026-01-01', 'month', -1)).toBe('2025-12-01');
    expect(periodStarts('2026-12-15', '2027-02-01', 'month')).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
    expect(periodCount('2026-12-15', '2027-02-01', 'month')).toBe(3);
    expect(periodCount('2026-11-01', '2026-11-30', 'week')).toBe(6); // Sun 1 Nov is in the week of 26 Oct
    expect(periodCount('2026-11-30', '2026-11-01', 'week')).toBe(0);
  });
});

describe('chained Jevons index', () => {
  it('links by the geometric mean of the relatives summed for the step', () => {
    // Two products: a 100 → 121 per unit (×1.21), b 50 → 40 (×0.8); the link is √(1.21 · 0.8).
    const points = chainLinks([
      { logSum: 0, matched: 0 },
      { logSum: Math.log(1.21) + Math.log(0.8), matched: 2 },
    ]);
    expect(points[0]).toEqual({ index: 100, link: null, matched: 0 });
    expect(points[1]!.link).toBeCloseTo(Math.sqrt(1.21 * 0.8), 12); // 0.98387…
    expect(points[1]!.index).toBeCloseTo(98.387, 3);
  });

  it('carries the index over a step with no product in common, then chains on', () => {
    const points = chainLinks([
      { logSum: 5, matched: 3 }, // the base period's own sums never count
      { logSum: 0, matched: 0 },
      { logSum: Math.log(1.5), matched: 1 },
      { logSum: 2 * Math.log(0.5), matched: 2 },
    ]);
    expect(points.map((p) => [p.link, p.matched])).toEqual([
      [null, 0],
      [null, 0],
      [1.5, 1],
      [0.5, 2],
    ]);
    expect(points[3]!.index).toBeCloseTo(75, 10);
  });

  it('changes in per cent, one decimal, none without a base', () => {
    expect(changePct(162, 120)).toBe(35);
    expect(changePct(2, 3)).toBe(-33.3);
    expect(changePct(5, 0)).toBeNull();
  });
});

describe('movers', () => {
  const row = (productId: string, before: number, after: number, orders = [2, 2]): MoverSales => ({
    productId,
    unitsBefore: before,
    unitsAfter: after,
    ordersBefore: orders[0]!,
    ordersAfter: orders[1]!,
    revenueBefore: before * 100,
    revenueAfter: after * 100,
  });

  it('ranks by the change of units, leaves out rare products and first sales, keeps five each way', () => {
    const rows = [
      row('up1', 10, 30),
      row('up2', 10, 20),
      row('rare', 1, 50, [1, 1]),
      row('new', 0, 40, [0, 5]),
      row('gone', 10, 0, [3, 0]),
      row('down', 10, 8),
      row('flat', 10, 10),
      ...[1, 2, 3, 4, 5].map((i) => row(`more${i}`, 10, 10 + i)),
    ];
    const { up, down } = topMovers(rows);
    expect(up.map((m) => m.productId)).toEqual(['up1', 'up2', 'more5', 'more4', 'more3']);
    expect(down.map((m) => [m.productId, m.unitsChangePct, m.priceChangePct])).toEqual([
      ['gone', -100, null],
      ['down', -20, 0],
    ]);
  });

  it('says the change in numbers, in Russian', () => {
    const [m] = topMovers([{ ...row('a', 120, 162), revenueBefore: 120 * 35000, revenueAfter: 162 * 34300 }]).up;
    expect(moverReason(m!, 'мешок')).toBe('спрос +35 %: 120 → 162 мешок; цена −2 %: 350 ₽ → 343 ₽ за мешок');
    const [gone] = topMovers([row('b', 1234.5, 0, [3, 0])]).down;
    expect(moverReason(gone!, 'м³')).toBe('спрос −100 %: 1 234,5 → 0 м³');
  });
});
