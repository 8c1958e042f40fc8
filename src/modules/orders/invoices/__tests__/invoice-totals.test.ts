import { describe, expect, it } from 'vitest';
import { formatQuantity, longDate, partyLine, shortDate } from '../invoice-format.js';
import { invoiceTotals, vatIncluded } from '../invoice-totals.js';
import { cement, invoice } from './invoice-fixture.js';

describe('vatIncluded', () => {
  it.each([
    [12_200, '22', 2_200], // 122 ₽ = 100 + 22
    [2_200_000, '22', 396_721], // 396 721.31
    [450_000, '22', 81_148], // 81 147.54, half up
    [100, '22', 18], // 18.03
    [1, '22', 0], // 0.18
    [11_000, '10', 1_000],
    [1_234_567, '10', 112_233], // 112 233.36
    [99_999, '0', 0],
    [99_999, 'none', 0],
  ] as const)('%i kopecks at %s %% hold %i of VAT', (amount, rate, vat) => {
    expect(vatIncluded(amount, rate)).toBe(vat);
  });
});

describe('invoiceTotals', () => {
  it('numbers the lines and appends delivery as one service unit', () => {
    const { rows, totalMinor } = invoiceTotals(invoice());
    expect(rows.map((r) => [r.no, r.name, r.quantity, r.unit, r.amountMinor])).toEqual([
      [1, 'Цемент М500 Д0 ЦЕМ I 42,5Н, мешок 50 кг', '40', 'мешок', 2_200_000],
      [2, 'Доставка', '1', 'усл. ед.', 450_000],
    ]);
    expect(totalMinor).toBe(2_650_000);
    const named = invoiceTotals(
      invoice({ delivery: { name: 'Доставка манипулятором', amountMinor: 1, vatRate: '22' } }),
    );
    expect(named.rows.at(-1)!.name).toBe('Доставка манипулятором');
    expect(invoiceTotals(invoice({ delivery: undefined })).rows).toHaveLength(1);
  });

  it('rounds VAT per line and sums the lines, which can differ from VAT on the total', () => {
    // Three lines of 0,80 ₽: 14.43 → 14 kopecks each, 42 in all; 2,40 ₽ at once would give 43.
    const lines = [1, 2, 3].map(() => cement({ priceMinor: 80, amountMinor: 80 }));
    const { vat, totalMinor } = invoiceTotals(invoice({ lines, delivery: undefined }));
    expect(totalMinor).toBe(240);
    expect(vat).toEqual([{ rate: '22', amountMinor: 42, baseMinor: 240 }]);
    expect(vatIncluded(240, '22')).toBe(43);
  });

  it('lists each rate present once, highest first and «none» last', () => {
    const doc = invoice({
      lines: [
        cement({ vatRate: 'none', amountMinor: 500 }),
        cement({ vatRate: '10', amountMinor: 1_100 }),
        cement({ vatRate: '22', amountMinor: 12_200 }),
        cement({ vatRate: '10', amountMinor: 2_200 }),
      ],
      delivery: { amountMinor: 100, vatRate: '0' },
    });
    expect(invoiceTotals(doc).vat).toEqual([
      { rate: '22', amountMinor: 2_200, baseMinor: 12_200 },
      { rate: '10', amountMinor: 300, baseMinor: 3_300 },
      { rate: '0', amountMinor: 0, baseMinor: 100 },
      { rate: 'none', amountMinor: 0, baseMinor: 500 },
    ]);
  });

  it('refuses money that is not whole kopecks, a bad quantity or an unknown rate', () => {
    expect(() => invoiceTotals(invoice({ lines: [cement({ amountMinor: -1 })] }))).toThrow(/amountMinor/);
    expect(() => invoiceTotals(invoice({ lines: [cement({ priceMinor: 0.5 })] }))).toThrow(/priceMinor/);
    expect(() => invoiceTotals(invoice({ lines: [cement({ quantity: '1,5' })] }))).toThrow(RangeError);
    const twenty = cement({ vatRate: '20' as never });
    expect(() => invoiceTotals(invoice({ lines: [twenty] }))).toThrow(/VAT rate 20/);
  });
});

describe('invoice formatting', () => {
  it('writes dates as documents do, in Moscow time', () => {
    expect(longDate('2026-03-05')).toBe('5 марта 2026 г.');
    expect(longDate('2026-12-31')).toBe('31 декабря 2026 г.');
    expect(shortDate('2026-03-05')).toBe('05.03.2026');
    expect(shortDate(new Date('2026-03-04T21:00:00Z'))).toBe('05.03.2026');
    expect(shortDate(new Date('2026-03-04T20:59:59Z'))).toBe('04.03.2026');
    expect(shortDate('2026-01-10T23:30:00+03:00')).toBe('10.01.2026');
    expect(() => shortDate('not a date')).toThrow(RangeError);
  });

  it('writes quantities with a decimal comma and grouped thousands', () => {
    expect(formatQuantity('2.500')).toBe('2,5');
    expect(formatQuantity('12.125')).toBe('12,125');
    expect(formatQuantity('960')).toBe('960');
    expect(formatQuantity('1250.5')).toBe('1\u00a0250,5');
  });

  it('joins a party’s requisites the way 1C does, skipping what is missing', () => {
    expect(
      partyLine({ name: 'ООО «Ромашка»', inn: '7707083893', address: 'г. Москва', phone: '+7 495 000-00-00' }),
    ).toBe('ООО «Ромашка», ИНН 7707083893, г. Москва, тел.: +7\u00a0495\u00a0000-00-00');
    expect(partyLine({ name: 'Иванов Иван Иванович' })).toBe('Иванов Иван Иванович');
  });
});
