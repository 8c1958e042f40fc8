/**
 * A series' own rolling-origin backtest (docs/insights.md, Price forecasts): for each origin t
 * among the last `origins` points, fit on y[0..t) only, forecast 1..horizon steps and compare
 * with what came. MASE = mean |error| / in-sample mean |y_t − y_{t−1}| (Hyndman & Koehler 2006,
 * the scale taken over the whole series); coverage = the share of actual values inside the 80 %
 * and 95 % intervals. The naive forecast (the last value) is scored on the same origins and
 * steps, so "better than naive" is read at the same horizons.
 */
import { forecastDampedTrend, MIN_FIT_POINTS } from './ets.js';
import { fitSmoothing } from './fit.js';

export interface BacktestOptions {
  /** Steps ahead forecast from each origin (≥ 1). */
  horizon: number;
  /** How many of the last points serve as origins. */
  origins?: number;
  /** No origin leaves fewer points than this to fit on. */
  minTrain?: number;
}

export interface BacktestResult {
  origins: number;
  /** (origin, step) pairs scored. */
  forecasts: number;
  horizon: number;
  /** Mean |error| of the method over the pairs. */
  mae: number;
  /** The MASE scale: in-sample mean |y_t − y_{t−1}| (one-step naive) over the whole series. */
  naiveMae: number;
  /** mae / naiveMae; null when the series never moves (no scale). */
  mase: number | null;
  /** The naive forecast's own MASE on the same pairs. */
  naiveMase: number | null;
  coverage80: number | null;
  coverage95: number | null;
  /** The same sums per step ahead (index 0: one step). */
  byStep: StepScore[];
}

export interface StepScore {
  h: number;
  forecasts: number;
  absError: number;
  naiveAbsError: number;
  in80: number;
  in95: number;
}

export const DEFAULT_ORIGINS = 13;
export const DEFAULT_MIN_TRAIN = 20;

export function inSampleNaiveMae(y: readonly number[]): number {
  let sum = 0;
  for (let t = 1; t < y.length; t++) sum += Math.abs(y[t]! - y[t - 1]!);
  return y.length > 1 ? sum / (y.length - 1) : 0;
}

/** Scaled error; a series that never moves has no scale, so no MASE. */
function scaled(mae: number, scale: number): number | null {
  return scale > 0 ? mae / scale : null;
}

/** Inside an interval, allowing for float noise on an interval of zero width (a flat series). */
function inside(v: number, lower: number, upper: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(v));
  return v >= lower - eps && v <= upper + eps;
}

export function backtestDampedTrend(y: readonly number[], opts: BacktestOptions): BacktestResult {
  const horizon = Math.max(1, Math.floor(opts.horizon));
  const minTrain = Math.max(MIN_FIT_POINTS, opts.minTrain ?? DEFAULT_MIN_TRAIN);
  const first = Math.max(minTrain, y.length - (opts.origins ?? DEFAULT_ORIGINS));
  let origins = 0;
  let pairs = 0;
  let absError = 0;
  let naiveAbsError = 0;
  let in80 = 0;
  let in95 = 0;
  const byStep: StepScore[] = Array.from({ length: horizon }, (_, i) => ({
    h: i + 1,
    forecasts: 0,
    absError: 0,
    naiveAbsError: 0,
    in80: 0,
    in95: 0,
  }));
  for (let t = first; t < y.length; t++) {
    const train = y.slice(0, t);
    const steps = forecastDampedTrend(fitSmoothing(train), Math.min(horizon, y.length - t));
    origins++;
    for (const s of steps) {
      const actual = y[t + s.h - 1]!;
      const step = byStep[s.h - 1]!;
      const error = Math.abs(actual - s.mean);
      const naiveError = Math.abs(actual - train[train.length - 1]!);
      const hit80 = inside(actual, s.lower80, s.upper80) ? 1 : 0;
      const hit95 = inside(actual, s.lower95, s.upper95) ? 1 : 0;
      pairs++;
      absError += error;
      naiveAbsError += naiveError;
      in80 += hit80;
      in95 += hit95;
      step.forecasts++;
      step.absError += error;
      step.naiveAbsError += naiveError;
      step.in80 += hit80;
      step.in95 += hit95;
    }
  }
  const scale = inSampleNaiveMae(y);
  const mae = pairs > 0 ? absError / pairs : 0;
  return {
    origins,
    forecasts: pairs,
    horizon,
    mae,
    naiveMae: scale,
    mase: pairs > 0 ? scaled(mae, scale) : null,
    naiveMase: pairs > 0 ? scaled(naiveAbsError / pairs, scale) : null,
    coverage80: pairs > 0 ? in80 / pairs : null,
    coverage95: pairs > 0 ? in95 / pairs : null,
    byStep,
  };
}
