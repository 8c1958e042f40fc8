import { tooLarge, type ReadBudget } from './read-limits.js';
import type { RowSink } from './read-file.js';
import type { XmlSink, XmlTag } from './xml-reader.js';

/** How a number in a cell is shown, from its style's number format (one byte per cell style). */
export const NumberKind = { Plain: 0, Percent: 1, Date: 2 } as const;
type NumberKind = (typeof NumberKind)[keyof typeof NumberKind];

/** What the sheet's cells refer to: the shared strings and the number kind of each cell style. */
export interface WorkbookLookups {
  sharedStrings: readonly string[];
  styleKinds: Uint8Array;
  date1904: boolean;
}

/** A merged range (1-based, inclusive); its top-left cell's text fills all of it, as Excel shows it. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface ActiveMerge extends MergedRange {
  /** The top-left cell's text once its row has been read ('' when that row is absent). */
  master: string | null;
}

/**
 * The rows of one worksheet's XML, each handed to the sink as soon as it is complete, as text a
 * person sees in Excel: numbers without float noise, percents as percents, dates as YYYY-MM-DD,
 * formulas by their cached result, rich text joined. Cells are counted against the budget as
 * they are read. Merged ranges are listed after the rows in the XML, so the first pass collects
 * them (`merges`) and, when there are any, a second pass is given them to fill the ranges.
 */
export class SheetReader implements XmlSink {
  readonly merges: MergedRange[] = [];
  /** Cells the merged ranges cover in all: filling them is work, bounded like the cells read. */
  private mergedArea = 0;
  private inSheetData = false;
  private inRow = false;
  private rowNumber = 0;
  private lastRow = 0;
  private cells: string[] = [];
  private inCell = false;
  private column = 0;
  private type = 'n';
  private kind: NumberKind = NumberKind.Plain;
  private inValue = false;
  private inInline = false;
  private inInlineText = false;
  private phonetic = 0;
  private parts: string[] = [];
  private length = 0;
  private readonly pending: MergedRange[];
  private nextPending = 0;
  private active: ActiveMerge[] = [];
  private readonly collectMerges: boolean;

  constructor(
    private readonly book: WorkbookLookups,
    private readonly budget: ReadBudget,
    private readonly sink: RowSink,
    known: readonly MergedRange[] | null,
  ) {
    this.pending = known ? [...known].sort((a, b) => a.top - b.top || a.left - b.left) : [];
    this.collectMerges = known === null;
  }

  get wantsText(): boolean {
    return this.inValue || (this.inInlineText && this.phonetic === 0);
  }

  open(tag: XmlTag): void {
    switch (tag.name) {
      case 'sheetData':
        this.inSheetData = true;
        break;
      case 'row':
        if (this.inSheetData) this.startRow(rowNumberOf(tag.attr('r')) ?? this.lastRow + 1);
        break;
      case 'c':
        if (this.inRow) this.startCell(tag);
        break;
      case 'v':
        this.inValue = this.inCell;
        break;
      case 'is':
        this.inInline = this.inCell;
        break;
      case 't':
        this.inInlineText = this.inInline;
        break;
      case 'rPh':
        if (this.inInline) this.phonetic++;
        break;
      case 'mergeCell':
        if (this.collectMerges) this.addMerge(tag.attr('ref'));
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
        this.inValue = false;
        break;
      case 't':
        this.inInlineText = false;
        break;
      case 'rPh':
        if (this.phonetic > 0) this.phonetic--;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        if (this.inCell) this.endCell();
        break;
      case 'row':
        if (this.inRow) this.endRow();
        break;
      case 'sheetData':
        if (this.inSheetData) this.fillMergedRowsBefore(Infinity);
        this.inSheetData = false;
        break;
    }
  }

  text(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.budget.text(this.length, this.rowNumber);
  }

  private startRow(row: number): void {
    this.fillMergedRowsBefore(row);
    this.rowNumber = row;
    this.cells = [];
    this.column = 0;
    this.inRow = true;
  }

  private startCell(tag: XmlTag): void {
    this.inCell = true;
    this.column = columnOf(tag.attr('r')) ?? this.column + 1;
    this.type = tag.attr('t') ?? 'n';
    const style = wholeNumber(tag.attr('s'));
    this.kind = style === undefined ? NumberKind.Plain : ((this.book.styleKinds[style] ?? 0) as NumberKind);
    this.parts = [];
    this.length = 0;
  }

  private endCell(): void {
    this.inCell = this.inValue = this.inInline = this.inInlineText = false;
    this.phonetic = 0;
    this.place(this.column, this.cellText(this.parts.length === 1 ? this.parts[0]! : this.parts.join('')));
  }

  private cellText(raw: string): string {
    switch (this.type) {
      case 's':
        return raw === '' ? '' : (this.book.sharedStrings[Number(raw)] ?? '');
      case 'inlineStr':
        return unescapeOoxml(raw).trim();
      case 'str':
      case 'e':
        return raw.trim();
      case 'b':
        return raw === '' ? '' : String(parseInt(raw, 10) !== 0);
      case 'd':
        return raw.trim().slice(0, 10);
      default:
        return this.numberText(raw);
    }
  }

  private numberText(raw: string): string {
    if (raw.trim() === '') return '';
    const n = parseFloat(raw);
    if (Number.isNaN(n)) return raw.trim();
    if (this.kind === NumberKind.Date) {
      // Excel counts days from 1899-12-30 (1904-01-01 in 1904-based workbooks).
      const date = new Date(Math.round((n - 25569 + (this.book.date1904 ? 1462 : 0)) * 86_400_000));
      if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
    }
    return numberText(this.kind === NumberKind.Percent ? n * 100 : n);
  }

  /** A cell's text at a column of the current row, counted against the budget first. */
  private place(column: number, text: string): void {
    this.budget.cell(column, text !== '', this.rowNumber);
    const { cells } = this;
    if (text === '' && column > cells.length) return;
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = text;
  }

  private endRow(): void {
    this.inRow = this.inCell = false;
    this.applyMerges();
    const filled = this.cells.some((c) => c !== '');
    this.budget.endRow(filled);
    if (filled) this.sink.add({ row: this.rowNumber, cells: this.cells });
    this.lastRow = Math.max(this.lastRow, this.rowNumber);
  }

  /** Fills the current row's part of every merged range over it. */
  private applyMerges(): void {
    const row = this.rowNumber;
    for (
      let range = this.pending[this.nextPending];
      range && range.top <= row;
      range = this.pending[++this.nextPending]
    ) {
      this.active.push({ ...range, master: range.top === row ? null : '' });
    }
    if (this.active.length === 0) return;
    this.active = this.active.filter((m) => m.bottom >= row);
    for (const m of this.active) {
      if (m.master === null) m.master = this.cells[m.left - 1] ?? '';
      for (let column = m.left; column <= m.right; column++) {
        if (row !== m.top || column !== m.left) this.place(column, m.master);
      }
    }
  }

  /** Rows the XML leaves out but a merged range with text covers exist in Excel: they are made here. */
  private fillMergedRowsBefore(next: number): void {
    while (this.lastRow + 1 < next && this.active.some((m) => m.master && m.bottom > this.lastRow)) {
      this.rowNumber = this.lastRow + 1;
      this.cells = [];
      this.endRow();
    }
  }

  private addMerge(ref: string | undefined): void {
    const [from, to] = (ref ?? '').split(':');
    const a = from ? cellRef(from) : null;
    const b = to ? cellRef(to) : null;
    if (!a || !b) return;
    if (this.merges.length >= this.budget.limits.mergedRanges) {
      throw tooLarge('mergedRanges', this.budget.limits.mergedRanges);
    }
    const range = {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
    // A few bytes of XML may merge a billion cells; every row under an active range costs a pass.
    this.mergedArea += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (this.mergedArea > this.budget.limits.cells) throw tooLarge('cells', this.budget.limits.cells);
    this.merges.push(range);
  }
}

const wholeNumber = (text: string | undefined): number | undefined => {
  const n = text === undefined ? NaN : Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};
const rowNumberOf = (text: string | undefined): number | undefined => {
  const n = wholeNumber(text);
  return n === undefined || n === 0 ? undefined : n;
};

/** `AB12` → 28; undefined when the reference has no column letters. */
function columnOf(ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  let column = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    // Past Excel's last column (XFD) the exact number no longer matters, only that it is too far.
    column = Math.min(column * 26 + (c - 0x60), 1e9);
  }
  return k === 0 ? undefined : column;
}

function cellRef(ref: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,9})$/.exec(ref.trim());
  return m ? { column: columnOf(m[1])!, row: Number(m[2]) } : null;
}

/** Excel escapes characters XML cannot hold as `_xHHHH_`. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** 0.1 + 0.2 typed into Excel is stored as 0.30000000000000004; nine places is finer than any price or quantity here. */
export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(9)));
}
