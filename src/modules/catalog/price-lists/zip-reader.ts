import { createInflateRaw } from 'node:zlib';
import { ValidationError } from '../../../shared/errors.js';
import { PriceListFormatError } from '../catalog.errors.js';
import { SLICE_BYTES, type ReadBudget } from './read-limits.js';

/**
 * The few parts of an XLSX (a zip) that a price list needs, read straight from the uploaded
 * buffer: the central directory tells where each part is; a part is inflated as a stream and
 * its bytes are counted as they come out, whatever sizes the directory declares.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** A workbook has a few dozen parts; thousands mean something else. */
const MAX_ENTRIES = 10_000;

const SAVE_AGAIN = 'save it again from Excel or LibreOffice as .xlsx, or as CSV';

export const unreadable = (why: string): ValidationError =>
  new ValidationError([{ path: 'file', message: `the file is not a readable XLSX workbook (${why}): ${SAVE_AGAIN}` }]);

/** The parts of the zip by lower-cased name (part names in a workbook are case-insensitive). */
export function zipEntries(zip: Buffer): Map<string, ZipEntry> {
  const eocd = findEndOfDirectory(zip);
  if (eocd < 0) throw unreadable('no zip directory');
  if (eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) throw unsupported('a ZIP64 archive');
  const disk = zip.readUInt16LE(eocd + 4);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw unsupported('a ZIP64 archive');
  if (disk !== 0) throw unsupported('a multi-part archive');
  if (count > MAX_ENTRIES) throw unreadable(`more than ${MAX_ENTRIES} parts`);
  if (offset + size > eocd) throw unreadable('a broken zip directory');

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || zip.readUInt32LE(at) !== CENTRAL) throw unreadable('a broken zip directory');
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const end = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (end > eocd) throw unreadable('a broken zip directory');
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      flags,
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.localHeader === 0xffffffff) throw unsupported('a ZIP64 archive');
    entries.set(name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), entry);
    at = end;
  }
  return entries;
}

/** The end-of-directory record: the last one within the largest comment's reach of the end. */
function findEndOfDirectory(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= stop; at--) {
    if (zip.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/**
 * The part's bytes in slices of at most SLICE_BYTES, counted against the budget as they come:
 * a bomb is stopped at the limit, having cost that many bytes of work and one slice of memory.
 */
export async function* entryBytes(zip: Buffer, entry: ZipEntry, budget: ReadBudget): AsyncGenerator<Buffer> {
  if (entry.flags & 0x41) throw unsupported('a password-protected workbook');
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw unsupported(`a part compressed by method ${entry.method}`);
  }
  const data = entryData(zip, entry);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += SLICE_BYTES) {
      const slice = data.subarray(at, at + SLICE_BYTES);
      budget.read(slice.length);
      yield slice;
      await budget.pause();
    }
    return;
  }
  // The inflater fills at most a slice ahead of the reader (stream back-pressure), so memory
  // stays at a slice however far the data would unpack.
  const inflater = createInflateRaw({ chunkSize: SLICE_BYTES });
  inflater.end(data);
  try {
    for await (const slice of inflater as AsyncIterable<Buffer>) {
      budget.read(slice.length);
      yield slice;
      await budget.pause();
    }
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('Z_')) throw unreadable(`a damaged part ${entry.name}`);
    throw err;
  } finally {
    inflater.destroy();
  }
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw unreadable(`a broken part ${entry.name}`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw unreadable(`a cut-off part ${entry.name}`);
  return zip.subarray(start, end);
}

function unsupported(what: string): PriceListFormatError {
  return new PriceListFormatError(`the workbook is ${what}, which cannot be read: ${SAVE_AGAIN}`);
}
