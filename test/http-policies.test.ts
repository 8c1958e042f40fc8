import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, openTestDatabase, type TestContext } from './context.js';
import type { Database } from '../src/shared/db/database.js';

// One clean database for the file; each configuration gets its own app on it.
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(() => drop());

async function withContext(env: Record<string, string>, fn: (ctx: TestContext) => Promise<void>): Promise<void> {
  const ctx = await createTestContext({ env, database });
  try {
    await fn(ctx);
  } finally {
    await ctx.close();
  }
}

function preflight(ctx: TestContext, origin: string, url = '/api/v1/users/me') {
  return ctx.request({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
}

describe('CORS from CORS_ORIGINS', () => {
  it('answers a preflight from a listed origin and not from another', async () => {
    await withContext({ CORS_ORIGINS: 'https://shop.example, https://admin.example' }, async (ctx) => {
      const ok = await preflight(ctx, 'https://shop.example');
      expect(ok.statusCode).toBeLessThan(300);
      expect(ok.headers['access-control-allow-origin']).toBe('https://shop.example');
      expect(String(ok.headers['access-control-allow-methods'])).toContain('GET');
      expect(ok.headers['access-control-allow-credentials']).toBe('true');

      const second = await preflight(ctx, 'https://admin.example');
      expect(second.headers['access-control-allow-origin']).toBe('https://admin.example');

      const evil = await preflight(ctx, 'https://evil.example');
      expect(evil.headers['access-control-allow-origin']).toBeUndefined();
      // A look-alike of an allowed origin is still another origin.
      const lookalike = await preflight(ctx, 'https://shop.example.evil.test');
      expect(lookalike.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('marks simple requests from a listed origin and exposes the request id', async () => {
    await withContext({ CORS_ORIGINS: 'https://shop.example' }, async (ctx) => {
      const res = await ctx.request({
        method: 'GET',
        url: '/health/live',
        headers: { origin: 'https://shop.example' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('https://shop.example');
      expect(String(res.headers['access-control-expose-headers']).toLowerCase()).toContain('x-request-id');
      // Errors carry CORS headers too, or a browser could not read the problem document.
      const err = await ctx.request({
        method: 'GET',
        url: '/api/v1/users/me',
        headers: { origin: 'https://shop.example' },
      });
      expect(err.statusCode).toBe(401);
      expect(err.headers['access-control-allow-origin']).toBe('https://shop.example');
      const other = await ctx.request({
        method: 'GET',
        url: '/health/live',
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('CORS_ORIGINS=* allows any origin', async () => {
    await withContext({ CORS_ORIGINS: '*' }, async (ctx) => {
      const res = await preflight(ctx, 'https://anyone.example');
      expect(res.headers['access-control-allow-origin']).toBe('https://anyone.example');
    });
  });
});

describe('global rate limit', () => {
  it('answers the request over RATE_LIMIT_MAX with 429 RATE_LIMITED and Retry-After', async () => {
    await withContext({ RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' }, async (ctx) => {
      const customer = await ctx.make.customer();
      for (let i = 0; i < 3; i++) {
        const res = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: customer.accessToken });
        expect(res.statusCode).toBe(200);
      }
      const res = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: customer.accessToken });
      expect(res.statusCode).toBe(429);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json();
      expect(body).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: 'Too Many Requests' });
      expect(typeof body.type).toBe('string');
      expect(typeof body.detail).toBe('string');
      expect(body.instance).toBe('/api/v1/users/me');
      expect(body.requestId).toBe(res.headers['x-request-id']);
      const retryAfter = Number(res.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);

      // Health and metrics stay reachable for probes and scrapers.
      for (let i = 0; i < 5; i++) {
        expect((await ctx.request({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
        expect((await ctx.request({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
      }
      expect((await ctx.request({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
      // Another client address has its own budget.
      const elsewhere = await ctx.request({
        method: 'GET',
        url: '/api/v1/users/me',
        token: customer.accessToken,
        remoteAddress: '10.1.2.3',
      });
      expect(elsewhere.statusCode).toBe(200);
    });
  });

  it('counts unauthenticated requests against the same budget', async () => {
    await withContext({ RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' }, async (ctx) => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await ctx.request({ method: 'GET', url: '/api/v1/users/me' })).statusCode);
      expect(statuses).toEqual([401, 401, 429, 429]);
    });
  });
});

describe('SERVICES mounting', () => {
  it('SERVICES=catalog does not mount users but keeps health, metrics and docs', async () => {
    await withContext({ SERVICES: 'catalog' }, async (ctx) => {
      const login = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/login',
        payload: { email: 'a@b.test', password: 'whatever-password' },
      });
      expect(login.statusCode).toBe(404);
      expect(login.json().code).toBe('HTTP.NOT_FOUND');
      expect((await ctx.request({ method: 'GET', url: '/api/v1/users/me' })).statusCode).toBe(404);
      expect((await ctx.request({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
      expect((await ctx.request({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
      expect((await ctx.request({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);

      const doc = (await ctx.request({ method: 'GET', url: '/openapi.json' })).json();
      const paths = Object.keys(doc.paths ?? {});
      expect(paths.filter((p) => p.startsWith('/api/v1/users'))).toEqual([]);
      const tags = (doc.tags as { name: string }[]).map((t) => t.name);
      expect(tags).toContain('catalog');
      expect(tags).not.toContain('users');
      // Other services still verify tokens: the users module exists without its routes.
      expect(ctx.app.modules.users).toBeDefined();
    });
  });

  it('SERVICES=users mounts users', async () => {
    await withContext({ SERVICES: 'users' }, async (ctx) => {
      const c = await ctx.make.customer();
      const me = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: c.accessToken });
      expect(me.statusCode).toBe(200);
      const doc = (await ctx.request({ method: 'GET', url: '/openapi.json' })).json();
      expect(Object.keys(doc.paths)).toContain('/api/v1/users/auth/login');
      const tags = (doc.tags as { name: string }[]).map((t) => t.name);
      expect(tags).toEqual(expect.arrayContaining(['users', 'health']));
      expect(tags).not.toContain('catalog');
    });
  });

  it('SERVICES=catalog,users mounts users too', async () => {
    await withContext({ SERVICES: 'catalog,users' }, async (ctx) => {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/login',
        payload: { email: 'nobody@example.test', password: 'whatever-password' },
      });
      expect(res.statusCode).toBe(401);
    });
  });
});
