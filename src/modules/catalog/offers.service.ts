import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import { queryRows, type Db, type Executor } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import { fromMilli, normalizeDecimal, toMilli } from '../../shared/decimal.js';
import { ValidationError } from '../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../shared/http/pagination.js';
import { ownedOr404 } from '../../shared/ownership.js';
import type { Principal } from '../../shared/principal.js';
import { DuplicateError, OfferNotFoundError, StockBelowReservedError } from './catalog.errors.js';
import { offers, priceHistory, products, sellers, stock } from './catalog.tables.js';
import { refreshListings } from './listing.repository.js';
import { assertSellerOrAdmin } from './seller-guard.js';
import type { WarehousesService } from './warehouses.service.js';

export type OfferRow = typeof offers.$inferSelect;
export type VatRate = '22' | '10' | '0' | 'none';

export interface OfferInput {
  productId: string;
  priceMinor: number;
  vatRate: VatRate;
  minQty?: string | undefined;
  step?: string | undefined;
  status?: 'active' | 'paused' | undefined;
  backorder?: boolean | undefined;
}

export function toOfferView(o: OfferRow) {
  return {
    id: o.id,
    productId: o.productId,
    sellerId: o.sellerId,
    priceMinor: o.priceMinor,
    vatRate: o.vatRate as VatRate,
    minQty: normalizeDecimal(o.minQty),
    step: normalizeDecimal(o.step),
    status: o.status as 'active' | 'paused',
    backorder: o.backorder,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** A seller's prices, and every change of price kept as history for forecasting. */
export class OffersService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly warehouses: WarehousesService,
  ) {}

  async getOwned(p: Principal, id: string, ex: Executor = this.db): Promise<OfferRow> {
    const [row] = await ex.select().from(offers).where(eq(offers.id, id)).limit(1);
    return ownedOr404(
      row,
      p,
      (o) => o.sellerId,
      () => new OfferNotFoundError(),
    );
  }

  async listMine(p: Principal, q: { limit: number; cursor?: string | undefined; productId?: string | undefined }) {
    assertSellerOrAdmin(p);
    const after = decodeCursor(q.cursor, timeIdCursor);
    const rows = await this.db
      .select()
      .from(offers)
      .where(
        and(
          eq(offers.sellerId, p.userId),
          q.productId ? eq(offers.productId, q.productId) : undefined,
          after ? sql`(${offers.createdAt}, ${offers.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(desc(offers.createdAt), desc(offers.id))
      .limit(q.limit + 1);
    return toPage(rows, q.limit, (o) => [o.createdAt.toISOString(), o.id], toOfferView);
  }

  async create(p: Principal, input: OfferInput) {
    assertSellerOrAdmin(p);
    checkQuantities(input.minQty ?? '1', input.step ?? '1');
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.id, input.productId));
      if (!product) throw new ValidationError([{ path: 'productId', message: 'no such product' }]);
      try {
        const [row] = await tx
          .insert(offers)
          .values({ ...input, sellerId: p.userId, createdAt: now, updatedAt: now })
          .returning();
        await tx
          .insert(priceHistory)
          .values({ offerId: row!.id, priceMinor: row!.priceMinor, vatRate: row!.vatRate, at: now });
        await refreshListings(tx, [row!.productId]);
        return toOfferView(row!);
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION) {
          throw new DuplicateError(
            'CATALOG.OFFER_EXISTS',
            'you already have an offer for this product; change it instead',
          );
        }
        throw err;
      }
    });
  }

  async update(p: Principal, id: string, patch: Partial<Omit<OfferInput, 'productId'>>) {
    assertSellerOrAdmin(p);
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const current = await this.getOwned(p, id, tx);
      checkQuantities(patch.minQty ?? current.minQty, patch.step ?? current.step);
      const [row] = await tx
        .update(offers)
        .set({ ...patch, updatedAt: now })
        .where(eq(offers.id, id))
        .returning();
      if (row!.priceMinor !== current.priceMinor || row!.vatRate !== current.vatRate) {
        await tx
          .insert(priceHistory)
          .values({ offerId: id, priceMinor: row!.priceMinor, vatRate: row!.vatRate, at: now });
      }
      await refreshListings(tx, [row!.productId]);
      return toOfferView(row!);
    });
  }

  /** Sets what is on hand in one warehouse; below what is reserved is refused. */
  async putStock(p: Principal, warehouseId: string, offerId: string, onHand: string) {
    assertSellerOrAdmin(p);
    return this.db.transaction(async (tx) => {
      const offer = await this.getOwned(p, offerId, tx);
      const warehouse = await this.warehouses.getOwned(p, warehouseId, tx);
      if (warehouse.sellerId !== offer.sellerId) throw new OfferNotFoundError();
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
   * Anyone may read the price history of an offer the product page shows (active, of an approved
   * seller); the history of a hidden one is its seller's and admins' only.
   */
  async priceHistory(p: Principal | null, offerId: string, range: { from?: Date | undefined; to?: Date | undefined }) {
    const [offer] = await this.db
      .select({ sellerId: offers.sellerId, status: offers.status, sellerStatus: sellers.status })
      .from(offers)
      .leftJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(eq(offers.id, offerId));
    const shown = offer?.status === 'active' && offer.sellerStatus === 'approved';
    const own = p?.role === 'admin' || (p?.role === 'seller' && p.userId === offer?.sellerId);
    if (!offer || !(shown || own)) throw new OfferNotFoundError();
    const rows = await this.db
      .select()
      .from(priceHistory)
      .where(
        and(
          eq(priceHistory.offerId, offerId),
          range.from ? gte(priceHistory.at, range.from) : undefined,
          range.to ? lte(priceHistory.at, range.to) : undefined,
        ),
      )
      .orderBy(asc(priceHistory.at), asc(priceHistory.id));
    return {
      items: rows.map((r) => ({ priceMinor: r.priceMinor, vatRate: r.vatRate as VatRate, at: r.at.toISOString() })),
    };
  }

  /** Stock of one offer across its seller's warehouses. */
  async stockOf(offerId: string, ex: Executor = this.db) {
    const rows = await queryRows<{ warehouse_id: string; on_hand: string; reserved: string; updated_at: Date }>(
      ex,
      sql`select warehouse_id, on_hand, reserved, updated_at from catalog.stock where offer_id = ${offerId}::uuid`,
    );
    return rows.map((r) =>
      toStockView({
        offerId,
        warehouseId: r.warehouse_id,
        onHand: r.on_hand,
        reserved: r.reserved,
        updatedAt: new Date(r.updated_at),
      }),
    );
  }
}

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

function checkQuantities(minQty: string, step: string): void {
  if (toMilli(minQty) <= 0n) throw new ValidationError([{ path: 'minQty', message: 'must be greater than 0' }]);
  if (toMilli(step) <= 0n) throw new ValidationError([{ path: 'step', message: 'must be greater than 0' }]);
}
