import { asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import { queryRows, type Db, type Executor } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import { ownedOr404 } from '../../shared/ownership.js';
import type { Principal } from '../../shared/principal.js';
import { normalizeDecimal } from '../../shared/decimal.js';
import { DuplicateError, WarehouseInUseError, WarehouseNotFoundError } from './catalog.errors.js';
import { warehouses } from './catalog.tables.js';
import { refreshListings } from './listing.repository.js';
import { assertSellerMayRead, assertSellerOrAdmin } from './seller-guard.js';

export type WarehouseRow = typeof warehouses.$inferSelect;
export interface WarehouseInput {
  name: string;
  code: string;
  address: string;
  lat: number;
  lon: number;
  workingHours?: string | undefined;
  pickup?: boolean | undefined;
  deliveryRadiusKm?: number | undefined;
  leadTimeHours?: number | null | undefined;
}

/** Holdings named in a refused removal: enough to find them, never the whole warehouse. */
const HOLDINGS_SHOWN = 20;

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
    deliveryRadiusKm: w.deliveryRadiusKm,
    leadTimeHours: w.leadTimeHours,
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
    assertSellerMayRead(p);
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

  /** One of the caller's warehouses (admins: anyone's). */
  async get(p: Principal, id: string) {
    assertSellerMayRead(p);
    return toWarehouseView(await this.getOwned(p, id));
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

  /**
   * Refused while it holds anything, on hand or reserved: removing it would silently write off
   * goods and strand orders (docs/domain.md, Catalog). Its empty stock rows go with it.
   */
  async remove(p: Principal, id: string): Promise<void> {
    assertSellerOrAdmin(p);
    await this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(warehouses).where(eq(warehouses.id, id)).for('update');
      if (!row || (p.role !== 'admin' && row.sellerId !== p.userId)) throw new WarehouseNotFoundError();
      const stockRows = await queryRows<{
        offer_id: string;
        product_id: string;
        name: string;
        sku: string | null;
        unit: string;
        on_hand: string;
        reserved: string;
      }>(
        tx,
        sql`select k.offer_id, o.product_id, p.name, p.sku, p.unit, k.on_hand, k.reserved
            from catalog.stock k join catalog.offers o on o.id = k.offer_id join catalog.products p on p.id = o.product_id
            where k.warehouse_id = ${id}::uuid order by p.name, k.offer_id for update of k`,
      );
      const held = stockRows.filter((r) => Number(r.on_hand) > 0 || Number(r.reserved) > 0);
      if (held.length > 0) {
        const holdings = held.slice(0, HOLDINGS_SHOWN).map((r) => ({
          offerId: r.offer_id,
          productName: r.name,
          sku: r.sku,
          unit: r.unit,
          onHand: normalizeDecimal(r.on_hand),
          reserved: normalizeDecimal(r.reserved),
        }));
        throw new WarehouseInUseError(holdings, held.length);
      }
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
