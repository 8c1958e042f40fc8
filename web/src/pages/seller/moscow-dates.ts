/** Moscow calendar dates: the API takes documents' dates as YYYY-MM-DD in Moscow time. */
const ymd = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Moscow',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Moscow, YYYY-MM-DD. */
export function moscowToday(now: Date = new Date()): string {
  return ymd.format(now);
}

/** The instant a Moscow date starts; Moscow keeps UTC+3 all year (no daylight saving since 2014). */
export function moscowDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+03:00`);
}

/** The first day of the current Moscow month, YYYY-MM-DD. */
export function moscowMonthStart(now: Date = new Date()): string {
  return `${moscowToday(now).slice(0, 7)}-01`;
}
