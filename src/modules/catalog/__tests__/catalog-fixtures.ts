/** Catalog data made through the real HTTP API, so the tests exercise production wiring. */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { normalizeDecimal } from '../../../shared/decimal.js';
import type { StockLine } from '../index.js';

export const CATALOG = '/api/v1/catalog';

/** A point in the centre of Moscow (Красная площадь, roughly) and real warehouse locations. */
export const MOSCOW = { lat: 55.75, lon: 37.62 };
export const PODOLSK = { lat: 55.43, lon: 37.54 };
export const SPB = { lat: 59.94, lon: 30.31 };

export const tag = () => randomBytes(4).toString('hex');

export interface CategoryJson {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  path: string;
  position: number;
}
export interface ProductJson {
  id: string;
  sku: string | null;
  name: string;
  categoryId: string;
  unit: string;
}
export interface OfferJson {
  id: string;
  productId: string;
  sellerId: string;
  priceMinor: number;
  vatRate: string;
  status: string;
}
export interface WarehouseJson {
  id: string;
  sellerId: string;
  code: string;
  name: string;
  address: string;
  lat: number;
  lon: number;
}
export interface StockJson {
  offerId: string;
  warehouseId: string;
  onHand: string;
  reserved: string;
  available: string;
}

export class CatalogFixtures {
  constructor(private readonly ctx: TestContext) {}

  private async created<T>(
    method: 'POST' | 'PUT',
    url: string,
    token: string,
    payload: object,
    status = 201,
  ): Promise<T> {
    const res = await this.ctx.request({ method, url: `${CATALOG}${url}`, token, payload });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.json() as T;
  }

  async category(over: Record<string, unknown> = {}): Promise<CategoryJson> {
    const admin = await this.ctx.make.admin();
    const slug = `cat-${tag()}`;
    return this.created('POST', '/categories', admin.accessToken, { slug, name: `Категория ${slug}`, ...over });
  }

  /** A card in `categoryId` (a fresh category when none is given). */
  async product(seller: Account, over: Record<string, unknown> = {}): Promise<ProductJson> {
    const categoryId = over.categoryId ?? (await this.category()).id;
    return this.created('POST', '/products', seller.accessToken, {
      name: `Кирпич керамический ${tag()}`,
      unit: 'шт',
      weightKg: '3.5',
      volumeM3: '0.00195',
      sku: `SKU-${tag()}`,
      attributes: { strength: 'М150', format: '1НФ' },
      ...over,
      categoryId,
    });
  }

  async warehouse(seller: Account, over: Record<string, unknown> = {}): Promise<WarehouseJson> {
    return this.created('POST', '/warehouses', seller.accessToken, {
      name: 'Склад Подольск',
      code: `WH-${tag()}`,
      address: 'Московская обл., г. Подольск, ул. Комсомольская, 1',
      ...PODOLSK,
      workingHours: 'пн–сб 8:00–20:00',
      pickup: true,
      ...over,
    });
  }

  async offer(seller: Account, productId: string, over: Record<string, unknown> = {}): Promise<OfferJson> {
    return this.created('POST', '/offers', seller.accessToken, { productId, priceMinor: 1850, vatRate: '22', ...over });
  }

  async stock(seller: Account, warehouseId: string, offerId: string, onHand: string | number): Promise<StockJson> {
    return this.created('PUT', `/warehouses/${warehouseId}/stock/${offerId}`, seller.accessToken, { onHand }, 200);
  }

  /** A product on sale by `seller`: card, warehouse, offer and `onHand` units in stock. */
  async listed(
    seller: Account,
    opts: { onHand?: string; product?: Record<string, unknown>; offer?: Record<string, unknown> } = {},
  ) {
    const product = await this.product(seller, opts.product);
    const warehouse = await this.warehouse(seller);
    const offer = await this.offer(seller, product.id, opts.offer);
    const stock = await this.stock(seller, warehouse.id, offer.id, opts.onHand ?? '10');
    const line = (quantity: string): StockLine => ({ offerId: offer.id, warehouseId: warehouse.id, quantity });
    return { product, warehouse, offer, stock, line };
  }

  /** The stock row as the database holds it, normalised ('10.000' → '10'). */
  async stockRow(offerId: string, warehouseId: string): Promise<{ onHand: string; reserved: string }> {
    const [row] = await queryRows<{ on_hand: string; reserved: string }>(
      this.ctx.database.db,
      sql`select on_hand, reserved from catalog.stock
          where offer_id = ${offerId}::uuid and warehouse_id = ${warehouseId}::uuid`,
    );
    expect(row, 'stock row').toBeDefined();
    return { onHand: normalizeDecimal(String(row!.on_hand)), reserved: normalizeDecimal(String(row!.reserved)) };
  }

  async listing(productId: string) {
    const [row] = await queryRows<{ offer_count: number; in_stock: boolean; min_price_minor: string | number | null }>(
      this.ctx.database.db,
      sql`select offer_count, in_stock, min_price_minor from catalog.product_listing where product_id = ${productId}::uuid`,
    );
    expect(row, 'listing row').toBeDefined();
    return {
      offerCount: row!.offer_count,
      inStock: row!.in_stock,
      minPriceMinor: row!.min_price_minor === null ? null : Number(row!.min_price_minor),
    };
  }
}
