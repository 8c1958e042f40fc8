import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { ValidationError } from '../../../shared/errors.js';
import { PriceListFormatError } from '../catalog.errors.js';
import { SLICE_BYTES, type ReadBudget } from './read-limits.js';

/**
 * The few parts of an XLSX (a zip) that a price list needs, read from the upload spooled to a
 * temporary file (or a buffer): the central directory tells where each part is; a part is read
 * and inflated as a stream and its bytes are counted as they come out, whatever sizes the
 * directory declares. Only the directory and a slice at a time are ever in memory.
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
/** Ten thousand entries with long names; a workbook's directory is a few KB. */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;

/** The zip's bytes wherever they are: read at an offset, or a range a slice at a time. */
export interface ZipSource {
  readonly size: number;
  /** Up to `length` bytes from `at` (fewer at the end). */
  read(at: number, length: number): Promise<Buffer>;
}

export function bufferZip(zip: Buffer): ZipSource {
  return { size: zip.length, read: async (at, length) => zip.subarray(at, at + length) };
}

/** A zip file on disk, read at offsets; `close` releases it. */
export async function fileZip(path: string): Promise<ZipSource & { close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (at, length) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      const { bytesRead } = await handle.read(buf, 0, buf.length, at);
      return buf.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

async function* range(zip: ZipSource, start: number, end: number): AsyncGenerator<Buffer> {
  for (let at = start; at < end; at += SLICE_BYTES) yield await zip.read(at, Math.min(SLICE_BYTES, end - at));
}

const SAVE_AGAIN = 'save it again from Excel or LibreOffice as .xlsx, or as CSV';

export const unreadable = (why: string): ValidationError =>
  new ValidationError([{ path: 'file', message: `the file is not a readable XLSX workbook (${why}): ${SAVE_AGAIN}` }]);

/** The parts of the zip by lower-cased name (part names in a workbook are case-insensitive). */
export async function zipEntries(source: ZipSource): Promise<Map<string, ZipEntry>> {
  // The end record is within the largest comment's reach of the end; offsets below are the file's.
  const tailStart = Math.max(0, source.size - 22 - 0xffff);
  const tail = await source.read(tailStart, source.size - tailStart);
  const eocdInTail = findEndOfDirectory(tail);
  if (eocdInTail < 0) throw unreadable('no zip directory');
  const eocd = tailStart + eocdInTail;
  if (eocdInTail >= 20 && tail.readUInt32LE(eocdInTail - 20) === ZIP64_LOCATOR) throw unsupported('a ZIP64 archive');
  const disk = tail.readUInt16LE(eocdInTail + 4);
  const count = tail.readUInt16LE(eocdInTail + 10);
  const size = tail.readUInt32LE(eocdInTail + 12);
  const offset = tail.readUInt32LE(eocdInTail + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw unsupported('a ZIP64 archive');
  if (disk !== 0) throw unsupported('a multi-part archive');
  if (count > MAX_ENTRIES) throw unreadable(`more than ${MAX_ENTRIES} parts`);
  if (offset + size > eocd) throw unreadable('a broken zip directory');
  // The directory (up to the end record, as the checks below were written): offsets in it count from 0.
  const directoryEnd = eocd - offset;
  if (directoryEnd > MAX_DIRECTORY_BYTES) throw unreadable(`a zip directory over ${MAX_DIRECTORY_BYTES >> 20} MB`);
  const zip = await source.read(offset, directoryEnd);

  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directoryEnd || zip.readUInt32LE(at) !== CENTRAL) throw unreadable('a broken zip directory');
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const end = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (end > directoryEnd) throw unreadable('a broken zip directory');
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
export async function* entryBytes(zip: ZipSource, entry: ZipEntry, budget: ReadBudget): AsyncGenerator<Buffer> {
  if (entry.flags & 0x41) throw unsupported('a password-protected workbook');
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw unsupported(`a part compressed by method ${entry.method}`);
  }
  const [start, end] = await entryRange(zip, entry);
  if (entry.method === STORED) {
    for await (const slice of range(zip, start, end)) {
      budget.read(slice.length);
      yield slice;
      await budget.pause();
    }
    return;
  }
  // The inflater fills at most a slice ahead of the reader (stream back-pressure), so memory
  // stays at a slice however far the data would unpack.
  const inflater = createInflateRaw({ chunkSize: SLICE_BYTES });
  const input = Readable.from(range(zip, start, end), { objectMode: false });
  input.on('error', (err) => inflater.destroy(err));
  input.pipe(inflater);
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
    input.destroy();
    inflater.destroy();
  }
}

/** Where the part's compressed bytes start and end in the zip, from its local header. */
async function entryRange(zip: ZipSource, entry: ZipEntry): Promise<[number, number]> {
  const at = entry.localHeader;
  const header = await zip.read(at, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw unreadable(`a broken part ${entry.name}`);
  const start = at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (end > zip.size) throw unreadable(`a cut-off part ${entry.name}`);
  return [start, end];
}

function unsupported(what: string): PriceListFormatError {
  return new PriceListFormatError(`the workbook is ${what}, which cannot be read: ${SAVE_AGAIN}`);
}
