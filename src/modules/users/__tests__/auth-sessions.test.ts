import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { TEST_PASSWORD, type Account } from '../../../../test/factories.js';
import { hashRefreshToken } from '../tokens.js';
import { refreshTokens } from '../users.tables.js';
import { decodeJwtPart, expectProblem } from '../../../../test/assertions.js';

const REFRESH = '/api/v1/users/auth/refresh';
const LOGOUT = '/api/v1/users/auth/logout';
const LOGOUT_ALL = '/api/v1/users/auth/logout-all';
const ME = '/api/v1/users/me';
const DEVICES = '/api/v1/users/me/devices';
const MINUTE = 60_000;
const DAY = 86_400_000;

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const refresh = (refreshToken: string, headers: Record<string, string> = {}) =>
  ctx.request({ method: 'POST', url: REFRESH, payload: { refreshToken }, headers });
const me = (token: string) => ctx.request({ method: 'GET', url: ME, token });
const logout = (refreshToken: string) => ctx.request({ method: 'POST', url: LOGOUT, payload: { refreshToken } });
const logoutAll = (token: string) => ctx.request({ method: 'POST', url: LOGOUT_ALL, token });
const relogin = (a: Account, headers: Record<string, string> = {}) => ctx.make.login(a.email, TEST_PASSWORD, headers);

/** Refreshes and expects success; answers the new pair. */
async function rotate(refreshToken: string): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await refresh(refreshToken);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('access tokens', () => {
  const forge = (claims: Record<string, unknown>, secret: string, alg = 'HS256') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setIssuer('tutuu-market')
      .setAudience('tutuu-market-api')
      .setIssuedAt(Math.floor(ctx.clock.now().getTime() / 1000))
      .setExpirationTime(Math.floor(ctx.clock.now().getTime() / 1000) + 900)
      .sign(new TextEncoder().encode(secret));

  it('work on GET /me until they expire after 15 minutes', async () => {
    const c = await ctx.make.customer();
    ctx.clock.advance(14 * MINUTE);
    expect((await ctx.request({ method: 'GET', url: ME, token: c.accessToken })).statusCode).toBe(200);
    ctx.clock.advance(2 * MINUTE);
    expectProblem(await ctx.request({ method: 'GET', url: ME, token: c.accessToken }), 401, 'AUTH.INVALID_TOKEN');
    // The login itself is fine: a new pair works.
    const again = await ctx.make.login(c.email, TEST_PASSWORD);
    expect((await ctx.request({ method: 'GET', url: ME, token: again.accessToken })).statusCode).toBe(200);
  });

  it('refuses a token with alg "none"', async () => {
    const c = await ctx.make.customer();
    const [, payload] = c.accessToken.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    for (const token of [`${header}.${payload}.`, `${header}.${payload}`]) {
      const res = await ctx.request({ method: 'GET', url: ME, token });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toMatch(/^AUTH\./);
    }
    expectProblem(
      await ctx.request({ method: 'GET', url: ME, token: `${header}.${payload}.` }),
      401,
      'AUTH.INVALID_TOKEN',
    );
  });

  it('refuses a token signed with another secret', async () => {
    const c = await ctx.make.customer();
    const claims = decodeJwtPart(c.accessToken.split('.')[1]!);
    const token = await forge(
      { role: claims.role, sid: claims.sid, sub: claims.sub },
      'another-secret-another-secret-0123456789',
    );
    expectProblem(await ctx.request({ method: 'GET', url: ME, token }), 401, 'AUTH.INVALID_TOKEN');
  });

  it('refuses a token signed with the right secret but another algorithm (pinned to HS256)', async () => {
    const c = await ctx.make.customer();
    const claims = decodeJwtPart(c.accessToken.split('.')[1]!);
    const token = await forge({ role: claims.role, sid: claims.sid, sub: claims.sub }, ctx.config.jwtSecret!, 'HS512');
    expectProblem(await ctx.request({ method: 'GET', url: ME, token }), 401, 'AUTH.INVALID_TOKEN');
  });

  it('refuses a validly signed token whose session does not exist', async () => {
    const c = await ctx.make.customer();
    const token = await forge(
      { role: 'customer', sid: '00000000-0000-4000-8000-000000000000', sub: c.id },
      ctx.config.jwtSecret!,
    );
    expectProblem(await ctx.request({ method: 'GET', url: ME, token }), 401, 'AUTH.SESSION_REVOKED');
  });

  it('refuses a validly signed token whose ids or role are malformed (401, never a failing query)', async () => {
    const c = await ctx.make.customer();
    const claims = decodeJwtPart(c.accessToken.split('.')[1]!);
    for (const bad of [
      { role: 'customer', sid: 'not-a-uuid', sub: c.id },
      { role: 'customer', sid: "'; drop table users.sessions; --", sub: c.id },
      { role: 'customer', sid: claims.sid, sub: 'x'.repeat(300) },
      { role: 'superuser', sid: claims.sid, sub: c.id },
      { role: 'customer', sid: 42, sub: c.id },
    ]) {
      const token = await forge(bad, ctx.config.jwtSecret!);
      expectProblem(await ctx.request({ method: 'GET', url: ME, token }), 401, 'AUTH.INVALID_TOKEN');
    }
  });

  it('refuses a tampered payload (role raised to admin)', async () => {
    const c = await ctx.make.customer();
    const [h, p, s] = c.accessToken.split('.');
    const claims = decodeJwtPart(p!);
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    expectProblem(
      await ctx.request({ method: 'GET', url: ME, token: `${h}.${forged}.${s}` }),
      401,
      'AUTH.INVALID_TOKEN',
    );
  });

  it('refuses garbage', async () => {
    for (const token of ['garbage', 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9.e30.xxxx']) {
      expectProblem(await ctx.request({ method: 'GET', url: ME, token }), 401, 'AUTH.INVALID_TOKEN');
    }
  });

  it('no Authorization header → 401 AUTH.UNAUTHENTICATED', async () => {
    expectProblem(await ctx.request({ method: 'GET', url: ME }), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a scheme other than Bearer → 401', async () => {
    const c = await ctx.make.customer();
    for (const authorization of [
      'Basic dXNlcjpwYXNz',
      `Token ${c.accessToken}`,
      'Bearer',
      `Bearer ${c.accessToken} x`,
    ]) {
      expectProblem(
        await ctx.request({ method: 'GET', url: ME, headers: { authorization } }),
        401,
        'AUTH.UNAUTHENTICATED',
      );
    }
  });

  it('the Bearer scheme is case-insensitive', async () => {
    const c = await ctx.make.customer();
    const res = await ctx.request({ method: 'GET', url: ME, headers: { authorization: `bearer ${c.accessToken}` } });
    expect(res.statusCode).toBe(200);
  });
});

describe('POST /auth/refresh', () => {
  it('rotates the pair: new tokens work, the old refresh token does not', async () => {
    const c = await ctx.make.customer();
    const res = await refresh(c.refreshToken);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: c.id, email: c.email, role: 'customer', status: 'active' });
    expect(body.refreshToken).not.toBe(c.refreshToken);
    expect((await me(body.accessToken)).statusCode).toBe(200);

    expect((await refresh(c.refreshToken)).statusCode).toBe(401);
  });

  it('the new access token gets a fresh 15 minutes', async () => {
    const c = await ctx.make.customer();
    ctx.clock.advance(10 * MINUTE);
    const next = await rotate(c.refreshToken);
    ctx.clock.advance(6 * MINUTE);
    expectProblem(await me(c.accessToken), 401, 'AUTH.INVALID_TOKEN');
    expect((await me(next.accessToken)).statusCode).toBe(200);
  });

  it('stores refresh tokens only as hashes', async () => {
    const c = await ctx.make.customer();
    const rows = await ctx.database.db.select().from(refreshTokens);
    const hashes = rows.map((r) => r.tokenHash);
    expect(hashes).toContain(hashRefreshToken(c.refreshToken));
    expect(hashes).not.toContain(c.refreshToken);
  });

  it('a reused refresh token → 401 AUTH.REFRESH_TOKEN_REUSED and its whole login family is revoked', async () => {
    const c = await ctx.make.customer();
    const other = await relogin(c); // a separate login of the same user, e.g. another device
    const first = await rotate(c.refreshToken);
    const newest = await rotate(first.refreshToken);
    expect((await me(newest.accessToken)).statusCode).toBe(200);

    // The original token comes back: someone else holds a copy of it.
    expectProblem(await refresh(c.refreshToken), 401, 'AUTH.REFRESH_TOKEN_REUSED');

    // The newest token of that family and its access token are dead...
    expectProblem(await refresh(newest.refreshToken), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    expectProblem(await me(newest.accessToken), 401, 'AUTH.SESSION_REVOKED');
    expectProblem(await me(first.accessToken), 401, 'AUTH.SESSION_REVOKED');
    // ...while the user's other login keeps working.
    expect((await me(other.accessToken)).statusCode).toBe(200);
    const otherNext = await rotate(other.refreshToken);
    expect((await me(otherNext.accessToken)).statusCode).toBe(200);
  });

  it('presenting the latest token twice is a reuse as well', async () => {
    const c = await ctx.make.customer();
    const next = await rotate(c.refreshToken);
    const after = await rotate(next.refreshToken);
    expectProblem(await refresh(next.refreshToken), 401, 'AUTH.REFRESH_TOKEN_REUSED');
    expectProblem(await me(after.accessToken), 401, 'AUTH.SESSION_REVOKED');
    expectProblem(await refresh(after.refreshToken), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    // The account itself is fine: the owner logs in again.
    const fresh = await relogin(c);
    expect((await me(fresh.accessToken)).statusCode).toBe(200);
  });

  it('of two concurrent refreshes with one token, exactly one succeeds', async () => {
    const c = await ctx.make.customer();
    const [a, b] = await Promise.all([refresh(c.refreshToken), refresh(c.refreshToken)]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 401]);
    const loser = a.statusCode === 401 ? a : b;
    expect(loser.json().code).toBe('AUTH.REFRESH_TOKEN_REUSED');
  });

  it('an unknown token → 401 AUTH.INVALID_REFRESH_TOKEN', async () => {
    expectProblem(await refresh('definitely-not-a-token'), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    const c = await ctx.make.customer();
    expectProblem(await refresh(c.accessToken.slice(0, 200)), 401, 'AUTH.INVALID_REFRESH_TOKEN');
  });

  it('an empty or missing token → 400 naming refreshToken', async () => {
    for (const payload of [{ refreshToken: '' }, {}]) {
      const body = expectProblem(await ctx.request({ method: 'POST', url: REFRESH, payload }), 400, 'VALIDATION');
      expect(body.errors.map((e: { path: string }) => e.path)).toContain('refreshToken');
    }
  });

  it('a refresh token expires after 30 days', async () => {
    const c = await ctx.make.customer();
    ctx.clock.advance(30 * DAY + MINUTE);
    expectProblem(await refresh(c.refreshToken), 401, 'AUTH.INVALID_REFRESH_TOKEN');
  });

  it('each rotated token lives 30 days from its own issue', async () => {
    const c = await ctx.make.customer();
    ctx.clock.advance(29 * DAY);
    const next = await rotate(c.refreshToken);
    ctx.clock.advance(29 * DAY);
    const later = await rotate(next.refreshToken);
    ctx.clock.advance(30 * DAY + MINUTE);
    expectProblem(await refresh(later.refreshToken), 401, 'AUTH.INVALID_REFRESH_TOKEN');
  });
});

describe('POST /auth/logout', () => {
  it('ends that session only: 204, its access and refresh tokens stop working', async () => {
    const c = await ctx.make.customer();
    const other = await relogin(c);
    const res = await logout(c.refreshToken);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');

    expectProblem(await me(c.accessToken), 401, 'AUTH.SESSION_REVOKED');
    const again = await refresh(c.refreshToken);
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toMatch(/^AUTH\./);

    expect((await me(other.accessToken)).statusCode).toBe(200);
    expect((await refresh(other.refreshToken)).statusCode).toBe(200);
  });

  it('works with a rotated token and needs no access token', async () => {
    const c = await ctx.make.customer();
    const next = await rotate(c.refreshToken);
    expect((await logout(next.refreshToken)).statusCode).toBe(204);
    expectProblem(await me(next.accessToken), 401, 'AUTH.SESSION_REVOKED');
  });

  it('an unknown or already logged-out token → 204', async () => {
    expect((await logout('no-such-refresh-token')).statusCode).toBe(204);
    const c = await ctx.make.customer();
    expect((await logout(c.refreshToken)).statusCode).toBe(204);
    expect((await logout(c.refreshToken)).statusCode).toBe(204);
  });

  it('a missing token → 400 naming refreshToken', async () => {
    const body = expectProblem(await ctx.request({ method: 'POST', url: LOGOUT, payload: {} }), 400, 'VALIDATION');
    expect(body.errors.map((e: { path: string }) => e.path)).toContain('refreshToken');
  });
});

describe('POST /auth/logout-all', () => {
  it('needs an access token', async () => {
    expectProblem(await ctx.request({ method: 'POST', url: LOGOUT_ALL }), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await logoutAll('garbage'), 401, 'AUTH.INVALID_TOKEN');
  });

  it('ends every session of the user and says how many', async () => {
    const c = await ctx.make.customer(); // session 1: the registration
    const phone = await relogin(c, { 'x-device-id': 'phone-1' });
    const laptop = await relogin(c, { 'x-device-id': 'laptop-1' });
    const bystander = await ctx.make.customer();

    const res = await logoutAll(laptop.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ revokedSessions: 3 });

    for (const a of [c, phone, laptop]) {
      expectProblem(await me(a.accessToken), 401, 'AUTH.SESSION_REVOKED');
      expect((await refresh(a.refreshToken)).statusCode).toBe(401);
    }
    // Someone else's sessions are untouched, and the user can log in again.
    expect((await me(bystander.accessToken)).statusCode).toBe(200);
    const fresh = await relogin(c);
    expect((await me(fresh.accessToken)).statusCode).toBe(200);
    expect((await logoutAll(fresh.accessToken)).json()).toEqual({ revokedSessions: 1 });
  });
});

describe('devices', () => {
  it('records X-Device-Id and the user agent with the session', async () => {
    const c = await ctx.make.customer();
    const phone = await relogin(c, { 'x-device-id': 'phone-1', 'user-agent': 'TutuuApp/2.1 (Android 14)' });
    const res = await ctx.request({ method: 'GET', url: DEVICES, token: phone.accessToken });
    expect(res.statusCode, res.body).toBe(200);
    const items: { deviceId: string; userAgent: string | null; current: boolean; sessions: number }[] =
      res.json().items;
    const device = items.find((d) => d.deviceId === 'phone-1');
    expect(device).toMatchObject({ deviceId: 'phone-1', userAgent: 'TutuuApp/2.1 (Android 14)', current: true });
    expect(device?.sessions).toBe(1);
    // The registration session had no X-Device-Id: it is a device of its own.
    expect(items).toHaveLength(2);
    expect(items.filter((d) => d.current)).toHaveLength(1);
  });

  it('registration records the device too, and refresh keeps it', async () => {
    const email = ctx.make.email('dev');
    const acc = await ctx.make.register(
      { email, password: TEST_PASSWORD, name: 'Планшет', role: 'customer' },
      { 'x-device-id': 'tablet-7' },
    );
    const next = await rotate(acc.refreshToken);
    const res = await ctx.request({ method: 'GET', url: DEVICES, token: next.accessToken });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ deviceId: 'tablet-7', current: true, sessions: 1 })]);
  });

  it('logged-out sessions leave the list', async () => {
    const c = await ctx.make.customer();
    const phone = await relogin(c, { 'x-device-id': 'phone-2' });
    expect((await logout(c.refreshToken)).statusCode).toBe(204);
    const res = await ctx.request({ method: 'GET', url: DEVICES, token: phone.accessToken });
    expect(res.json().items.map((d: { deviceId: string }) => d.deviceId)).toEqual(['phone-2']);
  });
});
