/**
 * The forecasts' offline evaluation (`npm run eval:insights`, docs/insights.md): every shown
 * offer with at least MIN_POINTS weekly prices gets its rolling-origin backtest (the last 13
 * weeks as origins, 1..4 weeks ahead — the route's default 30 days); reported per step and
 * overall: the median over series of MASE, the naive forecast's MASE on the same points, the
 * share of series where the method beats naive, and the pooled 80 %/95 % interval coverage.
 */
import type { Executor } from '../../../shared/db/database.js';
import { priceSeriesApi } from '../../catalog/index.js';
import { backtestDampedTrend, DEFAULT_ORIGINS, type StepScore } from './backtest.js';
import { MIN_POINTS } from './price-forecast.js';

export interface ForecastEvalRow {
  /** '1'..'4' weeks ahead, or '1–4' for all steps together. */
  steps: string;
  series: number;
  forecasts: number;
  medianMase: number | null;
  medianNaiveMase: number | null;
  /** Share of series whose MASE is below the naive forecast's. */
  beatsNaive: number | null;
  coverage80: number | null;
  coverage95: number | null;
}

export interface ForecastEvaluation {
  /** Series evaluated (≥ MIN_POINTS weekly points, prices that move). */
  series: number;
  tooShort: number;
  flat: number;
  horizonWeeks: number;
  origins: number;
  /** The '1–4' row's figures. */
  medianMase: number | null;
  medianNaiveMase: number | null;
  coverage80: number | null;
  coverage95: number | null;
  rows: ForecastEvalRow[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function row(label: string, perSeries: { scale: number; score: Omit<StepScore, 'h'> }[]): ForecastEvalRow {
  const used = perSeries.filter((p) => p.score.forecasts > 0);
  const mase = used.map((p) => p.score.absError / p.score.forecasts / p.scale);
  const naive = used.map((p) => p.score.naiveAbsError / p.score.forecasts / p.scale);
  const forecasts = used.reduce((sum, p) => sum + p.score.forecasts, 0);
  const in80 = used.reduce((sum, p) => sum + p.score.in80, 0);
  const in95 = used.reduce((sum, p) => sum + p.score.in95, 0);
  return {
    steps: label,
    series: used.length,
    forecasts,
    medianMase: median(mase),
    medianNaiveMase: median(naive),
    beatsNaive: used.length > 0 ? mase.filter((m, i) => m < naive[i]!).length / used.length : null,
    coverage80: forecasts > 0 ? in80 / forecasts : null,
    coverage95: forecasts > 0 ? in95 / forecasts : null,
  };
}

export async function evaluateForecasts(
  db: Executor,
  opts: { now?: Date; horizonWeeks?: number; origins?: number } = {},
): Promise<ForecastEvaluation> {
  const horizon = opts.horizonWeeks ?? 4;
  const origins = opts.origins ?? DEFAULT_ORIGINS;
  const all = await priceSeriesApi.allOffers(db, opts.now ?? new Date());
  const long = all.filter((s) => s.prices.length >= MIN_POINTS);
  const scored: { scale: number; byStep: StepScore[] }[] = [];
  let flat = 0;
  for (const s of long) {
    const bt = backtestDampedTrend(s.prices, { horizon, origins });
    if (!(bt.naiveMae > 0)) {
      flat++;
      continue;
    }
    scored.push({ scale: bt.naiveMae, byStep: bt.byStep });
  }
  const rows = Array.from({ length: horizon }, (_, i) =>
    row(
      String(i + 1),
      scored.map((s) => ({ scale: s.scale, score: s.byStep[i]! })),
    ),
  );
  const total = row(
    `1–${horizon}`,
    scored.map((s) => ({
      scale: s.scale,
      score: s.byStep.reduce(
        (a, b) => ({
          forecasts: a.forecasts + b.forecasts,
          absError: a.absError + b.absError,
          naiveAbsError: a.naiveAbsError + b.naiveAbsError,
          in80: a.in80 + b.in80,
          in95: a.in95 + b.in95,
        }),
        { forecasts: 0, absError: 0, naiveAbsError: 0, in80: 0, in95: 0 },
      ),
    })),
  );
  rows.push(total);
  return {
    series: scored.length,
    tooShort: all.length - long.length,
    flat,
    horizonWeeks: horizon,
    origins,
    medianMase: total.medianMase,
    medianNaiveMase: total.medianNaiveMase,
    coverage80: total.coverage80,
    coverage95: total.coverage95,
    rows,
  };
}

const num = (v: number | null, places = 3) => (v === null ? '—' : v.toFixed(places));
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

/** A plain-text table: one line per step ahead and one for all steps. */
export function formatForecastTable(r: ForecastEvaluation): string {
  const head = [
    'weeks ahead',
    'series',
    'forecasts',
    'MASE (median)',
    'naive MASE',
    'beats naive',
    'cover 80 %',
    'cover 95 %',
  ];
  const body = r.rows.map((x) => [
    x.steps,
    String(x.series),
    String(x.forecasts),
    num(x.medianMase),
    num(x.medianNaiveMase),
    pct(x.beatsNaive),
    pct(x.coverage80),
    pct(x.coverage95),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    `Price forecasts (damped trend, or simple smoothing by AICc), rolling origin: the last ${r.origins} weeks as origins, 1–${r.horizonWeeks} weeks ahead; ` +
      `${r.series} offers with ≥ ${MIN_POINTS} weekly prices (${r.tooShort} shorter, ${r.flat} never moved).`,
    'MASE: mean |error| / in-sample mean weekly |change|; targets: median MASE < 1, coverage 80 ± 5 % and 95 ± 5 %.',
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}
