/** Sellers with warehouses and stock, and customers with carts, made through the HTTP API. */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';

export const CATALOG = '/api/v1/catalog';
export const ORDERS = '/api/v1/orders';
/** Центр Москвы and warehouses around it. */
export const MOSCOW = { lat: 55.75, lon: 37.62 };
export const PODOLSK = { lat: 55.43, lon: 37.54 };
export const KHIMKI = { lat: 55.89, lon: 37.43 };
const tag = () => randomBytes(4).toString('hex');

export interface Listed {
  productId: string;
  offerId: string;
  warehouseId: string;
  priceMinor: number;
}

export class OrdersFixture {
  constructor(readonly ctx: TestContext) {}

  private async ok<T>(method: 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload: object): Promise<T> {
    const res = await this.ctx.request({ method, url, token, payload });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res.json() as T;
  }

  async category(): Promise<string> {
    const admin = await this.ctx.make.admin();
    const slug = `cat-${tag()}`;
    return (await this.ok<{ id: string }>('POST', `${CATALOG}/categories`, admin.accessToken, { slug, name: slug })).id;
  }

  async warehouse(seller: Account, at = PODOLSK, name = 'Склад Подольск'): Promise<string> {
    const w = await this.ok<{ id: string }>('POST', `${CATALOG}/warehouses`, seller.accessToken, {
      name,
      code: `WH-${tag()}`,
      address: 'Московская обл., г. Подольск, ул. Комсомольская, 1',
      ...at,
      workingHours: 'пн–сб 8:00–20:00',
      pickup: true,
    });
    return w.id;
  }

  async product(seller: Account, over: Record<string, unknown> = {}): Promise<string> {
    const p = await this.ok<{ id: string }>('POST', `${CATALOG}/products`, seller.accessToken, {
      name: `Цемент М500 Д0 50 кг ${tag()}`,
      unit: 'мешок',
      weightKg: '50',
      volumeM3: '0.04',
      sku: `CEM-${tag()}`,
      categoryId: await this.category(),
      attributes: { strength: 'М500' },
      ...over,
    });
    return p.id;
  }

  async offer(seller: Account, productId: string, over: Record<string, unknown> = {}): Promise<string> {
    const o = await this.ok<{ id: string }>('POST', `${CATALOG}/offers`, seller.accessToken, {
      productId,
      priceMinor: 52_000,
      vatRate: regimeRate(seller),
      ...over,
    });
    return o.id;
  }

  async stock(seller: Account, warehouseId: string, offerId: string, onHand: string): Promise<void> {
    await this.ok('PUT', `${CATALOG}/warehouses/${warehouseId}/stock/${offerId}`, seller.accessToken, { onHand });
  }

  /** A product on sale by `seller` with `onHand` in one warehouse. */
  async listed(
    seller: Account,
    onHand = '100',
    opts: { offer?: Record<string, unknown>; product?: Record<string, unknown>; at?: typeof PODOLSK } = {},
  ): Promise<Listed> {
    const productId = await this.product(seller, opts.product);
    const warehouseId = await this.warehouse(seller, opts.at);
    const offerId = await this.offer(seller, productId, opts.offer);
    await this.stock(seller, warehouseId, offerId, onHand);
    return { productId, offerId, warehouseId, priceMinor: Number(opts.offer?.priceMinor ?? 52_000) };
  }

  async add(customer: Account, offerId: string, quantity: string | number) {
    return this.ctx.request({
      method: 'POST',
      url: `${ORDERS}/cart/items`,
      token: customer.accessToken,
      payload: { offerId, quantity },
    });
  }

  async cart(customer: Account) {
    const res = await this.ctx.request({ method: 'GET', url: `${ORDERS}/cart`, token: customer.accessToken });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CartJson;
  }

  checkout(customer: Account, body: Record<string, unknown> = pickup(), key: string = randomUUID()) {
    return this.ctx.request({
      method: 'POST',
      url: `${ORDERS}/checkout`,
      token: customer.accessToken,
      headers: { 'idempotency-key': key },
      payload: body,
    });
  }

  /** A customer's order of `quantity` of one offer, placed (pickup, invoice by default). */
  async placed(customer: Account, offerId: string, quantity = '2', body: Record<string, unknown> = pickup()) {
    const added = await this.add(customer, offerId, quantity);
    expect(added.statusCode, added.body).toBe(201);
    const res = await this.checkout(customer, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as OrderJson;
  }

  async stockRow(offerId: string, warehouseId: string): Promise<{ onHand: string; reserved: string }> {
    const [row] = await queryRows<{ on_hand: string; reserved: string }>(
      this.ctx.database.db,
      sql`select on_hand::float8::text as on_hand, reserved::float8::text as reserved from catalog.stock
          where offer_id = ${offerId}::uuid and warehouse_id = ${warehouseId}::uuid`,
    );
    return { onHand: row!.on_hand, reserved: row!.reserved };
  }

  async order(customer: Account, id: string): Promise<OrderJson> {
    const res = await this.ctx.request({ method: 'GET', url: `${ORDERS}/${id}`, token: customer.accessToken });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as OrderJson;
  }

  /**
   * An invoice payment recorded by `who`: by default everything the sub-order still awaits (as
   * `who` sees it), by a payment order dated today (Moscow) with a number of its own.
   */
  async markPaid(who: Account, subOrderId: string, body: Partial<InvoicePaymentJson> = {}) {
    let due = 100;
    if (body.amountMinor === undefined) {
      const sub = await this.ctx.request({
        method: 'GET',
        url: `${ORDERS}/sub-orders/${subOrderId}`,
        token: who.accessToken,
      });
      if (sub.statusCode === 200) due = sub.json().dueMinor || sub.json().totals.totalMinor;
    }
    const today = new Date(this.ctx.clock.now().getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
    return this.ctx.request({
      method: 'POST',
      url: `${ORDERS}/sub-orders/${subOrderId}/mark-paid`,
      token: who.accessToken,
      payload: { amountMinor: due, paidOn: today, documentNumber: `${++documentNumbers}`, ...body },
    });
  }

  transition(seller: Account, subOrderId: string, to: string, reason?: string) {
    return this.ctx.request({
      method: 'POST',
      url: `${ORDERS}/sub-orders/${subOrderId}/transition`,
      token: seller.accessToken,
      payload: reason ? { to, reason } : { to },
    });
  }
}

/** What `POST /sub-orders/:id/mark-paid` takes. */
export interface InvoicePaymentJson {
  amountMinor: number;
  paidOn: string;
  documentNumber: string;
}
let documentNumbers = 0;

/** The VAT rate a seller's regime allows by default: 22 % for a VAT payer, «без НДС» on УСН, 5 or 7 %. */
export function regimeRate(seller: Account): string {
  return { usn: 'none', usn_vat_5: '5', usn_vat_7: '7' }[seller.taxRegime ?? ''] ?? '22';
}

export const pickup = (over: Record<string, unknown> = {}) => ({
  delivery: { method: 'pickup', ...MOSCOW },
  paymentMethod: 'invoice',
  ...over,
});

/** A morning delivery window (09:00–13:00 Moscow time) `days` days from now. */
export function windowInDays(days: number, now = Date.now()) {
  const day = new Date(now + days * 86_400_000).toISOString().slice(0, 10);
  return { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` };
}

/** A delivery checkout body, its window 10 days after `now` (the test clock's, when it was moved). */
export const delivery = (over: Record<string, unknown> = {}, now = Date.now()) => ({
  delivery: {
    method: 'delivery',
    address: 'г. Москва, ул. Тверская, д. 1',
    ...MOSCOW,
    window: windowInDays(10, now),
    unloading: 'manual',
  },
  paymentMethod: 'card',
  ...over,
});

export interface CartLineJson {
  itemId: string;
  offerId: string;
  quantity: string;
  priceMinor: number | null;
  previousPriceMinor: number | null;
  totalMinor: number;
  vatMinor: number;
  available: string;
  status: string;
}

export interface CartJson {
  id: string;
  address: { address: string; lat: number; lon: number } | null;
  sellers: {
    sellerId: string;
    sellerName: string;
    lines: CartLineJson[];
    goodsMinor: number;
    vatMinor: number;
    delivery: { warehouseId: string; quote: { priceMinor: number; roadKm: number; vehicleClass: string } }[] | null;
    deliveryMinor: number;
  }[];
  unavailable: CartLineJson[];
  totals: { goodsMinor: number; deliveryMinor: number; vatMinor: number; totalMinor: number };
  ready: boolean;
}

export interface SubOrderJson {
  id: string;
  number: string;
  status: string;
  sellerId: string;
  warehouse: { id: string };
  totals: { goodsMinor: number; deliveryMinor: number; vatMinor: number; totalMinor: number };
  nextStatuses: string[];
  lines: {
    id: string;
    offerId: string;
    quantity: string;
    priceMinor: number;
    totalMinor: number;
    vatMinor: number;
    weightKg: string;
  }[];
}

export interface OrderJson {
  id: string;
  number: string;
  status: string;
  customerId: string;
  paymentMethod: string;
  totals: { goodsMinor: number; deliveryMinor: number; vatMinor: number; totalMinor: number };
  returnedPartially: boolean;
  payBy: string;
  subOrders: SubOrderJson[];
  payments: { id: string; status: string; amountMinor: number }[];
}
