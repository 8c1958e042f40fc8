/**
 * The marketplace's business flow as its users go through it, one step a function, over HTTP(S)
 * only (client.ts): the split smoke test (flow.test.ts) runs them in order, and other split tests
 * can reuse any of them. Amounts are kopecks; the rules are docs/domain.md's.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { baseUrl, call, ok, until } from './client.js';

export interface Account {
  id: string;
  email: string;
  token: string;
}

const tag = () => randomBytes(4).toString('hex');
const PASSWORD = 'split-flow-password-2026';
/** A company ИНН whose check digit holds. */
const INN = '7707083893';
const BANK = {
  bankName: 'ПАО Сбербанк',
  bik: '044525225',
  corrAccount: '30101810400000000225',
  account: '40702810938000012345',
};
export const PODOLSK = { lat: 55.43, lon: 37.54 };
export const MOSCOW = { lat: 55.75, lon: 37.62 };
/** The estimate templates find bricks in this category by their `format` (brick_wall template). */
const BRICK_CATEGORY = { slug: 'kirpich-ryadovoj', name: 'Кирпич рядовой' };
/** The test provider's card that asks for 3-D Secure (its page decides the outcome). */
const THREE_DS_CARD = { number: '4000 0000 0000 3220', expMonth: 12, expYear: 2030, cvc: '123' };

let adminLogin: Promise<string> | undefined;
/** The admin the users process made at start (ADMIN_EMAIL/ADMIN_PASSWORD), logged in once. */
export function adminToken(): Promise<string> {
  const email = process.env.SPLIT_ADMIN_EMAIL;
  const password = process.env.SPLIT_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('SPLIT_ADMIN_EMAIL and SPLIT_ADMIN_PASSWORD must be set');
  adminLogin ??= ok<{ accessToken: string }>(200, 'POST', '/api/v1/users/auth/login', {
    body: { email, password },
  }).then((r) => r.accessToken);
  return adminLogin;
}

export async function register(role: 'customer' | 'seller' | 'carrier'): Promise<Account> {
  const email = `${role}.${tag()}@split.test`;
  const r = await ok<{ user: { id: string; role: string; status: string }; accessToken: string }>(
    201,
    'POST',
    '/api/v1/users/auth/register',
    {
      body: {
        email,
        password: PASSWORD,
        name: `Сплит ${role}`,
        role,
        ...(role === 'customer' ? {} : { company: { name: `ООО «Сплит ${tag()}»`, inn: INN } }),
      },
    },
  );
  expect(r.user.role).toBe(role);
  return { id: r.user.id, email, token: r.accessToken };
}

/** A seller or carrier the admin approved; a seller gets bank requisites too (invoices are paid to it). */
export async function approved(role: 'seller' | 'carrier'): Promise<Account> {
  const account = await register(role);
  // Not trading before the approval.
  const before = await ok<{ status: string }>(200, 'GET', '/api/v1/users/me', { token: account.token });
  expect(before.status).toBe('pending');
  const token = await adminToken();
  const after = await ok<{ status: string }>(200, 'POST', `/api/v1/users/${account.id}/approve`, { token, body: {} });
  expect(after.status).toBe('approved');
  if (role === 'seller')
    await ok(200, 'PUT', `/api/v1/users/${account.id}/requisites`, { token, body: { bank: BANK } });
  return account;
}

/** The brick category: made by the admin the first time, found afterwards (its slug is unique). */
export async function brickCategory(): Promise<string> {
  const find = async () => {
    const tree = await ok<{ items: CategoryNode[] }>(200, 'GET', '/api/v1/catalog/categories');
    return flatten(tree.items).find((c) => c.slug === BRICK_CATEGORY.slug)?.id;
  };
  const found = await find();
  if (found) return found;
  const made = await call<{ id: string }>('POST', '/api/v1/catalog/categories', {
    token: await adminToken(),
    body: BRICK_CATEGORY,
  });
  if (made.status === 201) return made.body.id;
  // Another test made it in the meantime.
  expect(made.status, JSON.stringify(made.body)).toBe(409);
  return (await find())!;
}

interface CategoryNode {
  id: string;
  slug: string;
  children: CategoryNode[];
}
const flatten = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

export interface Stocked {
  seller: Account;
  productId: string;
  offerId: string;
  warehouseId: string;
  name: string;
  priceMinor: number;
}

/** An approved seller with a brick (1НФ, 3.5 kg) on sale at 18.50 ₽ and `onHand` of it in Podolsk. */
export async function createSellerWithStock(onHand = 5000, priceMinor = 1850): Promise<Stocked> {
  const seller = await approved('seller');
  const categoryId = await brickCategory();
  const name = `Кирпич сплит ${tag()} 1НФ`;
  const product = await ok<{ id: string; attributes: Record<string, string> }>(
    201,
    'POST',
    '/api/v1/catalog/products',
    {
      token: seller.token,
      body: {
        name,
        categoryId,
        unit: 'шт',
        weightKg: '3.5',
        volumeM3: '0.00195',
        sku: `SPLIT-${tag()}`,
        attributes: { format: '1НФ' },
      },
    },
  );
  expect(product.attributes).toEqual({ format: '1НФ' });
  const warehouse = await ok<{ id: string }>(201, 'POST', '/api/v1/catalog/warehouses', {
    token: seller.token,
    body: {
      name: 'Склад Подольск',
      code: `WH-${tag()}`,
      address: 'г. Подольск, ул. Комсомольская, 1',
      ...PODOLSK,
      pickup: true,
    },
  });
  const offer = await ok<{ id: string; priceMinor: number; status: string }>(201, 'POST', '/api/v1/catalog/offers', {
    token: seller.token,
    body: { productId: product.id, priceMinor, vatRate: '22' },
  });
  expect(offer).toMatchObject({ priceMinor, status: 'active' });
  const stock = await ok<{ onHand: string; reserved: string; available: string }>(
    200,
    'PUT',
    `/api/v1/catalog/warehouses/${warehouse.id}/stock/${offer.id}`,
    { token: seller.token, body: { onHand: String(onHand) } },
  );
  expect(stock).toMatchObject({ onHand: String(onHand), reserved: '0', available: String(onHand) });
  return { seller, productId: product.id, offerId: offer.id, warehouseId: warehouse.id, name, priceMinor };
}

export interface SearchHit {
  id: string;
  name: string;
  bestOffer: { id: string; sellerId: string; priceMinor: number } | null;
}

/** Searches by the product's name until it is found (a read replica may lag a little). */
export async function searchFinds(item: Stocked): Promise<SearchHit> {
  const q = encodeURIComponent(item.name);
  return until(`search to find ${item.name}`, async () => {
    const page = await ok<{ items: SearchHit[]; total: number }>(200, 'GET', `/api/v1/catalog/products?q=${q}`);
    return page.items.find((p) => p.id === item.productId);
  });
}

/** A delivery window 09:00–13:00 Moscow time `days` days from now. */
export function windowInDays(days: number) {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` };
}

export interface Totals {
  goodsMinor: number;
  deliveryMinor: number;
  vatMinor: number;
  totalMinor: number;
}

export interface Paid {
  customer: Account;
  orderId: string;
  subOrderId: string;
  totals: Totals;
  paymentId: string;
}

interface OrderJson {
  id: string;
  status: string;
  paymentMethod: string;
  totals: Totals;
  subOrders: Array<{ id: string; status: string; totals: Totals; deliveryJobId: string | null }>;
}

interface CartJson {
  sellers: Array<{ lines: Array<{ offerId: string; quantity: string; priceMinor: number; totalMinor: number }> }>;
  totals: Totals;
}

interface PaymentJson {
  id: string;
  status: string;
  amountMinor: number;
  card: { brand: string; last4: string } | null;
  action: { type: string; url: string } | null;
}

/**
 * `quantity` of the offer in the cart, checked out for delivery to Moscow by a carrier, paid by a
 * card that asks for 3-D Secure: the test provider's page confirms it and its webhook marks the
 * order paid (docs/domain.md, Payments).
 */
export async function checkoutAndPay(customer: Account, item: Stocked, quantity: number): Promise<Paid> {
  const cart = await ok<CartJson>(201, 'POST', '/api/v1/orders/cart/items', {
    token: customer.token,
    body: { offerId: item.offerId, quantity: String(quantity) },
  });
  const goodsMinor = quantity * item.priceMinor;
  const line = cart.sellers.flatMap((s) => s.lines).find((l) => l.offerId === item.offerId);
  expect(line).toMatchObject({ quantity: String(quantity), priceMinor: item.priceMinor, totalMinor: goodsMinor });
  expect(cart.totals.goodsMinor).toBe(goodsMinor);

  const order = await ok<OrderJson>(201, 'POST', '/api/v1/orders/checkout', {
    token: customer.token,
    idempotent: true,
    body: {
      delivery: {
        method: 'delivery',
        address: 'г. Москва, ул. Тверская, д. 1',
        ...MOSCOW,
        window: windowInDays(10),
        unloading: 'manual',
      },
      paymentMethod: 'card',
    },
  });
  expect(order).toMatchObject({ status: 'pending_payment', paymentMethod: 'card' });
  expect(order.subOrders).toHaveLength(1);
  expect(order.totals.goodsMinor).toBe(goodsMinor);
  // Delivery by a carrier is charged at its guide price (docs/domain.md, The delivery guide price).
  expect(order.totals.deliveryMinor).toBeGreaterThan(0);
  expect(order.totals.totalMinor).toBe(order.totals.goodsMinor + order.totals.deliveryMinor);

  const payment = await ok<PaymentJson>(201, 'POST', `/api/v1/orders/${order.id}/payments`, {
    token: customer.token,
    idempotent: true,
    body: { method: 'card', card: THREE_DS_CARD },
  });
  expect(payment).toMatchObject({ status: 'requires_action', amountMinor: order.totals.totalMinor });
  expect(payment.card?.last4).toBe('3220');
  expect(payment.action?.type).toBe('redirect_3ds');

  // The customer's browser opens the page and presses «Подтвердить» (a form post).
  const page = new URL(payment.action!.url, `${baseUrl()}/`);
  const path = `${page.pathname}${page.search}`;
  const html = await fetch(`${baseUrl()}${path}`, { headers: { accept: 'text/html' } });
  expect(html.status).toBe(200);
  expect(await html.text()).toContain('3220');
  const confirmed = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome: 'succeed' }).toString(),
  });
  const outcome = (await confirmed.json()) as { outcome: string; orderId: string; payment: PaymentJson };
  expect(confirmed.status, JSON.stringify(outcome)).toBe(200);
  expect(outcome).toMatchObject({ outcome: 'succeeded', orderId: order.id, payment: { status: 'succeeded' } });

  const paid = await ok<OrderJson>(200, 'GET', `/api/v1/orders/${order.id}`, { token: customer.token });
  expect(paid.status).toBe('paid');
  expect(paid.subOrders[0]!.status).toBe('paid');
  return {
    customer,
    orderId: order.id,
    subOrderId: order.subOrders[0]!.id,
    totals: order.totals,
    paymentId: payment.id,
  };
}

/** The seller moves its paid delivery part on to `ready` (each step one it is offered): logistics posts its job. */
export async function readySubOrder(seller: Account, orderId: string, subOrderId: string): Promise<void> {
  for (const to of ['confirmed', 'assembling', 'ready']) {
    const sub = await ok<{ nextStatuses: string[] }>(200, 'GET', `/api/v1/orders/${orderId}/sub-orders/${subOrderId}`, {
      token: seller.token,
    });
    expect(sub.nextStatuses).toContain(to);
    const moved = await ok<{ status: string }>(200, 'POST', `/api/v1/orders/sub-orders/${subOrderId}/transition`, {
      token: seller.token,
      body: { to },
    });
    expect(moved.status).toBe(to);
  }
}

export interface JobJson {
  id: string;
  status: string;
  subOrderId: string;
  guidePriceMinor: number;
  pickup: { lat: number; lon: number };
}

/**
 * The part's job as its customer sees it, once the workers delivered the events both ways
 * (orders → logistics posts it, logistics → orders records its id on the part).
 */
export async function deliveryJobOf(customer: Account, orderId: string, subOrderId: string): Promise<JobJson> {
  const jobId = await until(`the delivery job of ${subOrderId}`, async () => {
    const order = await ok<OrderJson>(200, 'GET', `/api/v1/orders/${orderId}`, { token: customer.token });
    return order.subOrders.find((s) => s.id === subOrderId)?.deliveryJobId ?? undefined;
  });
  const job = await ok<JobJson>(200, 'GET', `/api/v1/logistics/jobs/${jobId}`, { token: customer.token });
  expect(job).toMatchObject({ id: jobId, status: 'open', subOrderId });
  return job;
}

/** An approved carrier with a 10 t тент based in Podolsk. */
export async function carrierWithVehicle(): Promise<{ carrier: Account; vehicleId: string }> {
  const carrier = await approved('carrier');
  const letters = 'АВЕКМНОРСТУХ';
  const n = randomBytes(4).readUInt32BE(0);
  const plate = `${letters[n % 12]}${String((n % 999) + 1).padStart(3, '0')}${letters[(n >>> 8) % 12]}${letters[(n >>> 16) % 12]}77`;
  const vehicle = await ok<{ id: string }>(201, 'POST', '/api/v1/logistics/vehicles', {
    token: carrier.token,
    body: {
      bodyType: 'tent',
      name: 'МАЗ 10 т',
      payloadKg: 10_000,
      volumeM3: 50,
      bodyLengthM: 7.2,
      plate,
      base: { address: 'Подольск', ...PODOLSK },
    },
  });
  return { carrier, vehicleId: vehicle.id };
}

export interface Awarded {
  carrier: Account;
  vehicleId: string;
  jobId: string;
  bidId: string;
  deliveryId: string;
  priceMinor: number;
}

/**
 * The carrier finds the job on its board and bids under the guide price; the customer awards it
 * before the close (as docs/domain.md, The auction, allows) and the carrier confirms: its delivery.
 */
export async function bidAwardConfirm(
  customer: Account,
  job: JobJson,
  who: { carrier: Account; vehicleId: string },
): Promise<Awarded> {
  const { carrier, vehicleId } = who;
  const board = await ok<{ items: Array<{ id: string; guidePriceMinor: number }> }>(
    200,
    'GET',
    '/api/v1/logistics/jobs?limit=100',
    { token: carrier.token },
  );
  expect(board.items.find((j) => j.id === job.id)).toMatchObject({ guidePriceMinor: job.guidePriceMinor });

  const priceMinor = job.guidePriceMinor - 10_000;
  const bid = await ok<{ id: string; status: string; priceMinor: number }>(
    201,
    'POST',
    `/api/v1/logistics/jobs/${job.id}/bids`,
    {
      token: carrier.token,
      body: { vehicleId, priceMinor, pickupAt: new Date(Date.now() + 86_400_000).toISOString() },
    },
  );
  expect(bid).toMatchObject({ status: 'active', priceMinor });

  const awarded = await ok<{ status: string }>(200, 'POST', `/api/v1/logistics/jobs/${job.id}/award`, {
    token: customer.token,
    body: { bidId: bid.id },
  });
  expect(awarded.status).toBe('awarded');
  const confirmed = await ok<{ deliveryId: string }>(200, 'POST', `/api/v1/logistics/jobs/${job.id}/confirm`, {
    token: carrier.token,
  });
  expect(confirmed.deliveryId).toEqual(expect.any(String));
  return { carrier, vehicleId, jobId: job.id, bidId: bid.id, deliveryId: confirmed.deliveryId, priceMinor };
}

/** The carrier reports a delivery status (en_route_to_pickup, loaded, in_transit, …). */
export async function deliveryStatus(carrier: Account, deliveryId: string, status: string): Promise<void> {
  const r = await ok<{ status: string }>(200, 'POST', `/api/v1/logistics/deliveries/${deliveryId}/status`, {
    token: carrier.token,
    body: { status },
  });
  expect(r.status).toBe(status);
}

export interface Fix {
  lat: number;
  lon: number;
  at: string;
  speedKmh: number;
}

/**
 * `count` fixes on the way to the pickup, 10 s and about 100 m apart (36 km/h: plausible), the
 * first a few km north of it; times from now on, within the 5 minutes a device clock may be ahead.
 */
export function route(count: number, from = { lat: PODOLSK.lat + 0.05, lon: PODOLSK.lon }): Fix[] {
  const start = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    lat: Math.round((from.lat - i * 0.0009) * 1e6) / 1e6,
    lon: from.lon,
    at: new Date(start + i * 10_000).toISOString(),
    speedKmh: 36,
  }));
}

/** One position posted by the carrier; the answer says it was taken and usable. */
export async function postPosition(carrier: Account, deliveryId: string, fix: Fix): Promise<void> {
  const r = await ok<{ accepted: number; usable: number }>(
    201,
    'POST',
    `/api/v1/logistics/deliveries/${deliveryId}/positions`,
    { token: carrier.token, body: { points: [fix] } },
  );
  expect(r).toMatchObject({ accepted: 1, usable: 1 });
}

export interface EstimateLine {
  material: string;
  offer: { id: string } | null;
  orderQuantity: string | null;
  priceMinor: number | null;
  totalMinor: number | null;
}

export interface Estimate {
  jobs: Array<{ lines: EstimateLine[] }>;
  sellers: Array<{ sellerId: string; goodsMinor: number; deliveryMinor: number; totalMinor: number }>;
  missing: Array<{ material: string; reasonCode: string }>;
  totals: Totals;
}

/** A brick wall (5 × 2.5 m, 1НФ) priced with the seller's bricks, delivered to Moscow: anyone may ask. */
export async function estimateBrickWall(item: Stocked, token?: string): Promise<Estimate> {
  return ok<Estimate>(200, 'POST', '/api/v1/insights/estimates/calculate', {
    token,
    body: {
      jobs: [{ template: 'brick_wall', inputs: { lengthM: 5, heightM: 2.5, brickFormat: '1НФ' } }],
      pricing: { strategy: 'cheapest', near: MOSCOW },
      overrides: [{ job: 0, material: 'brick', offerId: item.offerId }],
    },
  });
}
