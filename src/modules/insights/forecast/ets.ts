/**
 * Damped-trend exponential smoothing, ETS(A,Ad,N) (docs/insights.md, Price forecasts): pure
 * arithmetic on a series of numbers, no I/O. Holt's form with a damped trend, written in the
 * error-correction form the prediction-interval formula comes from:
 *   f_t = l_{t-1} + φ·b_{t-1};  e_t = y_t − f_t;  l_t = f_t + α·e_t;  b_t = φ·b_{t-1} + α·β·e_t
 * α, β (Holt's trend smoothing, β* in the literature) and φ are fitted per series by least
 * squares of the one-step errors (the searches are in fit.ts). For given α, β, φ the errors are
 * affine in the initial state (l₀, b₀), so that state is solved exactly, not searched.
 */

export interface DampedTrendParams {
  alpha: number;
  beta: number;
  phi: number;
}

export interface DampedTrendFit extends DampedTrendParams {
  /** 'level': simple smoothing, ETS(A,N,N) — no trend (β = 0, φ = 0, b = 0). */
  model: 'damped_trend' | 'level';
  /** The state after the last observation. */
  level: number;
  trend: number;
  initialLevel: number;
  initialTrend: number;
  /** Residual standard deviation: √(SSE / (n − 5)), 5 = α, β, φ, l₀, b₀. */
  sigma: number;
  sse: number;
  n: number;
}

export interface ForecastStep {
  h: number;
  mean: number;
  sd: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

export const PHI_MIN = 0.8;
export const PHI_MAX = 0.98;
export const ALPHA_MIN = 0.01;
export const ALPHA_MAX = 0.99;
const BETA_MIN = 0;
const BETA_MAX = 0.99;
export const Z80 = 1.2816;
export const Z95 = 1.96;
/** Below this many points a fit has too few errors to judge its 5 parameters by. */
export const MIN_FIT_POINTS = 8;

/** One-step errors of the filter from state (l, b), into `out`; returns the final state. */
function run(y: ArrayLike<number>, p: DampedTrendParams, l0: number, b0: number, out: Float64Array) {
  let l = l0;
  let b = b0;
  for (let t = 0; t < y.length; t++) {
    const f = l + p.phi * b;
    const e = y[t]! - f;
    out[t] = e;
    l = f + p.alpha * e;
    b = p.phi * b + p.alpha * p.beta * e;
  }
  return { level: l, trend: b };
}

interface Scratch {
  e0: Float64Array;
  eL: Float64Array;
  eB: Float64Array;
  zeros: Float64Array;
}

function scratch(n: number): Scratch {
  return { e0: new Float64Array(n), eL: new Float64Array(n), eB: new Float64Array(n), zeros: new Float64Array(n) };
}

/** SSE at the best initial state for these parameters, and that state. */
function solveInitial(
  y: ArrayLike<number>,
  p: DampedTrendParams,
  s: Scratch,
  levelOnly = false,
): { sse: number; l0: number; b0: number } {
  // e(l₀, b₀) = e0 + l₀·eL + b₀·eB: the filter is linear in its start and in y.
  run(y, p, 0, 0, s.e0);
  run(s.zeros, p, 1, 0, s.eL);
  run(s.zeros, p, 0, 1, s.eB);
  let ll = 0;
  let lb = 0;
  let bb = 0;
  let l0e = 0;
  let b0e = 0;
  for (let t = 0; t < y.length; t++) {
    ll += s.eL[t]! * s.eL[t]!;
    lb += s.eL[t]! * s.eB[t]!;
    bb += s.eB[t]! * s.eB[t]!;
    l0e += s.eL[t]! * s.e0[t]!;
    b0e += s.eB[t]! * s.e0[t]!;
  }
  const det = ll * bb - lb * lb;
  let l0: number;
  let b0: number;
  if (levelOnly) {
    l0 = ll > 0 ? -l0e / ll : y[0]!;
    b0 = 0;
  } else if (Math.abs(det) > 1e-12 * Math.max(1, ll * bb)) {
    l0 = (-l0e * bb + b0e * lb) / det;
    b0 = (-b0e * ll + l0e * lb) / det;
  } else {
    l0 = y[0]!;
    b0 = 0;
  }
  let sse = 0;
  for (let t = 0; t < y.length; t++) {
    const e = s.e0[t]! + l0 * s.eL[t]! + b0 * s.eB[t]!;
    sse += e * e;
  }
  return { sse, l0, b0 };
}

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function bounded(p: DampedTrendParams): DampedTrendParams {
  return {
    alpha: clamp(p.alpha, ALPHA_MIN, ALPHA_MAX),
    beta: clamp(p.beta, BETA_MIN, BETA_MAX),
    phi: clamp(p.phi, PHI_MIN, PHI_MAX),
  };
}

/** The SSE at the best initial state, as a function of the parameters (for the searches in fit.ts). */
export function sseOf(y: readonly number[], levelOnly = false): (p: DampedTrendParams) => number {
  const s = scratch(y.length);
  return (p) => solveInitial(y, p, s, levelOnly).sse;
}

/** Parameters and initial states each model fits: α, β, φ, l₀, b₀ or α, l₀. */
export const PARAMS = { damped_trend: 5, level: 2 } as const;

/** The state and residual spread of a series under given parameters (initial state solved). */
export function fitWith(
  y: readonly number[],
  params: DampedTrendParams,
  model: DampedTrendFit['model'] = 'damped_trend',
): DampedTrendFit {
  const p = model === 'level' ? { alpha: clamp(params.alpha, ALPHA_MIN, ALPHA_MAX), beta: 0, phi: 0 } : bounded(params);
  const s = scratch(y.length);
  const { sse, l0, b0 } = solveInitial(y, p, s, model === 'level');
  const end = run(y, p, l0, b0, s.e0);
  const dof = Math.max(1, y.length - PARAMS[model]);
  return {
    model,
    ...p,
    level: end.level,
    trend: end.trend,
    initialLevel: l0,
    initialTrend: b0,
    sigma: Math.sqrt(Math.max(0, sse) / dof),
    sse,
    n: y.length,
  };
}

/** Σ_{i=1}^{h} φ^i: how much of today's trend the forecast h steps ahead carries. */
export function dampedSum(phi: number, h: number): number {
  let sum = 0;
  let power = 1;
  for (let i = 1; i <= h; i++) {
    power *= phi;
    sum += power;
  }
  return sum;
}

/**
 * Point forecasts and prediction intervals for steps 1..horizon:
 * ŷ_{n+h} = l_n + (φ + … + φ^h)·b_n; Var = σ²·[1 + Σ_{j=1}^{h−1} (α + α·β·(φ + … + φ^j))²]
 * (Hyndman et al., Forecasting with Exponential Smoothing, 2008, class 1 models). Simple smoothing
 * is the case β = 0, φ = 0, b = 0: a flat forecast, Var = σ²·[1 + (h−1)·α²].
 */
export function forecastDampedTrend(fit: DampedTrendFit, horizon: number): ForecastStep[] {
  const steps: ForecastStep[] = [];
  let varianceSum = 1;
  for (let h = 1; h <= horizon; h++) {
    if (h > 1) {
      const c = fit.alpha + fit.alpha * fit.beta * dampedSum(fit.phi, h - 1);
      varianceSum += c * c;
    }
    const mean = fit.level + dampedSum(fit.phi, h) * fit.trend;
    const sd = fit.sigma * Math.sqrt(varianceSum);
    steps.push({
      h,
      mean,
      sd,
      lower80: mean - Z80 * sd,
      upper80: mean + Z80 * sd,
      lower95: mean - Z95 * sd,
      upper95: mean + Z95 * sd,
    });
  }
  return steps;
}
