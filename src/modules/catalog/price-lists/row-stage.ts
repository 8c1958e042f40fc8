import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { PriceListRow } from './row-checker.js';

/** Rows gathered before one write to the file: a few hundred. */
const FLUSH_BYTES = 256 * 1024;

/**
 * The checked rows of one upload between its reading and its import, kept in a temporary file
 * as JSON lines, so no upload is held whole in memory (docs/domain.md, Price lists). Rows are
 * written as they are checked; `drain` waits for the writes, so reading never runs far ahead.
 */
export class RowStage {
  private pending: Promise<unknown> = Promise.resolve();
  private lines: string[] = [];
  private lineBytes = 0;
  private end = 0;

  private constructor(
    private readonly dir: string,
    private readonly file: FileHandle,
  ) {}

  static async open(): Promise<RowStage> {
    const dir = await mkdtemp(join(tmpdir(), 'tutuu-price-rows-'));
    try {
      return new RowStage(dir, await open(join(dir, 'rows.jsonl'), 'w+'));
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  }

  add(row: PriceListRow): void {
    const line = `${JSON.stringify(row)}\n`;
    this.lines.push(line);
    this.lineBytes += line.length;
    if (this.lineBytes >= FLUSH_BYTES) this.flush();
  }

  /** Waits for the rows written so far to reach the file. */
  async drain(): Promise<void> {
    await this.pending;
  }

  /** Starts again empty: the sheet is read a second time (an XLSX with merged cells). */
  restart(): void {
    this.lines = [];
    this.lineBytes = 0;
    this.end = 0;
  }

  /** The rows in the order they were added, `size` at a time. */
  async *batches(size: number): AsyncGenerator<PriceListRow[]> {
    this.flush();
    await this.pending;
    if (this.end === 0) return;
    const input = this.file.createReadStream({ start: 0, end: this.end - 1, autoClose: false });
    let batch: PriceListRow[] = [];
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      batch.push(JSON.parse(line) as PriceListRow);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async close(): Promise<void> {
    await this.pending.catch(() => undefined);
    await this.file.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    const bytes = Buffer.from(this.lines.join(''));
    const at = this.end;
    this.end += bytes.length;
    this.lines = [];
    this.lineBytes = 0;
    this.pending = this.pending.then(() => this.file.write(bytes, 0, bytes.length, at));
  }
}
