import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/shared/db/database.js';
import { migrateDatabase } from '../src/shared/db/migrate.js';
import { adminQuery, assertTestDatabaseUrl, dropDatabase, uniqueName, withDatabase } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database each test file clones. */
    pgTemplate: string;
    /** PGlite: a dump of a migrated data directory each test file loads. */
    pgliteDump: string;
  }
}

/** Migrates once; every test file then starts from a copy of that clean, migrated database. */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    assertTestDatabaseUrl(url);
    const template = uniqueName('tutuu_tpl');
    await adminQuery(url, [`CREATE DATABASE "${template}"`]);
    const database = await openDatabase({ databaseUrl: withDatabase(url, template), poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteDump', '');
    return async () => dropDatabase(url, template);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tutuu-test-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteDump', file);
  project.provide('pgTemplate', '');
  return () => rmSync(dir, { recursive: true, force: true });
}
