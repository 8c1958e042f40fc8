/**
 * How bought-together ranks a product's partners (docs/insights.md, Recommendations). For a query
 * product a and a partner b over N orders, with n_a, n_b the orders holding each and n_ab both:
 * confidence = n_ab / n_a (how often a's orders hold b), lift = n_ab · N / (n_a · n_b) (how much
 * more often than if they were independent). Lift alone ranks a pair seen 3 times among rare
 * products above one seen 300 times; the score shrinks it toward 1 with K pseudo-orders of
 * independence: (n_ab + K) / (n_a · n_b / N + K), the posterior mean of a Gamma–Poisson model
 * whose prior is "independent" with the weight of K expected orders.
 */

/** Fewer orders than this holding both products is not evidence of anything. */
export const MIN_SUPPORT = 3;
/**
 * Pseudo-orders of independence the shrunk lift starts from, chosen by `npm run eval:insights`
 * (hit@10 on the full history: K = 5 0.78, 20 0.82, 100 0.82; plain lift 0.64).
 */
export const SHRINK_ORDERS = 100;

export interface PairStats {
  /** Orders holding both. */
  support: number;
  /** Orders holding the query product. */
  nA: number;
  /** Orders holding the partner. */
  nB: number;
  /** All orders. */
  total: number;
}

export type Scoring = 'shrunk_lift' | 'lift' | 'confidence';

export function lift(s: PairStats): number {
  return (s.support * s.total) / (s.nA * s.nB);
}

export function confidence(s: PairStats): number {
  return s.support / s.nA;
}

export function shrunkLift(s: PairStats, k = SHRINK_ORDERS): number {
  return (s.support + k) / ((s.nA * s.nB) / s.total + k);
}

export function pairScore(s: PairStats, scoring: Scoring = 'shrunk_lift', k = SHRINK_ORDERS): number {
  if (scoring === 'lift') return lift(s);
  if (scoring === 'confidence') return confidence(s);
  return shrunkLift(s, k);
}

/** 3.8 as «3,8»: Russian decimals in reason texts. */
export function decimalRu(value: number, places = 1): string {
  return value.toFixed(places).replace('.', ',');
}

/** «1 заказ», «3 заказа», «42 заказа», «11 заказов». */
export function ordersRu(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  const word =
    tens >= 11 && tens <= 14 ? 'заказов' : ones === 1 ? 'заказ' : ones >= 2 && ones <= 4 ? 'заказа' : 'заказов';
  return `${n} ${word}`;
}

/** Rounded for the answer: scores compare, they are not money. */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
