/** Trends' daily counters: hand-made sold lines added, rebuilt and taken back, with the answers worked out by hand. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/context.js';
import { queryRows, type Database } from '../../../shared/db/database.js';
import { applyTrends, MARKET, rebuildTrends } from '../trends/aggregate.js';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(() => drop?.());
beforeEach(async () => {
  for (const t of ['sold_lines', 'product_daily', 'category_daily']) {
    await database.db.execute(sql.raw(`delete from insights.${t}`));
  }
});

const [P1, P2, P3] = [randomUUID(), randomUUID(), randomUUID()];
const [S1, S2] = [randomUUID(), randomUUID()];
const [O1, O2, O3] = [randomUUID(), randomUUID(), randomUUID()];

interface Line {
  order: string;
  day: string;
  region?: string;
  product: string;
  path: string;
  seller: string;
  qty: string;
  revenue: number;
}

async function sold(lines: Line[]): Promise<void> {
  for (const l of lines) {
    await database.db.execute(sql`
      insert into insights.sold_lines (line_id, order_id, customer_id, placed_at, day, region, product_id,
        category_id, category_path, seller_id, quantity, revenue_minor)
      values (${randomUUID()}::uuid, ${l.order}::uuid, ${randomUUID()}::uuid, ${`${l.day}T09:00:00Z`}::timestamptz,
        ${l.day}::date, ${l.region ?? 'moscow'}, ${l.product}::uuid, ${randomUUID()}::uuid, ${l.path},
        ${l.seller}::uuid, ${l.qty}::numeric, ${l.revenue})`);
  }
}

// Order 1: P1 twice (two warehouses) and P2 from another seller; order 2: P1 again; order 3: P3 in Saint Petersburg.
const LINES: Line[] = [
  { order: O1, day: '2026-11-02', product: P1, path: '/a/b/', seller: S1, qty: '2', revenue: 200 },
  { order: O1, day: '2026-11-02', product: P1, path: '/a/b/', seller: S1, qty: '1.5', revenue: 150 },
  { order: O1, day: '2026-11-02', product: P2, path: '/a/c/', seller: S2, qty: '1', revenue: 50 },
  { order: O2, day: '2026-11-02', product: P1, path: '/a/b/', seller: S1, qty: '3', revenue: 330 },
  { order: O3, day: '2026-11-03', region: 'spb', product: P3, path: '/d/', seller: S2, qty: '10', revenue: 1000 },
];

const products = () =>
  queryRows<Record<string, unknown>>(
    database.db,
    sql`select day::text, region, product_id, seller_id, category_path, orders, units::text, revenue_minor::int as revenue
        from insights.product_daily order by day, region, product_id, seller_id`,
  );
const categories = () =>
  queryRows<Record<string, unknown>>(
    database.db,
    sql`select day::text, region, category_path, seller_id, orders
        from insights.category_daily order by day, region, category_path, seller_id`,
  );
const cat = (day: string, region: string, path: string, seller: string, orders: number) => ({
  day,
  region,
  category_path: path,
  seller_id: seller,
  orders,
});

async function applyAll(orders: string[], sign: 1 | -1): Promise<void> {
  for (const o of orders) await database.db.transaction((tx) => applyTrends(tx, o, sign));
}

describe('applyTrends and rebuildTrends', () => {
  it('counts an order once per product and seller a day, summing its units and revenue', async () => {
    await sold(LINES);
    await applyAll([O1, O2, O3], 1);
    const rows = await products();
    expect(rows).toHaveLength(3);
    expect(rows).toContainEqual(
      expect.objectContaining({ product_id: P1, seller_id: S1, orders: 2, units: '6.500', revenue: 680 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ product_id: P2, seller_id: S2, orders: 1, units: '1.000', revenue: 50 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ region: 'spb', product_id: P3, category_path: '/d/', orders: 1, revenue: 1000 }),
    );
  });

  it('counts an order once in each category it touched, each ancestor and the root, for the market and each seller', async () => {
    await sold(LINES);
    await applyAll([O1, O2, O3], 1);
    const d = '2026-11-02';
    const expected = [
      cat(d, 'moscow', '/', MARKET, 2),
      cat(d, 'moscow', '/', S1, 2),
      cat(d, 'moscow', '/', S2, 1),
      cat(d, 'moscow', '/a/', MARKET, 2),
      cat(d, 'moscow', '/a/', S1, 2),
      cat(d, 'moscow', '/a/', S2, 1),
      cat(d, 'moscow', '/a/b/', MARKET, 2),
      cat(d, 'moscow', '/a/b/', S1, 2),
      cat(d, 'moscow', '/a/c/', MARKET, 1),
      cat(d, 'moscow', '/a/c/', S2, 1),
      cat('2026-11-03', 'spb', '/', MARKET, 1),
      cat('2026-11-03', 'spb', '/', S2, 1),
      cat('2026-11-03', 'spb', '/d/', MARKET, 1),
      cat('2026-11-03', 'spb', '/d/', S2, 1),
    ];
    const sortKey = (r: Record<string, unknown>) =>
      `${String(r.day)} ${String(r.region)} ${String(r.category_path)} ${String(r.seller_id)}`;
    const got = await categories();
    expect(got.map(sortKey).sort()).toEqual(expected.map(sortKey).sort());
    expect(new Set(got.map((r) => `${sortKey(r)} ${String(r.orders)}`))).toEqual(
      new Set(expected.map((r) => `${sortKey(r)} ${r.orders}`)),
    );
  });

  it('a rebuild from sold lines gives the same rows as adding the orders one by one', async () => {
    await sold(LINES);
    await applyAll([O1, O2, O3], 1);
    const [p, c] = [await products(), await categories()];
    await database.db.transaction((tx) => rebuildTrends(tx));
    expect(await products()).toEqual(p);
    expect(await categories()).toEqual(c);
  });

  it('taking an order back leaves the others’ counts; taking all back leaves nothing', async () => {
    await sold(LINES);
    await applyAll([O1, O2, O3], 1);
    await applyAll([O1], -1);
    await database.db.execute(sql`delete from insights.sold_lines where order_id = ${O1}::uuid`);
    const [p, c] = [await products(), await categories()];
    expect(p).toContainEqual(expect.objectContaining({ product_id: P1, orders: 1, units: '3.000', revenue: 330 }));
    expect(p.some((r) => r.product_id === P2)).toBe(false);
    expect(c.some((r) => r.category_path === '/a/c/')).toBe(false);
    expect(c).toContainEqual(cat('2026-11-02', 'moscow', '/a/', MARKET, 1));
    await database.db.transaction((tx) => rebuildTrends(tx));
    expect(await products()).toEqual(p);
    expect(await categories()).toEqual(c);
    await applyAll([O2, O3], -1);
    expect(await products()).toEqual([]);
    expect(await categories()).toEqual([]);
  });

  it('an order filed under the root category counts once under `/`', async () => {
    await sold([{ order: O1, day: '2026-11-05', product: P1, path: '/', seller: S1, qty: '1', revenue: 10 }]);
    await applyAll([O1], 1);
    expect(await categories()).toEqual(
      [cat('2026-11-05', 'moscow', '/', MARKET, 1), cat('2026-11-05', 'moscow', '/', S1, 1)].sort((a, b) =>
        a.seller_id.localeCompare(b.seller_id),
      ),
    );
  });
});
