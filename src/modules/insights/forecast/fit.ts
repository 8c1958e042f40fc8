/**
 * Fitting the smoothing parameters (docs/insights.md, Price forecasts): least squares of the
 * one-step errors over a grid, refined by a pattern search; then the choice between the damped
 * trend and simple smoothing by AICc.
 */
import {
  ALPHA_MAX,
  ALPHA_MIN,
  bounded,
  clamp,
  fitWith,
  MIN_FIT_POINTS,
  PARAMS,
  sseOf,
  type DampedTrendFit,
  type DampedTrendParams,
} from './ets.js';

const GRID_ALPHA = [0.05, 0.15, 0.25, 0.35, 0.5, 0.65, 0.8, 0.95];
const GRID_BETA = [0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75];
const GRID_PHI = [0.8, 0.85, 0.9, 0.94, 0.98];

/** Fits α, β, φ by least squares of the one-step errors: the best grid point, refined by pattern search. */
export function fitDampedTrend(y: readonly number[]): DampedTrendFit {
  if (y.length < MIN_FIT_POINTS) throw new RangeError(`a damped trend needs at least ${MIN_FIT_POINTS} points`);
  const sseAt = sseOf(y);
  let best: DampedTrendParams = { alpha: GRID_ALPHA[0]!, beta: GRID_BETA[0]!, phi: GRID_PHI[0]! };
  let bestSse = Infinity;
  for (const alpha of GRID_ALPHA) {
    for (const beta of GRID_BETA) {
      for (const phi of GRID_PHI) {
        const sse = sseAt({ alpha, beta, phi });
        // Better by more than float noise, or the earlier grid point stays.
        if (sse < bestSse * (1 - 1e-12)) {
          bestSse = sse;
          best = { alpha, beta, phi };
        }
      }
    }
  }
  // Pattern search: try ± step on each parameter, halve the steps when nothing improves.
  let steps = { alpha: 0.05, beta: 0.05, phi: 0.02 };
  for (let round = 0; round < 60 && steps.alpha > 1e-4; round++) {
    let improved = false;
    for (const key of ['alpha', 'beta', 'phi'] as const) {
      for (const dir of [1, -1]) {
        const trial = bounded({ ...best, [key]: best[key] + dir * steps[key] });
        if (trial[key] === best[key]) continue;
        const sse = sseAt(trial);
        if (sse < bestSse * (1 - 1e-12)) {
          bestSse = sse;
          best = trial;
          improved = true;
        }
      }
    }
    if (!improved) steps = { alpha: steps.alpha / 2, beta: steps.beta / 2, phi: steps.phi / 2 };
  }
  return fitWith(y, best);
}

/** Simple exponential smoothing, ETS(A,N,N): α by least squares (a grid, then halving steps). */
export function fitLevel(y: readonly number[]): DampedTrendFit {
  if (y.length < MIN_FIT_POINTS) throw new RangeError(`smoothing needs at least ${MIN_FIT_POINTS} points`);
  const levelSse = sseOf(y, true);
  const sseAt = (alpha: number) => levelSse({ alpha, beta: 0, phi: 0 });
  let best = ALPHA_MIN;
  let bestSse = Infinity;
  for (let alpha = 0.02; alpha < 1; alpha += 0.04) {
    const sse = sseAt(alpha);
    if (sse < bestSse * (1 - 1e-12)) [best, bestSse] = [alpha, sse];
  }
  for (let step = 0.02; step > 1e-4; step /= 2) {
    for (const trial of [best - step, best + step].map((a) => clamp(a, ALPHA_MIN, ALPHA_MAX))) {
      const sse = sseAt(trial);
      if (sse < bestSse * (1 - 1e-12)) [best, bestSse] = [trial, sse];
    }
  }
  return fitWith(y, { alpha: best, beta: 0, phi: 0 }, 'level');
}

/**
 * AICc of a fit (Hyndman et al. 2008, ch. 7): n·ln(SSE/n) + 2k + 2k(k+1)/(n−k−1), k counting the
 * smoothing parameters, the initial states and σ. −∞ for an exact fit.
 */
export function aicc(fit: DampedTrendFit): number {
  const k = PARAMS[fit.model] + 1;
  const n = fit.n;
  if (!(fit.sse > 0)) return -Infinity;
  return n * Math.log(fit.sse / n) + 2 * k + (n - k - 1 > 0 ? (2 * k * (k + 1)) / (n - k - 1) : Infinity);
}

/**
 * The damped trend, unless the trend does not earn its three extra parameters: then simple
 * smoothing (the lower AICc wins; a tie, such as two exact fits, goes to the simpler model).
 * The weekly prices are noise around a slowly turning level, where a trend fitted to noise
 * costs more than it gains (docs/insights.md, Price forecasts → model choice).
 */
export function fitSmoothing(y: readonly number[]): DampedTrendFit {
  const damped = fitDampedTrend(y);
  const level = fitLevel(y);
  const exactLevel = !(level.sse > 1e-18 * y.length * Math.max(1, ...y.map((v) => v * v)));
  if (exactLevel) return level;
  return aicc(damped) < aicc(level) ? damped : level;
}
