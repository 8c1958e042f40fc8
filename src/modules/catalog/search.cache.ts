import { sql } from 'drizzle-orm';
import { systemClock, type Clock } from '../../shared/clock.js';
import { queryRows, type Executor } from '../../shared/db/database.js';

/** The shared advisory lock every catalog writer holds until it commits (migration 0004). */
const WRITER_LOCK_KEY = 7_310_442_003n;
const LOCK_CLASS = Number(WRITER_LOCK_KEY >> 32n);
const LOCK_OBJECT = Number(WRITER_LOCK_KEY & 0xffff_ffffn);

export interface SearchVersion {
  /** Moves with every statement that writes a table search answers are made of. */
  version: number;
  /** No catalog write was in flight: what is computed from now on may be cached under `version`. */
  quiet: boolean;
}

/**
 * Where the catalog stands, in one cheap query. A writer moves the version inside its
 * transaction, before it commits, so a search that read the new version could still compute
 * from the old rows; it holds the lock until it commits, so a search that sees no lock knows
 * every write up to `version` is visible to the snapshot it takes next.
 */
export async function readSearchVersion(ex: Executor): Promise<SearchVersion> {
  // On a streaming replica (docs/adr/0015) neither works: a sequence reaches it 32 values ahead
  // and then stands still, and the primary's locks are not replicated. There the version is how
  // far it has replayed the primary's WAL (negative, never equal to a sequence value): what a
  // snapshot sees only changes as that moves, and a commit is visible once replayed, so nothing is
  // ever half-written there. pg_locks shows every database of the server, so only this one's
  // writers count: another database's catalog (a test's, a neighbour's) says nothing of ours.
  const [row] = await queryRows<{ version: string | number; quiet: boolean }>(
    ex,
    sql`select case when pg_is_in_recovery() then -(pg_last_wal_replay_lsn() - '0/0'::pg_lsn)
                    when v.is_called then v.last_value else 0 end as version,
               pg_is_in_recovery()
               or not exists (select 1 from pg_locks
                              where locktype = 'advisory'
                                and database = (select oid from pg_database where datname = current_database())
                                and classid = ${LOCK_CLASS}::oid
                                and objid = ${LOCK_OBJECT}::oid and objsubid = 1) as quiet
        from catalog.search_version v`,
  );
  return { version: Number(row!.version), quiet: row!.quiet };
}

/**
 * How long an answer may be kept at most. Popularity (orders) moves with every checkout without
 * moving the version (migration 0022), so the order of a cached answer may lag it: by this much.
 */
export const SEARCH_ANSWER_MAX_AGE_MS = 60_000;

/** What the cached answers may hold in all: they are kept outside V8's heap, but not outside RSS. */
export const SEARCH_CACHE_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Search answers of this process as the UTF-8 bytes sent, each valid while the catalog version it
 * was computed at is current: a change to anything an answer shows invalidates them all, so an
 * answer is never older than the data it shows; and never older than SEARCH_ANSWER_MAX_AGE_MS.
 * Least recently used answers go first when `capacity` answers or `maxBytes` are reached. Buffers
 * live outside V8's heap, so a full cache does not press on the server's heap limit.
 */
export class SearchCache {
  private readonly entries = new Map<string, { version: number; at: number; value: Buffer }>();
  private bytes = 0;

  constructor(
    private readonly capacity: number,
    private readonly clock: Clock = systemClock,
    private readonly maxBytes = SEARCH_CACHE_MAX_BYTES,
  ) {}

  get enabled(): boolean {
    return this.capacity > 0;
  }

  get(key: string, version: number): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version || this.clock.now().getTime() - entry.at > SEARCH_ANSWER_MAX_AGE_MS) {
      this.bytes -= entry.value.length;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: number, value: Buffer): void {
    if (!this.enabled || value.length > this.maxBytes) return;
    this.drop(key);
    this.entries.set(key, { version, at: this.clock.now().getTime(), value });
    this.bytes += value.length;
    while (this.entries.size > this.capacity || this.bytes > this.maxBytes)
      this.drop(this.entries.keys().next().value!);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.value.length;
  }

  get size(): number {
    return this.entries.size;
  }

  /** What the kept answers hold, in bytes. */
  get byteSize(): number {
    return this.bytes;
  }
}
