/**
 * What a «Счёт на оплату» says, as the orders service hands it to the PDF renderer. Conventions:
 * - money: integer kopecks (`…Minor`), VAT included, as the order charged it — the invoice
 *   shows the order's figures and never re-prices a line;
 * - quantities: decimal strings with at most 3 places (`"2.5"` м³), as stored in numeric(14,3);
 * - dates: a `Date` (an instant, shown as its date in Moscow time) or an ISO string — a plain
 *   date `"2026-03-05"` is taken as that calendar day, a timestamp as an instant.
 */

/** The same values as a catalog offer's VAT rate: 5 and 7 are УСН's special rates, `none` an exempt УСН seller. */
export type InvoiceVatRate = '22' | '10' | '7' | '5' | '0' | 'none';

export type InvoiceDate = Date | string;

/** The seller's bank account; any field may be missing and is then drawn empty. */
export interface InvoiceBank {
  /** Банк получателя, e.g. «ПАО Сбербанк, г. Москва». */
  name?: string;
  /** БИК, 9 digits. */
  bik?: string;
  /** Корреспондентский счёт, 20 digits. */
  correspondentAccount?: string;
  /** Расчётный счёт, 20 digits. */
  account?: string;
}

export interface InvoiceParty {
  /** «ООО «СтройБаза»», «ИП Иванов Иван Иванович», or a person's name. */
  name: string;
  /** A buyer who is a private person may have none. */
  inn?: string;
  kpp?: string;
  address?: string;
  phone?: string;
}

export interface InvoiceSeller extends InvoiceParty {
  inn: string;
  bank?: InvoiceBank;
  /** Printed beside the signature lines; blank lines when absent. */
  director?: string;
  accountant?: string;
}

export interface InvoiceLine {
  name: string;
  quantity: string;
  /** An ОКЕИ name: шт, м², м³, кг, т, упак, мешок, … */
  unit: string;
  /** Per unit, VAT included. */
  priceMinor: number;
  /** The line total, VAT included, exactly as the order charged it. */
  amountMinor: number;
  vatRate: InvoiceVatRate;
}

/** Delivery, printed as the last line: 1 усл. ед. at its price. */
export interface InvoiceDelivery {
  /** «Доставка» unless given, e.g. «Доставка манипулятором, Химки». */
  name?: string;
  amountMinor: number;
  vatRate: InvoiceVatRate;
}

export interface InvoiceDocument {
  /** The invoice's number as the seller numbers them, e.g. «1024» or «TU-2026-000017». */
  number: string;
  date: InvoiceDate;
  seller: InvoiceSeller;
  buyer: InvoiceParty;
  /** Основание: the order the invoice is for. */
  order: { number: string; date?: InvoiceDate };
  lines: InvoiceLine[];
  delivery?: InvoiceDelivery;
  /** The last day to pay; the order's reservation ends with it. */
  payBy: InvoiceDate;
}
