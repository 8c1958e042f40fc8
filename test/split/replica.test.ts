import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, until } from './client.js';
import { createSellerWithStock } from './steps.js';
import { metricsOf, metricSum, PORTS, stack } from './stack.js';

/**
 * The streaming replica (deploy/split/replica.sh): searches are served by it, writes go to the
 * primary and are seen through it once replayed. Skipped, with the reason, where the machine
 * could not make one.
 */
describe.skipIf(!stack.replicaUrl)('read replica', () => {
  let replica: pg.Client;
  let primary: pg.Client;

  beforeAll(async () => {
    replica = new pg.Client({ connectionString: stack.replicaUrl });
    primary = new pg.Client({ connectionString: stack.databaseUrl });
    await replica.connect();
    await primary.connect();
  });
  afterAll(async () => {
    await replica?.end();
    await primary?.end();
  });

  it('is a hot standby of the primary that refuses writes', async () => {
    expect((await replica.query('select pg_is_in_recovery() as r')).rows[0].r).toBe(true);
    expect((await primary.query('select pg_is_in_recovery() as r')).rows[0].r).toBe(false);
    await expect(replica.query('create table nope (id int)')).rejects.toMatchObject({ code: '25006' });
  });

  it('serves searches, and shows a write made through the primary once replicated', async () => {
    const committed = async () =>
      Number(
        (await replica.query('select xact_commit from pg_stat_database where datname = $1', [stack.database])).rows[0]
          .xact_commit,
      );
    const before = await committed();

    // A new product, written by the catalog process on the primary…
    const item = await createSellerWithStock(7);
    // …is found by a search the catalog process reads from the replica.
    const found = await until('the new product in a search', async () => {
      const page = await ok<{ items: Array<{ id: string }> }>(
        200,
        'GET',
        `/api/v1/catalog/products?q=${encodeURIComponent(item.name)}`,
      );
      return page.items.some((p) => p.id === item.productId) ? page : undefined;
    });
    expect(found.items.map((p) => p.id)).toContain(item.productId);
    // The catalog process's connections to the replica ran the search, and none of its reads had
    // to go to the primary (below). A reader's last statement reads the catalog's tables, or runs
    // a plan kept on the connection, which only the catalog's search keeps (docs/adr/0006).
    const readers = await replica.query<{ query: string }>(
      "select query from pg_stat_activity where datname = $1 and application_name = 'tutuu-read'",
      [stack.database],
    );
    const searched = (q: string) => q.includes('catalog.') || /\bexecute tutuu_plan_\d+/.test(q);
    expect(readers.rows.some((r) => searched(r.query))).toBe(true);
    await ok(200, 'GET', `/api/v1/catalog/products/${item.productId}`);
    await ok(200, 'GET', '/api/v1/insights/trends');

    for (const port of [PORTS.catalog, PORTS.insights]) {
      const metrics = await metricsOf(port);
      expect(metrics).toContain('tutuu_db_read_fallbacks_total');
      expect(metricSum(metrics, 'tutuu_db_read_fallbacks_total')).toBe(0);
    }
    await until('read transactions on the replica', async () => ((await committed()) > before ? true : undefined));

    // The row itself is on the replica, replayed from the primary's WAL.
    const row = await replica.query('select name from catalog.products where id = $1', [item.productId]);
    expect(row.rows[0]?.name).toBe(item.name);
  });
});

describe.runIf(!stack.replicaUrl)('read replica (not made on this machine)', () => {
  it('is skipped with the reason deploy/split/run.sh gave', (ctx) => {
    process.stdout.write(`read replica skipped: ${stack.replicaSkipped ?? 'not asked for'}\n`);
    ctx.skip();
  });
});
