import type { HistoryRegion } from './customers.js';
import { rngFor } from './random.js';

/**
 * Price histories (docs/insights.md, History → Prices): a weekly point per offer for a year, each
 * the current price times a factor of trend × season × noise relative to today, so the last point
 * is exactly today's price. The directions below are stated assumptions, not market data.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
/** 53 weeks back from today: every order of the 365-day window has a price in force. */
export const PRICE_WEEKS = 53;

interface Market {
  /** ln-price knots by date (YYYY-MM-DD); linear between them, flat outside. */
  knots: readonly [string, number][];
  /** Summer (mid-July) peak over the year's mean, as a fraction. */
  season: number;
}

/** Cement: a steady rise of about 8 %/year (costs passed on), a marked building-season premium. */
const CEMENT: Market = {
  knots: [
    ['2025-01-01', 0],
    ['2026-12-31', Math.log(1.08) * 2],
  ],
  season: 0.035,
};
/**
 * Rebar: falling from the autumn of 2025 into early 2026 (weak demand under a high key rate), the
 * bottom about −10 % in March 2026, then a recovery of about +12 % by late autumn 2026.
 */
const REBAR: Market = {
  knots: [
    ['2025-09-01', 0.03],
    ['2025-11-28', 0],
    ['2026-03-15', Math.log(0.9)],
    ['2026-11-28', Math.log(0.9 * 1.12)],
    ['2026-12-31', Math.log(0.9 * 1.13)],
  ],
  season: 0.02,
};
/** Other steel (mesh, wire, roofing sheet): half the rebar swing on a mild rise. */
const STEEL: Market = {
  knots: [
    ['2025-11-28', 0],
    ['2026-03-15', Math.log(0.95)],
    ['2026-11-28', Math.log(1.02)],
  ],
  season: 0.015,
};
const BULK: Market = {
  knots: [
    ['2025-01-01', 0],
    ['2026-12-31', Math.log(1.06) * 2],
  ],
  season: 0.04,
};
const LUMBER: Market = {
  knots: [
    ['2025-01-01', 0],
    ['2026-12-31', Math.log(1.05) * 2],
  ],
  season: 0.03,
};
const GENERAL: Market = {
  knots: [
    ['2025-01-01', 0],
    ['2026-12-31', Math.log(1.06) * 2],
  ],
  season: 0.012,
};

function marketOf(categoryPath: string): Market {
  if (categoryPath.startsWith('/cement-i-smesi/cement/')) return CEMENT;
  if (categoryPath.startsWith('/armatura-i-metalloprokat/armatura/')) return REBAR;
  if (/^\/(armatura-i-metalloprokat|krovlya\/(metallocherepica|profnastil))\//.test(categoryPath)) return STEEL;
  if (/^\/(pesok-scheben|beton-i-zhbi)\//.test(categoryPath)) return BULK;
  if (categoryPath.startsWith('/pilomaterialy/')) return LUMBER;
  return GENERAL;
}

/** Санкт-Петербург's heavy goods rose about 2 %/year faster (longer hauls from the plants). */
function regionalDrift(categoryPath: string, region: HistoryRegion | null): number {
  return region === 'spb' && /^\/(cement-i-smesi|pesok-scheben|beton-i-zhbi)\//.test(categoryPath) ? Math.log(1.02) : 0;
}

const parsed = new Map<Market['knots'], (readonly [number, number])[]>();

function knotValue(knots: Market['knots'], t: number): number {
  let xs = parsed.get(knots);
  if (!xs) {
    xs = knots.map(([d, v]) => [Date.parse(`${d}T00:00:00+03:00`), v] as const);
    parsed.set(knots, xs);
  }
  if (t <= xs[0]![0]) return xs[0]![1];
  for (let i = 1; i < xs.length; i++) {
    const [x1, y1] = xs[i]!;
    if (t <= x1) {
      const [x0, y0] = xs[i - 1]!;
      return y0 + ((y1 - y0) * (t - x0)) / (x1 - x0);
    }
  }
  return xs[xs.length - 1]![1];
}

/** ln of the market's price level at `t` (trend and season), without noise. */
export function marketLevel(categoryPath: string, region: HistoryRegion | null, t: number): number {
  const m = marketOf(categoryPath);
  const day = (t - Date.UTC(new Date(t).getUTCFullYear(), 0, 1)) / DAY_MS;
  const season = m.season * Math.cos((2 * Math.PI * (day - 196)) / 365.25);
  return knotValue(m.knots, t) + season + (regionalDrift(categoryPath, region) * t) / (365.25 * DAY_MS);
}

/** Kopecks as a price tag shows them: to 10 kopecks under 100 ₽, whole roubles above. */
export function tagRound(kopecks: number): number {
  return kopecks < 10_000 ? Math.max(10, Math.round(kopecks / 10) * 10) : Math.round(kopecks / 100) * 100;
}

export interface PricePoint {
  at: Date;
  priceMinor: number;
}

/**
 * Weekly points from 53 weeks ago to `now`, oldest first; the last is `now` at the current price.
 * Noise: AR(1) on ln price, φ 0.3, σ 0.8 % a week, the offer's own stream.
 */
export function offerHistory(
  key: string,
  currentMinor: number,
  categoryPath: string,
  region: HistoryRegion | null,
  now: Date,
): PricePoint[] {
  const rng = rngFor(`price:${key}`);
  const end = now.getTime();
  const base = marketLevel(categoryPath, region, end);
  const noise: number[] = [];
  let e = 0;
  for (let k = 0; k <= PRICE_WEEKS; k++) {
    e = 0.3 * e + 0.008 * rng.normal();
    noise.push(e);
  }
  const out: PricePoint[] = [];
  for (let k = PRICE_WEEKS; k >= 1; k--) {
    const t = end - k * WEEK_MS;
    const f = Math.exp(marketLevel(categoryPath, region, t) - base + noise[k]!);
    out.push({ at: new Date(t), priceMinor: tagRound(currentMinor * f) });
  }
  out.push({ at: new Date(end), priceMinor: currentMinor });
  return out;
}

/** The price in force at `t`: the last point at or before it (the first point before the history). */
export function priceAt(points: readonly PricePoint[], t: number): number {
  let lo = 0;
  let hi = points.length - 1;
  if (t < points[0]!.at.getTime()) return points[0]!.priceMinor;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (points[mid]!.at.getTime() <= t) lo = mid;
    else hi = mid - 1;
  }
  return points[lo]!.priceMinor;
}
