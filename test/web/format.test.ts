import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatDate,
  formatDateTime,
  formatDistance,
  formatMoney,
  formatNumber,
  formatShortDate,
  formatTime,
  formatTimeLeft,
  parseDecimal,
  parseMoney,
  plural,
} from '../../web/src/lib/format.js';

// Intl's Russian formats: groups and the currency sign are set off by U+00A0 (no-break space), the
// minus is U+2212 (ours), the day and the month by an ordinary space.
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('formatMoney (kopecks → roubles)', () => {
  it('groups thousands and always shows the kopecks', () => {
    expect(formatMoney(123450)).toBe(`1${NBSP}234,50${NBSP}₽`);
    expect(formatMoney(5)).toBe(`0,05${NBSP}₽`);
    expect(formatMoney(0)).toBe(`0,00${NBSP}₽`);
    expect(formatMoney(99_999_999)).toBe(`999${NBSP}999,99${NBSP}₽`);
  });

  it('puts a minus sign before negative sums', () => {
    expect(formatMoney(-123450)).toBe(`${MINUS}1${NBSP}234,50${NBSP}₽`);
    expect(formatMoney(-1)).toBe(`${MINUS}0,01${NBSP}₽`);
  });

  it('keeps every kopeck of sums past 2^53 kopecks, given as bigint or as a string', () => {
    expect(formatMoney(2n ** 53n + 1n)).toBe(`90${NBSP}071${NBSP}992${NBSP}547${NBSP}409,93${NBSP}₽`);
    expect(formatMoney('90071992547409931')).toBe(`900${NBSP}719${NBSP}925${NBSP}474${NBSP}099,31${NBSP}₽`);
    expect(formatMoney(-(2n ** 60n) - 7n)).toBe(
      `${MINUS}11${NBSP}529${NBSP}215${NBSP}046${NBSP}068${NBSP}469,83${NBSP}₽`,
    );
  });

  it('rounds to whole roubles when asked', () => {
    expect(formatMoney(123450, { whole: true })).toBe(`1${NBSP}235${NBSP}₽`);
    expect(formatMoney(123449, { whole: true })).toBe(`1${NBSP}234${NBSP}₽`);
    expect(formatMoney(100_000_00, { whole: true })).toBe(`100${NBSP}000${NBSP}₽`);
  });
});

describe('formatNumber, formatDistance', () => {
  it('writes decimals with a comma and groups thousands', () => {
    expect(formatNumber('1250.5')).toBe(`1${NBSP}250,5`);
    expect(formatNumber(0.1234)).toBe('0,123');
    expect(formatNumber('не число')).toBe('не число');
  });

  it('shows metres below a kilometre and kilometres with one decimal above', () => {
    expect(formatDistance(850.4)).toBe('850 м');
    expect(formatDistance(12_400)).toBe('12,4 км');
  });
});

describe('plural (Russian forms: one, few, many)', () => {
  const goods = ['товар', 'товара', 'товаров'] as const;
  it.each([
    [1, 'товар'],
    [2, 'товара'],
    [5, 'товаров'],
    [11, 'товаров'],
    [12, 'товаров'],
    [14, 'товаров'],
    [21, 'товар'],
    [22, 'товара'],
    [25, 'товаров'],
    [101, 'товар'],
    [111, 'товаров'],
    [0, 'товаров'],
    [1.5, 'товара'],
  ])('%s → %s', (n, form) => {
    expect(plural(n, goods)).toBe(form);
  });

  it('writes the count with the form', () => {
    expect(countOf(1.5, ['тонна', 'тонны', 'тонн'])).toBe('1,5 тонны');
    expect(countOf(1250, goods)).toBe(`1${NBSP}250 товаров`);
  });
});

describe('dates in Moscow time (UTC+3)', () => {
  const lateEvening = '2026-11-28T21:30:00Z'; // 00:30 on 29 November in Moscow
  const now = new Date('2026-11-28T12:00:00Z');

  it('shows the Moscow date and time of a UTC instant near midnight', () => {
    expect(formatDateTime(lateEvening, now)).toBe('29 ноября в 00:30');
    expect(formatDate(lateEvening)).toBe('29 ноября 2026 г.');
    expect(formatShortDate(lateEvening)).toBe('29.11.2026');
    expect(formatTime(lateEvening)).toBe('00:30');
  });

  it('adds the year when it is not the current one, counting years in Moscow', () => {
    expect(formatDateTime('2025-12-31T21:30:00Z', now)).toBe('1 января в 00:30');
    expect(formatDateTime('2025-12-31T20:59:00Z', now)).toBe('31 декабря 2025 г. в 23:59');
  });
});

describe('formatTimeLeft', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it('says the time is up at and after the end', () => {
    expect(formatTimeLeft(now, now)).toBe('завершено');
    expect(formatTimeLeft(after(-60), now)).toBe('завершено');
  });

  it('shows the two largest units', () => {
    expect(formatTimeLeft(after(45), now)).toBe('45 сек');
    expect(formatTimeLeft(after(5 * 60 + 3), now)).toBe('5 мин 03 сек');
    expect(formatTimeLeft(after(2 * 3600 + 5 * 60 + 59), now)).toBe('2 ч 05 мин');
    expect(formatTimeLeft(after(3 * 86_400 + 4 * 3600 + 10), now)).toBe('3 д 4 ч');
    expect(formatTimeLeft('2026-11-28T12:00:30.900Z', now)).toBe('30 сек');
  });
});

describe('parseMoney (roubles typed by a person → kopecks)', () => {
  it.each([
    ['1234,5', 123450],
    ['1 234,50', 123450],
    [`1${NBSP}234,50${NBSP}₽`, 123450],
    ['1\u202f234.05', 123405],
    ['0,05', 5],
    ['12', 1200],
    [' 7 ₽ ', 700],
  ])('%j → %i kopecks', (text, kopecks) => {
    expect(parseMoney(text)).toBe(kopecks);
  });

  it.each(['', '₽', '12,345', '-5', '−5', '1,2,3', '1.2.3', ',5', '5,', 'abc', '1e3'])('refuses %j', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('parseDecimal (a typed quantity → the API decimal string)', () => {
  it.each([
    ['12,5', '12.5'],
    ['1 000,25', '1000.25'],
    ['0.125', '0.125'],
    ['7', '7'],
  ])('%j → %j', (text, decimal) => {
    expect(parseDecimal(text)).toBe(decimal);
  });

  it.each(['', '-1', '1,2,3', '.5', '5.', 'пять', '1e3'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});
