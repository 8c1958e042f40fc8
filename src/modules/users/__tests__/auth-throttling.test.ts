import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { TEST_PASSWORD } from '../../../../test/factories.js';
import { expectProblem, retryAfterSeconds } from '../../../../test/assertions.js';

const REGISTER = '/api/v1/users/auth/register';
const LOGIN = '/api/v1/users/auth/login';
const ME = '/api/v1/users/me';
const MINUTE = 60_000;

describe('login throttling', () => {
  const WINDOW_SEC = 900;
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext({
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_IP: '5',
        LOGIN_FAILURE_WINDOW_SEC: String(WINDOW_SEC),
      },
    });
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, ip: string) =>
    t.request({ method: 'POST', url: LOGIN, payload: { email, password }, remoteAddress: ip });

  it('after 3 failures the account answers 429 AUTH.TOO_MANY_ATTEMPTS, even to the right password', async () => {
    const c = await t.make.customer();
    const ip = '10.0.1.1';
    for (let i = 0; i < 3; i++)
      expectProblem(await attempt(c.email, 'wrong-password-1', ip), 401, 'AUTH.INVALID_CREDENTIALS');
    const res = await attempt(c.email, TEST_PASSWORD, ip);
    const body = expectProblem(res, 429, 'AUTH.TOO_MANY_ATTEMPTS');
    const sec = retryAfterSeconds(res);
    expect(sec).toBeLessThanOrEqual(WINDOW_SEC);
    expect(body.retryAfter).toBe(sec);
    // The account lock holds from any address, and for the email in any case.
    expectProblem(await attempt(c.email.toUpperCase(), TEST_PASSWORD, '10.0.1.2'), 429, 'AUTH.TOO_MANY_ATTEMPTS');
    // Other accounts are not affected.
    const other = await t.make.customer();
    expect((await attempt(other.email, TEST_PASSWORD, '10.0.1.3')).statusCode).toBe(200);
  });

  it('Retry-After counts down and the right password works once the window has passed', async () => {
    const c = await t.make.customer();
    const ip = '10.0.2.1';
    for (let i = 0; i < 3; i++) expect((await attempt(c.email, 'wrong-password-1', ip)).statusCode).toBe(401);
    const first = retryAfterSeconds(await attempt(c.email, TEST_PASSWORD, ip));
    t.clock.advance(5 * MINUTE);
    const later = await attempt(c.email, TEST_PASSWORD, ip);
    expectProblem(later, 429, 'AUTH.TOO_MANY_ATTEMPTS');
    expect(retryAfterSeconds(later)).toBe(first - 300);
    t.clock.advance((WINDOW_SEC + 1) * 1000);
    const ok = await attempt(c.email, TEST_PASSWORD, ip);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().user.id).toBe(c.id);
  });

  it('failures from an old window do not add up with new ones', async () => {
    const c = await t.make.customer();
    const ip = '10.0.3.1';
    for (let i = 0; i < 2; i++) expect((await attempt(c.email, 'wrong-password-1', ip)).statusCode).toBe(401);
    t.clock.advance((WINDOW_SEC + 1) * 1000);
    for (let i = 0; i < 2; i++) expect((await attempt(c.email, 'wrong-password-1', ip)).statusCode).toBe(401);
    expect((await attempt(c.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('a successful login resets the account counter', async () => {
    const c = await t.make.customer();
    // A fresh address per round keeps the per-IP counter out of the way.
    for (const ip of ['10.0.4.1', '10.0.4.2']) {
      for (let i = 0; i < 2; i++) expect((await attempt(c.email, 'wrong-password-1', ip)).statusCode).toBe(401);
      expect((await attempt(c.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
    }
    // Without the reset this would be the fifth failure in the window and the login after it a 429.
    expect((await attempt(c.email, 'wrong-password-1', '10.0.4.3')).statusCode).toBe(401);
    expect((await attempt(c.email, TEST_PASSWORD, '10.0.4.3')).statusCode).toBe(200);
  });

  it('a burst of parallel guesses gets no more tries than the limit', async () => {
    const c = await t.make.customer();
    // One address per guess, so only the account counter is in play.
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(c.email, `wrong-password-${i}`, `10.0.6.${i + 1}`)),
    );
    const codes = burst.map((r) => r.statusCode);
    expect(codes.filter((s) => s === 401)).toHaveLength(3);
    expect(codes.filter((s) => s === 429)).toHaveLength(9);
    for (const r of burst.filter((x) => x.statusCode === 429)) expectProblem(r, 429, 'AUTH.TOO_MANY_ATTEMPTS');
    expectProblem(await attempt(c.email, TEST_PASSWORD, '10.0.6.99'), 429, 'AUTH.TOO_MANY_ATTEMPTS');
  });

  it('right passwords do not use up the per-IP allowance', async () => {
    const ip = '10.0.7.1';
    const c = await t.make.customer();
    // Twice the IP limit of successful logins from one address (an office behind NAT).
    for (let i = 0; i < 10; i++) expect((await attempt(c.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++)
      expect((await attempt(t.make.email('typo'), 'wrong-password-1', ip)).statusCode).toBe(401);
    expect((await attempt(c.email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  describe('the current password asked when changing it counts like a login', () => {
    const change = (token: string, currentPassword: string, ip: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/users/me/password',
        token,
        payload: { currentPassword, newPassword: 'a-brand-new-password-7' },
        remoteAddress: ip,
      });

    it('3 wrong guesses lock the account: the 4th answers 429, even with the right password, and login too', async () => {
      const c = await t.make.customer();
      const ip = '10.0.17.1';
      for (let i = 0; i < 3; i++)
        expectProblem(await change(c.accessToken, `guess-number-${i}-x`, ip), 400, 'USER.WRONG_PASSWORD');
      const res = await change(c.accessToken, TEST_PASSWORD, ip);
      expectProblem(res, 429, 'AUTH.TOO_MANY_ATTEMPTS');
      expect(retryAfterSeconds(res)).toBeLessThanOrEqual(WINDOW_SEC);
      expectProblem(await attempt(c.email, TEST_PASSWORD, '10.0.17.2'), 429, 'AUTH.TOO_MANY_ATTEMPTS');
      // The password was not changed.
      t.clock.advance((WINDOW_SEC + 1) * 1000);
      expect((await attempt(c.email, TEST_PASSWORD, '10.0.17.3')).statusCode).toBe(200);
    });

    it('failed logins and failed changes add up on one account', async () => {
      const c = await t.make.customer();
      expect((await attempt(c.email, 'wrong-password-1', '10.0.18.1')).statusCode).toBe(401);
      expect((await attempt(c.email, 'wrong-password-2', '10.0.18.1')).statusCode).toBe(401);
      expect((await change(c.accessToken, 'wrong-password-3', '10.0.18.2')).statusCode).toBe(400);
      expectProblem(await change(c.accessToken, TEST_PASSWORD, '10.0.18.2'), 429, 'AUTH.TOO_MANY_ATTEMPTS');
    });

    it('one address guessing the passwords of many sessions is throttled per IP', async () => {
      const ip = '10.0.19.1';
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const c = await t.make.customer();
        statuses.push((await change(c.accessToken, 'wrong-password-x', ip)).statusCode);
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    });

    it('the right current password changes it and clears the account counter', async () => {
      const c = await t.make.customer();
      expect((await change(c.accessToken, 'wrong-password-1', '10.0.20.1')).statusCode).toBe(400);
      expect((await change(c.accessToken, 'wrong-password-2', '10.0.20.1')).statusCode).toBe(400);
      expect((await change(c.accessToken, TEST_PASSWORD, '10.0.20.1')).statusCode).toBe(200);
      for (let i = 0; i < 2; i++)
        expect((await attempt(c.email, 'wrong-password-1', '10.0.20.2')).statusCode).toBe(401);
      expect((await attempt(c.email, 'a-brand-new-password-7', '10.0.20.2')).statusCode).toBe(200);
    });
  });

  it('one address guessing many emails is throttled per IP', async () => {
    const c = await t.make.customer();
    const ip = '10.0.5.1';
    for (let i = 0; i < 5; i++) {
      expectProblem(await attempt(t.make.email('guess'), 'wrong-password-1', ip), 401, 'AUTH.INVALID_CREDENTIALS');
    }
    const res = await attempt(c.email, TEST_PASSWORD, ip);
    expectProblem(res, 429, 'AUTH.TOO_MANY_ATTEMPTS');
    retryAfterSeconds(res);
    expectProblem(await attempt(t.make.email('guess'), 'wrong-password-1', ip), 429, 'AUTH.TOO_MANY_ATTEMPTS');
    // The same account from another address is fine: it has no failures of its own.
    expect((await attempt(c.email, TEST_PASSWORD, '10.0.5.2')).statusCode).toBe(200);
  });
});

describe('auth route rate limit', () => {
  let t: TestContext;
  beforeAll(async () => {
    // A long window, so the real-time limiter cannot reset in the middle of the test.
    t = await createTestContext({ env: { AUTH_RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '600000' } });
  });
  afterAll(() => t.close());

  it('the fourth login from one address → 429 problem with Retry-After; other addresses and routes are unaffected', async () => {
    const c = await t.make.customer();
    const ip = '10.9.0.1';
    for (let i = 0; i < 3; i++) {
      const res = await t.request({
        method: 'POST',
        url: LOGIN,
        payload: { email: c.email, password: TEST_PASSWORD },
        remoteAddress: ip,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const limited = await t.request({
      method: 'POST',
      url: LOGIN,
      payload: { email: c.email, password: TEST_PASSWORD },
      remoteAddress: ip,
    });
    const body = expectProblem(limited, 429, 'RATE_LIMITED');
    const sec = retryAfterSeconds(limited);
    expect(sec).toBeLessThanOrEqual(600);
    expect(body.retryAfter).toBe(sec);

    const elsewhere = await t.request({
      method: 'POST',
      url: LOGIN,
      payload: { email: c.email, password: TEST_PASSWORD },
      remoteAddress: '10.9.0.2',
    });
    expect(elsewhere.statusCode).toBe(200);
    const me = await t.request({ method: 'GET', url: ME, token: c.accessToken, remoteAddress: ip });
    expect(me.statusCode).toBe(200);
  });

  it('register is limited too', async () => {
    const ip = '10.9.1.1';
    for (let i = 0; i < 3; i++) {
      const res = await t.request({
        method: 'POST',
        url: REGISTER,
        payload: { email: t.make.email('rl'), password: TEST_PASSWORD, name: 'Лимит', role: 'customer' },
        remoteAddress: ip,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const email = t.make.email('rl');
    const res = await t.request({
      method: 'POST',
      url: REGISTER,
      payload: { email, password: TEST_PASSWORD, name: 'Лимит', role: 'customer' },
      remoteAddress: ip,
    });
    expectProblem(res, 429, 'RATE_LIMITED');
    retryAfterSeconds(res);
    // The refused registration created nothing.
    const later = await t.request({
      method: 'POST',
      url: REGISTER,
      payload: { email, password: TEST_PASSWORD, name: 'Лимит', role: 'customer' },
      remoteAddress: '10.9.1.2',
    });
    expect(later.statusCode).toBe(201);
  });
});
