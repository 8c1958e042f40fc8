import pg from 'pg';
import { startServer, type RunningServer } from './server.js';

export interface BenchDatabase {
  server: RunningServer;
  /** The fresh database's URL, for more clients of the bench's own. */
  databaseUrl: string;
  /** A client connected to it: the bench reads and writes what the API does not show. */
  db: pg.Client;
}

/**
 * Runs `fn` against a server with the demo data on a fresh PostgreSQL database named
 * `tutuu_bench_<what>_<ms>`, made on BENCH_DATABASE_URL's server; afterwards stops the server and
 * drops the database, unless BENCH_KEEP is set (then says which it kept, to look into).
 */
export async function withBenchDatabase<T>(
  what: string,
  port: number,
  fn: (bench: BenchDatabase) => Promise<T>,
): Promise<T> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('set BENCH_DATABASE_URL (a PostgreSQL server)');
  const name = `tutuu_bench_${what}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const databaseUrl = u.toString();
  let server: RunningServer | undefined;
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    server = await startServer({ port, env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'true' } });
    await db.connect();
    return await fn({ server, databaseUrl, db });
  } finally {
    await db.end().catch(() => undefined);
    await server?.stop();
    if (process.env.BENCH_KEEP) process.stdout.write(`kept database ${name}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
