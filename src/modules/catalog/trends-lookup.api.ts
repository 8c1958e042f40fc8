import { inArray, eq } from 'drizzle-orm';
import type { Executor } from '../../shared/db/database.js';
import { categories, products } from './catalog.tables.js';

/** What market trends (insights) read of the catalog: a category named by its slug, products' names and units. */
export const trendsLookupApi = {
  /** The category with this slug, or null. */
  async category(ex: Executor, slug: string): Promise<{ slug: string; name: string; path: string } | null> {
    const [row] = await ex
      .select({ slug: categories.slug, name: categories.name, path: categories.path })
      .from(categories)
      .where(eq(categories.slug, slug))
      .limit(1);
    return row ?? null;
  },

  /** Products by id (unknown ids are left out). */
  async products(
    ex: Executor,
    ids: readonly string[],
  ): Promise<Map<string, { id: string; name: string; sku: string | null; unit: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await ex
      .select({ id: products.id, name: products.name, sku: products.sku, unit: products.unit })
      .from(products)
      .where(inArray(products.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r]));
  },
};
