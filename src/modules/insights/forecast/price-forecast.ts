/**
 * The forecast answer for one weekly price series (docs/insights.md, Price forecasts): the fitted
 * damped trend (or simple smoothing where the trend does not earn its parameters), weekly points up to the horizon with 80 % and 95 % intervals, and the series' own
 * rolling-origin backtest at the same steps. Fewer than MIN_POINTS weeks: it says so, no guess.
 */
import { backtestDampedTrend } from './backtest.js';
import { forecastDampedTrend } from './ets.js';
import { fitSmoothing } from './fit.js';
import type { WeeklyPriceSeries } from './series.js';

export const MIN_POINTS = 30;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export interface ForecastPoint {
  at: string;
  priceMinor: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export type PriceForecast =
  | {
      status: 'ok';
      series: {
        kind: 'offer' | 'product';
        id: string;
        points: number;
        step: 'week';
        last: { at: string; priceMinor: number };
      };
      method: {
        name: 'damped_trend' | 'simple_smoothing';
        alpha: number;
        beta: number;
        phi: number | null;
        sigma: number;
      };
      horizonDays: number;
      points: ForecastPoint[];
      backtest: {
        mase: number | null;
        naiveMase: number | null;
        coverage80: number | null;
        coverage95: number | null;
        origins: number;
        forecasts: number;
        horizonWeeks: number;
        naiveMae: number;
      };
    }
  | {
      status: 'insufficient_history';
      series: { kind: 'offer' | 'product'; id: string };
      points: number;
      needed: number;
      message: string;
    };

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
const roundOrNull = (v: number | null, places: number) => (v === null ? null : round(v, places));
/** Kopecks, half up; a price is never below zero, whatever the interval's arithmetic says. */
const kopecks = (v: number) => Math.max(0, Math.round(v));

/** Weekly steps whose week end falls within the horizon; one at least. */
export function stepsWithin(lastWeekEnd: Date, now: Date, horizonDays: number): number {
  const until = now.getTime() + horizonDays * DAY_MS;
  const steps = Math.floor((until - lastWeekEnd.getTime()) / WEEK_MS);
  return Math.max(1, steps);
}

/**
 * The fit and backtest depend only on the prices and the steps: kept for the next request over the
 * same series (a price change or a new week makes another key), so a popular product costs one
 * series read, not fourteen fits.
 */
const computed = new Map<string, ReturnType<typeof compute>>();
const CACHE_ENTRIES = 2000;

function compute(prices: readonly number[], horizon: number) {
  const fit = fitSmoothing(prices);
  return { fit, steps: forecastDampedTrend(fit, horizon), bt: backtestDampedTrend(prices, { horizon }) };
}

function cachedCompute(prices: readonly number[], horizon: number): ReturnType<typeof compute> {
  const key = `${horizon}|${prices.join(',')}`;
  let hit = computed.get(key);
  if (hit) {
    computed.delete(key); // re-inserted last: the Map's order is the LRU order
  } else {
    hit = compute(prices, horizon);
    if (computed.size >= CACHE_ENTRIES) computed.delete(computed.keys().next().value!);
  }
  computed.set(key, hit);
  return hit;
}

export function priceForecast(series: WeeklyPriceSeries, now: Date, horizonDays: number): PriceForecast {
  const n = series.prices.length;
  if (n < MIN_POINTS) {
    return {
      status: 'insufficient_history',
      series: { kind: series.kind, id: series.id },
      points: n,
      needed: MIN_POINTS,
      message: `Недостаточно истории цен: ${n} нед. из ${MIN_POINTS} нужных для прогноза`,
    };
  }
  const lastWeekEnd = series.weekEnds[n - 1]!;
  const horizon = stepsWithin(lastWeekEnd, now, horizonDays);
  const { fit, steps, bt } = cachedCompute(series.prices, horizon);
  return {
    status: 'ok',
    series: {
      kind: series.kind,
      id: series.id,
      points: n,
      step: 'week',
      last: { at: now.toISOString(), priceMinor: series.prices[n - 1]! },
    },
    method: {
      name: fit.model === 'level' ? 'simple_smoothing' : 'damped_trend',
      alpha: round(fit.alpha, 4),
      beta: round(fit.beta, 4),
      phi: fit.model === 'level' ? null : round(fit.phi, 4),
      sigma: round(fit.sigma, 2),
    },
    horizonDays,
    points: steps.map((s) => ({
      at: new Date(lastWeekEnd.getTime() + s.h * WEEK_MS).toISOString(),
      priceMinor: kopecks(s.mean),
      lower80: kopecks(s.lower80),
      upper80: kopecks(s.upper80),
      lower95: kopecks(s.lower95),
      upper95: kopecks(s.upper95),
    })),
    backtest: {
      mase: roundOrNull(bt.mase, 3),
      naiveMase: roundOrNull(bt.naiveMase, 3),
      coverage80: roundOrNull(bt.coverage80, 3),
      coverage95: roundOrNull(bt.coverage95, 3),
      origins: bt.origins,
      forecasts: bt.forecasts,
      horizonWeeks: bt.horizon,
      naiveMae: round(bt.naiveMae, 2),
    },
  };
}
