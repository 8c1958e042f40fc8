/**
 * «Счёт на оплату» as a PDF, in the layout Russian accountants know from 1C (drawn by
 * invoice-layout.ts). A4; one invoice or several in one file, each starting on a new page and
 * numbering its own pages ("страница 1 из 2") when it runs over more than one.
 */
import { createRequire } from 'node:module';
import { drawPageFooters } from '../../../shared/pdf/page-footers.js';
import type { InvoiceDocument } from './invoice-document.js';
import { dateInstant, shortDate } from './invoice-format.js';
import { BOLD, CONTENT_WIDTH, drawInvoice, invoiceTitle, MARGIN, PAGE_HEIGHT, REGULAR, X0 } from './invoice-layout.js';
import { invoiceTotals } from './invoice-totals.js';

export type { InvoiceDocument } from './invoice-document.js';

// DejaVu Sans Condensed: full Cyrillic, and narrow like the Arial of a 1C form. Shipped in the
// dejavu-fonts-ttf package and embedded (subset) in every PDF; nothing is fetched at run time.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
};

export interface InvoicesPdfOptions {
  /** The file's Title; one invoice's own title by default, else «Счета на оплату № …, …». */
  title?: string;
}

export function renderInvoicePdf(invoice: InvoiceDocument): Promise<Buffer> {
  return renderInvoicesPdf([invoice]);
}

/** Several invoices (e.g. every seller's part of one order) one after another in one PDF. */
export async function renderInvoicesPdf(
  invoices: readonly InvoiceDocument[],
  options: InvoicesPdfOptions = {},
): Promise<Buffer> {
  const first = invoices[0];
  if (!first) throw new RangeError('renderInvoicesPdf: no invoices to render');
  const totals = invoices.map(invoiceTotals); // validates every invoice before any drawing
  const sellers = [...new Set(invoices.map((i) => i.seller.name))];
  const { default: PDFDocument } = await import('pdfkit'); // loaded on first use: ~27 MB resident (bench/README "Memory")
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    font: FONT_FILES.regular,
    lang: 'ru-RU',
    displayTitle: true,
    // A fixed CreationDate also fixes the file ID pdfkit derives from it: same invoices, same bytes.
    info: {
      Title: options.title ?? (invoices.length === 1 ? invoiceTitle(first) : defaultTitle(invoices)),
      Author: sellers.join(', '),
      Creator: 'TUTUU Market',
      Producer: 'TUTUU Market',
      CreationDate: dateInstant(first.date),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, FONT_FILES.regular);
  doc.registerFont(BOLD, FONT_FILES.bold);

  const spans: { invoice: InvoiceDocument; start: number; count: number }[] = [];
  for (const [i, invoice] of invoices.entries()) {
    doc.addPage();
    const start = doc.bufferedPageRange().count - 1;
    doc.lineWidth(0.5).strokeColor('black').fillColor('black');
    drawInvoice(doc, invoice, totals[i]!);
    spans.push({ invoice, start, count: doc.bufferedPageRange().count - start });
  }
  for (const { invoice, start, count } of spans) {
    // «Счёт № 17 от 05.03.2026 — страница 2 из 3» on each page of an invoice that has more than one.
    if (count > 1) {
      drawPageFooters(
        doc,
        `Счёт № ${invoice.number} от ${shortDate(invoice.date)}`,
        { start, count },
        { font: REGULAR, x: X0, y: PAGE_HEIGHT - MARGIN.bottom - 8, width: CONTENT_WIDTH },
      );
    }
  }
  doc.end();
  return done;
}

function defaultTitle(invoices: readonly InvoiceDocument[]): string {
  return `Счета на оплату № ${invoices.map((i) => i.number).join(', ')}`;
}
