import { normalizeDecimal } from '../../../shared/decimal.js';
import { vatIncluded } from '../pricing.js';
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
  /** The VAT inside `amountMinor`; 0 for `0` and `none`. */
  vatMinor: number;
}

export interface InvoiceVatLine {
  rate: InvoiceVatRate;
  /** The VAT inside the rows at this rate; 0 for `0` and `none`. */
  amountMinor: number;
  /** What the rows at this rate come to, VAT included. */
  baseMinor: number;
}

export interface InvoiceTotals {
  rows: InvoiceRow[];
  /** Итого = Всего к оплате: prices include VAT, so nothing is added on top. */
  totalMinor: number;
  /** One entry per rate present, highest rate first, `none` last. */
  vat: InvoiceVatLine[];
}

const RATE_ORDER: readonly InvoiceVatRate[] = ['22', '10', '7', '5', '0', 'none'];

export { vatIncluded } from '../pricing.js';

export function invoiceTotals(doc: InvoiceDocument): InvoiceTotals {
  const lines: Omit<InvoiceRow, 'vatMinor'>[] = doc.lines.map((line, i) => ({ no: i + 1, ...line }));
  if (doc.delivery) {
    const { name, amountMinor, vatRate } = doc.delivery;
    lines.push({
      no: lines.length + 1,
      name: name ?? 'Доставка',
      quantity: '1',
      unit: 'усл. ед.',
      priceMinor: amountMinor,
      amountMinor,
      vatRate,
    });
  }
  for (const row of lines) checkRow(row);
  const rows: InvoiceRow[] = lines.map((row) => ({ ...row, vatMinor: vatIncluded(row.amountMinor, row.vatRate) }));
  const byRate = new Map<InvoiceVatRate, { amountMinor: number; baseMinor: number }>();
  for (const row of rows) {
    const sum = byRate.get(row.vatRate) ?? { amountMinor: 0, baseMinor: 0 };
    byRate.set(row.vatRate, {
      amountMinor: sum.amountMinor + row.vatMinor,
      baseMinor: sum.baseMinor + row.amountMinor,
    });
  }
  return {
    rows,
    totalMinor: rows.reduce((sum, row) => sum + row.amountMinor, 0),
    vat: RATE_ORDER.filter((rate) => byRate.has(rate)).map((rate) => ({ rate, ...byRate.get(rate)! })),
  };
}

function checkRow(row: Omit<InvoiceRow, 'vatMinor'>): void {
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
