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
/** Fatal: a byte that is not UTF-8 after the file was told to be UTF-8 is reported, never read as U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** About 200 rows of a price list, each checked as it ends: a few milliseconds between turns of the event loop. */
const SLICE_BYTES = 16 * 1024;

/** Text before the first byte past ASCII reads the same in both encodings; from there this much decides which. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads a CSV's records into rows as its bytes arrive, a slice at a time, giving the event loop a
 * turn between slices, with every field counted against the budget as it ends: a header of
 * millions of columns is stopped at the limit, never gathered into one record. Only the field being
 * read is carried from one chunk to the next (at most a cell's worth, by the cellCharacters limit),
 * so a file of any size takes the memory of a chunk. RFC 4180 quotes, read as leniently as Excel
 * writes them (a stray quote inside a field is kept as text). Rows are numbered by the line they
 * start on. A quote never closed ends the reading: the rows before it are kept and the error
 * names the line where it opened. UTF-8 or Windows-1251 is told by the bytes from the first one
 * past ASCII on (docs/domain.md, Price lists); a file that stops being UTF-8 later ends the
 * reading the same way.
 */
export async function readCsv(
  chunks: AsyncIterable<Buffer>,
  budget: ReadBudget,
  sink: RowSink,
): Promise<PriceListRowError | null> {
  const source = chunks[Symbol.asyncIterator]();
  let data: Buffer = Buffer.alloc(0);
  let final = false;
  let encoding: 'utf8' | 'windows-1251' | null = null;
  /** How far `data` is known to be ASCII while the encoding is undecided. */
  let ascii = 0;
  const append = async (): Promise<boolean> => {
    if (final) return false;
    const next = await budget.waitFor(source.next());
    if (next.done) {
      final = true;
      return false;
    }
    budget.read(next.value.length);
    data = data.length === 0 ? next.value : Buffer.concat([data, next.value]);
    return true;
  };
  /**
   * Appends the next chunk; false at the end of the file. At the first byte past ASCII, reads up
   * to SNIFF_BYTES further and decides the encoding from them, however the file was cut into chunks.
   */
  const more = async (): Promise<boolean> => {
    const got = await append();
    if (encoding === null) {
      const first = firstNonAscii(data, ascii, data.length);
      if (first < 0) ascii = data.length;
      else {
        while (data.length < first + SNIFF_BYTES && (await append()));
        let until = Math.min(data.length, first + SNIFF_BYTES);
        if (!final || until < data.length) until = completeUtf8(data, first, until);
        encoding = isUtf8(data.subarray(first, until)) ? 'utf8' : 'windows-1251';
      }
    }
    return got;
  };
  // The header line (or its first 16 KB) tells the delimiter; a byte-order mark, UTF-8.
  while (data.length < SLICE_BYTES + 3 && !data.includes(LF) && !data.includes(CR) && (await more()));
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const from = bom ? 3 : 0;
  if (bom) encoding = 'utf8';
  const delimiter = sniffDelimiter(data, from);
  const { cellCharacters } = budget.limits;
  const decode = (start: number, end: number): string => {
    if (end <= start) return '';
    if (encoding === 'windows-1251') return WINDOWS_1251.decode(data.subarray(start, end));
    if (encoding === 'utf8') return UTF8.decode(data.subarray(start, end));
    return data.toString('latin1', start, end); // nothing past ASCII yet: the same in both
  };

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
      text = decode(pieceStart, end);
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

  let i = from;
  try {
    for (;;) {
      // The last byte waits for the next chunk unless the file ends: a quote or CR looks one byte ahead.
      const stop = final ? data.length : data.length - 1;
      while (i < stop) {
        const sliceEnd = Math.min(stop, i + SLICE_BYTES);
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
      if (final) break;
      // Keep only the field being read (from its first byte not yet decoded) for the next chunk.
      data = data.subarray(pieceStart);
      ascii = Math.max(0, ascii - pieceStart);
      i -= pieceStart;
      fieldStart -= pieceStart;
      pieceStart = 0;
      await more();
    }
  } catch (err) {
    if (err instanceof TypeError && (err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      return {
        row: recordLine,
        column: null,
        message:
          'the CSV cannot be read from here on: this row is not UTF-8 like the rows before it; save the file as UTF-8 throughout',
      };
    }
    throw err;
  }
  if (quoting) {
    return {
      row: recordLine,
      column: null,
      message: 'the CSV cannot be read from here on: a quote opened in this row is never closed',
    };
  }
  const n = data.length;
  if (fieldNumber > 0 || n > fieldStart || quoted) {
    endField(n);
    endRecord();
  }
  return null;
}

function firstNonAscii(data: Buffer, from: number, to: number): number {
  for (let i = from; i < to; i++) if (data[i]! >= 0x80) return i;
  return -1;
}

/** `end`, moved back before a UTF-8 sequence the data cuts off (the rest is in the next chunk). */
function completeUtf8(data: Buffer, start: number, end: number): number {
  for (let k = end - 1; k >= Math.max(start, end - 3); k--) {
    const b = data[k]!;
    if (b < 0x80) return end;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return k + length > end ? k : end;
    }
  }
  return end;
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
