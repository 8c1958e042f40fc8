/**
 * What reaches the log on every failing path: error codes, constraints and tables, never the
 * passwords, hashes, tokens, card numbers or personal data a request carried.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeError, withoutValues } from '../src/shared/log/safe-error.js';
import { createTestContext, type TestContext } from './context.js';
import { expectNoSecretsIn, LogCapture } from './log-capture.js';

const log = new LogCapture();
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ env: { LOG_LEVEL: 'trace' }, logStream: log });
});
afterAll(() => ctx.close());

describe('the log of a failing path holds no secret it was given', () => {
  it('an unhandled database error at registration: code, constraint and table, no email, password or hash', async () => {
    // A rule the service does not expect, so the insert fails the way an unforeseen bug would.
    await ctx.database.db.execute(
      sql.raw(`alter table users.users add constraint log_test_no_bob check (name <> 'Боб Логов') not valid`),
    );
    const email = ctx.make.email('secret-person');
    const password = 'my-very-secret-password-42';
    try {
      const written = await log.of(async () => {
        const res = await ctx.request({
          method: 'POST',
          url: '/api/v1/users/auth/register',
          payload: { email, password, name: 'Боб Логов', phone: '+79161234567', role: 'customer' },
        });
        expect(res.statusCode).toBe(500);
        expect(res.body).not.toContain(email);
      });
      expectNoSecretsIn(written, [email, password, 'Боб Логов', '+79161234567']);
      const [entry] = log.entries('unhandled error');
      expect(entry!.err).toMatchObject({
        type: 'DatabaseError',
        code: '23514',
        constraint: 'log_test_no_bob',
        table: 'users',
      });
    } finally {
      await ctx.database.db.execute(sql.raw('alter table users.users drop constraint log_test_no_bob'));
    }
  });

  it('a wrong password at login and when changing it, a bad refresh token, a bad bearer token', async () => {
    const customer = await ctx.make.customer();
    const wrong = 'wrong-password-guess-77';
    const bogusRefresh = 'refresh-token-that-is-secret-0123456789abcdef';
    const bogusBearer = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNyZXQifQ.c2VjcmV0LXNpZ25hdHVyZQ';
    const written = await log.of(async () => {
      const login = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/login',
        payload: { email: customer.email, password: wrong },
      });
      expect(login.statusCode).toBe(401);
      const change = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/me/password',
        token: customer.accessToken,
        payload: { currentPassword: wrong, newPassword: 'another-new-password-9' },
      });
      expect(change.statusCode).toBe(400);
      const refresh = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/refresh',
        payload: { refreshToken: bogusRefresh },
      });
      expect(refresh.statusCode).toBe(401);
      const me = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: bogusBearer });
      expect(me.statusCode).toBe(401);
      const good = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: customer.accessToken });
      expect(good.statusCode).toBe(200);
    });
    expectNoSecretsIn(written, [
      wrong,
      'another-new-password-9',
      bogusRefresh,
      bogusBearer,
      customer.accessToken,
      customer.password,
    ]);
  });
});

describe('safeError', () => {
  it('keeps identifiers of a database message and cuts out the values it quotes', () => {
    expect(withoutValues('duplicate key value violates unique constraint "users_email_key"')).toBe(
      'duplicate key value violates unique constraint "users_email_key"',
    );
    expect(withoutValues('invalid input syntax for type uuid: "ivan@example.test"')).toBe(
      'invalid input syntax for type uuid: "…"',
    );
  });

  it('describes a wrapped driver error by its code, constraint and table only', () => {
    const driver = Object.assign(new Error('new row violates check constraint "c1"'), {
      code: '23514',
      severity: 'ERROR',
      constraint: 'c1',
      table: 'users',
      detail: 'Failing row contains (ivan@example.test, $argon2id$v=19$…)',
    });
    const wrapped = Object.assign(new Error('Failed query: insert … params: ivan@example.test,$argon2id$v=19$…'), {
      cause: driver,
    });
    const out = safeError(wrapped);
    expect(out).toMatchObject({ type: 'DatabaseError', code: '23514', constraint: 'c1', table: 'users' });
    expect(JSON.stringify(out)).not.toMatch(/ivan@|argon2|Failed query/);
  });
});
