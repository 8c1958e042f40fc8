/**
 * Trend periods (docs/insights.md, Market trends): Moscow calendar weeks (Monday to Sunday) and
 * months, named by their first day. Days are Moscow dates, as `sold_lines.day` stores them.
 */
export type PeriodKind = 'week' | 'month';

/** The longest range one request may ask for: two years of weeks, three of months. */
export const MAX_PERIODS: Record<PeriodKind, number> = { week: 104, month: 36 };
/** Without `from`, the range is this many periods up to `to`. */
export const DEFAULT_PERIODS = 12;

const DAY_MS = 86_400_000;
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return asDay(new Date(asDate(day).getTime() + n * DAY_MS));
}

/** The first day of the period that holds `day`. */
export function periodStart(day: string, kind: PeriodKind): string {
  if (kind === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = asDate(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The start of the period `n` periods after (or before, n < 0) the one starting at `start`. */
export function shiftPeriod(start: string, kind: PeriodKind, n: number): string {
  if (kind === 'week') return addDays(start, 7 * n);
  const d = asDate(start);
  return asDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)));
}

/** The last day of the period starting at `start`. */
export function periodEnd(start: string, kind: PeriodKind): string {
  return addDays(shiftPeriod(start, kind, 1), -1);
}

/** The starts of every period from the one holding `from` to the one holding `to`, oldest first. */
export function periodStarts(from: string, to: string, kind: PeriodKind): string[] {
  const last = periodStart(to, kind);
  const out: string[] = [];
  for (let s = periodStart(from, kind); s <= last; s = shiftPeriod(s, kind, 1)) out.push(s);
  return out;
}

/** How many periods `from`..`to` spans (0 when `from` is after `to`), without listing them. */
export function periodCount(from: string, to: string, kind: PeriodKind): number {
  const a = periodStart(from, kind);
  const b = periodStart(to, kind);
  if (a > b) return 0;
  if (kind === 'week') return Math.round((asDate(b).getTime() - asDate(a).getTime()) / (7 * DAY_MS)) + 1;
  const [ay, am] = [Number(a.slice(0, 4)), Number(a.slice(5, 7))];
  const [by, bm] = [Number(b.slice(0, 4)), Number(b.slice(5, 7))];
  return (by - ay) * 12 + (bm - am) + 1;
}
