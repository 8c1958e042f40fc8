import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import { queryRows, type Db, type Executor } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import { normalizeDecimal } from '../../shared/decimal.js';
import { ValidationError } from '../../shared/errors.js';
import type { Point } from '../../shared/geo.js';
import { ownedOr404 } from '../../shared/ownership.js';
import type { Principal } from '../../shared/principal.js';
import { DuplicateError, ProductNotFoundError } from './catalog.errors.js';
import { requireCategory } from './categories.service.js';
import { products } from './catalog.tables.js';
import { lockListingsOf, refreshListings } from './listing.repository.js';
import { readProductPage } from './product-page.sql.js';
import { assertSellerOrAdmin } from './seller-guard.js';
import { isPieceUnit, wholeUnitProblem } from './units.js';

export type ProductRow = typeof products.$inferSelect;

export interface ProductInput {
  name: string;
  description?: string | undefined;
  brand?: string | null | undefined;
  categoryId: string;
  unit: string;
  packSize?: string | undefined;
  weightKg: string;
  volumeM3: string;
  sku?: string | null | undefined;
  ean?: string | null | undefined;
  attributes?: Record<string, string> | undefined;
  images?: string[] | undefined;
}

export function toProductCard(p: ProductRow) {
  return {
    id: p.id,
    sku: p.sku,
    ean: p.ean,
    name: p.name,
    description: p.description,
    brand: p.brand,
    categoryId: p.categoryId,
    unit: p.unit,
    packSize: normalizeDecimal(p.packSize),
    weightKg: normalizeDecimal(p.weightKg),
    volumeM3: String(Number(p.volumeM3)),
    attributes: p.attributes,
    images: p.images,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Product cards: shared between sellers; the creating seller and admins edit them. */
export class ProductsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Where product pages are read: a replica when there is one (docs/adr/0015). */
    private readonly readDb: Db = db,
  ) {}

  async create(p: Principal, input: ProductInput) {
    assertSellerOrAdmin(p);
    checkPackSize(input.unit, input.packSize);
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      await requireCategory(tx, input.categoryId, 'categoryId');
      try {
        const [row] = await tx
          .insert(products)
          .values({ ...input, createdBy: p.role === 'admin' ? null : p.userId, createdAt: now, updatedAt: now })
          .returning();
        await refreshListings(tx, [row!.id]);
        return toProductCard(row!);
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION)
          throw new DuplicateError('CATALOG.SKU_TAKEN', 'a product with this SKU exists');
        throw err;
      }
    });
  }

  async update(p: Principal, id: string, patch: Partial<ProductInput>) {
    assertSellerOrAdmin(p);
    return this.db.transaction(async (tx) => {
      // The listing row before the card (lockListingsOf says why); another's id locks a row briefly, then 404s.
      await lockListingsOf(tx, [id]);
      const [current] = await tx.select().from(products).where(eq(products.id, id)).for('update');
      ownedOr404(
        current,
        p,
        (r) => r.createdBy ?? '',
        () => new ProductNotFoundError(),
      );
      if (patch.categoryId) await requireCategory(tx, patch.categoryId, 'categoryId');
      const unit = patch.unit ?? current!.unit;
      if (patch.unit !== undefined || patch.packSize !== undefined)
        checkPackSize(unit, patch.packSize ?? current!.packSize);
      if (patch.unit !== undefined && patch.unit !== current!.unit && isPieceUnit(unit)) {
        await assertWholeQuantities(tx, id, unit);
      }
      try {
        const [row] = await tx
          .update(products)
          .set({ ...patch, updatedAt: this.clock.now() })
          .where(eq(products.id, id))
          .returning();
        if (patch.categoryId || patch.attributes) await refreshListings(tx, [id], { locked: true });
        return toProductCard(row!);
      } catch (err) {
        if (sqlState(err) === UNIQUE_VIOLATION)
          throw new DuplicateError('CATALOG.SKU_TAKEN', 'a product with this SKU exists');
        throw err;
      }
    });
  }

  /**
   * The card with every active offer of an approved seller, its stock per warehouse and, when
   * `near` is given, the distance of each warehouse (km, great circle): JSON text, ready to send
   * (product-page.sql.ts).
   */
  async page(id: string, near?: Point): Promise<string> {
    const page = await readProductPage(this.readDb, id, near);
    if (page === undefined) throw new ProductNotFoundError();
    return page;
  }
}

/** A pack of a piece unit holds whole pieces (a pallet of 480 bricks, never 480.5). */
function checkPackSize(unit: string, packSize: string | undefined): void {
  const problem = packSize === undefined ? null : wholeUnitProblem(unit, packSize);
  if (problem) throw new ValidationError([{ path: 'packSize', message: problem }]);
}

/**
 * A card moved to a piece unit must not leave its offers with half pieces: their minimum, step
 * and stock were counted in the old unit (docs/domain.md, Catalog).
 */
async function assertWholeQuantities(ex: Executor, productId: string, unit: string): Promise<void> {
  const [row] = await queryRows<{ fractional: number }>(
    ex,
    sql`select count(*)::int as fractional from catalog.offers o
        where o.product_id = ${productId}::uuid
          and (o.min_qty <> trunc(o.min_qty) or o.step <> trunc(o.step)
               or exists (select 1 from catalog.stock k where k.offer_id = o.id
                          and (k.on_hand <> trunc(k.on_hand) or k.reserved <> trunc(k.reserved))))`,
  );
  if (row!.fractional > 0) {
    throw new ValidationError([
      {
        path: 'unit',
        message: `${row!.fractional} offer(s) of this card have fractional quantities, which ${unit} cannot count`,
      },
    ]);
  }
}
