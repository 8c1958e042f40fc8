import { describe, expect, it } from 'vitest';
import { formatRub, RUB_GROUP_SEPARATOR } from '../format-rub.js';

// Written with a visible separator, then swapped for the real one, so the cases read plainly.
const nb = (s: string) => s.replaceAll('_', RUB_GROUP_SEPARATOR);

describe('formatRub', () => {
  it('separates thousands with a no-break space', () => {
    expect(RUB_GROUP_SEPARATOR).toBe('\u00a0');
    expect(formatRub(123456789)).toBe('1\u00a0234\u00a0567,89');
  });

  it.each([
    [0, '0,00'],
    [1, '0,01'],
    [10, '0,10'],
    [99, '0,99'],
    [100, '1,00'],
    [99999, '999,99'],
    [100000, '1_000,00'],
    [1234500, '12_345,00'],
    [12345600, '123_456,00'],
    [123456789, '1_234_567,89'],
    [100000000000, '1_000_000_000,00'],
    [-150, '-1,50'],
    [-123456789, '-1_234_567,89'],
  ])('%i → %s', (kopecks, text) => {
    expect(formatRub(kopecks)).toBe(nb(text));
  });

  it('agrees with Intl ru-RU on the digits, whatever separator this Node build prefers', () => {
    for (const kopecks of [0, 7, 120050, 987654321, 5_000_000_000_00]) {
      const intl = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        .format(kopecks / 100)
        .replace(/\s/g, RUB_GROUP_SEPARATOR);
      expect(formatRub(kopecks)).toBe(intl);
    }
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (bad) => {
    expect(() => formatRub(bad)).toThrow(RangeError);
  });
});
