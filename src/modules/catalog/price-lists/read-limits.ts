import { setImmediate as nextTurn } from 'node:timers/promises';
import { PriceListTooLargeError } from '../catalog.errors.js';

/**
 * What one price-list upload may hold. Every count is checked while the file is read, so a file
 * past any of them (a zip bomb, a header of millions of columns) stops being read at once.
 */
export interface PriceListLimits {
  /** Non-empty data rows: one transaction of them must stay well under a minute. */
  rows: number;
  /** The rightmost cell with content in any row (empty styled cells do not count). */
  columns: number;
  /** Cells read in all, empty ones included; a gap before a cell with content counts as the cells it skips. */
  cells: number;
  /** Characters in one cell: Excel's own limit. */
  cellCharacters: number;
  /** Bytes read: a CSV's own, an XLSX's parts as unpacked (counted as they come, never as declared). */
  bytes: number;
  /** Entries of an XLSX's shared-string table, and their characters in all: the table is held while the sheet is read. */
  sharedStrings: number;
  sharedStringCharacters: number;
  /** Merged ranges of the sheet: each is held and applied to the rows it covers. */
  mergedRanges: number;
  /** Wall-clock seconds to read the file. */
  seconds: number;
}

export type PriceListLimit = keyof PriceListLimits;

export const PRICE_LIST_LIMITS: Readonly<PriceListLimits> = Object.freeze({
  rows: 100_000,
  columns: 256,
  // 100 000 rows of 30 columns (the 11 named ones and up to 19 warehouses).
  cells: 3_000_000,
  cellCharacters: 32_767,
  // Excel writes about 45 bytes of XML a cell: 3 000 000 cells and their shared strings fit.
  bytes: 200_000_000,
  // A 100 000-row list has about 200 000 distinct texts (SKUs and names) of some 10 000 000 characters.
  sharedStrings: 500_000,
  sharedStringCharacters: 16_000_000,
  mergedRanges: 65_536,
  seconds: 20,
});

/** What a seller reads when a limit is passed: what was too much, and what to do. */
const EXPLAIN: Record<PriceListLimit, (max: number) => string> = {
  rows: (max) => `a price list holds at most ${max} rows: split it`,
  columns: (max) =>
    `the sheet has more than ${max} columns: keep the price-list columns and one per warehouse, delete the rest`,
  cells: (max) =>
    `the sheet has more than ${max} cells (empty ones included): delete unused rows and columns or split the list`,
  cellCharacters: (max) => `a cell holds more than ${max} characters`,
  bytes: (max) => `the file unpacks to more than ${Math.round(max / 1_000_000)} MB: split the list`,
  sharedStrings: (max) => `the workbook holds more than ${max} different texts: split the list`,
  sharedStringCharacters: (max) => `the workbook's texts hold more than ${max} characters in all: split the list`,
  mergedRanges: (max) => `the sheet has more than ${max} merged ranges: unmerge the cells`,
  seconds: (max) => `the price list could not be read in ${max} seconds: split it`,
};

export function tooLarge(limit: PriceListLimit, max: number, where = ''): PriceListTooLargeError {
  return new PriceListTooLargeError(`${where}${EXPLAIN[limit](max)}`, { limit, max });
}

/** An XLSX part is unpacked and read this much at a time (a few ms of work) between turns of the event loop. */
export const SLICE_BYTES = 64 * 1024;

/**
 * The counts of one read against its limits. Readers call it as they go; `pause` gives the event
 * loop a turn between slices and is where the time budget is checked.
 */
export class ReadBudget {
  private deadline: number;
  private bytes = 0;
  private cells = 0;
  private rows = 0;
  private rowCells = 0;
  private rowWidth = 0;
  /** A second pass over the same bytes (an XLSX with merged cells) counts them once. */
  private countBytes = true;
  /** Awaited at each pause: where the rows read so far are written away before more are read. */
  drain: (() => Promise<void> | void) | null = null;

  constructor(
    readonly limits: Readonly<PriceListLimits>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = now() + limits.seconds * 1000;
  }

  read(bytes: number): void {
    if (!this.countBytes) return;
    this.bytes += bytes;
    if (this.bytes > this.limits.bytes) throw tooLarge('bytes', this.limits.bytes);
  }

  /** One cell of the current row at a 1-based column; `filled` when it has content. */
  cell(column: number, filled: boolean, row: number): void {
    this.rowCells++;
    if (filled) {
      if (column > this.limits.columns) throw tooLarge('columns', this.limits.columns, `row ${row}: `);
      if (column > this.rowWidth) this.rowWidth = column;
    }
    if (this.cells + Math.max(this.rowCells, this.rowWidth) > this.limits.cells) {
      throw tooLarge('cells', this.limits.cells);
    }
  }

  text(length: number, row?: number): void {
    if (length > this.limits.cellCharacters) {
      throw tooLarge('cellCharacters', this.limits.cellCharacters, row ? `row ${row}: ` : '');
    }
  }

  /** The current row is complete; it counts as a row when it has content (the header is one more). */
  endRow(filled: boolean): void {
    this.cells += Math.max(this.rowCells, this.rowWidth);
    this.rowCells = this.rowWidth = 0;
    if (filled && ++this.rows > this.limits.rows + 1) throw tooLarge('rows', this.limits.rows);
  }

  /** Start counting rows and cells afresh for a second pass over bytes already counted. */
  replay(): void {
    this.cells = this.rows = this.rowCells = this.rowWidth = 0;
    this.countBytes = false;
  }

  /** Time spent waiting for the upload's next bytes is the client's, not reading: it does not count. */
  async waitFor<T>(arrival: Promise<T>): Promise<T> {
    const started = this.now();
    try {
      return await arrival;
    } finally {
      this.deadline += this.now() - started;
    }
  }

  async pause(): Promise<void> {
    await this.drain?.();
    await nextTurn();
    if (this.now() >= this.deadline) throw tooLarge('seconds', this.limits.seconds);
  }
}
