/**
 * One rule for every request: no control characters in what people send, and cursors checked
 * as strictly as the database would take them. Each case here answered 500 before the rule.
 */
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/shared/db/database.js';
import { expectProblem } from './assertions.js';
import { createTestContext, type TestContext } from './context.js';
import { VALID_COMPANY_INNS, type Account } from './factories.js';

let ctx: TestContext;
let admin: Account;
let seller: Account;
let customer: Account;
let categoryId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.make.admin();
  seller = await ctx.make.seller();
  customer = await ctx.make.customer();
  const cat = await ctx.request({
    method: 'POST',
    url: '/api/v1/catalog/categories',
    token: admin.accessToken,
    payload: { slug: 'kirpich', name: 'Кирпич' },
  });
  expect(cat.statusCode, cat.body).toBe(201);
  categoryId = cat.json().id;
});
afterAll(() => ctx.close());

/** A 400 validation problem naming exactly `path`, the way a client would show it by the field. */
function expectFieldRefused(res: LightMyRequestResponse, path: string) {
  const body = expectProblem(res, 400, 'VALIDATION');
  expect(body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  expect(body.errors[0].message).toMatch(/control characters/);
}

async function count(table: string): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(ctx.database.db, sql.raw(`select count(*) as n from ${table}`));
  return Number(row!.n);
}

describe('control characters are refused with a 400 naming the field', () => {
  it('in the query string: search text, category, attributes, admin user search', async () => {
    for (const [url, path] of [
      ['/api/v1/catalog/products?q=%00', 'q'],
      ['/api/v1/catalog/products?q=a%07b', 'q'],
      ['/api/v1/catalog/products?category=%00', 'category'],
      ['/api/v1/catalog/products?attr.strength=M%00500', 'attr.strength'],
      ['/api/v1/catalog/products?q=line%0Abreak', 'q'],
    ] as const) {
      expectFieldRefused(await ctx.request({ method: 'GET', url }), path);
    }
    const users = await ctx.request({ method: 'GET', url: '/api/v1/users?q=%00', token: admin.accessToken });
    expectFieldRefused(users, 'q');
  });

  it('at registration, and no account is made', async () => {
    const before = await count('users.users');
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/register',
      payload: { email: ctx.make.email(), password: 'correct-horse-battery-42', name: 'a\u0000b', role: 'customer' },
    });
    expectFieldRefused(res, 'name');
    const company = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/register',
      payload: {
        email: ctx.make.email(),
        password: 'correct-horse-battery-42',
        name: 'Продавец',
        role: 'seller',
        company: { name: 'ООО «Б\u001bета»', inn: VALID_COMPANY_INNS[1] },
      },
    });
    expectFieldRefused(company, 'company.name');
    expect(await count('users.users')).toBe(before);
  });

  it('in bodies of profiles, products, attributes, warehouses, categories, cart address and suspension', async () => {
    const cases: [string, string, string, Record<string, unknown>, string][] = [
      ['PATCH', '/api/v1/users/me', customer.accessToken, { name: 'Иван\u0000' }, 'name'],
      [
        'POST',
        '/api/v1/catalog/products',
        seller.accessToken,
        { name: 'Кирпич\u0000', categoryId, unit: 'шт', weightKg: '3', volumeM3: '0.002' },
        'name',
      ],
      [
        'POST',
        '/api/v1/catalog/products',
        seller.accessToken,
        {
          name: 'Кирпич',
          categoryId,
          unit: 'шт',
          weightKg: '3',
          volumeM3: '0.002',
          attributes: { strength: 'М\u0000' },
        },
        'attributes.strength',
      ],
      [
        'POST',
        '/api/v1/catalog/products',
        seller.accessToken,
        { name: 'Кирпич', categoryId, unit: 'шт', weightKg: '3', volumeM3: '0.002', attributes: { 'a\u0000': 'x' } },
        'attributes.a\u0000',
      ],
      [
        'POST',
        '/api/v1/catalog/warehouses',
        seller.accessToken,
        { name: 'Склад\u0000', code: 'W-1', address: 'Подольск', lat: 55.4, lon: 37.5, pickup: true },
        'name',
      ],
      ['POST', '/api/v1/catalog/categories', admin.accessToken, { slug: 'pesok', name: 'Песок\u0000' }, 'name'],
      [
        'PUT',
        '/api/v1/orders/cart/address',
        customer.accessToken,
        { address: 'ул.\u0000', lat: 55.7, lon: 37.6 },
        'address',
      ],
      ['POST', `/api/v1/users/${seller.id}/suspend`, admin.accessToken, { reason: 'спам\u0000' }, 'reason'],
    ];
    const products = await count('catalog.products');
    const warehouses = await count('catalog.warehouses');
    for (const [method, url, token, payload, path] of cases) {
      const res = await ctx.request({ method: method as 'POST', url, token, payload });
      expectFieldRefused(res, path);
    }
    expect(await count('catalog.products')).toBe(products);
    expect(await count('catalog.warehouses')).toBe(warehouses);
    const me = await ctx.request({ method: 'GET', url: `/api/v1/users/${seller.id}`, token: admin.accessToken });
    expect(me.json().status).toBe('approved');
  });

  it('refuses half a surrogate pair (not a character: jsonb failed on it) and keeps whole ones', async () => {
    const body = (strength: string) => ({
      name: 'Кирпич',
      categoryId,
      unit: 'шт',
      weightKg: '3',
      volumeM3: '0.002',
      attributes: { strength },
    });
    for (const bad of ['\ud800', '\udfff\ud800', 'a\udc00']) {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/catalog/products',
        token: seller.accessToken,
        payload: body(bad),
      });
      expect(expectProblem(res, 400, 'VALIDATION').errors.map((e: { path: string }) => e.path)).toEqual([
        'attributes.strength',
      ]);
    }
    const emoji = await ctx.request({
      method: 'POST',
      url: '/api/v1/catalog/products',
      token: seller.accessToken,
      payload: body('М150 🧱'),
    });
    expect(emoji.statusCode, emoji.body).toBe(201);
    expect(emoji.json().attributes.strength).toBe('М150 🧱');
  });

  it('keeps tab and line breaks in body text, where they belong', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/catalog/products',
      token: seller.accessToken,
      payload: {
        name: 'Кирпич облицовочный',
        description: 'Размер:\t250×120×65\r\nМарка: М150\nЦвет: красный',
        categoryId,
        unit: 'шт',
        weightKg: '3.5',
        volumeM3: '0.00195',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().description).toBe('Размер:\t250×120×65\r\nМарка: М150\nЦвет: красный');
  });
});

describe('bodies nested too deep are refused before any schema walks them', () => {
  it('5 000 nested arrays → 400, not a stack overflow', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const res = await ctx.request({
      method: 'PUT',
      url: '/api/v1/orders/cart/address',
      token: customer.accessToken,
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    expectProblem(res, 400, 'VALIDATION');
    const nested = await ctx.request({
      method: 'PATCH',
      url: '/api/v1/users/me',
      token: customer.accessToken,
      payload: { name: 'Иван', company: JSON.parse('{"a":'.repeat(100) + '1' + '}'.repeat(100)) },
    });
    expect(expectProblem(nested, 400, 'VALIDATION').errors[0].message).toMatch(/nest/);
  });
});

describe('a path parameter longer than any id is a 400 naming it; a 10 kB one is a 414', () => {
  it('answers by length', async () => {
    const long = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/users/me/devices/${'y'.repeat(300)}`,
      token: customer.accessToken,
    });
    expect(long.statusCode, long.body).toBeLessThan(500);
    expect([400, 404]).toContain(long.statusCode);
    const product = await ctx.request({ method: 'GET', url: `/api/v1/catalog/products/${'y'.repeat(300)}` });
    expect(expectProblem(product, 400, 'VALIDATION').errors[0].path).toBe('id');
    expectProblem(
      await ctx.request({ method: 'GET', url: `/api/v1/catalog/products/${'y'.repeat(10_000)}` }),
      414,
      'HTTP.URI_TOO_LONG',
    );
  });
});

describe('cursors are checked as they are decoded', () => {
  const cursorOf = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const uuid = '00000000-0000-4000-8000-000000000000';
  const forged = [
    cursorOf(['2024-99-99T00:00:00Z', uuid]),
    cursorOf(['0000-01-01T00:00:00.000Z', uuid]),
    cursorOf(['not a time', uuid]),
    cursorOf(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
    cursorOf({ a: 1 }),
    cursorOf([1e308, uuid]),
    'not base64 at all!!',
  ];

  it('answers 400 naming `cursor` on every list that pages by time', async () => {
    const lists: [string, string][] = [
      ['/api/v1/orders', customer.accessToken],
      ['/api/v1/orders/sub-orders', seller.accessToken],
      ['/api/v1/catalog/offers?mine=true', seller.accessToken],
      ['/api/v1/users', admin.accessToken],
      ['/api/v1/orders/admin/events/dead', admin.accessToken],
      [`/api/v1/users/${seller.id}/audit`, admin.accessToken],
      ['/api/v1/catalog/products', admin.accessToken],
    ];
    for (const [base, token] of lists) {
      for (const cursor of forged) {
        const url = `${base}${base.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
        const res = await ctx.request({ method: 'GET', url, token });
        const body = expectProblem(res, 400, 'VALIDATION');
        expect(
          body.errors.map((e: { path: string }) => e.path),
          `${url}: ${res.body}`,
        ).toEqual(['cursor']);
      }
    }
  });

  it('still pages with the cursors the API issues', async () => {
    const first = await ctx.request({ method: 'GET', url: '/api/v1/users?limit=1', token: admin.accessToken });
    expect(first.statusCode).toBe(200);
    const next = first.json().nextCursor;
    expect(next).toEqual(expect.any(String));
    const second = await ctx.request({
      method: 'GET',
      url: `/api/v1/users?limit=1&cursor=${next}`,
      token: admin.accessToken,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
  });
});
