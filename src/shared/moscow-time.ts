/**
 * Moscow keeps UTC+3 all year: the marketplace's calendar days (banking days, payment-order and
 * document dates, delivery days, tax-regime dates) are Moscow's.
 */
export const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** The Moscow calendar date (YYYY-MM-DD) of an instant. */
export function moscowDate(t: Date): string {
  return new Date(t.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Moscow calendar date (YYYY-MM-DD) begins. */
export function moscowMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+03:00`);
}

/** An instant as a person in Russia reads it: `27.11.2026 14:30 МСК`. */
export function moscowText(t: Date): string {
  const iso = new Date(t.getTime() + MOSCOW_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)} ${iso.slice(11, 16)} МСК`;
}
