/**
 * EXPLAIN (ANALYZE, BUFFERS) of the search statement for the benchmark's queries, on a seeded
 * PostgreSQL database: `tsx bench/catalog-explain.ts postgres://…/tutuu_bench ['q=цемент&…']`.
 */
import { pathToFileURL } from 'node:url';
import { PgDialect } from 'drizzle-orm/pg-core';
/* eslint-disable tutuu/module-boundaries -- a developer tool: it must run the very SQL the search service builds */
import { searchQuery } from '../src/modules/catalog/search.schemas.js';
import { SearchService } from '../src/modules/catalog/search.service.js';
import { searchStatement } from '../src/modules/catalog/search.sql.js';
/* eslint-enable tutuu/module-boundaries */
import { openDatabase } from '../src/shared/db/database.js';

export async function explainSearches(databaseUrl: string, queries: readonly string[]): Promise<string> {
  const database = await openDatabase({ databaseUrl, poolSize: 2 });
  const dialect = new PgDialect();
  const out: string[] = [];
  try {
    const service = new SearchService(database.db);
    const client = await database.pool!.connect();
    for (const qs of queries) {
      const params = Object.fromEntries(new URLSearchParams(qs));
      const plan = await service.plan(searchQuery.parse(params));
      const query = dialect.sqlToQuery(searchStatement(plan));
      const res = await client.query(`explain (analyze, buffers) ${query.sql}`, query.params);
      out.push(`### ${qs}`, ...res.rows.map((r: Record<string, string>) => r['QUERY PLAN']!), '');
    }
    client.release();
  } finally {
    await database.close();
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, ...queries] = process.argv.slice(2);
  if (!url) {
    process.stderr.write('usage: tsx bench/catalog-explain.ts <postgres url> [query string …]\n');
    process.exit(2);
  }
  explainSearches(url, queries).then(
    (text) => process.stdout.write(text + '\n'),
    (err: unknown) => {
      process.stderr.write(`explain failed: ${String(err)}\n`);
      process.exit(1);
    },
  );
}
