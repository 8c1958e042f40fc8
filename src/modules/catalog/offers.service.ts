import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import { queryRows, type Db, type Executor } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import { fromMilli, normalizeDecimal, toMilli } from '../../shared/decimal.js';
import { ValidationError, type FieldError } from '../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../shared/http/pagination.js';
import { ownedOr404 } from '../../shared/ownership.js';
import type { Principal } from '../../shared/principal.js';
import { VAT_RATES_BY_REGIME, vatRateAllowed, type VatRate } from '../../shared/tax-regimes.js';
import { DuplicateError, OfferNotFoundError } from './catalog.errors.js';
import { offers, priceHistory, products, sellers } from './catalog.tables.js';
import { refreshListings } from './listing.repository.js';
import { assertSellerMayRead, assertSellerOrAdmin } from './seller-guard.js';
import { sellerRegimeAt } from './sellers.repository.js';
import { wholeUnitProblem } from './units.js';

export type OfferRow = typeof offers.$inferSelect;
export type { VatRate } from '../../shared/tax-regimes.js';

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
    /** Where price histories are read: a replica when there is one (docs/adr/0015). */
    private readonly readDb: Db = db,
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
    assertSellerMayRead(p);
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
      const [product] = await tx
        .select({ id: products.id, unit: products.unit })
        .from(products)
        .where(eq(products.id, input.productId));
      if (!product) throw new ValidationError([{ path: 'productId', message: 'no such product' }]);
      checkWholeUnits(product.unit, input);
      await checkVatRate(tx, p.userId, input.vatRate, now);
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
      const [product] = await tx
        .select({ unit: products.unit })
        .from(products)
        .where(eq(products.id, current.productId));
      checkWholeUnits(product!.unit, patch);
      if (patch.vatRate !== undefined) await checkVatRate(tx, current.sellerId, patch.vatRate, now);
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

  /**
   * Anyone may read the price history of an offer the product page shows (active, of an approved
   * seller); the history of a hidden one is its seller's and admins' only.
   */
  async priceHistory(p: Principal | null, offerId: string, range: { from?: Date | undefined; to?: Date | undefined }) {
    const [offer] = await this.readDb
      .select({ sellerId: offers.sellerId, status: offers.status, sellerStatus: sellers.status })
      .from(offers)
      .leftJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(eq(offers.id, offerId));
    const shown = offer?.status === 'active' && offer.sellerStatus === 'approved';
    const own = p?.role === 'admin' || (p?.role === 'seller' && p.userId === offer?.sellerId);
    if (!offer || !(shown || own)) throw new OfferNotFoundError();
    const rows = await this.readDb
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

  /**
   * One offer with its product and stock per warehouse. Its seller and admins see the stock as it
   * stands (on hand, reserved, available), whatever the offer's state; anyone else only an offer
   * that is shown (active, of an approved seller), with what is available where, as on the product page.
   */
  async details(p: Principal | null, id: string) {
    const [row] = await this.db
      .select({
        offer: offers,
        product: { id: products.id, name: products.name, sku: products.sku, unit: products.unit },
        sellerName: sellers.name,
        sellerStatus: sellers.status,
      })
      .from(offers)
      .innerJoin(products, eq(products.id, offers.productId))
      .leftJoin(sellers, eq(sellers.id, offers.sellerId))
      .where(eq(offers.id, id));
    const own = p?.role === 'admin' || (p?.role === 'seller' && p.userId === row?.offer.sellerId);
    const shown = row?.offer.status === 'active' && row.sellerStatus === 'approved';
    if (!row || !(own || shown)) throw new OfferNotFoundError();
    const stockRows = await queryRows<{
      warehouse_id: string;
      name: string;
      code: string;
      on_hand: string;
      reserved: string;
      updated_at: Date | string;
    }>(
      this.db,
      sql`select k.warehouse_id, w.name, w.code, k.on_hand, k.reserved, k.updated_at
          from catalog.stock k join catalog.warehouses w on w.id = k.warehouse_id
          where k.offer_id = ${id}::uuid order by w.code, w.id`,
    );
    const stock = stockRows.map((k) => {
      const available = fromMilli(toMilli(k.on_hand) - toMilli(k.reserved));
      const where = { warehouseId: k.warehouse_id, name: k.name, code: k.code, available };
      if (!own) return where;
      const updatedAt = new Date(k.updated_at).toISOString();
      return { ...where, onHand: normalizeDecimal(k.on_hand), reserved: normalizeDecimal(k.reserved), updatedAt };
    });
    return { ...toOfferView(row.offer), sellerName: row.sellerName ?? '', product: row.product, stock };
  }
}

function checkQuantities(minQty: string, step: string): void {
  if (toMilli(minQty) <= 0n) throw new ValidationError([{ path: 'minQty', message: 'must be greater than 0' }]);
  if (toMilli(step) <= 0n) throw new ValidationError([{ path: 'step', message: 'must be greater than 0' }]);
}

/** A piece unit is counted whole: a minimum or step of half a bag is refused (docs/domain.md, Catalog). */
function checkWholeUnits(unit: string, q: { minQty?: string | undefined; step?: string | undefined }): void {
  const errors: FieldError[] = [];
  for (const field of ['minQty', 'step'] as const) {
    const value = q[field];
    const problem = value === undefined ? null : wholeUnitProblem(unit, value);
    if (problem) errors.push({ path: field, message: problem });
  }
  if (errors.length > 0) throw new ValidationError(errors);
}

/** An offer carries only a rate its seller's regime in force now allows (docs/domain.md, Catalog). */
async function checkVatRate(ex: Executor, sellerId: string, rate: string, now: Date): Promise<void> {
  const regime = await sellerRegimeAt(ex, sellerId, now);
  if (!vatRateAllowed(regime, rate)) {
    const allowed = VAT_RATES_BY_REGIME[regime].join(', ');
    throw new ValidationError([
      { path: 'vatRate', message: `your tax regime is ${regime}: the VAT rate must be ${allowed}` },
    ]);
  }
}
