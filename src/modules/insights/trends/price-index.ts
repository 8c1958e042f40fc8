/**
 * The chained Jevons price index (docs/insights.md, Market trends). A product's price in a period
 * is its unit value, revenue ÷ units over every sale in the selection (summed in SQL,
 * trends.repository.ts); each step's link is the unweighted geometric mean of the relatives p_t / p_(t−1) of the products sold in both periods,
 * and the index multiplies the links from 100 at the first period. A step with no product sold in
 * both periods links at 1 (the index carries over) and says so with `matched: 0`.
 */

/** One step's relatives summed: Σ ln(p_i,t / p_i,t−1) over the `matched` products sold in both periods. */
export interface LinkSums {
  logSum: number;
  matched: number;
}

export interface IndexPoint {
  /** 100 at the first period. */
  index: number;
  /** This step's geometric mean of relatives; null for the first period and for a step with no match. */
  link: number | null;
  /** Products sold (units > 0) in both this period and the previous one. */
  matched: number;
}

/** One index point per period from each step's sums; the first period is the base whatever its sums. */
export function chainLinks(steps: readonly LinkSums[]): IndexPoint[] {
  let index = 100;
  return steps.map((step, t) => {
    if (t === 0) return { index, link: null, matched: 0 };
    const link = step.matched > 0 ? Math.exp(step.logSum / step.matched) : null;
    index *= link ?? 1;
    return { index, link, matched: step.matched };
  });
}

/** Per cent change from `before` to `now`, one decimal; null without a base. */
export function changePct(now: number, before: number): number | null {
  if (!(before > 0)) return null;
  return Math.round((now / before - 1) * 1000) / 10 + 0; // + 0: never a −0
}
