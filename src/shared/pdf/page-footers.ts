/** The footer Russian documents carry when they run over pages: «<label> — страница 2 из 3». */

export interface FooterPlace {
  /** The registered font to write it in. */
  font: string;
  x: number;
  /** The baseline's top, above the bottom margin. */
  y: number;
  width: number;
}

/** Writes the footer on `count` buffered pages from `start`, right-aligned. */
export function drawPageFooters(
  doc: PDFKit.PDFDocument,
  label: string,
  pages: { start: number; count: number },
  at: FooterPlace,
): void {
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Writing below the bottom margin would make pdfkit open a new page; lift the margin first.
    doc.page.margins.bottom = 0;
    doc
      .font(at.font)
      .fontSize(7.5)
      .text(`${label} — страница ${i + 1} из ${pages.count}`, at.x, at.y, {
        width: at.width,
        align: 'right',
        lineBreak: false,
      });
  }
}
