import { randomBytes } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Price-list files built inside the tests, hostile ones included (nothing binary is committed):
 * a zip writer small enough to read, the parts of a minimal workbook, and bodies to upload.
 */

/** A multipart/form-data body with one file part, built by hand as a browser would send it. */
export function multipart(filename: string, content: Buffer | string, opts: { field?: string; type?: string } = {}) {
  const boundary = `----tutuu${randomBytes(8).toString('hex')}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${filename}"\r\n` +
    `Content-Type: ${opts.type ?? 'application/octet-stream'}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** One part of a zip: its bytes as stored (raw deflate unless `stored`), their CRC and unpacked size. */
export interface ZipPart {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  method: 0 | 8;
}

export function part(name: string, content: string | Buffer, stored = false): ZipPart {
  const raw = Buffer.from(content);
  return {
    name,
    data: stored ? raw : deflateRawSync(raw),
    crc: crc32(raw),
    size: raw.length,
    method: stored ? 0 : 8,
  };
}

/** A zip of the parts: local headers, data, central directory, end record. */
export function zip(parts: ZipPart[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x800, 6);
    header.writeUInt16LE(p.method, 8);
    header.writeUInt32LE(p.crc >>> 0, 14);
    header.writeUInt32LE(p.data.length, 18);
    header.writeUInt32LE(p.size, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x800, 8);
    entry.writeUInt16LE(p.method, 10);
    entry.writeUInt32LE(p.crc >>> 0, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, p.data);
    central.push(entry, name);
    offset += header.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook of one sheet (its XML or a ready part), with shared strings when given. */
export function workbook(sheet: string | ZipPart, sharedStrings?: string | ZipPart): Buffer {
  const asPart = (name: string, p: string | ZipPart) => (typeof p === 'string' ? part(name, p) : { ...p, name });
  return zip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Прайс" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    asPart('xl/worksheets/sheet1.xml', sheet),
    ...(sharedStrings === undefined ? [] : [asPart('xl/sharedStrings.xml', sharedStrings)]),
  ]);
}

/** A sheet of rows of inline-string cells (no shared strings), numbered from 1. */
export function inlineSheet(rows: string[][]): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((c) => (c === '' ? '' : `<c t="inlineStr"><is><t>${esc(c)}</t></is></c>`)).join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return SHEET_HEAD + body + SHEET_TAIL;
}

/**
 * A part whose unpacked text is `head`, then `middle` `times` over, then `tail`, deflated cheaply:
 * about 1.5 MB of repeated `middle` is compressed once, as a block that ends on a byte boundary and
 * refers to nothing before it, and that block's bytes are repeated. Gigabytes of XML fit in a few
 * hundred KB.
 */
export function repeatedPart(name: string, head: string, middle: string, times: number, tail: string): ZipPart {
  const deflate = (text: Buffer) => deflateRawSync(text, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const m = Buffer.from(middle);
  const perBlock = Math.max(1, Math.min(times, Math.floor(1_500_000 / m.length)));
  const [blocks, rest] = [Math.floor(times / perBlock), times % perBlock];
  const block = deflate(Buffer.from(middle.repeat(perBlock)));
  const [h, t] = [Buffer.from(head), Buffer.from(tail)];
  const data = Buffer.concat([
    deflate(h),
    ...Array<Buffer>(blocks).fill(block),
    ...(rest > 0 ? [deflate(Buffer.from(middle.repeat(rest)))] : []),
    deflateRawSync(t),
  ]);
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(m, crc);
  crc = crc32(t, crc);
  return { name, data, crc, size: (h.length + m.length * times + t.length) >>> 0, method: 8 };
}

/**
 * A zip bomb in under 1 MB (one such file once took the server to 4.4 GB): a sheet that declares `cells` tiny numeric
 * cells (26.5 million by default, 400 MB of XML), 250 to a row.
 */
export function zipBombXlsx(cells = 26_500_000): Buffer {
  const row = `<row>${'<c><v>1</v></c>'.repeat(250)}</row>`;
  const sheet = repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, row, Math.ceil(cells / 250), SHEET_TAIL);
  return workbook(sheet);
}

/** Samples the process's memory every few ms while `run` works (it must yield for samples between). */
export async function peakMemoryDuring<T>(
  run: () => Promise<T>,
): Promise<{ result: T; rssGrowth: number; heapGrowth: number }> {
  const before = process.memoryUsage();
  let [rss, heap] = [before.rss, before.heapUsed];
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  };
  const timer = setInterval(sample, 5);
  try {
    const result = await run();
    sample();
    return { result, rssGrowth: rss - before.rss, heapGrowth: heap - before.heapUsed };
  } finally {
    clearInterval(timer);
  }
}

/** How many turns of the event loop's check phase ran while `run` worked: none if it never yielded. */
export async function loopTurnsDuring<T>(run: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await run(), turns };
  } finally {
    running = false;
  }
}

export const MB = 1024 * 1024;
