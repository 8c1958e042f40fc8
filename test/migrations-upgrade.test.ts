/**
 * Upgrading a database that holds rows written before the limits existed (migration 0009): the
 * upgrade must not stop on them, and every new or changed row must keep within the limits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../src/shared/db/database.js';
import { sqlState } from '../src/shared/db/errors.js';
import { migrateDatabase, MIGRATIONS_DIR } from '../src/shared/db/migrate.js';

const LIMITS_MIGRATION = '0009_limits_checks';

let database: Database;
let before: string;
beforeAll(async () => {
  // The committed migrations up to the one before the limits.
  before = mkdtempSync(join(tmpdir(), 'tutuu-migrations-'));
  cpSync(MIGRATIONS_DIR, before, { recursive: true });
  const journalPath = join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === LIMITS_MIGRATION);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database, before);
});
afterAll(async () => {
  await database.close();
  rmSync(before, { recursive: true, force: true });
});

const run = (statement: ReturnType<typeof sql>) => database.db.execute(statement);
const refusal = (statement: ReturnType<typeof sql>) =>
  run(statement).then(
    () => null,
    (err: unknown) => sqlState(err),
  );

describe('migration 0009 on a database with rows beyond the limits', () => {
  it('upgrades: cleans what cannot be kept, keeps history, and holds every new write to the limits', async () => {
    const ids = {
      category: '00000000-0000-4000-8000-000000000001',
      product: '00000000-0000-4000-8000-000000000002',
      offer: '00000000-0000-4000-8000-000000000003',
      cart: '00000000-0000-4000-8000-000000000004',
      seller: '00000000-0000-4000-8000-000000000005',
    };
    await run(sql`insert into catalog.categories (id, slug, name, path) values (${ids.category}, 'old', 'Old', 'old')`);
    await run(sql`insert into catalog.products (id, name, category_id, unit, weight_kg, volume_m3, images)
                  values (${ids.product}, 'Старый товар', ${ids.category}, 'шт', 500000, 0.1,
                          '["http://old.example/a.jpg", "https://cdn.example/b.jpg", "javascript:alert(1)"]')`);
    await run(sql`insert into catalog.offers (id, product_id, seller_id, price_minor, vat_rate)
                  values (${ids.offer}, ${ids.product}, ${ids.seller}, 1000000000000, '22')`);
    await run(sql`insert into orders.carts (id, customer_id, created_at, updated_at)
                  values (${ids.cart}, ${ids.seller}, now(), now())`);
    await run(sql`insert into orders.cart_items (cart_id, offer_id, quantity, seen_price_minor, added_at)
                  values (${ids.cart}, ${ids.offer}, 99999999999, 100, now())`);

    await migrateDatabase(database);

    const [product] = await queryRows<{ images: string[]; weight_kg: string }>(
      database.db,
      sql`select images, weight_kg::text from catalog.products where id = ${ids.product}`,
    );
    expect(product!.images).toEqual(['https://cdn.example/b.jpg']);
    expect(Number(product!.weight_kg)).toBe(500000);
    const items = await queryRows(database.db, sql`select 1 from orders.cart_items where cart_id = ${ids.cart}`);
    expect(items).toHaveLength(0);
    const [offer] = await queryRows<{ price: string }>(
      database.db,
      sql`select price_minor::text as price from catalog.offers where id = ${ids.offer}`,
    );
    expect(offer!.price).toBe('1000000000000');

    expect(await refusal(sql`update catalog.offers set status = 'paused' where id = ${ids.offer}`)).toBe('23514');
    expect(await run(sql`update catalog.offers set price_minor = 100 where id = ${ids.offer}`)).toBeDefined();
    expect(
      await refusal(sql`insert into orders.cart_items (cart_id, offer_id, quantity, seen_price_minor, added_at)
                        values (${ids.cart}, ${ids.offer}, 10000001, 100, now())`),
    ).toBe('23514');
    expect(await refusal(sql`update catalog.products set images = '["http://x.example/a.jpg"]'`)).toBe('23514');
  });
});
