import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { pgliteExtensions } from './pglite-extensions.js';
import { guardPgliteLoop } from './pglite-guard.js';
import { pingReplica, ReplicaPool, type ReplicaState } from './replica.js';

/** Drizzle's common base type: the same queries run on PGlite and on node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>>;
/** Anything a repository can run a query on: the database or a caller's transaction. */
export type Executor = Db | Tx;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /**
   * For reads that may be a little stale (search, product pages, insights): the replica's when
   * DATABASE_READ_URL is set, else `db` itself. Never for a transaction or a write (docs/adr/0015).
   */
  readonly readDb: Db;
  /** The node-postgres pool, for work that needs one dedicated connection (locks, LISTEN). */
  readonly pool?: pg.Pool;
  /** The replica's pool, when there is one. */
  readonly readPool?: pg.Pool;
  /** Reads the replica could not serve and the primary did (its connection failed). */
  readFallbacks(): number;
  /** True when the replica answers a trivial query (on a connection of its own); undefined without one. */
  pingRead(): Promise<boolean | undefined>;
  /** Told when a replica outage starts and ends; returns the unsubscribe. */
  watchReplica(listener: (state: ReplicaState) => void): () => void;
  /** The embedded database, when kind is `pglite` (tests dump and clone it). */
  readonly pglite?: PGlite;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  /** A streaming replica of `databaseUrl` for stale-tolerant reads. */
  readUrl?: string | undefined;
  readPoolSize?: number;
  /** PGlite's data directory; `memory://` keeps it in memory. */
  dataDir?: string;
  poolSize?: number;
  /** A PGlite data-dir dump to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
}

// pg returns bigint/numeric as strings by default; timestamps as Date. Keep numeric as string (exact).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, opts.readUrl, opts.readPoolSize ?? opts.poolSize ?? 10);
  }
  return openPglite(opts.dataDir ?? 'memory://', opts.loadDataDir);
}

/**
 * Session settings for an OLTP app whose working set fits in memory, set once per connection:
 * JIT would compile a search's plan for longer than it runs; parallel workers only add start-up
 * cost when every core already serves a request; the default random_page_cost (4, for spinning
 * disks) has the planner scan whole tables rather than probe an index for a few thousand rows;
 * hashing a whole-catalog search spills to disk at the default work_mem; pg_trgm's `<%` reads
 * its threshold from a setting («цемнт» scores exactly 0.5 against «цемент»; the default 0.6 misses it).
 */
export const SESSION_SETTINGS: Readonly<Record<string, string>> = {
  jit: 'off',
  max_parallel_workers_per_gather: '0',
  random_page_cost: '1.1',
  work_mem: '32MB',
  'pg_trgm.word_similarity_threshold': '0.5',
};

const sessionOptions = (applicationName: string) =>
  [`-c application_name=${applicationName}`]
    .concat(Object.entries(SESSION_SETTINGS).map(([name, value]) => `-c ${name}=${value}`))
    .join(' ');

async function openPostgres(url: string, max: number, readUrl: string | undefined, readMax: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, options: sessionOptions('tutuu') });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool) as unknown as Db;
  const readPool = readUrl
    ? new ReplicaPool(
        // A replica that does not answer must not hold a search for long: the primary takes it.
        {
          connectionString: readUrl,
          max: readMax,
          idleTimeoutMillis: 30_000,
          connectionTimeoutMillis: 2000,
          options: sessionOptions('tutuu-read'),
        },
        pool,
      )
    : undefined;
  readPool?.on('error', () => undefined);
  const readDb = readPool ? (drizzlePg(readPool) as unknown as Db) : db;
  return {
    kind: 'postgres',
    db,
    readDb,
    pool,
    ...(readPool ? { readPool } : {}),
    readFallbacks: () => readPool?.fallbacks ?? 0,
    watchReplica: (listener) => readPool?.watch(listener) ?? (() => undefined),
    ping: () => ping(db),
    pingRead: () => (readPool ? pingReplica(readPool) : Promise.resolve(undefined)),
    // Idempotent like PGlite's: pg throws when a pool is ended twice (shutdown racing a test's drop).
    close: async () => {
      if (readPool && !readPool.ended) await readPool.end();
      if (!pool.ended) await pool.end();
    },
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob | File): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    extensions: pgliteExtensions,
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  guardPgliteLoop(client);
  await client.exec(
    Object.entries(SESSION_SETTINGS)
      .map(([name, value]) => `set ${name} = '${value}';`)
      .join(' '),
  );
  const db = drizzlePglite(client) as unknown as Db;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    readDb: db,
    readFallbacks: () => 0,
    watchReplica: () => () => undefined,
    pingRead: () => Promise.resolve(undefined),
    pglite: client,
    ping: () => (closed ? Promise.resolve(false) : ping(db)),
    close: async () => {
      if (closed) return;
      closed = true;
      // Without a checkpoint the next start replays the WAL, which took seconds after a fresh seed.
      await client.exec('CHECKPOINT').catch(() => undefined);
      await client.close();
    },
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** Rows of a raw query, whichever driver answered. */
export async function queryRows<T>(ex: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await ex.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

const preparedCache = new WeakMap<
  Executor,
  Map<string, { execute(values: Record<string, unknown>): Promise<unknown> }>
>();

/**
 * A query built once per executor and reused: for the hottest reads (the auth guard's), building
 * the SQL on every request cost more than running it. On PostgreSQL it is also a named prepared
 * statement, parsed once per connection.
 */
export function prepared<
  Q extends { prepare(name: string): { execute(values: Record<string, unknown>): Promise<unknown> } },
>(ex: Executor, name: string, build: (ex: Executor) => Q): ReturnType<Q['prepare']> {
  let byName = preparedCache.get(ex);
  if (!byName) preparedCache.set(ex, (byName = new Map()));
  let query = byName.get(name);
  if (!query) byName.set(name, (query = build(ex).prepare(name)));
  return query as ReturnType<Q['prepare']>;
}
