import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PriceListRowError } from '../catalog.errors.js';
import { PriceListFormatError } from '../catalog.errors.js';
import { ValidationError } from '../../../shared/errors.js';
import { readCsv } from './csv-reader.js';
import { ReadBudget, type PriceListLimits } from './read-limits.js';
import { readXlsx } from './xlsx-reader.js';
import { bufferZip, fileZip } from './zip-reader.js';

export interface UploadedFile {
  filename: string;
  mimetype: string;
  /** The bytes as they arrive (an upload: never gathered whole), or a buffer (tests, tools). */
  data: Buffer | AsyncIterable<Buffer>;
}

/** One non-empty row of the first sheet, numbered as in the file (a spreadsheet's row, a CSV's line). */
export interface SheetRow {
  row: number;
  /** Trimmed text up to the last cell with content. */
  cells: string[];
}

/** Takes the rows one at a time, as the file is read: nothing holds the whole sheet. */
export interface RowSink {
  add(row: SheetRow): void;
  /** Awaited between slices of the file: the sink writes away what it took before more comes. */
  drain?(): Promise<void>;
}

export interface ReadResult<S extends RowSink> {
  format: 'csv' | 'xlsx';
  /** The sink that saw every row (an XLSX with merged cells is read twice, each time into a new sink). */
  sink: S;
  /** A CSV broken beyond some line: the rows before it were still read. */
  error: PriceListRowError | null;
}

const CSV_EXTENSIONS = new Set(['', 'csv', 'txt', 'tsv']);
const CSV_MIME_TYPES = new Set([
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel', // what browsers on Windows call a .csv
  'application/octet-stream',
]);
const BINARY_MAGIC: [string, Buffer][] = [
  ['PDF', Buffer.from('%PDF')],
  ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ['JPEG', Buffer.from([0xff, 0xd8, 0xff])],
  ['GIF', Buffer.from('GIF8')],
];
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // the pre-2007 .xls container, and password-protected .xlsx

const SUPPORTED = 'upload the price list as CSV (UTF-8 or Windows-1251) or XLSX';

/** What the format is told by: magic numbers, and whether the start is text. */
const HEAD_BYTES = 8192;

/**
 * Reads the first sheet of a CSV or XLSX file (the format told by content first) into trimmed
 * text rows, handed to the sink one by one. Every limit is checked while reading, and the event
 * loop gets a turn between slices of the work; past a limit, a PriceListTooLargeError names it.
 * A CSV is read as it arrives; an XLSX (a zip, read from its end) is first spooled to a temporary
 * file, deleted afterwards.
 */
export async function readPriceListFile<S extends RowSink>(
  file: UploadedFile,
  limits: Readonly<PriceListLimits>,
  newSink: () => S,
): Promise<ReadResult<S>> {
  const source = bytesOf(file.data);
  const taken: Buffer[] = [];
  let length = 0;
  while (length < HEAD_BYTES) {
    const next = await source.next();
    if (next.done) break;
    taken.push(next.value);
    length += next.value.length;
  }
  if (length === 0) throw new ValidationError([{ path: 'file', message: 'the file is empty' }]);
  const head = taken.length === 1 ? taken[0]! : Buffer.concat(taken);
  const format = detectFormat(file, head);
  const chunks = (async function* () {
    yield head;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  })();
  // The time budget starts now; for an XLSX, once it has arrived (waiting for a CSV's bytes is not counted either).
  const budget = new ReadBudget(limits);
  let sink: S | null = null;
  budget.drain = () => sink?.drain?.();
  const sinkFor = () => (sink = newSink());
  if (format === 'xlsx') {
    if (Buffer.isBuffer(file.data))
      return { format, sink: await readXlsx(bufferZip(file.data), budget, sinkFor), error: null };
    return { format, sink: await readSpooledXlsx(chunks, budget, sinkFor), error: null };
  }
  const error = await readCsv(chunks, budget, sinkFor());
  return { format, sink: sink!, error };
}

async function* bytesOf(data: Buffer | AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(data)) yield data;
  else yield* data;
}

/** An uploaded XLSX through a temporary file: a zip is read from its end, which has not arrived yet. */
async function readSpooledXlsx<S extends RowSink>(
  chunks: AsyncIterable<Buffer>,
  budget: ReadBudget,
  newSink: () => S,
): Promise<S> {
  const dir = await mkdtemp(join(tmpdir(), 'tutuu-price-list-'));
  try {
    const path = join(dir, 'upload.xlsx');
    await budget.waitFor(pipeline(Readable.from(chunks), createWriteStream(path)));
    const zip = await fileZip(path);
    try {
      return await readXlsx(zip, budget, newSink);
    } finally {
      await zip.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function detectFormat(file: UploadedFile, start: Buffer): 'csv' | 'xlsx' {
  const head = start.subarray(0, 8);
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE)) {
    throw new PriceListFormatError(
      'the old Excel format (.xls) and password-protected workbooks are not supported: save the file as .xlsx without a password, or as CSV',
    );
  }
  const binary = BINARY_MAGIC.find(([, magic]) => head.subarray(0, magic.length).equals(magic));
  if (binary) throw new PriceListFormatError(`the file is a ${binary[0]}, not a price list: ${SUPPORTED}`);
  if (start.subarray(0, HEAD_BYTES).includes(0)) throw new PriceListFormatError(`the file is not text: ${SUPPORTED}`);
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(file.filename)?.[1]?.toLowerCase() ?? '';
  const mime = file.mimetype.split(';')[0]!.trim().toLowerCase();
  if (!CSV_EXTENSIONS.has(ext) && !(ext === '' && CSV_MIME_TYPES.has(mime))) {
    throw new PriceListFormatError(`a .${ext} file is not a price list: ${SUPPORTED}`);
  }
  return 'csv';
}
