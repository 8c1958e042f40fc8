/**
 * Page geometry and a bordered table for the estimate PDF (A4 landscape: a line has eleven
 * columns). A row that would cross the bottom goes to a new page under the table's header again.
 */
import { createRequire } from 'node:module';

// The invoices' font (DejaVu Sans Condensed from dejavu-fonts-ttf): full Cyrillic and the ₽ sign,
// narrow enough for a wide table; embedded (subset), nothing fetched at run time.
const require = createRequire(import.meta.url);
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
};
export const REGULAR = 'estimate-regular';
export const BOLD = 'estimate-bold';

export type Doc = PDFKit.PDFDocument;

export const MARGIN = { top: 30, bottom: 30, left: 30, right: 30 };
export const PAGE_WIDTH = 841.89;
export const PAGE_HEIGHT = 595.28;
export const X0 = MARGIN.left;
export const CONTENT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
/** The page footer («страница 1 из 3») lives below this line. */
export const CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN.bottom - 12;

const PAD = 2.5;

export interface Column {
  title: string;
  /** 0: takes what the other columns leave. */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface Row {
  cells: readonly string[];
  bold?: boolean;
}

export interface Table {
  columns: readonly Column[];
  widths: number[];
  xs: number[];
  fontSize: number;
}

export function table(columns: readonly Column[], fontSize: number): Table {
  const fixed = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => c.width || CONTENT_WIDTH - fixed);
  const xs = widths.map((_, i) => X0 + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return { columns, widths, xs, fontSize };
}

/** A new page when `height` does not fit below `y`; the y to draw at. */
export function room(doc: Doc, y: number, height: number): number {
  if (y + height <= CONTENT_BOTTOM) return y;
  doc.addPage();
  return MARGIN.top;
}

/** Draws the header and the rows from `top`; answers the y below the last row. */
export function drawTable(doc: Doc, t: Table, rows: readonly Row[], top: number): number {
  // Keep the header with at least the first row.
  const first = rows[0];
  let y = room(doc, top, headerHeight(doc, t) + (first ? rowHeight(doc, t, first) : 0));
  y = drawHeader(doc, t, y);
  for (const row of rows) {
    const height = rowHeight(doc, t, row);
    if (y + height > CONTENT_BOTTOM) {
      doc.addPage();
      y = drawHeader(doc, t, MARGIN.top);
    }
    drawCells(doc, t, row.cells, y, height, row.bold ? BOLD : REGULAR);
    y += height;
  }
  return y;
}

function headerHeight(doc: Doc, t: Table): number {
  return cellsHeight(
    doc,
    t,
    t.columns.map((c) => c.title),
    BOLD,
  );
}

function rowHeight(doc: Doc, t: Table, row: Row): number {
  return cellsHeight(doc, t, row.cells, row.bold ? BOLD : REGULAR);
}

function cellsHeight(doc: Doc, t: Table, cells: readonly string[], font: string): number {
  doc.font(font).fontSize(t.fontSize);
  return (
    Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: t.widths[i]! - 2 * PAD }))) + 2 * PAD
  );
}

function drawHeader(doc: Doc, t: Table, y: number): number {
  const titles = t.columns.map((c) => c.title);
  const height = headerHeight(doc, t);
  doc.save().rect(X0, y, CONTENT_WIDTH, height).fill('#eeeeee').restore();
  drawCells(doc, t, titles, y, height, BOLD, 'center');
  return y + height;
}

function drawCells(
  doc: Doc,
  t: Table,
  cells: readonly string[],
  y: number,
  height: number,
  font: string,
  align?: 'center',
): void {
  doc.font(font).fontSize(t.fontSize).fillColor('black');
  cells.forEach((text, i) => {
    const x = t.xs[i]!;
    const width = t.widths[i]!;
    doc.rect(x, y, width, height).lineWidth(0.5).stroke();
    doc.text(text, x + PAD, y + PAD, { width: width - 2 * PAD, align: align ?? t.columns[i]!.align });
  });
}

/** A paragraph across the page; a new page first when it would not fit. Answers the y below it. */
export function paragraph(
  doc: Doc,
  text: string,
  y: number,
  opts: { size: number; bold?: boolean; gap?: number },
): number {
  doc.font(opts.bold ? BOLD : REGULAR).fontSize(opts.size);
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH });
  const top = room(doc, y, height);
  doc.text(text, X0, top, { width: CONTENT_WIDTH });
  return top + height + (opts.gap ?? 3);
}

/** «Label ........ value» lines right-aligned under the last column, kept together on one page. */
export function totalsBlock(
  doc: Doc,
  lines: readonly [string, string, boolean?][],
  y: number,
  valueWidth: number,
): number {
  let top = room(doc, y, lines.length * 13 + 4);
  const valueX = X0 + CONTENT_WIDTH - valueWidth;
  for (const [label, value, bold] of lines) {
    doc.font(bold ? BOLD : REGULAR).fontSize(9.5);
    doc.text(label, X0, top, { width: valueX - X0 - 6, align: 'right' });
    doc.text(value, valueX, top, { width: valueWidth, align: 'right' });
    top += 13;
  }
  return top + 4;
}
