/** Damped-trend smoothing and its backtest on hand-made series whose answers are known. */
import { describe, expect, it } from 'vitest';
import { weekEndAfter } from '../../catalog/index.js';
import { backtestDampedTrend } from '../forecast/backtest.js';
import { dampedSum, fitWith, forecastDampedTrend, PHI_MAX, Z80, Z95 } from '../forecast/ets.js';
import { aicc, fitDampedTrend, fitLevel, fitSmoothing } from '../forecast/fit.js';
import { MIN_POINTS, priceForecast, stepsWithin } from '../forecast/price-forecast.js';

/** A seeded PRNG (mulberry32) and standard normals from it (Box–Muller): the same series every run. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A series drawn from ETS(A,Ad,N) itself: known α, β, φ, start and noise. */
function damped(
  n: number,
  p: { alpha: number; beta: number; phi: number },
  l0: number,
  b0: number,
  noise: () => number,
) {
  let l = l0;
  let b = b0;
  const y: number[] = [];
  for (let t = 0; t < n; t++) {
    const f = l + p.phi * b;
    const e = noise();
    y.push(f + e);
    l = f + p.alpha * e;
    b = p.phi * b + p.alpha * p.beta * e;
  }
  return { y, level: l, trend: b };
}

describe('damped trend: the fit', () => {
  it('a constant series forecasts the constant with no spread', () => {
    const fit = fitDampedTrend(Array.from({ length: 40 }, () => 52_000));
    expect(fit.sigma).toBeLessThan(1e-6);
    for (const s of forecastDampedTrend(fit, 13)) {
      expect(s.mean).toBeCloseTo(52_000, 6);
      expect(s.upper95 - s.lower95).toBeLessThan(1e-4);
    }
  });

  it('a straight line: the least damping fits it, the next step is on the line, far steps fall below it', () => {
    const y = Array.from({ length: 40 }, (_, t) => 10_000 + 50 * t);
    const fit = fitDampedTrend(y);
    expect(fit.phi).toBeCloseTo(PHI_MAX, 6);
    const steps = forecastDampedTrend(fit, 13);
    expect(Math.abs(steps[0]!.mean - 12_000)).toBeLessThan(12_000 * 0.001);
    for (let h = 1; h < steps.length; h++) expect(steps[h]!.mean).toBeGreaterThan(steps[h - 1]!.mean);
    // Damped: after a quarter the forecast is short of the undamped line 10 000 + 50·52 = 12 600.
    expect(steps[12]!.mean).toBeLessThan(12_600 - 50);
    expect(steps[12]!.mean).toBeGreaterThan(12_000);
  });

  it('a noise-free damped trend: φ is found and the forecast continues it exactly', () => {
    const p = { alpha: 0.4, beta: 0.3, phi: 0.9 };
    const { y, level, trend } = damped(40, p, 10_000, 200, () => 0);
    const fit = fitDampedTrend(y);
    expect(fit.phi).toBeCloseTo(0.9, 3);
    expect(fit.sigma).toBeLessThan(1e-6);
    const steps = forecastDampedTrend(fit, 5);
    for (const s of steps) expect(s.mean).toBeCloseTo(level + dampedSum(0.9, s.h) * trend, 4);
  });

  it('a noisy damped trend with known α 0.4, β 0.3, φ 0.9, σ 100: the fit recovers them', () => {
    const noise = normals(12);
    const { y } = damped(600, { alpha: 0.4, beta: 0.3, phi: 0.9 }, 50_000, 80, () => 100 * noise());
    const fit = fitDampedTrend(y);
    expect(fit.alpha).toBeGreaterThan(0.3);
    expect(fit.alpha).toBeLessThan(0.5);
    expect(fit.beta).toBeGreaterThan(0.2);
    expect(fit.beta).toBeLessThan(0.4);
    expect(fit.phi).toBeGreaterThan(0.86);
    expect(fit.phi).toBeLessThan(0.94);
    expect(fit.sigma).toBeGreaterThan(90);
    expect(fit.sigma).toBeLessThan(110);
  });

  it('interval variance is σ²·[1 + Σ (α + αβ(φ + … + φ^j))²], widening with the horizon, 95 % wider than 80 %', () => {
    const y = damped(60, { alpha: 0.5, beta: 0.2, phi: 0.9 }, 1000, 5, normals(3)).y;
    const fit = fitWith(y, { alpha: 0.5, beta: 0.2, phi: 0.9 });
    const steps = forecastDampedTrend(fit, 13);
    const c1 = 0.5 + 0.5 * 0.2 * 0.9;
    const c2 = 0.5 + 0.5 * 0.2 * (0.9 + 0.81);
    expect(steps[0]!.sd).toBeCloseTo(fit.sigma, 10);
    expect(steps[2]!.sd).toBeCloseTo(fit.sigma * Math.sqrt(1 + c1 * c1 + c2 * c2), 10);
    for (let h = 1; h < steps.length; h++) {
      expect(steps[h]!.upper80 - steps[h]!.lower80).toBeGreaterThan(steps[h - 1]!.upper80 - steps[h - 1]!.lower80);
    }
    for (const s of steps) {
      expect(s.upper95 - s.lower95).toBeCloseTo(((s.upper80 - s.lower80) * Z95) / Z80, 8);
      expect(s.lower95).toBeLessThan(s.lower80);
      expect(s.upper95).toBeGreaterThan(s.upper80);
    }
  });
});

describe('the model choice: damped trend or simple smoothing, by AICc', () => {
  it('a trend is kept where it earns its parameters: the line, the damped series', () => {
    expect(fitSmoothing(Array.from({ length: 40 }, (_, t) => 10_000 + 50 * t))).toMatchObject({
      model: 'damped_trend',
      phi: PHI_MAX,
    });
    const noise = normals(12);
    const { y } = damped(200, { alpha: 0.4, beta: 0.3, phi: 0.9 }, 50_000, 80, () => 100 * noise());
    expect(fitSmoothing(y).model).toBe('damped_trend');
  });

  it('noise around a level gets simple smoothing: a flat forecast, Var = σ²·[1 + (h−1)·α²]', () => {
    const noise = normals(5);
    const y = Array.from({ length: 52 }, () => 30_000 + 200 * noise());
    const damped = fitDampedTrend(y);
    const level = fitLevel(y);
    expect(aicc(level)).toBeLessThan(aicc(damped));
    const fit = fitSmoothing(y);
    expect(fit).toMatchObject({ model: 'level', beta: 0, phi: 0, trend: 0 });
    const steps = forecastDampedTrend(fit, 4);
    for (const s of steps) {
      expect(s.mean).toBe(fit.level);
      expect(s.sd).toBeCloseTo(fit.sigma * Math.sqrt(1 + (s.h - 1) * fit.alpha ** 2), 10);
    }
    expect(Math.abs(fit.level - 30_000)).toBeLessThan(200);
  });

  it('a constant series: simple smoothing, exact', () => {
    const fit = fitSmoothing(Array.from({ length: 30 }, () => 990));
    expect(fit.model).toBe('level');
    expect(forecastDampedTrend(fit, 2).map((s) => s.mean)).toEqual([990, 990]);
  });
});

describe('damped trend: the backtest', () => {
  it('a straight line: the method nearly exact, the naive MASE is the mean step ahead', () => {
    const y = Array.from({ length: 40 }, (_, t) => 10_000 + 50 * t);
    const bt = backtestDampedTrend(y, { horizon: 4, origins: 13 });
    // Origins t = 27..39; steps min(4, 40 − t): ten origins of 4, then 3, 2, 1 → 46 forecasts.
    expect(bt.origins).toBe(13);
    expect(bt.forecasts).toBe(46);
    expect(bt.naiveMae).toBe(50);
    // The naive error h steps ahead is 50·h, its MASE the mean h: (10·10 + 6 + 3 + 1) / 46.
    expect(bt.naiveMase).toBeCloseTo(110 / 46, 10);
    // Only the damping misses: 50·(h − (φ + … + φ^h)) with φ = 0.98 is under 5 kopecks at h = 4.
    expect(bt.mase!).toBeLessThan(0.15);
  });

  it('a series drawn from the model: MASE below the naive one, intervals near nominal', () => {
    const noise = normals(7);
    let covered80 = 0;
    let covered95 = 0;
    let beat = 0;
    const runs = 20;
    for (let r = 0; r < runs; r++) {
      const { y } = damped(80, { alpha: 0.3, beta: 0.2, phi: 0.9 }, 20_000, 30, () => 100 * noise());
      const bt = backtestDampedTrend(y, { horizon: 1, origins: 30 });
      covered80 += bt.coverage80!;
      covered95 += bt.coverage95!;
      if (bt.mase! < bt.naiveMase!) beat++;
    }
    expect(covered80 / runs).toBeGreaterThan(0.7);
    expect(covered80 / runs).toBeLessThan(0.9);
    expect(covered95 / runs).toBeGreaterThan(0.88);
    expect(beat).toBeGreaterThan(runs / 2);
  });

  it('a series that never moves has no MASE (no scale), and its zero-width intervals cover it', () => {
    const bt = backtestDampedTrend(
      Array.from({ length: 35 }, () => 700),
      { horizon: 2 },
    );
    expect(bt.mase).toBeNull();
    expect(bt.coverage80).toBe(1);
  });
});

describe('the forecast answer', () => {
  const now = new Date('2026-11-25T09:00:00Z'); // a Wednesday; the Moscow week ends 2026-11-30 00:00 МСК
  const weekEnd = weekEndAfter(now);
  const series = (n: number) => ({
    kind: 'offer' as const,
    id: 'x',
    prices: Array.from({ length: n }, (_, k) => 10_000 + 100 * k),
    weekEnds: Array.from({ length: n }, (_, k) => new Date(weekEnd.getTime() - (n - 1 - k) * 7 * 86_400_000)),
  });

  it('Moscow weeks end on Monday 00:00 МСК', () => {
    expect(weekEnd.toISOString()).toBe('2026-11-29T21:00:00.000Z');
    expect(weekEndAfter(new Date('2026-11-29T20:59:59Z')).toISOString()).toBe('2026-11-29T21:00:00.000Z');
    expect(weekEndAfter(new Date('2026-11-29T21:00:00Z')).toISOString()).toBe('2026-12-06T21:00:00.000Z');
  });

  it('fewer than 30 weekly points: it says so instead of guessing', () => {
    const a = priceForecast(series(MIN_POINTS - 1), now, 30);
    expect(a).toMatchObject({ status: 'insufficient_history', points: 29, needed: 30 });
    expect(a.status === 'insufficient_history' && a.message).toMatch(/^Недостаточно истории цен: 29/);
    expect(priceForecast(series(MIN_POINTS), now, 30).status).toBe('ok');
  });

  it('weekly points up to the horizon, one at least, in kopecks', () => {
    expect(stepsWithin(weekEnd, now, 30)).toBe(3); // week ends 6, 13, 20 December; the 27th is past 25 December
    expect(stepsWithin(weekEnd, now, 1)).toBe(1);
    expect(stepsWithin(weekEnd, now, 90)).toBe(12);
    const a = priceForecast(series(40), now, 30);
    if (a.status !== 'ok') throw new Error(a.status);
    expect(a.points.map((p) => p.at)).toEqual([
      '2026-12-06T21:00:00.000Z',
      '2026-12-13T21:00:00.000Z',
      '2026-12-20T21:00:00.000Z',
    ]);
    for (const p of a.points) {
      expect(Number.isInteger(p.priceMinor)).toBe(true);
      expect(p.lower95).toBeLessThanOrEqual(p.lower80);
      expect(p.lower80).toBeLessThanOrEqual(p.priceMinor);
      expect(p.priceMinor).toBeLessThanOrEqual(p.upper80);
      expect(p.upper80).toBeLessThanOrEqual(p.upper95);
    }
    expect(a.series).toMatchObject({ points: 40, step: 'week', last: { priceMinor: 13_900 } });
    expect(a.backtest).toMatchObject({ origins: 13, horizonWeeks: 3, naiveMae: 100 });
  });
});
