/** Split mode: every process serves the one OpenAPI document; only its own services answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './assertions.js';
import { createTestContext, openTestDatabase, type TestContext } from './context.js';
import type { Database } from '../src/shared/db/database.js';
import { SERVICE_NAMES } from '../src/config.js';

let database: Database;
let drop: () => Promise<void>;
let all: TestContext;
let catalog: TestContext;
let users: TestContext;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  all = await createTestContext({ database });
  catalog = await createTestContext({ env: { SERVICES: 'catalog' }, database });
  users = await createTestContext({ env: { SERVICES: 'users' }, database });
});
afterAll(async () => {
  await Promise.all([all, catalog, users].map((c) => c?.close()));
  await drop();
});

const openapi = async (ctx: TestContext) => {
  const res = await ctx.request({ method: 'GET', url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  return res.json() as { paths: Record<string, unknown>; tags: { name: string }[] };
};

describe('one OpenAPI document in every process', () => {
  it('SERVICES=catalog documents every service and every tag', async () => {
    const doc = await openapi(catalog);
    const paths = Object.keys(doc.paths);
    for (const name of SERVICE_NAMES) {
      expect(
        paths.some((p) => p.startsWith(`/api/v1/${name}/`)),
        `${name} paths`,
      ).toBe(true);
    }
    expect(paths).toContain('/api/v1/users/auth/login');
    expect(paths).toContain('/api/v1/orders/admin/events/dead');
    expect(doc.tags.map((t) => t.name)).toEqual([...SERVICE_NAMES, 'health']);
  });

  it('is the same document whichever process answers it', async () => {
    const [a, c, u] = await Promise.all([openapi(all), openapi(catalog), openapi(users)]);
    expect(c).toEqual(a);
    expect(u).toEqual(a);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await catalog.request({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('a service this process does not serve', () => {
  it('answers 404 problem+json naming the service and what the process serves', async () => {
    const res = await catalog.request({ method: 'GET', url: '/api/v1/orders/orders' });
    const body = expectProblem(res, 404, 'HTTP.NOT_FOUND');
    expect(body.service).toBe('orders');
    expect(body.detail).toContain('orders service');
    expect(body.detail).toContain('SERVICES=catalog');
    expect(res.headers['x-request-id']).toBe(body.requestId);
  });

  it('refuses before reading the request: no 401 without a token, no 400 for a bad body', async () => {
    const noToken = await catalog.request({ method: 'GET', url: '/api/v1/users/me' });
    expect(expectProblem(noToken, 404, 'HTTP.NOT_FOUND').service).toBe('users');
    const badBody = await catalog.request({ method: 'POST', url: '/api/v1/users/auth/login', payload: { email: 1 } });
    expect(expectProblem(badBody, 404, 'HTTP.NOT_FOUND').service).toBe('users');
  });

  it('covers the events admin routes mounted with orders', async () => {
    const admin = await all.make.admin();
    const here = await all.request({
      method: 'GET',
      url: '/api/v1/orders/admin/events/dead',
      token: admin.accessToken,
    });
    expect(here.statusCode).toBe(200);
    const there = await catalog.request({
      method: 'GET',
      url: '/api/v1/orders/admin/events/dead',
      token: admin.accessToken,
    });
    expect(expectProblem(there, 404, 'HTTP.NOT_FOUND').service).toBe('orders');
  });

  it('leaves the served services working, with their own errors', async () => {
    expect((await catalog.request({ method: 'GET', url: '/api/v1/catalog/categories' })).statusCode).toBe(200);
    const me = await users.request({ method: 'GET', url: '/api/v1/users/me' });
    expectProblem(me, 401, me.json().code);
    const search = await users.request({ method: 'GET', url: '/api/v1/catalog/products?q=цемент' });
    expect(expectProblem(search, 404, 'HTTP.NOT_FOUND').service).toBe('catalog');
  });
});
