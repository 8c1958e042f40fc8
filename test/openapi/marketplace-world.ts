/**
 * Actors and real objects for the generated tests, made through the HTTP API (and, for a dead
 * event, through the app's event bus), so ids in paths can reach the code behind them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { TestContext } from '../context.js';
import type { Account } from '../factories.js';

const CATALOG = '/api/v1/catalog';
const ORDERS = '/api/v1/orders';
const tag = () => randomBytes(4).toString('hex');

/** Центр Москвы, where pickups are asked from, and a warehouse in Подольск. */
export const MOSCOW = { lat: 55.75, lon: 37.62 };
const PODOLSK = { lat: 55.43, lon: 37.54 };

export const PICKUP_INVOICE = { delivery: { method: 'pickup', ...MOSCOW }, paymentMethod: 'invoice' };
export const PICKUP_CARD = { delivery: { method: 'pickup', ...MOSCOW }, paymentMethod: 'card' };
/** Delivery by invoice, in a window a week after `now`. */
export function deliveryInvoice(now: Date) {
  const day = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  return {
    delivery: {
      method: 'delivery',
      address: 'г. Москва, ул. Тверская, д. 1',
      ...MOSCOW,
      window: { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` },
      unloading: 'manual',
    },
    paymentMethod: 'invoice',
  };
}
/** Stripe's 3-D Secure test card, which the built-in test provider answers with requires_action. */
export const THREE_DS_CARD = { number: '4000 0000 0000 3220', expMonth: 12, expYear: 2030, cvc: '123' };

export interface Actors {
  admin: Account;
  customer: Account;
  otherCustomer: Account;
  seller: Account;
  otherSeller: Account;
  carrier: Account;
  otherCarrier: Account;
  /** A seller an admin has not approved yet. */
  pendingSeller: Account;
  /** A carrier an admin has not approved yet. */
  pendingCarrier: Account;
  /** A customer an admin suspended: the token it holds was issued before the suspension. */
  suspended: Account;
}

export interface Listing {
  categoryId: string;
  productId: string;
  warehouseId: string;
  offerId: string;
}

export interface PlacedOrder {
  orderId: string;
  subOrderId: string;
}

function check(res: LightMyRequestResponse, what: string, ok = (s: number) => s >= 200 && s < 300) {
  if (!ok(res.statusCode)) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown>;
}

export class MarketplaceWorld {
  constructor(readonly ctx: TestContext) {}

  private async call(
    what: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    token: string | undefined,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Record<string, unknown>> {
    const res = await this.ctx.request({
      method,
      url,
      token,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    if (res.statusCode === 204) return {};
    return check(res, what);
  }

  async actors(): Promise<Actors> {
    const { make } = this.ctx;
    const admin = await make.admin();
    const [
      customer,
      otherCustomer,
      seller,
      otherSeller,
      carrier,
      otherCarrier,
      pendingSeller,
      pendingCarrier,
      suspended,
    ] = await Promise.all([
      make.customer(),
      make.customer(),
      make.seller(),
      make.seller(),
      make.carrier(),
      make.carrier(),
      make.seller({ approved: false }),
      make.carrier({ approved: false }),
      make.customer(),
    ]);
    await this.suspend(suspended.id);
    return {
      admin,
      customer,
      otherCustomer,
      seller,
      otherSeller,
      carrier,
      otherCarrier,
      pendingSeller,
      pendingCarrier,
      suspended,
    };
  }

  async suspend(userId: string): Promise<void> {
    const admin = await this.ctx.make.admin();
    await this.call('suspend', 'POST', `/api/v1/users/${userId}/suspend`, admin.accessToken, {
      reason: 'проверка доступа',
    });
  }

  async category(): Promise<string> {
    const admin = await this.ctx.make.admin();
    const slug = `cat-${tag()}`;
    const c = await this.call('category', 'POST', `${CATALOG}/categories`, admin.accessToken, {
      slug,
      name: `Категория ${slug}`,
    });
    return String(c.id);
  }

  async product(seller: Account, categoryId?: string): Promise<string> {
    const p = await this.call('product', 'POST', `${CATALOG}/products`, seller.accessToken, {
      name: `Цемент М500 Д0 50 кг ${tag()}`,
      unit: 'мешок',
      weightKg: '50',
      volumeM3: '0.04',
      sku: `CEM-${tag()}`,
      categoryId: categoryId ?? (await this.category()),
      attributes: { strength: 'М500' },
    });
    return String(p.id);
  }

  async warehouse(seller: Account): Promise<string> {
    const w = await this.call('warehouse', 'POST', `${CATALOG}/warehouses`, seller.accessToken, {
      name: 'Склад Подольск',
      code: `WH-${tag()}`,
      address: 'Московская обл., г. Подольск, ул. Комсомольская, 1',
      ...PODOLSK,
      workingHours: 'пн–сб 8:00–20:00',
      pickup: true,
    });
    return String(w.id);
  }

  async offer(seller: Account, productId: string, over: Record<string, unknown> = {}): Promise<string> {
    const o = await this.call('offer', 'POST', `${CATALOG}/offers`, seller.accessToken, {
      productId,
      priceMinor: 52_000,
      vatRate: '22',
      ...over,
    });
    return String(o.id);
  }

  async stock(seller: Account, warehouseId: string, offerId: string, onHand: string): Promise<void> {
    await this.call('stock', 'PUT', `${CATALOG}/warehouses/${warehouseId}/stock/${offerId}`, seller.accessToken, {
      onHand,
    });
  }

  /** A product on sale by `seller`: a category, a card, a warehouse, an offer and stock. */
  async listing(seller: Account, onHand = '1000', offer: Record<string, unknown> = {}): Promise<Listing> {
    const categoryId = await this.category();
    const productId = await this.product(seller, categoryId);
    const warehouseId = await this.warehouse(seller);
    const offerId = await this.offer(seller, productId, offer);
    await this.stock(seller, warehouseId, offerId, onHand);
    return { categoryId, productId, warehouseId, offerId };
  }

  /** A line of `customer`'s cart: its item id. */
  async cartLine(customer: Account, offerId: string, quantity = '1'): Promise<string> {
    const cart = await this.call('cart line', 'POST', `${ORDERS}/cart/items`, customer.accessToken, {
      offerId,
      quantity,
    });
    const sellers = cart.sellers as { lines: { itemId: string; offerId: string }[] }[];
    const line = sellers.flatMap((s) => s.lines).find((l) => l.offerId === offerId);
    if (!line) throw new Error(`cart line: no line of offer ${offerId} in ${JSON.stringify(cart)}`);
    return line.itemId;
  }

  /** An order of `customer` for one unit of `offerId` (the cart is emptied first). */
  async order(customer: Account, offerId: string, body: object = PICKUP_INVOICE): Promise<PlacedOrder> {
    await this.call('empty cart', 'DELETE', `${ORDERS}/cart`, customer.accessToken);
    await this.cartLine(customer, offerId);
    const order = await this.call('checkout', 'POST', `${ORDERS}/checkout`, customer.accessToken, body, {
      'idempotency-key': randomUUID(),
    });
    const subs = order.subOrders as { id: string }[];
    return { orderId: String(order.id), subOrderId: subs[0]!.id };
  }

  /** Moves a sub-order along its life as `who` (its seller or an admin). */
  async walk(who: Account, subOrderId: string, statuses: string[]): Promise<void> {
    for (const to of statuses) {
      await this.call(`transition to ${to}`, 'POST', `${ORDERS}/sub-orders/${subOrderId}/transition`, who.accessToken, {
        to,
      });
    }
  }

  /** Records a bank transfer of everything the sub-order still awaits, by a payment order dated today. */
  async markPaid(who: Account, orderId: string, subOrderId: string): Promise<void> {
    const sub = await this.call('sub-order', 'GET', `${ORDERS}/${orderId}/sub-orders/${subOrderId}`, who.accessToken);
    const paidOn = new Date(this.ctx.clock.now().getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
    await this.call('mark paid', 'POST', `${ORDERS}/sub-orders/${subOrderId}/mark-paid`, who.accessToken, {
      amountMinor: (sub.totals as { totalMinor: number }).totalMinor,
      paidOn,
      documentNumber: tag(),
    });
  }

  /** A return `customer` asks for of everything of a delivered order from `seller`. */
  async returnRequest(
    customer: Account,
    seller: Account,
    offerId: string,
  ): Promise<{ orderId: string; returnId: string }> {
    const placed = await this.deliveredOrder(customer, seller, offerId);
    const ret = await this.call('return', 'POST', `${ORDERS}/${placed.orderId}/returns`, customer.accessToken, {
      subOrderId: placed.subOrderId,
      reason: 'не тот цвет',
    });
    return { orderId: placed.orderId, returnId: String(ret.id) };
  }

  /** A refund due: an invoice-paid sub-order of `seller` that it then cancelled. */
  async dueRefund(customer: Account, seller: Account, offerId: string): Promise<string> {
    const placed = await this.order(customer, offerId);
    await this.markPaid(seller, placed.orderId, placed.subOrderId);
    await this.call('cancel', 'POST', `${ORDERS}/sub-orders/${placed.subOrderId}/transition`, seller.accessToken, {
      to: 'cancelled',
      reason: 'нет машины',
    });
    return this.refundOf(customer, placed.orderId);
  }

  /** A card refund the provider could not be reached for (failed, may be retried). */
  async failedCardRefund(customer: Account, offerId: string): Promise<string> {
    const placed = await this.order(customer, offerId, PICKUP_CARD);
    await this.call(
      'card payment',
      'POST',
      `${ORDERS}/${placed.orderId}/payments`,
      customer.accessToken,
      { method: 'card', card: { ...THREE_DS_CARD, number: '4242 4242 4242 4242' } },
      { 'idempotency-key': randomUUID() },
    );
    await this.call('cancel', 'POST', `${ORDERS}/${placed.orderId}/cancel`, customer.accessToken, { reason: 'тест' });
    const id = await this.refundOf(customer, placed.orderId);
    await this.ctx.database.db.execute(
      sql`update orders.refunds set status = 'failed', failure_code = 'provider_unavailable' where id = ${id}::uuid`,
    );
    return id;
  }

  private async refundOf(customer: Account, orderId: string): Promise<string> {
    const money = await this.call('payments', 'GET', `${ORDERS}/${orderId}/payments`, customer.accessToken);
    const [refund] = money.refunds as { id: string }[];
    if (!refund) throw new Error(`no refund of order ${orderId}: ${JSON.stringify(money)}`);
    return refund.id;
  }

  /** A card payment of `customer` waiting for 3-D Secure: our payment id. */
  async openPayment(customer: Account, orderId: string): Promise<string> {
    return String((await this.payWithThreeDs(customer, orderId)).id);
  }

  private payWithThreeDs(customer: Account, orderId: string) {
    return this.call(
      'card payment',
      'POST',
      `${ORDERS}/${orderId}/payments`,
      customer.accessToken,
      { method: 'card', card: THREE_DS_CARD },
      { 'idempotency-key': randomUUID() },
    );
  }

  /** A delivery order of `customer` from `seller`, delivered, so it can be returned. */
  async deliveredOrder(customer: Account, seller: Account, offerId: string): Promise<PlacedOrder> {
    const placed = await this.order(customer, offerId, deliveryInvoice(this.ctx.clock.now()));
    await this.markPaid(seller, placed.orderId, placed.subOrderId);
    await this.walk(seller, placed.subOrderId, ['confirmed', 'assembling', 'ready']);
    // Past ready a delivery part moves with its delivery; an admin's manual moves stand in for the carrier here.
    await this.walk(await this.ctx.make.admin(), placed.subOrderId, ['handed_to_carrier', 'in_transit', 'delivered']);
    return placed;
  }

  /** A card payment waiting for 3-D Secure: the provider's payment id from its page's link. */
  async threeDsPayment(customer: Account, orderId: string): Promise<string> {
    const p = await this.payWithThreeDs(customer, orderId);
    const url = (p.action as { url?: string } | null)?.url;
    const id = url && /\/payments\/test-3ds\/([^/?#]+)/.exec(url)?.[1];
    if (!id) throw new Error(`3-D Secure payment: no action url in ${JSON.stringify(p)}`);
    return decodeURIComponent(id);
  }

  private plates = 0;
  /** A vehicle of `carrier`, with a plate no other vehicle of this world has (Е001КХ50, Е002КХ50, …). */
  async vehicle(carrier: Account): Promise<string> {
    const n = this.plates++;
    const plate = `${'АВЕКМНОРСТУХ'[Math.floor(n / 999) % 12]}${String((n % 999) + 1).padStart(3, '0')}КХ50`;
    const v = await this.call('vehicle', 'POST', '/api/v1/logistics/vehicles', carrier.accessToken, {
      bodyType: 'тент',
      payloadKg: 5000,
      volumeM3: '36',
      bodyLengthM: '6.2',
      plate,
      base: { address: 'Подольск', ...PODOLSK },
    });
    return String(v.id);
  }

  /** A device of `account`: a fresh login from it, so it has a live session. */
  async device(account: Account): Promise<string> {
    const deviceId = `device-${tag()}`;
    await this.ctx.make.login(account.email, account.password, { 'x-device-id': deviceId });
    return deviceId;
  }

  /** An event whose handler always fails, parked as dead (the app is built with EVENTS_MAX_ATTEMPTS=1). */
  async deadEvent(): Promise<string> {
    const type = `test_${tag()}.fails`;
    this.ctx.app.events.on(type, 'access-matrix', async () => {
      throw new Error('always fails');
    });
    const [id] = await this.ctx.database.db.transaction((tx) =>
      this.ctx.app.events.publish(tx, { type, key: randomUUID(), payload: {} }),
    );
    for (let i = 0; i < 5; i++) {
      const r = await this.ctx.app.events.runOnce();
      if (r.events.retrying + r.deadlines.retrying === 0) break;
      this.ctx.clock.advance(1000);
    }
    return id!;
  }
}
