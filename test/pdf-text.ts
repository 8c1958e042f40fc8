/** Reads a PDF back with Mozilla's pdf.js, for tests that check what a document says. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's text, whitespace collapsed (line wraps become spaces). */
  pages: string[];
  info: Record<string, unknown>;
}

export async function readPdf(pdf: Buffer | Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text.replace(/\s+/g, ' '));
    }
    const { info } = await doc.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}
