import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { stack } from './stack.js';

/** What the split tests do as the marketplace's users would, through nginx only. */

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** Requests sent again after the connection closed under them (nginx reloading), for the note. */
export const resent = { count: 0 };

/**
 * One request through nginx. Like a browser, it sends a request again when the connection closed
 * before any answer — a keep-alive connection nginx was closing while it reloaded — but only a
 * request that is safe to repeat: GET, PUT, DELETE, or a POST with an Idempotency-Key.
 */
export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const repeatable = method !== 'POST' && method !== 'PATCH' ? true : Boolean(opts.headers?.['idempotency-key']);
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(`${stack.baseUrl}${path}`, {
        method,
        headers: {
          ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      });
    } catch (err) {
      if (!repeatable || attempt >= 3 || !closedUnderUs(err)) throw err;
      resent.count++;
      continue;
    }
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as T };
  }
}

function closedUnderUs(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } }).cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
}

/** Like `api`, failing the test with the server's answer unless the status is `expected`. */
export async function must<T = Record<string, unknown>>(
  expected: number,
  method: string,
  path: string,
  opts: Parameters<typeof api>[2] = {},
): Promise<T> {
  const r = await api<T>(method, path, opts);
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBe(expected);
  return r.body;
}

export interface Account {
  id: string;
  token: string;
}

const tag = () => randomBytes(4).toString('hex');
const PASSWORD = 'split-smoke-password-2026';
/** A valid company ИНН (its check digit holds). */
const INN = '7707083893';
const BANK = {
  bankName: 'ПАО Сбербанк',
  bik: '044525225',
  corrAccount: '30101810400000000225',
  account: '40702810938000012345',
};
const PODOLSK = { lat: 55.43, lon: 37.54 };

let adminToken: Promise<string> | undefined;
export function admin(): Promise<string> {
  adminToken ??= must<{ accessToken: string }>(200, 'POST', '/api/v1/users/auth/login', { body: stack.admin }).then(
    (r) => r.accessToken,
  );
  return adminToken;
}

async function register(role: 'customer' | 'seller' | 'carrier'): Promise<Account> {
  const r = await must<{ user: { id: string }; accessToken: string }>(201, 'POST', '/api/v1/users/auth/register', {
    body: {
      email: `${role}.${tag()}@split.test`,
      password: PASSWORD,
      name: `Split ${role}`,
      role,
      ...(role === 'customer' ? {} : { company: { name: `ООО «Сплит ${tag()}»`, inn: INN } }),
    },
  });
  return { id: r.user.id, token: r.accessToken };
}

export const customer = () => register('customer');

/** A seller approved by the admin, with bank requisites so that invoices can be paid to it. */
export async function seller(): Promise<Account> {
  const account = await register('seller');
  const token = await admin();
  await must(200, 'POST', `/api/v1/users/${account.id}/approve`, { token, body: {} });
  await must(200, 'PUT', `/api/v1/users/${account.id}/requisites`, { token, body: { bank: BANK } });
  return account;
}

export interface Listed {
  productId: string;
  offerId: string;
  warehouseId: string;
  name: string;
}

/** A new product on sale by `owner` with `onHand` units in a warehouse near Moscow. */
export async function listed(owner: Account, onHand: number, name = `Кирпич сплит ${tag()}`): Promise<Listed> {
  const token = await admin();
  const category = await must<{ id: string }>(201, 'POST', '/api/v1/catalog/categories', {
    token,
    body: { slug: `split-${tag()}`, name: `Сплит ${tag()}` },
  });
  const product = await must<{ id: string }>(201, 'POST', '/api/v1/catalog/products', {
    token: owner.token,
    body: { name, unit: 'шт', weightKg: '3.5', volumeM3: '0.00195', sku: `SPLIT-${tag()}`, categoryId: category.id },
  });
  const warehouse = await must<{ id: string }>(201, 'POST', '/api/v1/catalog/warehouses', {
    token: owner.token,
    body: {
      name: 'Склад Подольск',
      code: `WH-${tag()}`,
      address: 'г. Подольск, ул. Комсомольская, 1',
      ...PODOLSK,
      pickup: true,
    },
  });
  const offer = await must<{ id: string }>(201, 'POST', '/api/v1/catalog/offers', {
    token: owner.token,
    body: { productId: product.id, priceMinor: 1850, vatRate: '22' },
  });
  await must(200, 'PUT', `/api/v1/catalog/warehouses/${warehouse.id}/stock/${offer.id}`, {
    token: owner.token,
    body: { onHand: String(onHand) },
  });
  return { productId: product.id, offerId: offer.id, warehouseId: warehouse.id, name };
}

/**
 * Puts `quantity` in an empty cart and checks out for pickup with an invoice; the checkout's
 * answer. Adding to the cart is not repeatable (it adds), so when its connection closes the cart
 * is read back before it is sent again, as a shop's client would.
 */
export async function order(
  buyer: Account,
  offerId: string,
  quantity: number,
  key: string = randomUUID(),
): Promise<Answer<{ id: string }>> {
  const body = { offerId, quantity: String(quantity) };
  for (let attempt = 1; ; attempt++) {
    try {
      const added = await api('POST', '/api/v1/orders/cart/items', { token: buyer.token, body });
      if (added.status !== 201) return added as unknown as Answer<{ id: string }>;
      break;
    } catch (err) {
      if (attempt >= 3 || !closedUnderUs(err)) throw err;
      resent.count++;
      const cart = await must<{ sellers: Array<{ lines: Array<{ offerId: string }> }> }>(
        200,
        'GET',
        '/api/v1/orders/cart',
        {
          token: buyer.token,
        },
      );
      if (cart.sellers.some((s) => s.lines.some((l) => l.offerId === offerId))) break;
    }
  }
  return api<{ id: string }>('POST', '/api/v1/orders/checkout', {
    token: buyer.token,
    headers: { 'idempotency-key': key },
    body: { delivery: { method: 'pickup', lat: 55.75, lon: 37.62 }, paymentMethod: 'invoice' },
  });
}

/** The stock row of an offer in a warehouse, as its seller sees it. */
export async function stockOf(owner: Account, item: Listed): Promise<{ onHand: string; reserved: string }> {
  const rows = await must<{ items: Array<{ offer: { id: string }; onHand: string; reserved: string }> }>(
    200,
    'GET',
    `/api/v1/catalog/warehouses/${item.warehouseId}/stock`,
    { token: owner.token },
  );
  const row = rows.items.find((r) => r.offer.id === item.offerId);
  if (!row) throw new Error('no stock row');
  return row;
}
