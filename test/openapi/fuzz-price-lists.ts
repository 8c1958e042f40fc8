/** Multipart bodies, and price lists wrong in every way a file can be, for the price-list upload. */
import type { Where } from './fuzz-requests.js';

const BOUNDARY = 'fuzzboundary7MA4YWxkTrZu0gW';
export function multipartBody(
  parts: { name: string; filename?: string; type?: string; data: string | Buffer }[],
  close = true,
): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${p.type ?? 'text/csv'}\r\n\r\n`,
      ),
      Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
      Buffer.from('\r\n'),
    );
  }
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** Price lists that are wrong in every way a file can be; `code` is one of the seller's warehouse codes. */
export function priceListFiles(code: string, categorySlug: string): Where[] {
  const head = `sku;name;category;unit;price;vat;min_qty;step;weight_kg;volume_m3;${code}`;
  const row = (over: Partial<Record<string, string>>) => {
    const cells = {
      sku: 'FZ-1',
      name: 'Цемент',
      category: categorySlug,
      unit: 'мешок',
      price: '650',
      vat: '22',
      min_qty: '1',
      step: '1',
      weight_kg: '50',
      volume_m3: '0.04',
      stock: '10',
      ...over,
    };
    return Object.values(cells).join(';');
  };
  const csv = (label: string, text: string | Buffer, filename = 'prices.csv', type = 'text/csv'): Where => ({
    kind: 'multipart',
    label,
    contentType: MULTIPART_TYPE,
    body: multipartBody([{ name: 'file', filename, type, data: text }]),
  });
  const bad: Where[] = [
    csv('valid CSV', `${head}\n${row({})}\n`),
    csv('empty file', ''),
    csv('header only', `${head}\n`),
    csv('NUL bytes', Buffer.alloc(200, 0)),
    csv('NUL in cells', `${head}\n${row({ sku: 'a\u0000b', name: '\u0000', category: 'c\u0000' })}\n`),
    csv('control characters', `${head}\n${row({ name: '\u0007\u001b[31m' })}\n`),
    csv('price 1e308', `${head}\n${row({ price: '1e308' })}\n`),
    csv('price NaN', `${head}\n${row({ price: 'NaN' })}\n`),
    csv('price Infinity', `${head}\n${row({ price: 'Infinity' })}\n`),
    csv('price -1', `${head}\n${row({ price: '-1' })}\n`),
    csv('price 30 digits', `${head}\n${row({ price: '9'.repeat(30) })}\n`),
    csv('price 2^53+1', `${head}\n${row({ price: '9007199254740993' })}\n`),
    csv('stock 1e400', `${head}\n${row({ stock: '1e400' })}\n`),
    csv('stock 20 digits', `${head}\n${row({ stock: '9'.repeat(20) })}\n`),
    csv('min_qty 0, step -1', `${head}\n${row({ min_qty: '0', step: '-1' })}\n`),
    csv('weight 1e308', `${head}\n${row({ sku: 'FZ-NEW-W', weight_kg: '1e308', volume_m3: '1e308' })}\n`),
    csv('10 000-char cells', `${head}\n${row({ sku: 'S'.repeat(10_000), name: 'N'.repeat(10_000) })}\n`),
    csv('unknown unit and VAT', `${head}\n${row({ unit: 'parsec', vat: '99' })}\n`),
    csv('formula injection', `${head}\n${row({ name: '=HYPERLINK("http://x")' })}\n`),
    csv('no header', 'a;b;c\n1;2;3\n'),
    csv('mixed separators', `${head.replaceAll(';', ',')}\n${row({}).replaceAll(';', '\t')}\n`),
    csv('invalid UTF-8', Buffer.concat([Buffer.from(`${head}\n`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a])])),
    csv('unclosed quote', `${head}\n"FZ-1;${row({}).slice(5)}\n`),
    csv('1000 columns', `${head};${'x;'.repeat(1000)}\n${row({})}\n`),
    csv('XLSX that is not a zip', Buffer.from('PK\u0003\u0004garbage'), 'prices.xlsx', 'application/octet-stream'),
    csv('XLSX of random bytes', Buffer.alloc(512, 0x41), 'prices.xlsx'),
    csv('filename with NUL and ../', `${head}\n${row({})}\n`, '../../etc/pass\u0000wd.csv'),
    csv('filename of 10 000 chars', `${head}\n${row({})}\n`, `${'f'.repeat(10_000)}.csv`),
    {
      kind: 'multipart',
      label: 'field not named file',
      contentType: MULTIPART_TYPE,
      body: multipartBody([{ name: 'upload', filename: 'p.csv', data: `${head}\n` }]),
    },
    {
      kind: 'multipart',
      label: 'two files',
      contentType: MULTIPART_TYPE,
      body: multipartBody([
        { name: 'file', filename: 'a.csv', data: `${head}\n` },
        { name: 'file', filename: 'b.csv', data: `${head}\n` },
      ]),
    },
    {
      kind: 'multipart',
      label: 'a field, no file',
      contentType: MULTIPART_TYPE,
      body: multipartBody([{ name: 'file', data: 'just text' }]),
    },
    {
      kind: 'multipart',
      label: 'no closing boundary',
      contentType: MULTIPART_TYPE,
      body: multipartBody([{ name: 'file', filename: 'a.csv', data: `${head}\n` }], false),
    },
    {
      kind: 'multipart',
      label: 'multipart without boundary',
      contentType: 'multipart/form-data',
      body: Buffer.from('x'),
    },
    { kind: 'multipart', label: 'empty multipart', contentType: MULTIPART_TYPE, body: Buffer.alloc(0) },
    { kind: 'multipart', label: 'CSV as text/csv body', contentType: 'text/csv', body: Buffer.from(`${head}\n`) },
  ];
  return bad;
}
