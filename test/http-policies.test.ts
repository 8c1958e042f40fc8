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

  it('CORS_ORIGINS=* allows any origin, and therefore never with credentials', async () => {
    await withContext({ CORS_ORIGINS: '*' }, async (ctx) => {
      for (const origin of ['https://anyone.example', 'null']) {
        const res = await preflight(ctx, origin);
        expect(res.headers['access-control-allow-origin']).toBe('*');
        expect(res.headers['access-control-allow-credentials']).toBeUndefined();
        const simple = await ctx.request({ method: 'GET', url: '/health/live', headers: { origin } });
        expect(simple.headers['access-control-allow-origin']).toBe('*');
        expect(simple.headers['access-control-allow-credentials']).toBeUndefined();
      }
    });
  });

  it('gives credentials to listed origins only, never to `null`', async () => {
    await withContext({ CORS_ORIGINS: 'https://shop.example' }, async (ctx) => {
      const listed = await ctx.request({
        method: 'GET',
        url: '/health/live',
        headers: { origin: 'https://shop.example' },
      });
      expect(listed.headers['access-control-allow-credentials']).toBe('true');
      // Without Access-Control-Allow-Origin a browser gives the page nothing, credentials or not.
      const nul = await preflight(ctx, 'null');
      expect(nul.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('lets a preflight ask for every method the API uses', async () => {
    await withContext({ CORS_ORIGINS: 'https://shop.example' }, async (ctx) => {
      for (const method of ['PATCH', 'PUT', 'DELETE', 'POST']) {
        const res = await ctx.request({
          method: 'OPTIONS',
          url: '/api/v1/users/me',
          headers: {
            origin: 'https://shop.example',
            'access-control-request-method': method,
            'access-control-request-headers': 'authorization,content-type,idempotency-key',
          },
        });
        expect(res.statusCode).toBeLessThan(300);
        expect(String(res.headers['access-control-allow-methods']).split(/,\s*/)).toContain(method);
      }
    });
  });
});

describe('answers are not stored by caches', () => {
  it('login, refresh and register answers carry Cache-Control: no-store, like every API answer', async () => {
    await withContext({}, async (ctx) => {
      const email = ctx.make.email();
      const reg = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/register',
        payload: { email, password: 'correct-horse-battery-42', name: 'Иван', role: 'customer' },
      });
      expect(reg.statusCode).toBe(201);
      const login = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/login',
        payload: { email, password: 'correct-horse-battery-42' },
      });
      const refresh = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/refresh',
        payload: { refreshToken: login.json().refreshToken },
      });
      const failed = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/login',
        payload: { email, password: 'wrong-password-123' },
      });
      for (const res of [reg, login, refresh, failed]) {
        expect(res.headers['cache-control'], res.body).toBe('no-store');
      }
      expect(refresh.statusCode).toBe(200);
      expect(failed.statusCode).toBe(401);
    });
  });
});

describe('/metrics and /docs in production', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'production-secret-production-secret-0123456789',
    PAYMENT_WEBHOOK_SECRET: 'production-webhook-production-webhook-0123',
  };

  it('/metrics answers this machine, the networks in METRICS_ALLOW, or the token; anyone else sees no route', async () => {
    await withContext({ ...production, METRICS_TOKEN: 'metrics-token-metrics-token-0123456789' }, async (ctx) => {
      const get = (remoteAddress: string, headers: Record<string, string> = {}) =>
        ctx.request({ method: 'GET', url: '/metrics', remoteAddress, headers });
      for (const ip of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
        const res = await get(ip);
        expect(res.statusCode, ip).toBe(200);
        expect(res.body).toContain('tutuu_http_requests_total');
      }
      for (const ip of ['203.0.113.7', '8.8.8.8', '2001:db8::1', '10.20.30.40', '192.168.1.5']) {
        const res = await get(ip);
        expect(res.statusCode, ip).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).not.toContain('tutuu_');
      }
      expect((await ctx.request({ method: 'GET', url: '/metrics/', remoteAddress: '8.8.8.8' })).statusCode).toBe(404);
      const token = 'Bearer metrics-token-metrics-token-0123456789';
      expect((await get('203.0.113.7', { authorization: token })).statusCode).toBe(200);
      expect((await get('203.0.113.7', { authorization: `${token.slice(0, -1)}X` })).statusCode).toBe(404);
    });
  });

  it('METRICS_ALLOW names the scrapers’ networks instead', async () => {
    await withContext({ ...production, METRICS_ALLOW: '203.0.113.0/24,10.0.0.0/8' }, async (ctx) => {
      for (const ip of ['203.0.113.9', '10.1.2.3']) {
        expect((await ctx.request({ method: 'GET', url: '/metrics', remoteAddress: ip })).statusCode).toBe(200);
      }
      expect((await ctx.request({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(404);
    });
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', async () => {
    const metrics = (ctx: TestContext, remoteAddress: string, forwardedFor: string) =>
      ctx.request({ method: 'GET', url: '/metrics', remoteAddress, headers: { 'x-forwarded-for': forwardedFor } });
    // Not behind a proxy: the header is the client's own claim and changes nothing.
    await withContext({ ...production, METRICS_ALLOW: '10.0.0.0/8' }, async (ctx) => {
      expect((await metrics(ctx, '8.8.8.8', '10.0.0.5')).statusCode).toBe(404);
    });
    // nginx on this machine: a client that names itself 10.0.0.5 is still 8.8.8.8.
    await withContext({ ...production, METRICS_ALLOW: '10.0.0.0/8', TRUST_PROXY: 'true' }, async (ctx) => {
      expect((await metrics(ctx, '127.0.0.1', '10.0.0.5, 8.8.8.8')).statusCode).toBe(404);
      expect((await metrics(ctx, '8.8.8.8', '10.0.0.5')).statusCode).toBe(404);
      expect((await metrics(ctx, '127.0.0.1', '10.0.0.5')).statusCode).toBe(200);
    });
  });

  it('serves no /docs or /openapi.json in production unless API_DOCS=true; elsewhere it does', async () => {
    await withContext(production, async (ctx) => {
      expect((await ctx.request({ method: 'GET', url: '/docs' })).statusCode).toBe(404);
      expect((await ctx.request({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(404);
    });
    await withContext({ ...production, API_DOCS: 'true' }, async (ctx) => {
      expect((await ctx.request({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(200);
    });
    await withContext({ API_DOCS: 'false' }, async (ctx) => {
      expect((await ctx.request({ method: 'GET', url: '/openapi.json' })).statusCode).toBe(404);
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
  it('SERVICES=catalog answers 404 for users but keeps health, metrics and docs', async () => {
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
      expect((await ctx.request({ method: 'GET', url: '/api/v1/catalog/categories' })).statusCode).toBe(200);
      // Other services still verify tokens: the users module exists, its routes refuse here.
      expect(ctx.app.modules.users).toBeDefined();
    });
  });

  it('SERVICES=users mounts users', async () => {
    await withContext({ SERVICES: 'users' }, async (ctx) => {
      const c = await ctx.make.customer();
      const me = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: c.accessToken });
      expect(me.statusCode).toBe(200);
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
