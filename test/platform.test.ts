import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createTestContext, openTestDatabase, testConfig, type TestContext } from './context.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('health', () => {
  it('/health/live answers 200 ok', async () => {
    const res = await ctx.request({ method: 'GET', url: '/health/live' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/health/ready answers 200 with database and migrations checks', async () => {
    const res = await ctx.request({ method: 'GET', url: '/health/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', checks: { database: true, migrations: true } });
  });

  it('/health/ready answers 503 once the database is gone, and live still answers', async () => {
    const { database, drop } = await openTestDatabase();
    const app = await buildApp({ config: testConfig(), services: { database } });
    try {
      await app.ready();
      expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
      await database.close();
      const res = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', checks: { database: false, migrations: false } });
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await drop();
    }
  });
});

describe('/metrics', () => {
  it('counts requests by route template and status, with latency buckets and process metrics', async () => {
    const customer = await ctx.make.customer();
    for (let i = 0; i < 3; i++) {
      const me = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: customer.accessToken });
      expect(me.statusCode).toBe(200);
    }
    expect((await ctx.request({ method: 'GET', url: '/api/v1/users/me' })).statusCode).toBe(401);
    const admin = await ctx.make.admin();
    const byId = await ctx.request({ method: 'GET', url: `/api/v1/users/${customer.id}`, token: admin.accessToken });
    expect(byId.statusCode).toBe(200);
    await ctx.request({ method: 'GET', url: '/no/such/route/12345' });

    const res = await ctx.request({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;

    const line = (route: string, status: number) =>
      text
        .split('\n')
        .find(
          (l) =>
            l.startsWith('tutuu_http_requests_total{') &&
            l.includes(`route="${route}"`) &&
            l.includes(`status="${status}"`) &&
            l.includes('method="GET"'),
        );
    const ok = line('/api/v1/users/me', 200);
    expect(ok, text).toBeDefined();
    expect(Number(ok!.split(' ').at(-1))).toBeGreaterThanOrEqual(3);
    expect(line('/api/v1/users/me', 401)).toBeDefined();
    // The template, never the concrete URL: ids would make the label set unbounded.
    expect(line('/api/v1/users/:id', 200)).toBeDefined();
    expect(text).not.toContain(customer.id);
    expect(text).not.toContain('/no/such/route/12345');

    expect(text).toMatch(/^# TYPE tutuu_http_request_duration_seconds histogram$/m);
    expect(text).toMatch(
      /^tutuu_http_request_duration_seconds_bucket\{[^}]*le="\+Inf"[^}]*route="\/api\/v1\/users\/me"/m,
    );
    expect(text).toMatch(/^tutuu_http_request_duration_seconds_count\{/m);
    expect(text).toMatch(/^tutuu_process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^tutuu_process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^tutuu_nodejs_eventloop_lag_seconds /m);
  });

  it('is not itself counted', async () => {
    await ctx.request({ method: 'GET', url: '/metrics' });
    const text = (await ctx.request({ method: 'GET', url: '/metrics' })).body;
    expect(text).not.toMatch(/tutuu_http_requests_total\{[^}]*route="\/metrics"/);
  });
});

describe('/openapi.json and /docs', () => {
  const usersPaths = [
    '/api/v1/users/auth/register',
    '/api/v1/users/auth/login',
    '/api/v1/users/auth/refresh',
    '/api/v1/users/auth/logout',
    '/api/v1/users/auth/logout-all',
    '/api/v1/users/me',
    '/api/v1/users/me/password',
    '/api/v1/users/me/devices',
    '/api/v1/users/me/devices/{deviceId}',
    '/api/v1/users',
    '/api/v1/users/{id}',
    '/api/v1/users/{id}/approve',
    '/api/v1/users/{id}/suspend',
    '/api/v1/users/{id}/reinstate',
    '/api/v1/users/{id}/audit',
  ];
  type Operation = {
    summary?: string;
    tags?: string[];
    security?: Record<string, string[]>[];
    responses?: Record<string, unknown>;
  };
  let doc: {
    openapi: string;
    paths: Record<string, Record<string, Operation>>;
    components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  };
  beforeAll(async () => {
    const res = await ctx.request({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });

  it('is OpenAPI 3.1 with every users path', () => {
    expect(doc.openapi.startsWith('3.1')).toBe(true);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(usersPaths));
  });

  it('has the methods the issue names on each users path', () => {
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods('/api/v1/users/me')).toEqual(['get', 'patch']);
    expect(methods('/api/v1/users/me/devices/{deviceId}')).toEqual(['delete']);
    expect(methods('/api/v1/users')).toEqual(['get']);
    expect(methods('/api/v1/users/{id}/suspend')).toEqual(['post']);
    for (const p of ['register', 'login', 'refresh', 'logout', 'logout-all']) {
      expect(methods(`/api/v1/users/auth/${p}`)).toEqual(['post']);
    }
  });

  it('gives every users operation a summary, the users tag and error responses', () => {
    const ops = usersPaths.flatMap((p) => Object.entries(doc.paths[p]!).map(([m, op]) => ({ where: `${m} ${p}`, op })));
    expect(ops.length).toBeGreaterThanOrEqual(16);
    for (const { where, op } of ops) {
      expect(op.summary, where).toBeTruthy();
      expect(op.tags, where).toContain('users');
      const statuses = Object.keys(op.responses ?? {}).map(Number);
      expect(
        statuses.some((s) => s >= 200 && s < 300),
        where,
      ).toBe(true);
      expect(
        statuses.some((s) => s >= 400),
        where,
      ).toBe(true);
    }
  });

  it('declares the bearerAuth scheme and uses it on protected operations', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, method] of [
      ['/api/v1/users/me', 'get'],
      ['/api/v1/users/{id}/approve', 'post'],
      ['/api/v1/users', 'get'],
    ] as const) {
      expect(doc.paths[path]![method]!.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
    }
    // Logging in needs no token.
    expect(doc.paths['/api/v1/users/auth/login']!.post!.security ?? []).toEqual([]);
  });

  it('hides its own plumbing', () => {
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
    expect(Object.keys(doc.paths)).not.toContain('/openapi.json');
  });

  it('/docs serves Swagger UI HTML and its assets', async () => {
    let res = await ctx.request({ method: 'GET', url: '/docs' });
    for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops++) {
      res = await ctx.request({ method: 'GET', url: new URL(String(res.headers.location), 'http://x/docs/').pathname });
    }
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('swagger-ui');
    const css = await ctx.request({ method: 'GET', url: '/docs/static/swagger-ui.css' });
    expect(css.statusCode).toBe(200);
    const init = await ctx.request({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
    const json = await ctx.request({ method: 'GET', url: '/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(json.json().openapi.startsWith('3.1')).toBe(true);
  });
});

describe('helmet headers', () => {
  it.each(['/health/live', '/api/v1/users/me', '/nowhere'])('are set on %s', async (url) => {
    const res = await ctx.request({ method: 'GET', url });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('CORS without CORS_ORIGINS', () => {
  it('allows no origin by default', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/health/live',
      headers: { origin: 'https://shop.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
