import type { PriceListRowError } from '../catalog.errors.js';
import { PriceListFormatError } from '../catalog.errors.js';
import { ValidationError } from '../../../shared/errors.js';
import { readCsv } from './csv-reader.js';
import { ReadBudget, type PriceListLimits } from './read-limits.js';
import { readXlsx } from './xlsx-reader.js';

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
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

/**
 * Reads the first sheet of a CSV or XLSX file (the format told by content first) into trimmed
 * text rows, handed to the sink one by one. Every limit is checked while reading, and the event
 * loop gets a turn between slices of the work; past a limit, a PriceListTooLargeError names it.
 */
export async function readPriceListFile<S extends RowSink>(
  file: UploadedFile,
  limits: Readonly<PriceListLimits>,
  newSink: () => S,
): Promise<ReadResult<S>> {
  if (file.data.length === 0) throw new ValidationError([{ path: 'file', message: 'the file is empty' }]);
  const format = detectFormat(file);
  const budget = new ReadBudget(limits);
  if (format === 'xlsx') return { format, sink: await readXlsx(file.data, budget, newSink), error: null };
  const sink = newSink();
  const error = await readCsv(file.data, budget, sink);
  return { format, sink, error };
}

function detectFormat(file: UploadedFile): 'csv' | 'xlsx' {
  const head = file.data.subarray(0, 8);
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE)) {
    throw new PriceListFormatError(
      'the old Excel format (.xls) and password-protected workbooks are not supported: save the file as .xlsx without a password, or as CSV',
    );
  }
  const binary = BINARY_MAGIC.find(([, magic]) => head.subarray(0, magic.length).equals(magic));
  if (binary) throw new PriceListFormatError(`the file is a ${binary[0]}, not a price list: ${SUPPORTED}`);
  if (file.data.subarray(0, 8192).includes(0)) throw new PriceListFormatError(`the file is not text: ${SUPPORTED}`);
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(file.filename)?.[1]?.toLowerCase() ?? '';
  const mime = file.mimetype.split(';')[0]!.trim().toLowerCase();
  if (!CSV_EXTENSIONS.has(ext) && !(ext === '' && CSV_MIME_TYPES.has(mime))) {
    throw new PriceListFormatError(`a .${ext} file is not a price list: ${SUPPORTED}`);
  }
  return 'csv';
}
