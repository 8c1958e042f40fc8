import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** Checks the RFC 9457 shape every error shares and answers the parsed body. */
function expectProblem(res: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, code });
  for (const field of ['type', 'title', 'detail', 'code', 'instance', 'requestId'] as const) {
    expect(typeof body[field], `${field} in ${res.body}`).toBe('string');
    expect((body[field] as string).length).toBeGreaterThan(0);
  }
  expect(body.requestId).toBe(res.headers['x-request-id']);
  // No stack trace, no source paths, anywhere in the answer.
  expect(res.body).not.toMatch(/\bat [\w.<>]+ \(/);
  expect(res.body).not.toMatch(/\n\s+at /);
  expect(res.body).not.toContain('.ts:');
  expect(res.body).not.toContain('node_modules');
  expect(body).not.toHaveProperty('stack');
  return body;
}

describe('problem+json for bad input', () => {
  it('malformed JSON body → 400 HTTP.MALFORMED_BODY', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    const body = expectProblem(res, 400, 'HTTP.MALFORMED_BODY');
    expect(body.instance).toBe('/api/v1/users/auth/login');
  });

  it('an empty body with a JSON content type → 400 HTTP.MALFORMED_BODY', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expectProblem(res, 400, 'HTTP.MALFORMED_BODY');
  });

  it('text/plain body → 415', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a@b.test',
    });
    expectProblem(res, 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown content type → 415', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expectProblem(res, 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body over 1 MiB → 413 HTTP.PAYLOAD_TOO_LARGE', async () => {
    const payload = JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1024 * 1024 + 16) });
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expectProblem(res, 413, 'HTTP.PAYLOAD_TOO_LARGE');
  });

  it('a body just under 1 MiB is read (and then validated, not refused for size)', async () => {
    const payload = JSON.stringify({ email: 'not-an-email', password: 'x'.repeat(1000 * 1000) });
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
  });

  it('unknown route → 404 HTTP.NOT_FOUND', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/nothing/here?x=1' });
    const body = expectProblem(res, 404, 'HTTP.NOT_FOUND');
    expect(body.instance).toBe('/api/v1/nothing/here');
  });

  it('unknown route with a body → still 404 problem+json', async () => {
    const res = await ctx.request({ method: 'POST', url: '/nope', payload: { a: 1 } });
    expectProblem(res, 404, 'HTTP.NOT_FOUND');
  });

  it('PUT on /api/v1/users/me → 405 with Allow', async () => {
    const res = await ctx.request({ method: 'PUT', url: '/api/v1/users/me', payload: { name: 'x' } });
    const body = expectProblem(res, 405, 'HTTP.METHOD_NOT_ALLOWED');
    const allow = String(res.headers.allow)
      .split(',')
      .map((s) => s.trim());
    expect(allow).toEqual(expect.arrayContaining(['GET', 'PATCH']));
    expect(allow).not.toContain('PUT');
    expect(body.instance).toBe('/api/v1/users/me');
  });

  it('DELETE on /api/v1/users/auth/login → 405 with Allow: POST', async () => {
    const res = await ctx.request({ method: 'DELETE', url: '/api/v1/users/auth/login' });
    expectProblem(res, 405, 'HTTP.METHOD_NOT_ALLOWED');
    expect(String(res.headers.allow)).toContain('POST');
    expect(String(res.headers.allow)).not.toContain('DELETE');
  });

  it('wrong method on a parametric path → 405', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000/approve',
    });
    expectProblem(res, 405, 'HTTP.METHOD_NOT_ALLOWED');
    expect(String(res.headers.allow)).toContain('POST');
  });

  it('zod validation → 400 VALIDATION with errors[{path, message, location}]', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      payload: { email: 'not-an-email' },
    });
    const body = expectProblem(res, 400, 'VALIDATION');
    const errors = body.errors as { path: string; message: string; location: string }[];
    expect(Array.isArray(errors)).toBe(true);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(typeof e.path).toBe('string');
      expect(typeof e.message).toBe('string');
      expect(e.location).toBe('body');
    }
    const paths = errors.map((e) => e.path);
    expect(paths).toContain('email');
    expect(paths).toContain('password');
  });

  it('validation of a nested body field names its dotted path', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/register',
      payload: {
        email: 'seller@example.test',
        password: 'correct-horse-battery-42',
        name: 'Продавец',
        role: 'seller',
        company: { name: 'ООО', inn: 12345 },
      },
    });
    const body = expectProblem(res, 400, 'VALIDATION');
    const errors = body.errors as { path: string }[];
    expect(errors.map((e) => e.path)).toContain('company.inn');
  });

  it('validation of path params says location params', async () => {
    const admin = await ctx.make.admin();
    const res = await ctx.request({ method: 'GET', url: '/api/v1/users/not-a-uuid', token: admin.accessToken });
    const body = expectProblem(res, 400, 'VALIDATION');
    const errors = body.errors as { path: string; location: string }[];
    expect(errors[0]!.location).toBe('params');
    expect(errors[0]!.path).toBe('id');
  });

  it('validation of the query string says location querystring', async () => {
    const admin = await ctx.make.admin();
    const res = await ctx.request({ method: 'GET', url: '/api/v1/users?limit=100000', token: admin.accessToken });
    const body = expectProblem(res, 400, 'VALIDATION');
    const errors = body.errors as { path: string; location: string }[];
    expect(errors.some((e) => e.path === 'limit' && e.location === 'querystring')).toBe(true);
  });

  it('a JSON array where an object is expected → 400 VALIDATION, not 500', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '[1,2,3]',
    });
    expectProblem(res, 400, 'VALIDATION');
  });

  it('missing bearer token → 401 problem+json', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/users/me' });
    expectProblem(res, 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a garbage bearer token → 401 problem+json, not 500', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: 'abc.def.ghi' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('X-Request-Id', () => {
  it('is generated as a UUID when absent and returned in the header', async () => {
    const a = await ctx.request({ method: 'GET', url: '/health/live' });
    const b = await ctx.request({ method: 'GET', url: '/health/live' });
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('a sane incoming id is echoed, in the header and in problem bodies', async () => {
    const id = 'edge-proxy.4f2a_91';
    const res = await ctx.request({ method: 'GET', url: '/missing', headers: { 'x-request-id': id } });
    expect(res.headers['x-request-id']).toBe(id);
    expect(res.json().requestId).toBe(id);
  });

  it('an incoming UUID is echoed', async () => {
    const id = '3f1c2a9e-6b1d-4c7e-9a0b-2d4e6f8a0b1c';
    const res = await ctx.request({ method: 'GET', url: '/health/live', headers: { 'x-request-id': id } });
    expect(res.headers['x-request-id']).toBe(id);
  });

  it.each([
    ['300 characters', 'a'.repeat(300)],
    ['spaces', 'hello world'],
    ['markup', '<script>alert(1)</script>'],
    ['newline-ish', 'abc%0d%0aSet-Cookie:x'],
  ])('an insane id (%s) is replaced by a UUID', async (_label, id) => {
    const res = await ctx.request({ method: 'GET', url: '/health/live', headers: { 'x-request-id': id } });
    expect(res.headers['x-request-id']).not.toBe(id);
    expect(res.headers['x-request-id']).toMatch(UUID);
  });
});
