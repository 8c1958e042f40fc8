/**
 * Russian formats for everything the client shows: money from kopecks («1 234,50 ₽»), numbers,
 * plural forms, and dates in Moscow time (the API speaks UTC).
 */
const MOSCOW = 'Europe/Moscow';

const rub = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 });
const rubWhole = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', maximumFractionDigits: 0 });
const pluralRules = new Intl.PluralRules('ru-RU');

/** Integer kopecks → «1 234,50 ₽» (whole roubles without kopecks when `whole`). */
export function formatMoney(minor: number | bigint | string, opts: { whole?: boolean } = {}): string {
  const kopecks = typeof minor === 'bigint' ? minor : BigInt(typeof minor === 'string' ? minor : Math.round(minor));
  const negative = kopecks < 0n;
  const abs = negative ? -kopecks : kopecks;
  // An exact decimal string, never a float: sums past 2^53 kopecks keep every kopeck.
  const roubles = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` as `${number}`;
  const text = (opts.whole ? rubWhole : rub).format(roubles);
  return negative ? `−${text}` : text;
}

/** A decimal quantity or measure: «1 250,5». */
export function formatNumber(value: number | string, maxFractionDigits = 3): string {
  const n = typeof value === 'string' ? Number(value) : value;
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: maxFractionDigits }).format(n);
}

/**
 * The Russian plural form for n: forms are [one, few, many] — «1 товар», «2 товара», «5 товаров»,
 * «21 товар», «11 товаров»; fractions take the «few» form («1,5 тонны»).
 */
export function plural(n: number, forms: readonly [one: string, few: string, many: string]): string {
  if (!Number.isInteger(n)) return forms[1];
  const rule = pluralRules.select(n);
  return rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2];
}

/** «5 товаров» */
export function countOf(n: number, forms: readonly [string, string, string]): string {
  return `${formatNumber(n)} ${plural(n, forms)}`;
}

const dateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: MOSCOW,
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const dateTimeYear = new Intl.DateTimeFormat('ru-RU', {
  timeZone: MOSCOW,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('ru-RU', { timeZone: MOSCOW, day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('ru-RU', {
  timeZone: MOSCOW,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeOnly = new Intl.DateTimeFormat('ru-RU', { timeZone: MOSCOW, hour: '2-digit', minute: '2-digit' });

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/** «28 ноября, 14:05» in Moscow time; the year is added when it is not the current one. */
export function formatDateTime(value: string | Date, now: Date = new Date()): string {
  const d = toDate(value);
  const sameYear = shortDate.format(d).slice(-4) === shortDate.format(now).slice(-4);
  return (sameYear ? dateTime : dateTimeYear).format(d);
}

/** «28 ноября 2026 г.» */
export function formatDate(value: string | Date): string {
  return dateOnly.format(toDate(value));
}

/** «28.11.2026» */
export function formatShortDate(value: string | Date): string {
  return shortDate.format(toDate(value));
}

/** «14:05» in Moscow time. */
export function formatTime(value: string | Date): string {
  return timeOnly.format(toDate(value));
}

/** Time left until `until`: «2 ч 05 мин», «45 сек», or «завершено». */
export function formatTimeLeft(until: string | Date, now: Date = new Date()): string {
  const ms = toDate(until).getTime() - now.getTime();
  if (ms <= 0) return 'завершено';
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} д ${h} ч`;
  if (h > 0) return `${h} ч ${String(m).padStart(2, '0')} мин`;
  if (m > 0) return `${m} мин ${String(s % 60).padStart(2, '0')} сек`;
  return `${s} сек`;
}

/** Metres → «850 м» or «12,4 км». */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} м`;
  return `${formatNumber(metres / 1000, 1)} км`;
}

/** Roubles typed by a person («1 234,5») → kopecks, or null when it is not a sum of money. */
export function parseMoney(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f₽]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const [whole, frac = ''] = clean.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** A decimal typed by a person («12,5») → «12.5» as the API takes it, or null. */
export function parseDecimal(text: string): string | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(clean) ? clean : null;
}
