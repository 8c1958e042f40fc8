import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../shared/db/database.js';
import { categories, sellers as catalogSellers, warehouses } from '../catalog.tables.js';
import { DEMO_CATEGORIES } from './demo-catalog-data.js';
import { regionOf } from './demo-warehouses.js';
import { mulberry32 } from '../../../shared/random.js';

export interface SeedSeller {
  id: string;
  name: string;
}

export interface SeedWarehouse {
  id: string;
  code: string;
}

/** Serialises seeding across processes that start on the same empty database at once. */
export const SEED_LOCK_KEY = 7_310_442_002;

export const DAY_MS = 86_400_000;

/**
 * A PRNG of its own for one purpose of one item (FNV-1a of the key): adding a product or a
 * draw somewhere never shifts the prices of the others.
 */
export function rngFor(key: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return mulberry32(h ^ 20_260_101);
}

/** Kopecks as a price tag shows them: to 10 kopecks under 100 ₽, whole roubles above. */
export function roundOfferPrice(kopecks: number): number {
  return kopecks < 10_000 ? Math.max(10, Math.round(kopecks / 10) * 10) : Math.round(kopecks / 100) * 100;
}

/** Multi-row inserts of at most `size` rows, well under PostgreSQL's 65 535 parameters. */
export async function insertBatched<T extends PgTable>(
  ex: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  size = 1000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await ex.insert(table).values(rows.slice(i, i + size) as T['$inferInsert'][]);
  }
}

export async function catalogHasProducts(ex: Executor): Promise<boolean> {
  const res = (await ex.execute(sql`select exists (select 1 from catalog.products) as found`)) as unknown as {
    rows: { found: boolean }[];
  };
  return res.rows[0]?.found === true;
}

/** The demo category tree, adding only the slugs that are missing; answers slug → id. */
export async function ensureCategories(ex: Executor): Promise<{ ids: Map<string, string>; created: number }> {
  const existing = await ex
    .select({ id: categories.id, slug: categories.slug, path: categories.path })
    .from(categories);
  const bySlug = new Map(existing.map((c) => [c.slug, { id: c.id, path: c.path }]));
  const rows: (typeof categories.$inferInsert)[] = [];
  for (const c of DEMO_CATEGORIES) {
    if (bySlug.has(c.slug)) continue;
    const parent = c.parentSlug ? bySlug.get(c.parentSlug) : undefined;
    // Under the parent's real path, in case an admin has moved the parent since.
    const path = `${parent?.path ?? '/'}${c.slug}/`;
    const row = {
      id: randomUUID(),
      parentId: parent?.id ?? null,
      slug: c.slug,
      name: c.name,
      path,
      position: c.position,
    };
    rows.push(row);
    bySlug.set(c.slug, { id: row.id, path });
  }
  await insertBatched(ex, categories, rows);
  return { ids: new Map([...bySlug].map(([slug, c]) => [slug, c.id])), created: rows.length };
}

/**
 * The catalog's own seller rows, each with its region's tax regime from the beginning; a row the
 * catalog already has (a real account's, kept by the users module) stays as it is.
 */
export async function ensureSellers(ex: Executor, sellers: readonly SeedSeller[]): Promise<void> {
  if (sellers.length === 0) return;
  await ex
    .insert(catalogSellers)
    .values(
      sellers.map((s, i) => {
        const { taxRegime } = regionOf(i);
        const taxRegimes = taxRegime === 'vat_payer' ? [] : [{ regime: taxRegime, from: new Date(0).toISOString() }];
        return { id: s.id, name: s.name, status: 'approved', taxRegimes };
      }),
    )
    .onConflictDoNothing();
}

/** The seller's warehouses; a seller with none gets those of its region (seller N → region N mod 5). */
export async function ensureWarehouses(
  ex: Executor,
  sellerId: string,
  sellerIndex: number,
): Promise<{ warehouses: SeedWarehouse[]; created: number }> {
  const existing = await ex
    .select({ id: warehouses.id, code: warehouses.code })
    .from(warehouses)
    .where(eq(warehouses.sellerId, sellerId))
    .orderBy(asc(warehouses.code));
  if (existing.length > 0) return { warehouses: existing, created: 0 };
  const rows = regionOf(sellerIndex).warehouses.map((w) => ({ id: randomUUID(), sellerId, ...w }));
  await insertBatched(ex, warehouses, rows);
  return { warehouses: rows.map((w) => ({ id: w.id, code: w.code })), created: rows.length };
}
