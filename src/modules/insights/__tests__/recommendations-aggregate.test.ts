/** The recommendations' counters: one order added and taken back by hand, and the rebuild agreeing with both. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/context.js';
import { queryRows, type Db } from '../../../shared/db/database.js';
import { applyRecommendations, rebuildRecommendations } from '../recommendations/aggregate.js';
import { insertSoldOrder, recommendationTables } from './recommendations-fixture.js';

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  const opened = await openTestDatabase();
  db = opened.database.db;
  drop = opened.drop;
});
afterAll(() => drop?.());
beforeEach(async () => {
  for (const t of ['sold_lines', 'product_popularity', 'pair_counts', 'basket_totals', 'customer_products']) {
    await db.execute(sql.raw(`delete from insights.${t}`));
  }
});

const [cement, sand, mesh, brick] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const [ann, bob] = [randomUUID(), randomUUID()];
const category = (p: string) => (p === brick ? '/kirpich/' : '/cement-i-smesi/');

async function pairs(): Promise<Record<string, number>> {
  const rows = await queryRows<{ product_id: string; other_id: string; orders: number }>(
    db,
    sql`select product_id, other_id, orders from insights.pair_counts`,
  );
  return Object.fromEntries(rows.map((r) => [`${name(r.product_id)}+${name(r.other_id)}`, r.orders]));
}
const name = (id: string) => ({ [cement]: 'cement', [sand]: 'sand', [mesh]: 'mesh', [brick]: 'brick' })[id] ?? id;

describe('applyRecommendations', () => {
  it('counts an order once per product, every pair both ways, its region and all, the customer’s purchase', async () => {
    const first = await insertSoldOrder(db, {
      customerId: ann,
      at: '2026-05-04T09:00:00Z',
      lines: { [cement]: '10', [sand]: '2.5' },
      extra: [{ productId: cement, quantity: '5' }],
      categoryOf: category,
    });
    await applyRecommendations(db, first, 1);
    const second = await insertSoldOrder(db, {
      customerId: bob,
      region: 'spb',
      at: '2026-05-06T09:00:00Z',
      lines: { [cement]: '1', [mesh]: '3', [brick]: '480' },
      categoryOf: category,
    });
    await applyRecommendations(db, second, 1);

    expect(await pairs()).toEqual({
      'cement+sand': 1,
      'sand+cement': 1,
      'cement+mesh': 1,
      'mesh+cement': 1,
      'cement+brick': 1,
      'brick+cement': 1,
      'mesh+brick': 1,
      'brick+mesh': 1,
    });
    const pop = await queryRows<{ region: string; orders: number; units: string }>(
      db,
      sql`select region, orders, units::text from insights.product_popularity where product_id = ${cement} order by region`,
    );
    expect(pop).toEqual([
      { region: 'all', orders: 2, units: '16.000' },
      { region: 'moscow', orders: 1, units: '15.000' },
      { region: 'spb', orders: 1, units: '1.000' },
    ]);
    expect(await queryRows(db, sql`select region, orders from insights.basket_totals order by region`)).toEqual([
      { region: 'all', orders: 2 },
      { region: 'moscow', orders: 1 },
      { region: 'spb', orders: 1 },
    ]);
    const annRows = await queryRows<{ product_id: string; orders: number; units: string; region: string }>(
      db,
      sql`select product_id, orders, units::text, region from insights.customer_products where customer_id = ${ann}`,
    );
    expect(annRows.map((r) => [name(r.product_id), r.orders, r.units, r.region]).sort()).toEqual([
      ['cement', 1, '15.000', 'moscow'],
      ['sand', 1, '2.500', 'moscow'],
    ]);
  });

  it('gives the same tables as a rebuild, and taking an order back leaves what a rebuild without it gives', async () => {
    const orders: string[] = [];
    const baskets = [
      { customerId: ann, at: '2026-04-01T08:00:00Z', lines: { [cement]: '10', [sand]: '3' } },
      { customerId: ann, region: 'spb', at: '2026-04-20T08:00:00Z', lines: { [cement]: '4', [mesh]: '2' } },
      { customerId: bob, at: '2026-04-10T08:00:00Z', lines: { [brick]: '960', [cement]: '2', [sand]: '1' } },
      { customerId: bob, at: '2026-05-10T08:00:00Z', lines: { [brick]: '480' } },
    ];
    for (const basket of baskets) {
      const id = await insertSoldOrder(db, { ...basket, categoryOf: category });
      orders.push(id);
      await applyRecommendations(db, id, 1);
    }
    const incremental = await recommendationTables(db);
    await rebuildRecommendations(db);
    expect(await recommendationTables(db)).toEqual(incremental);
    expect((await pairs())['cement+sand']).toBe(2);

    // Ann's spb order is cancelled: her latest cement is the Moscow one again, mesh is gone.
    await applyRecommendations(db, orders[1]!, -1);
    await db.execute(sql`delete from insights.sold_lines where order_id = ${orders[1]!}`);
    const takenBack = await recommendationTables(db);
    await rebuildRecommendations(db);
    expect(await recommendationTables(db)).toEqual(takenBack);
    expect(takenBack.popularity.filter((r) => (r as { product_id: string }).product_id === mesh)).toEqual([]);
    const annCement = await queryRows<{ region: string; orders: number }>(
      db,
      sql`select region, orders from insights.customer_products where customer_id = ${ann} and product_id = ${cement}`,
    );
    expect(annCement).toEqual([{ region: 'moscow', orders: 1 }]);
    expect(await pairs()).not.toHaveProperty('cement+mesh');
  });

  it('does nothing for an order that is not in sold_lines', async () => {
    await applyRecommendations(db, randomUUID(), 1);
    expect(await recommendationTables(db)).toEqual({ popularity: [], pairs: [], baskets: [], customers: [] });
  });
});
