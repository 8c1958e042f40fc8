import { normalizeDecimal } from '../../../shared/decimal.js';
import type { InvoiceDocument, InvoiceVatRate } from './invoice-document.js';

/** One row of the invoice table: the goods lines, then delivery. */
export interface InvoiceRow {
  no: number;
  name: string;
  quantity: string;
  unit: string;
  priceMinor: number;
  amountMinor: number;
  vatRate: InvoiceVatRate;
}

export interface InvoiceVatLine {
  rate: InvoiceVatRate;
  /** The VAT inside the rows at this rate; 0 for `0` and `none`. */
  amountMinor: number;
}

export interface InvoiceTotals {
  rows: InvoiceRow[];
  /** Итого = Всего к оплате: prices include VAT, so nothing is added on top. */
  totalMinor: number;
  /** One entry per rate present, highest rate first, `none` last. */
  vat: InvoiceVatLine[];
}

const RATE_ORDER: readonly InvoiceVatRate[] = ['22', '10', '0', 'none'];

/**
 * The VAT inside a VAT-inclusive amount: amount·rate/(100+rate), rounded half up to a kopeck.
 * Rounded per line and then summed per rate (as 1C and the УПД do), so each line's VAT is what
 * a line-by-line document would show; the sum may differ by a few kopecks from VAT on the total.
 */
export function vatIncluded(amountMinor: number, rate: InvoiceVatRate): number {
  if (rate === 'none' || rate === '0') return 0;
  const r = Number(rate);
  // Half up in integers: floor((2·a·r + (100+r)) / (2·(100+r))); a·r stays far below 2^53.
  return Math.floor((2 * amountMinor * r + (100 + r)) / (2 * (100 + r)));
}

export function invoiceTotals(doc: InvoiceDocument): InvoiceTotals {
  const rows: InvoiceRow[] = doc.lines.map((line, i) => ({ no: i + 1, ...line }));
  if (doc.delivery) {
    const { name, amountMinor, vatRate } = doc.delivery;
    rows.push({
      no: rows.length + 1,
      name: name ?? 'Доставка',
      quantity: '1',
      unit: 'усл. ед.',
      priceMinor: amountMinor,
      amountMinor,
      vatRate,
    });
  }
  for (const row of rows) checkRow(row);
  const vatByRate = new Map<InvoiceVatRate, number>();
  for (const row of rows) {
    vatByRate.set(row.vatRate, (vatByRate.get(row.vatRate) ?? 0) + vatIncluded(row.amountMinor, row.vatRate));
  }
  return {
    rows,
    totalMinor: rows.reduce((sum, row) => sum + row.amountMinor, 0),
    vat: RATE_ORDER.filter((rate) => vatByRate.has(rate)).map((rate) => ({ rate, amountMinor: vatByRate.get(rate)! })),
  };
}

function checkRow(row: InvoiceRow): void {
  for (const [field, value] of [
    ['priceMinor', row.priceMinor],
    ['amountMinor', row.amountMinor],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`invoice line ${row.no}: ${field} must be whole kopecks ≥ 0, got ${value}`);
    }
  }
  if (!RATE_ORDER.includes(row.vatRate))
    throw new RangeError(`invoice line ${row.no}: unknown VAT rate ${row.vatRate}`);
  normalizeDecimal(row.quantity); // throws on anything but a decimal with at most 3 places
}
