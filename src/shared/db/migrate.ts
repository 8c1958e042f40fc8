import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './database.js';
import { queryRows } from './database.js';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

// Any constant will do; it only has to be the same in every process that migrates.
const MIGRATION_LOCK_KEY = 7_310_442_001;

/** Applies the committed SQL migrations; safe when several processes start at once. */
export async function migrateDatabase(database: Database, migrationsFolder = MIGRATIONS_DIR): Promise<void> {
  const config = { migrationsFolder, migrationsSchema: 'public' };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, config);
    return;
  }
  // Replicas starting together would race on the migrations table: serialise them on a lock
  // held by one dedicated connection, which also runs the migrations.
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzle(client), config);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

let latestMigration: { folderMillis: number } | null | undefined;

/** True when every committed migration has been applied (used by /health/ready). */
export async function migrationsCurrent(database: Database): Promise<boolean> {
  // The committed migrations do not change while the process runs: read them once.
  latestMigration ??= readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).at(-1) ?? null;
  const latest = latestMigration;
  if (!latest) return true;
  try {
    const rows = await queryRows<{ created_at: string | number }>(
      database.db,
      sql`select created_at from public.__drizzle_migrations order by created_at desc limit 1`,
    );
    return rows.length > 0 && Number(rows[0]!.created_at) >= latest.folderMillis;
  } catch {
    return false;
  }
}
