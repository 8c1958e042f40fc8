/**
 * The chained Jevons price index (docs/insights.md, Market trends). A product's price in a period
 * is its unit value, revenue ÷ units over every sale in the selection; each step's link is the
 * unweighted geometric mean of the relatives p_t / p_(t−1) of the products sold in both periods,
 * and the index multiplies the links from 100 at the first period. A step with no product sold in
 * both periods links at 1 (the index carries over) and says so with `matched: 0`.
 */

export interface ProductSales {
  units: number;
  revenueMinor: number;
}

export interface IndexPoint {
  /** 100 at the first period. */
  index: number;
  /** This step's geometric mean of relatives; null for the first period and for a step with no match. */
  link: number | null;
  /** Products sold (units > 0) in both this period and the previous one. */
  matched: number;
}

/** One index point per period, from each period's sales by product id. */
export function chainedJevons(periods: readonly ReadonlyMap<string, ProductSales>[]): IndexPoint[] {
  const out: IndexPoint[] = [];
  let index = 100;
  periods.forEach((now, t) => {
    if (t === 0) {
      out.push({ index, link: null, matched: 0 });
      return;
    }
    const before = periods[t - 1]!;
    let logSum = 0;
    let matched = 0;
    for (const [id, cur] of now) {
      const prev = before.get(id);
      if (!prev || prev.units <= 0 || cur.units <= 0 || prev.revenueMinor <= 0 || cur.revenueMinor <= 0) continue;
      logSum += Math.log(cur.revenueMinor / cur.units / (prev.revenueMinor / prev.units));
      matched++;
    }
    const link = matched > 0 ? Math.exp(logSum / matched) : null;
    index *= link ?? 1;
    out.push({ index, link, matched });
  });
  return out;
}

/** Per cent change from `before` to `now`, one decimal; null without a base. */
export function changePct(now: number, before: number): number | null {
  if (!(before > 0)) return null;
  return Math.round((now / before - 1) * 1000) / 10 + 0; // + 0: never a −0
}
