import { asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import { queryRows, type Db, type Executor } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import { ownedOr404 } from '../../shared/ownership.js';
import type { Principal } from '../../shared/principal.js';
import { DuplicateError, WarehouseInUseError, WarehouseNotFoundError } from './catalog.errors.js';
import { warehouses } from './catalog.tables.js';
import { refreshListings } from './listing.repository.js';
import { assertSellerOrAdmin } from './seller-guard.js';

export type WarehouseRow = typeof warehouses.$inferSelect;
export interface WarehouseInput {
  name: string;
  code: string;
  address: string;
  lat: number;
  lon: number;
  workingHours?: string | undefined;
  pickup?: boolean | undefined;
}

export function toWarehouseView(w: WarehouseRow) {
  return {
    id: w.id,
    sellerId: w.sellerId,
    name: w.name,
    code: w.code,
    address: w.address,
    lat: w.lat,
    lon: w.lon,
    workingHours: w.workingHours,
    pickup: w.pickup,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

export class WarehousesService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async listMine(p: Principal) {
    assertSellerOrAdmin(p);
    const rows = await this.db
      .select()
      .from(warehouses)
      .where(eq(warehouses.sellerId, p.userId))
      .orderBy(asc(warehouses.code));
    return rows.map(toWarehouseView);
  }

  /** Someone else's warehouse answers exactly like a missing one. */
  async getOwned(p: Principal, id: string, ex: Executor = this.db): Promise<WarehouseRow> {
    const [row] = await ex.select().from(warehouses).where(eq(warehouses.id, id)).limit(1);
    return ownedOr404(
      row,
      p,
      (w) => w.sellerId,
      () => new WarehouseNotFoundError(),
    );
  }

  async create(p: Principal, input: WarehouseInput) {
    assertSellerOrAdmin(p);
    const now = this.clock.now();
    try {
      const [row] = await this.db
        .insert(warehouses)
        .values({ ...input, sellerId: p.userId, createdAt: now, updatedAt: now })
        .returning();
      return toWarehouseView(row!);
    } catch (err) {
      throw this.mapDuplicate(err);
    }
  }

  async update(p: Principal, id: string, patch: Partial<WarehouseInput>) {
    assertSellerOrAdmin(p);
    await this.getOwned(p, id);
    try {
      const [row] = await this.db
        .update(warehouses)
        .set({ ...patch, updatedAt: this.clock.now() })
        .where(eq(warehouses.id, id))
        .returning();
      return toWarehouseView(row!);
    } catch (err) {
      throw this.mapDuplicate(err);
    }
  }

  /** Refused while it holds reserved stock; its unreserved stock goes with it. */
  async remove(p: Principal, id: string): Promise<void> {
    assertSellerOrAdmin(p);
    await this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(warehouses).where(eq(warehouses.id, id)).for('update');
      if (!row || (p.role !== 'admin' && row.sellerId !== p.userId)) throw new WarehouseNotFoundError();
      const stockRows = await queryRows<{ offer_id: string; product_id: string; reserved: string }>(
        tx,
        sql`select k.offer_id, o.product_id, k.reserved from catalog.stock k join catalog.offers o on o.id = k.offer_id
            where k.warehouse_id = ${id}::uuid for update of k`,
      );
      const reserved = stockRows.filter((r) => Number(r.reserved) > 0);
      if (reserved.length > 0) throw new WarehouseInUseError(reserved.map((r) => r.reserved).join(', '));
      await tx.execute(sql`delete from catalog.stock where warehouse_id = ${id}::uuid`);
      await tx.delete(warehouses).where(eq(warehouses.id, id));
      await refreshListings(
        tx,
        stockRows.map((r) => r.product_id),
      );
    });
  }

  private mapDuplicate(err: unknown): unknown {
    if (sqlState(err) === UNIQUE_VIOLATION) {
      return new DuplicateError('CATALOG.WAREHOUSE_CODE_TAKEN', 'you already have a warehouse with this code');
    }
    return err;
  }
}
