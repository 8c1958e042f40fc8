/**
 * What the insights service's recommendations read of the catalog (docs/insights.md): a product's
 * card summary with whether it can be bought now (the search listing: an approved seller's active
 * offer with stock), and which products a set of offers sell (an estimate remembers offers).
 * One statement each, by primary key.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';

export interface ListedProduct {
  id: string;
  name: string;
  sku: string | null;
  unit: string;
  categoryPath: string;
  /** The lowest visible offer's price; null when no offer is visible. */
  minPriceMinor: number | null;
  /** Some visible offer has stock in some warehouse (a backorder alone is not enough). */
  inStock: boolean;
}

const toUuidList = (ids: readonly string[]) =>
  sql.join(
    [...new Set(ids)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );

export const recommendationListingApi = {
  /** These products as the catalog lists them now, in no particular order; unknown ids are left out. */
  async products(ex: Executor, productIds: readonly string[]): Promise<ListedProduct[]> {
    if (productIds.length === 0) return [];
    const rows = await queryRows<{
      id: string;
      name: string;
      sku: string | null;
      unit: string;
      category_path: string;
      min_price_minor: string | number | null;
      in_stock: boolean | null;
    }>(
      ex,
      sql`select p.id, p.name, p.sku, p.unit, c.path as category_path, l.min_price_minor, l.in_stock
          from catalog.products p
          join catalog.categories c on c.id = p.category_id
          left join catalog.product_listing l on l.product_id = p.id
          where p.id in (${toUuidList(productIds)})`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      sku: r.sku,
      unit: r.unit,
      categoryPath: r.category_path,
      minPriceMinor: r.min_price_minor == null ? null : Number(r.min_price_minor),
      inStock: r.in_stock === true,
    }));
  },

  /** The product each of these offers sells; unknown offers are left out. */
  async productsOfOffers(ex: Executor, offerIds: readonly string[]): Promise<Map<string, string>> {
    if (offerIds.length === 0) return new Map();
    const rows = await queryRows<{ id: string; product_id: string }>(
      ex,
      sql`select id, product_id from catalog.offers where id in (${toUuidList(offerIds)})`,
    );
    return new Map(rows.map((r) => [r.id, r.product_id]));
  },
};
