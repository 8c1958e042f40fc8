/**
 * One «Счёт на оплату» drawn onto a pdfkit document from its current page on: the seller's bank
 * box, the title, supplier and buyer, the lines table (its header repeated on every page), the
 * totals with VAT shown separately, the total in words, the payment note and signature lines.
 */
import { amountInWords } from '../../../shared/money/amount-in-words.js';
import { formatRub } from '../../../shared/money/format-rub.js';
import { drawBankBox } from './invoice-bank-box.js';
import type { InvoiceDocument } from './invoice-document.js';
import { formatQuantity, longDate, partyLine, shortDate } from './invoice-format.js';
import type { InvoiceRow, InvoiceTotals } from './invoice-totals.js';

/** Names the fonts are registered under (see invoice-pdf.ts). */
export const REGULAR = 'invoice-regular';
export const BOLD = 'invoice-bold';

export const MARGIN = { top: 36, bottom: 36, left: 36, right: 36 };
export const PAGE_HEIGHT = 841.89; // A4 in points
export const X0 = MARGIN.left;
export const CONTENT_WIDTH = 595.28 - MARGIN.left - MARGIN.right;
/** The page footer ("страница 1 из 3") lives below this line. */
const CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN.bottom - 14;

const BODY = 8.5;
const COLUMNS = [
  { title: '№', width: 20, align: 'center' },
  { title: 'Товары (работы, услуги)', width: 0, align: 'left' }, // takes what the others leave
  { title: 'Кол-во', width: 42, align: 'right' },
  { title: 'Ед.', width: 40, align: 'left' },
  { title: 'Цена', width: 60, align: 'right' },
  { title: 'Ставка НДС', width: 40, align: 'center' },
  { title: 'Сумма НДС', width: 56, align: 'right' },
  { title: 'Сумма', width: 66, align: 'right' },
] as const;
/** The column the totals line up under: «Сумма». */
const SUM_COLUMN = COLUMNS.length - 1;
const WIDTHS = COLUMNS.map((c) => c.width || CONTENT_WIDTH - COLUMNS.reduce((sum, col) => sum + col.width, 0));
const COLUMN_X = WIDTHS.map((_, i) => X0 + WIDTHS.slice(0, i).reduce((sum, w) => sum + w, 0));
const PAD = 3;

type Doc = PDFKit.PDFDocument;

/** The invoice's title: «Счёт на оплату № 17 от 5 марта 2026 г.». */
export function invoiceTitle(invoice: InvoiceDocument): string {
  return `Счёт на оплату № ${invoice.number} от ${longDate(invoice.date)}`;
}

/** Draws the whole invoice, starting at the top of the current page (adding pages as it needs). */
export function drawInvoice(doc: Doc, invoice: InvoiceDocument, totals: InvoiceTotals): void {
  let y = drawBankBox(
    doc,
    invoice.seller,
    { x: X0, y: MARGIN.top, width: CONTENT_WIDTH },
    { regular: REGULAR, bold: BOLD },
  );
  y = drawTitle(doc, invoiceTitle(invoice), y + 16);
  y = drawParties(doc, invoice, y + 8);
  y = drawTable(doc, totals.rows, y + 8);
  drawClosing(doc, invoice, totals, y);
}

function drawTitle(doc: Doc, title: string, y: number): number {
  doc.font(BOLD).fontSize(13).text(title, X0, y, { width: CONTENT_WIDTH });
  const bottom = doc.y + 4;
  rule(doc, bottom, 1.5);
  return bottom;
}

function drawParties(doc: Doc, invoice: InvoiceDocument, top: number): number {
  const labelWidth = 86;
  const valueWidth = CONTENT_WIDTH - labelWidth;
  const order = `Заказ № ${invoice.order.number}${invoice.order.date ? ` от ${shortDate(invoice.order.date)}` : ''}`;
  let y = top;
  for (const [label, value] of [
    ['Поставщик\n(Исполнитель):', partyLine(invoice.seller)],
    ['Покупатель\n(Заказчик):', partyLine(invoice.buyer)],
    ['Основание:', order],
  ] as const) {
    const labelHeight = doc.font(REGULAR).fontSize(9).heightOfString(label, { width: labelWidth });
    const valueHeight = doc.font(BOLD).fontSize(9).heightOfString(value, { width: valueWidth });
    doc.font(REGULAR).text(label, X0, y, { width: labelWidth });
    doc.font(BOLD).text(value, X0 + labelWidth, y, { width: valueWidth });
    y += Math.max(labelHeight, valueHeight) + 6;
  }
  return y;
}

/** The lines table; a row that would cross the bottom goes to a new page under a repeated header. */
function drawTable(doc: Doc, rows: readonly InvoiceRow[], top: number): number {
  let y = drawTableHeader(doc, top);
  for (const row of rows) {
    const cells = [
      String(row.no),
      row.name,
      formatQuantity(row.quantity),
      row.unit,
      formatRub(row.priceMinor),
      rateLabel(row.vatRate),
      row.vatRate === 'none' ? '—' : formatRub(row.vatMinor),
      formatRub(row.amountMinor),
    ];
    doc.font(REGULAR).fontSize(BODY);
    const height =
      Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: WIDTHS[i]! - 2 * PAD }))) + 2 * PAD;
    if (y + height > CONTENT_BOTTOM) {
      doc.addPage();
      y = drawTableHeader(doc, MARGIN.top);
    }
    drawRow(doc, cells, y, height, REGULAR);
    y += height;
  }
  return y;
}

function drawTableHeader(doc: Doc, y: number): number {
  const titles = COLUMNS.map((c) => c.title);
  doc.font(BOLD).fontSize(BODY);
  const height = Math.max(...titles.map((t, i) => doc.heightOfString(t, { width: WIDTHS[i]! - 2 * PAD }))) + 2 * PAD;
  drawRow(doc, titles, y, height, BOLD, 'center');
  return y + height;
}

function drawRow(doc: Doc, cells: readonly string[], y: number, height: number, font: string, align?: 'center'): void {
  doc.font(font).fontSize(BODY);
  cells.forEach((text, i) => {
    const x = COLUMN_X[i]!;
    doc.rect(x, y, WIDTHS[i]!, height).lineWidth(0.5).stroke();
    doc.text(text, x + PAD, y + PAD, { width: WIDTHS[i]! - 2 * PAD, align: align ?? COLUMNS[i]!.align });
  });
}

/** Totals, VAT, the count and the amount in words, the payment note, signatures: kept on one page. */
function drawClosing(doc: Doc, invoice: InvoiceDocument, totals: InvoiceTotals, top: number): void {
  const sumX = COLUMN_X[SUM_COLUMN]!;
  const sumWidth = WIDTHS[SUM_COLUMN]! - PAD;
  const totalLines: [string, string][] = [
    ['Итого:', formatRub(totals.totalMinor)],
    // One line per rate; what is sold without VAT says on how much of the total.
    ...totals.vat.map(({ rate, amountMinor, baseMinor }): [string, string] =>
      rate === 'none'
        ? ['Без НДС, на сумму:', formatRub(baseMinor)]
        : [`В том числе НДС ${rate} %:`, formatRub(amountMinor)],
    ),
    ['Всего к оплате:', formatRub(totals.totalMinor)],
  ];
  const count = `Всего наименований ${totals.rows.length}, на сумму ${formatRub(totals.totalMinor)} руб.`;
  const words = amountInWords(totals.totalMinor);
  const payBy = shortDate(invoice.payBy);
  const note =
    `Оплатить не позднее ${payBy}. Товар зарезервирован до этой даты; неоплаченный заказ после неё отменяется. ` +
    `В назначении платежа укажите: «Оплата по счёту № ${invoice.number} от ${shortDate(invoice.date)}».`;

  doc.fontSize(9);
  const wordsHeight = doc.font(BOLD).heightOfString(words, { width: CONTENT_WIDTH });
  const noteHeight = doc.font(REGULAR).fontSize(8).heightOfString(note, { width: CONTENT_WIDTH });
  const height = 6 + totalLines.length * 13 + 8 + 12 + wordsHeight + 8 + noteHeight + 8 + 40;
  let y = top + 6;
  if (y + height > CONTENT_BOTTOM) {
    doc.addPage();
    y = MARGIN.top;
  }

  doc.font(BOLD).fontSize(9);
  for (const [label, value] of totalLines) {
    doc.text(label, X0, y, { width: sumX - X0 - PAD, align: 'right' });
    doc.text(value, sumX, y, { width: sumWidth, align: 'right' });
    y += 13;
  }
  y += 8;
  doc.font(REGULAR).fontSize(9).text(count, X0, y, { width: CONTENT_WIDTH });
  y += 12;
  doc.font(BOLD).text(words, X0, y, { width: CONTENT_WIDTH });
  y += wordsHeight + 8;
  doc.font(REGULAR).fontSize(8).text(note, X0, y, { width: CONTENT_WIDTH });
  y += noteHeight + 8;
  rule(doc, y, 1.5);
  drawSignatures(doc, invoice, y + 26);
}

function drawSignatures(doc: Doc, invoice: InvoiceDocument, baseline: number): void {
  const half = CONTENT_WIDTH / 2;
  for (const [i, label, name] of [
    [0, 'Руководитель', invoice.seller.director],
    [1, 'Бухгалтер', invoice.seller.accountant],
  ] as const) {
    const x = X0 + i * half;
    doc
      .font(BOLD)
      .fontSize(9)
      .text(label, x, baseline - 9, { width: 72 });
    doc
      .moveTo(x + 74, baseline)
      .lineTo(x + 164, baseline)
      .lineWidth(0.5)
      .stroke();
    if (name) doc.font(REGULAR).text(name, x + 168, baseline - 9, { width: half - 172 });
  }
}

function rateLabel(rate: InvoiceRow['vatRate']): string {
  return rate === 'none' ? 'Без НДС' : `${rate} %`;
}

function rule(doc: Doc, y: number, width: number): void {
  doc
    .moveTo(X0, y)
    .lineTo(X0 + CONTENT_WIDTH, y)
    .lineWidth(width)
    .stroke()
    .lineWidth(0.5);
}
