import { isUtf8 } from 'node:buffer';
import type { PriceListRowError } from '../catalog.errors.js';
import { type ReadBudget } from './read-limits.js';
import type { RowSink } from './read-file.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const WINDOWS_1251 = new TextDecoder('windows-1251');
/** About 200 rows of a price list, each checked as it ends: a few milliseconds between turns of the event loop. */
const SLICE_BYTES = 16 * 1024;

/**
 * Reads a CSV's records into rows a slice of bytes at a time, giving the event loop a turn
 * between slices, with every field counted against the budget as it ends: a header of millions
 * of columns is stopped at the limit, never gathered into one record. RFC 4180 quotes, read as
 * leniently as Excel writes them (a stray quote inside a field is kept as text). Rows are numbered
 * by the line they start on. A quote never closed ends the reading: the rows before it are kept
 * and the error names the line where it opened.
 */
export async function readCsv(data: Buffer, budget: ReadBudget, sink: RowSink): Promise<PriceListRowError | null> {
  budget.read(data.length);
  const utf8 = isUtf8(data);
  // TextDecoder drops a UTF-8 byte-order mark; Windows-1251 has none.
  const from = utf8 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  const decode = utf8
    ? (start: number, end: number) => data.toString('utf8', start, end)
    : (start: number, end: number) => WINDOWS_1251.decode(data.subarray(start, end));
  const delimiter = sniffDelimiter(data, from);
  const { cellCharacters } = budget.limits;

  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let fieldNumber = 0;
  let fieldStart = from;
  let quoting = false;
  let quoted = false;
  /** Where the part of the field not yet decoded starts, and the parts decoded so far. */
  let pieceStart = from;
  let pieces: string[] = [];

  const endField = (end: number) => {
    fieldNumber++;
    let text: string;
    if (pieces.length === 0 && !quoted) {
      text = end > pieceStart ? decode(pieceStart, end) : '';
    } else {
      if (end > pieceStart) pieces.push(decode(pieceStart, end));
      text = pieces.join('');
    }
    budget.text(text.length, recordLine);
    text = text.trim();
    budget.cell(fieldNumber, text !== '', recordLine);
    if (text !== '') {
      while (cells.length < fieldNumber - 1) cells.push('');
      cells.push(text);
    }
    pieces = [];
    quoted = false;
  };
  const endRecord = () => {
    const filled = cells.length > 0;
    budget.endRow(filled);
    if (filled) sink.add({ row: recordLine, cells });
    cells = [];
    fieldNumber = 0;
  };
  const startField = (at: number) => {
    fieldStart = pieceStart = at;
  };

  const n = data.length;
  let i = from;
  while (i < n) {
    const sliceEnd = Math.min(n, i + SLICE_BYTES);
    for (; i < sliceEnd; i++) {
      const b = data[i]!;
      if (quoting) {
        if (b === QUOTE) {
          const next = data[i + 1];
          if (next === QUOTE) {
            // "" inside quotes is one quote.
            pieces.push(decode(pieceStart, i + 1));
            pieceStart = ++i + 1;
          } else if (next === undefined || next === delimiter || next === CR || next === LF) {
            pieces.push(decode(pieceStart, i));
            pieceStart = i + 1;
            quoting = false;
          } else {
            // A quote closing too early ("12" x): the field is read as the text it is, quotes and all.
            pieces.unshift('"');
            pieces.push(decode(pieceStart, i + 1));
            pieceStart = i + 1;
            quoting = false;
          }
        } else if (b === LF || (b === CR && data[i + 1] !== LF)) {
          line++;
        }
        continue;
      }
      if (b === delimiter) {
        endField(i);
        startField(i + 1);
      } else if (b === LF || b === CR) {
        endField(i);
        if (b === CR && data[i + 1] === LF) i++;
        endRecord();
        recordLine = ++line;
        startField(i + 1);
      } else if (b === QUOTE && i === fieldStart) {
        quoting = quoted = true;
        pieceStart = i + 1;
      }
    }
    // A field not yet ended may already be too long for a cell (a character takes at most 3 bytes).
    if (i - fieldStart > 3 * cellCharacters + 2) budget.text(cellCharacters + 1, recordLine);
    await budget.pause();
  }
  if (quoting) {
    return {
      row: recordLine,
      column: null,
      message: 'the CSV cannot be read from here on: a quote opened in this row is never closed',
    };
  }
  if (fieldNumber > 0 || n > fieldStart || quoted) {
    endField(n);
    endRecord();
  }
  return null;
}

/**
 * Russian Excel writes `;` (the comma is the decimal separator there); others write `,` or tabs.
 * The header line decides, so '1 234,50' in a `;` file stays one field. Its first 16 KB are enough:
 * a header is a few hundred bytes, and a longer one is past the column limit anyway.
 */
function sniffDelimiter(data: Buffer, from: number): number {
  let [tabs, semis, commas] = [0, 0, 0];
  for (let i = from; i < Math.min(data.length, from + SLICE_BYTES); i++) {
    const b = data[i]!;
    if (b === CR || b === LF) break;
    if (b === TAB) tabs++;
    else if (b === SEMICOLON) semis++;
    else if (b === COMMA) commas++;
  }
  if (tabs > semis && tabs > commas) return TAB;
  return semis >= commas && semis > 0 ? SEMICOLON : COMMA;
}
