import type { InvoiceSeller } from './invoice-document.js';

/**
 * The box at the top of a 1C invoice, laid out like a payment order so the buyer's accountant
 * copies it field by field:
 *
 *   | Банк получателя (name)    | БИК   | 044525225            |
 *   |                           | Сч. № | 30101810400000000225 |  ← correspondent account
 *   | ИНН …       | КПП …       | Сч. № | 40702810…            |  ← the seller's account
 *   | Получатель (name)         |       |                      |
 *
 * Missing bank fields leave their cells empty, for the seller to fill in by hand.
 */
export interface BoxPlace {
  x: number;
  y: number;
  width: number;
}

export interface BoxFonts {
  regular: string;
  bold: string;
}

const SIZE = 9;
const CAPTION = 7;
const PAD = 3;
const LINE = 14;

/** Draws the box and returns its bottom edge. */
export function drawBankBox(doc: PDFKit.PDFDocument, seller: InvoiceSeller, at: BoxPlace, fonts: BoxFonts): number {
  const bank = seller.bank ?? {};
  const leftWidth = at.width * 0.56;
  const labelWidth = 40;
  const valueWidth = at.width - leftWidth - labelWidth;
  const innWidth = leftWidth / 2;
  const labelX = at.x + leftWidth;
  const valueX = labelX + labelWidth;

  // A named cell holds its text and, under it, a small caption: taller when the name wraps.
  const named = (name: string) =>
    Math.max(
      2 * LINE,
      doc
        .font(fonts.regular)
        .fontSize(SIZE)
        .heightOfString(name, { width: leftWidth - 2 * PAD }) + 14,
    );
  const bankHeight = named(bank.name ?? '');
  const idsHeight = LINE;
  const payeeHeight = named(seller.name);
  const top = at.y;
  const idsTop = top + bankHeight;
  const payeeTop = idsTop + idsHeight;
  const bottom = payeeTop + payeeHeight;

  doc.lineWidth(0.5);
  doc.rect(at.x, top, at.width, bottom - top).stroke();
  vertical(doc, labelX, top, bottom);
  vertical(doc, valueX, top, bottom);
  vertical(doc, at.x + innWidth, idsTop, payeeTop);
  horizontal(doc, at.x, at.x + at.width, idsTop);
  horizontal(doc, at.x, labelX, payeeTop);
  horizontal(doc, labelX, valueX + valueWidth, top + LINE);

  const text = (s: string, x: number, y: number, width: number) =>
    doc.text(s, x + PAD, y + PAD, { width: width - 2 * PAD, lineBreak: true });
  doc.font(fonts.regular).fontSize(SIZE);
  text(bank.name ?? '', at.x, top, leftWidth);
  text('БИК', labelX, top, labelWidth);
  text(bank.bik ?? '', valueX, top, valueWidth);
  text('Сч. №', labelX, top + LINE, labelWidth);
  text(bank.correspondentAccount ?? '', valueX, top + LINE, valueWidth);
  text(`ИНН ${seller.inn}`, at.x, idsTop, innWidth);
  text(`КПП ${seller.kpp ?? ''}`, at.x + innWidth, idsTop, innWidth);
  text('Сч. №', labelX, idsTop, labelWidth);
  text(bank.account ?? '', valueX, idsTop, valueWidth);
  text(seller.name, at.x, payeeTop, leftWidth);
  doc.fontSize(CAPTION);
  text('Банк получателя', at.x, idsTop - CAPTION - 2 * PAD, leftWidth);
  text('Получатель', at.x, bottom - CAPTION - 2 * PAD, leftWidth);
  return bottom;
}

function vertical(doc: PDFKit.PDFDocument, x: number, from: number, to: number): void {
  doc.moveTo(x, from).lineTo(x, to).stroke();
}

function horizontal(doc: PDFKit.PDFDocument, from: number, to: number, y: number): void {
  doc.moveTo(from, y).lineTo(to, y).stroke();
}
