import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../../shared/clock.js';
import { queryRows, type Db } from '../../shared/db/database.js';
import { fromMilli, normalizeDecimal, toMilli } from '../../shared/decimal.js';
import { ValidationError } from '../../shared/errors.js';
import { controlCharacterIn } from '../../shared/http/field-schemas.js';
import { cursorPart, decodeCursor, toPage } from '../../shared/http/pagination.js';
import type { Principal } from '../../shared/principal.js';
import { OfferNotFoundError, StockBelowReservedError } from './catalog.errors.js';
import { stock } from './catalog.tables.js';
import { refreshListings } from './listing.repository.js';
import type { OffersService } from './offers.service.js';
import { assertSellerMayRead, assertSellerOrAdmin } from './seller-guard.js';
import { wholeUnitProblem } from './units.js';
import type { WarehousesService } from './warehouses.service.js';

export function toStockView(s: {
  offerId: string;
  warehouseId: string;
  onHand: string;
  reserved: string;
  updatedAt: Date;
}) {
  const available = toMilli(s.onHand) - toMilli(s.reserved);
  return {
    offerId: s.offerId,
    warehouseId: s.warehouseId,
    onHand: normalizeDecimal(s.onHand),
    reserved: normalizeDecimal(s.reserved),
    available: fromMilli(available),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** Stock pages run by product name, then offer: the cursor holds both (a name as the database keeps it). */
const stockCursor = z.tuple([
  z
    .string()
    .max(300)
    .refine((v) => controlCharacterIn(v, 'text') === null),
  cursorPart.uuid,
]);

interface StockPageRow {
  offer_id: string;
  on_hand: string;
  reserved: string;
  updated_at: Date | string;
  price_minor: string | number;
  vat_rate: string;
  status: 'active' | 'paused';
  min_qty: string;
  step: string;
  backorder: boolean;
  product_id: string;
  name: string;
  sku: string | null;
  unit: string;
}

const likePattern = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What a seller holds where: setting what is on hand, and reading a warehouse's stock. */
export class StockService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly offers: OffersService,
    private readonly warehouses: WarehousesService,
  ) {}

  /** Sets what is on hand in one warehouse; below what is reserved is refused, a piece unit takes whole numbers. */
  async put(p: Principal, warehouseId: string, offerId: string, onHand: string) {
    assertSellerOrAdmin(p);
    return this.db.transaction(async (tx) => {
      const offer = await this.offers.getOwned(p, offerId, tx);
      const warehouse = await this.warehouses.getOwned(p, warehouseId, tx);
      if (warehouse.sellerId !== offer.sellerId) throw new OfferNotFoundError();
      const [product] = await queryRows<{ unit: string }>(
        tx,
        sql`select unit from catalog.products where id = ${offer.productId}::uuid`,
      );
      const fractional = wholeUnitProblem(product!.unit, onHand);
      if (fractional) throw new ValidationError([{ path: 'onHand', message: fractional }]);
      const [held] = await tx
        .select({ reserved: stock.reserved })
        .from(stock)
        .where(and(eq(stock.offerId, offerId), eq(stock.warehouseId, warehouseId)))
        .for('update');
      if (held && toMilli(onHand) < toMilli(held.reserved))
        throw new StockBelowReservedError(normalizeDecimal(held.reserved));
      const now = this.clock.now();
      const [row] = await tx
        .insert(stock)
        .values({ offerId, warehouseId, onHand, reserved: '0', updatedAt: now })
        .onConflictDoUpdate({ target: [stock.offerId, stock.warehouseId], set: { onHand, updatedAt: now } })
        .returning();
      await refreshListings(tx, [offer.productId]);
      return toStockView(row!);
    });
  }

  /**
   * A page of one warehouse's stock, by product name: each row with its offer and product and
   * what is on hand, reserved by orders and available. `q` finds a part of the product's name or
   * the start of its SKU, case aside.
   */
  async ofWarehouse(
    p: Principal,
    warehouseId: string,
    query: { q?: string | undefined; limit: number; cursor?: string | undefined },
  ) {
    assertSellerMayRead(p);
    await this.warehouses.getOwned(p, warehouseId);
    const after = decodeCursor(query.cursor, stockCursor);
    const q = query.q?.trim();
    const rows = await queryRows<StockPageRow>(
      this.db,
      sql`select k.offer_id, k.on_hand, k.reserved, k.updated_at, o.price_minor, o.vat_rate, o.status, o.min_qty, o.step,
                 o.backorder, p.id as product_id, p.name, p.sku, p.unit
          from catalog.stock k
          join catalog.offers o on o.id = k.offer_id
          join catalog.products p on p.id = o.product_id
          where k.warehouse_id = ${warehouseId}::uuid
            ${q ? sql`and (p.name ilike ${`%${likePattern(q)}%`} or p.sku ilike ${`${likePattern(q)}%`})` : sql``}
            ${after ? sql`and (p.name, k.offer_id) > (${after[0]}, ${after[1]}::uuid)` : sql``}
          order by p.name, k.offer_id
          limit ${query.limit + 1}`,
    );
    return toPage(
      rows,
      query.limit,
      (r) => [r.name, r.offer_id],
      (r) => ({
        offer: {
          id: r.offer_id,
          priceMinor: Number(r.price_minor),
          vatRate: r.vat_rate,
          status: r.status,
          minQty: normalizeDecimal(r.min_qty),
          step: normalizeDecimal(r.step),
          backorder: r.backorder,
        },
        product: { id: r.product_id, name: r.name, sku: r.sku, unit: r.unit },
        onHand: normalizeDecimal(r.on_hand),
        reserved: normalizeDecimal(r.reserved),
        available: fromMilli(toMilli(r.on_hand) - toMilli(r.reserved)),
        updatedAt: new Date(r.updated_at).toISOString(),
      }),
    );
  }
}
