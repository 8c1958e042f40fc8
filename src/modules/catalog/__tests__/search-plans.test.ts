/**
 * Which plan a search statement runs from on PostgreSQL (docs/adr/0006): from a plan kept on the
 * connection; a text search alone from its generic plan at once; one with a seller, a price bound
 * or attributes planned for its values on every run.
 */
import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/context.js';
import type { Db } from '../../../shared/db/database.js';
import { PlannedStatements } from '../../../shared/db/planned-statements.js';
import { searchQuery } from '../search.schemas.js';
import { SearchService } from '../search.service.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)('search statements from kept plans (PostgreSQL)', () => {
  let drop: () => Promise<void>;
  // One connection, so pg_prepared_statements shows what the searches left on it.
  let pool: pg.Pool;
  let search: SearchService;
  beforeAll(async () => {
    const opened = await openTestDatabase();
    drop = opened.drop;
    pool = new pg.Pool({ ...opened.database.pool!.options, max: 1 });
    const db = drizzle(pool) as unknown as Db;
    search = new SearchService(db, 0, undefined, db, new PlannedStatements(pool, 24));
  });
  afterAll(async () => {
    await pool?.end();
    await drop?.();
  });

  const runs = async (fragment: string) =>
    (
      await pool.query<{ generic: number; custom: number }>(
        `select generic_plans::int as generic, custom_plans::int as custom
           from pg_prepared_statements where statement like $1`,
        [`%${fragment}%`],
      )
    ).rows;

  const ask = (params: Record<string, string>) => search.search(searchQuery.parse(params));

  it('runs a text search from its generic plan, from its first run', async () => {
    await pool.query('deallocate all');
    const body = JSON.parse((await ask({ q: 'цемент' })).toString()) as { total: number };
    expect(body.total).toBe(0);
    // Other words, the same statement text: its one plan serves both.
    await ask({ q: 'кирпич' });
    expect(await runs('search_vector @@')).toEqual([{ generic: 2, custom: 0 }]);
  });

  it('plans a text search with a seller, a price bound or attributes for its values, keeping no plan', async () => {
    await pool.query('deallocate all');
    await ask({ q: 'цемент', sellerId: randomUUID() });
    await ask({ q: 'цемент', priceMax: '100000' });
    await ask({ q: 'цемент', 'attr.strength': 'М500' });
    expect(await runs('search_vector @@')).toEqual([]);
  });

  it('keeps a plan for a search without text too', async () => {
    await pool.query('deallocate all');
    await ask({ inStock: 'true' });
    await ask({ inStock: 'true' });
    const kept = await runs('product_listing');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.generic + kept[0]!.custom).toBe(2);
  });
});
