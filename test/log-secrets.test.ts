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
  it('an unhandled database error at registration: its code, no email, password or hash', async () => {
    // A rule the service does not expect, so the insert fails the way an unforeseen bug would.
    const run = (statement: string) => ctx.database.db.execute(sql.raw(statement));
    await run(`create function users.log_test_refuse() returns trigger language plpgsql as $$
               begin raise exception 'refused by a test trigger'; end $$`);
    await run(`create trigger log_test_refuse before insert on users.users for each row
               when (new.name = 'Боб Логов') execute function users.log_test_refuse()`);
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
      expect(entry!.err).toMatchObject({ type: 'DatabaseError', code: 'P0001', message: 'refused by a test trigger' });
    } finally {
      await run('drop trigger log_test_refuse on users.users');
      await run('drop function users.log_test_refuse()');
    }
  });

  it('a database check refusing a write: 422 naming the constraint, logged by code and table only', async () => {
    await ctx.database.db.execute(
      sql.raw(`alter table users.users add constraint log_test_no_bob check (name <> 'Боб Проверкин') not valid`),
    );
    const email = ctx.make.email('checked-person');
    try {
      const written = await log.of(async () => {
        const res = await ctx.request({
          method: 'POST',
          url: '/api/v1/users/auth/register',
          payload: { email, password: 'my-very-secret-password-43', name: 'Боб Проверкин', role: 'customer' },
        });
        expect(res.statusCode, res.body).toBe(422);
        expect(res.json()).toMatchObject({ code: 'DATA.CHECK_VIOLATION', constraint: 'log_test_no_bob' });
      });
      expectNoSecretsIn(written, [email, 'my-very-secret-password-43', 'Боб Проверкин']);
      const [entry] = log.entries('a database check refused a write');
      expect(entry!.err).toMatchObject({ code: '23514', constraint: 'log_test_no_bob', table: 'users' });
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
    // A value shaped like an identifier is still a value; single quotes too.
    expect(withoutValues('invalid input syntax for type uuid: "ivan_petrov"')).toBe(
      'invalid input syntax for type uuid: "…"',
    );
    expect(withoutValues(`invalid input value for enum role: 'superuser'`)).toBe(
      "invalid input value for enum role: '…'",
    );
    expect(withoutValues('column "email" of relation "users" does not exist')).toBe(
      'column "email" of relation "users" does not exist',
    );
  });

  it('never keeps the statement of a failed query, whatever its cause', () => {
    const statement = 'Failed query: insert into users … params: ivan@example.test,$argon2id$v=19$…';
    for (const cause of [new Error('Connection terminated unexpectedly'), undefined]) {
      const wrapped = Object.assign(new Error(statement), { query: 'insert …', params: ['ivan@example.test'], cause });
      const out = safeError(wrapped);
      expect(out.type).toBe('DatabaseQueryError');
      expect(JSON.stringify(out)).not.toMatch(/ivan@|argon2|Failed query|params/);
    }
    expect(safeError(Object.assign(new Error(statement), { cause: new Error('timeout') })).message).toBe('timeout');
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
