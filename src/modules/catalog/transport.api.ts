import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../shared/db/database.js';
import { products, warehouses } from './catalog.tables.js';

/** What logistics reads of the catalog to put a delivery out: how the goods travel, when the warehouse loads. */
export const transportApi = {
  /** Each product's attributes (`cargo`, `length_m`, …), by id. */
  async productAttributes(ex: Executor, productIds: readonly string[]): Promise<Map<string, Record<string, string>>> {
    if (productIds.length === 0) return new Map();
    const rows = await ex
      .select({ id: products.id, attributes: products.attributes })
      .from(products)
      .where(inArray(products.id, [...new Set(productIds)]));
    return new Map(rows.map((r) => [r.id, r.attributes]));
  },

  /** The warehouse's working hours as its seller wrote them ('' when not said). */
  async warehouseHours(ex: Executor, warehouseId: string): Promise<string> {
    const [row] = await ex
      .select({ hours: warehouses.workingHours })
      .from(warehouses)
      .where(eq(warehouses.id, warehouseId));
    return row?.hours ?? '';
  },
};
