import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ValidationError } from '../../shared/errors.js';
import { PriceListFormatError, PriceListTooLargeError, type PriceListRowError } from './catalog.errors.js';

/** Larger lists are split by the seller: one transaction must stay well under a minute. */
export const MAX_PRICE_LIST_ROWS = 100_000;

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/** One non-empty row of the first sheet, numbered as in the file (a spreadsheet's row, a CSV's line). */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  rows: SheetRow[];
  /** A CSV broken beyond some line: the rows before it are still checked. */
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
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]); // the pre-2007 .xls container

const SUPPORTED = 'upload the price list as CSV (UTF-8 or Windows-1251) or XLSX';

/** Reads the first sheet of a CSV or XLSX file into rows of trimmed text; the format is told by content first. */
export async function readPriceListFile(file: UploadedFile): Promise<Sheet> {
  if (file.data.length === 0) throw fileError('the file is empty');
  const format = detectFormat(file);
  const sheet = format === 'xlsx' ? await readXlsx(file.data) : readCsv(file.data);
  if (sheet.rows.length > MAX_PRICE_LIST_ROWS + 1) {
    throw new PriceListTooLargeError(
      `a price list holds at most ${MAX_PRICE_LIST_ROWS} rows; this one has ${sheet.rows.length - 1}: split it`,
    );
  }
  return sheet;
}

function detectFormat(file: UploadedFile): 'csv' | 'xlsx' {
  const head = file.data.subarray(0, 8);
  if (head.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE)) {
    throw new PriceListFormatError('the old Excel format (.xls) is not supported: save the file as .xlsx or CSV');
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

function readCsv(data: Buffer): Sheet {
  const text = decodeText(data);
  const rows: SheetRow[] = [];
  let lastLine = 0;
  let error: PriceListRowError | null = null;
  try {
    const records = parseCsv(text, {
      delimiter: sniffDelimiter(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    for (const { record, info } of records) {
      // A quoted field may span lines; the row is numbered by the line it starts on.
      const row = lastLine + 1;
      lastLine = info.lines;
      const cells = record.map((c) => c.trim());
      if (cells.some((c) => c !== '')) rows.push({ row, cells });
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const at = (err as CsvError & { lines?: number }).lines ?? lastLine + 1;
    error = { row: at, column: null, message: `the CSV cannot be read from here on: ${err.message}` };
  }
  return { format: 'csv', rows, error };
}

/** Excel saves CSV in Windows-1251 on Russian systems; anything that is not valid UTF-8 is taken as that. */
function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1251').decode(data);
  }
}

/**
 * Russian Excel writes `;` (the comma is the decimal separator there); others write `,` or tabs.
 * The header line decides, so '1 234,50' in a `;` file stays one field.
 */
function sniffDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => header.split(ch).length - 1;
  const [tabs, semis, commas] = [count('\t'), count(';'), count(',')];
  if (tabs > semis && tabs > commas) return '\t';
  return semis >= commas && semis > 0 ? ';' : ',';
}

async function readXlsx(data: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError(`the file is not a readable XLSX workbook: ${SUPPORTED}`);
  }
  const sheet = workbook.worksheets.find((w) => w.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw fileError('the workbook has no sheets');
  if (sheet.actualRowCount > MAX_PRICE_LIST_ROWS + 1) {
    throw new PriceListTooLargeError(`a price list holds at most ${MAX_PRICE_LIST_ROWS} rows: split it`);
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, row) => {
    const cells: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) {
      const cell = r.getCell(c);
      cells.push(cellText(cell.value, cell.numFmt));
    }
    if (cells.some((c) => c !== '')) rows.push({ row, cells });
  });
  return { format: 'xlsx', rows, error: null };
}

/** A cell as the text a person sees: numbers without float noise, formulas by their result. */
function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(numFmt?.includes('%') ? value * 100 : value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue, numFmt);
  if ('hyperlink' in value) return String(value.text ?? '').trim();
  if ('error' in value) return String(value.error);
  return '';
}

/** 0.1 + 0.2 typed into Excel is stored as 0.30000000000000004; nine places is finer than any price or quantity here. */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(9)));
}

function fileError(message: string): ValidationError {
  return new ValidationError([{ path: 'file', message }]);
}
