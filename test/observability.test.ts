/** Observability across processes: the request id in every log line, /metrics' gauges. */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Database } from '../src/shared/db/database.js';
import { createTestContext, openTestDatabase, testConfig, type TestContext } from './context.js';
import { LogCapture } from './log-capture.js';
import { OrdersFixture } from './fixtures/orders.js';

/** The value of a series (with these labels) in a Prometheus text answer; undefined: absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(ctx: { request: TestContext['request'] }): Promise<string> {
  const res = await ctx.request({ method: 'GET', url: '/metrics' });
  expect(res.statusCode, res.body).toBe(200);
  return res.body;
}

describe('the request id in every log line', () => {
  const log = new LogCapture();
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { LOG_LEVEL: 'trace' }, logStream: log });
  });
  afterAll(() => ctx.close());

  const entries = (from: number) => log.lines.slice(from).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('a caller’s x-request-id is in every line of its request and echoed in the answer', async () => {
    const from = log.lines.length;
    const res = await ctx.request({ method: 'GET', url: '/api/v1/users/me', headers: { 'x-request-id': 'abc-123' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.json().requestId).toBe('abc-123');
    const lines = entries(from);
    expect(lines.map((e) => e.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    for (const line of lines) expect(line.reqId, JSON.stringify(line)).toBe('abc-123');
  });

  it('a warning the error handler logs carries it too', async () => {
    const run = (statement: string) => ctx.database.db.execute(sql.raw(statement));
    await run(`alter table users.users add constraint obs_test_no_bob check (name <> 'Боб Следов') not valid`);
    try {
      const from = log.lines.length;
      const res = await ctx.request({
        method: 'POST',
        url: '/api/v1/users/auth/register',
        headers: { 'x-request-id': 'abc-124' },
        payload: {
          email: ctx.make.email('traced'),
          password: 'a-long-enough-password-1',
          name: 'Боб Следов',
          role: 'customer',
        },
      });
      expect(res.statusCode, res.body).toBe(422);
      const lines = entries(from);
      expect(lines.map((e) => e.msg)).toContain('a database check refused a write');
      for (const line of lines) expect(line.reqId, JSON.stringify(line)).toBe('abc-124');
    } finally {
      await run('alter table users.users drop constraint obs_test_no_bob');
    }
  });

  it('an id that is not sane is replaced, and the logs carry the replacement the answer names', async () => {
    const from = log.lines.length;
    const res = await ctx.request({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'a b;c' } });
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const line of entries(from)) expect(line.reqId).toBe(id);
  });

  it('a whole order, seller to checkout, logs no line without its request id', async () => {
    const orders = new OrdersFixture(ctx);
    const from = log.lines.length;
    const seller = await ctx.make.seller();
    const listed = await orders.listed(seller);
    const customer = await ctx.make.customer();
    await orders.placed(customer, listed.offerId);
    const lines = entries(from);
    expect(lines.length).toBeGreaterThan(10);
    const without = lines.filter((e) => typeof e.reqId !== 'string');
    expect(without, 'lines written during requests without a reqId').toEqual([]);
  });
});

describe('/metrics gauges', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { SERVICES: 'catalog', EVENTS_MAX_ATTEMPTS: '1' } });
    // Whatever making the database left behind is delivered: the figures below start at zero.
    await ctx.app.events.runOnce();
  });
  afterAll(() => ctx.close());

  const inTx = <T>(work: Parameters<Database['db']['transaction']>[0]) => ctx.database.db.transaction(work) as T;
  const uniqueType = (what: string) => `test_${randomBytes(4).toString('hex')}.${what}`;

  it('names the services the process serves', async () => {
    expect(sample(await scrape(ctx), 'tutuu_service_info{services="catalog"}')).toBe(1);
  });

  it('a due event not yet delivered: pending, due and its lag; delivered: all back to zero', async () => {
    const type = uniqueType('noted');
    ctx.app.events.on(type, 'test', async () => undefined);
    await inTx((tx) => ctx.app.events.publish(tx, { type, key: 'k', payload: {} }));
    ctx.clock.advance(30_000);
    let text = await scrape(ctx);
    expect(sample(text, 'tutuu_events_backlog_up')).toBe(1);
    expect(sample(text, 'tutuu_events_pending')).toBe(1);
    expect(sample(text, 'tutuu_events_due')).toBe(1);
    expect(sample(text, 'tutuu_events_relay_lag_seconds')).toBe(30);

    await ctx.app.events.runOnce();
    text = await scrape(ctx);
    expect(sample(text, 'tutuu_events_pending')).toBe(0);
    expect(sample(text, 'tutuu_events_due')).toBe(0);
    expect(sample(text, 'tutuu_events_relay_lag_seconds')).toBe(0);
  });

  it('an event whose handler fails its last attempt counts as dead', async () => {
    const before = sample(await scrape(ctx), 'tutuu_events_dead');
    expect(before).toBe(0);
    const type = uniqueType('doomed');
    ctx.app.events.on(type, 'test', async () => {
      throw new Error('unreachable');
    });
    await inTx((tx) => ctx.app.events.publish(tx, { type, key: 'k', payload: {} }));
    const run = await ctx.app.events.runOnce();
    expect(run.events.dead).toBe(1);
    const text = await scrape(ctx);
    expect(sample(text, 'tutuu_events_dead')).toBe(1);
    expect(sample(text, 'tutuu_events_pending')).toBe(0);
  });

  it('deadlines: pending until due, then overdue with their lag', async () => {
    const kind = uniqueType('due');
    ctx.app.events.onDeadline(kind, async () => undefined);
    const dueAt = new Date(ctx.clock.now().getTime() + 60_000);
    await inTx((tx) => ctx.app.events.scheduleDeadline(tx, { kind, key: 'k', dueAt, payload: {} }));
    let text = await scrape(ctx);
    expect(sample(text, 'tutuu_deadlines_pending')).toBe(1);
    expect(sample(text, 'tutuu_deadlines_overdue')).toBe(0);
    expect(sample(text, 'tutuu_deadlines_lag_seconds')).toBe(0);

    ctx.clock.advance(90_000);
    text = await scrape(ctx);
    expect(sample(text, 'tutuu_deadlines_overdue')).toBe(1);
    expect(sample(text, 'tutuu_deadlines_lag_seconds')).toBe(30);
    expect(sample(text, 'tutuu_deadlines_dead')).toBe(0);

    await ctx.app.events.runOnce();
    text = await scrape(ctx);
    expect(sample(text, 'tutuu_deadlines_pending')).toBe(0);
    expect(sample(text, 'tutuu_deadlines_overdue')).toBe(0);
  });

  it('pool usage on PostgreSQL; no pool series at all on PGlite', async () => {
    const text = await scrape(ctx);
    if (ctx.database.kind === 'pglite') {
      expect(text).not.toContain('tutuu_db_pool_');
      return;
    }
    const clients = sample(text, 'tutuu_db_pool_clients{pool="primary"}');
    const idle = sample(text, 'tutuu_db_pool_idle_clients{pool="primary"}');
    expect(clients).toBeGreaterThanOrEqual(1);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(clients!);
    expect(sample(text, 'tutuu_db_pool_waiting_requests{pool="primary"}')).toBe(0);
    expect(sample(text, 'tutuu_db_pool_max_clients{pool="primary"}')).toBe(ctx.database.pool!.options.max);
    expect(text).not.toContain('pool="read"');
  });

  it('counts searches the answer cache met: a repeated search is a hit, a different one a miss', async () => {
    const counts = async (c: { request: TestContext['request'] }) => {
      const text = await scrape(c);
      const count = (result: string) => sample(text, `tutuu_search_cache_requests_total{result="${result}"}`);
      return { hit: count('hit'), miss: count('miss'), off: count('off') };
    };
    const searchFor = async (c: { request: TestContext['request'] }, q: string) => {
      const res = await c.request({ method: 'GET', url: `/api/v1/catalog/products?q=${encodeURIComponent(q)}` });
      expect(res.statusCode, res.body).toBe(200);
    };
    const before = await counts(ctx);
    await searchFor(ctx, 'цемент м500');
    await searchFor(ctx, 'цемент м500');
    await searchFor(ctx, 'кирпич облицовочный');
    expect(await counts(ctx)).toEqual({ hit: before.hit! + 1, miss: before.miss! + 2, off: 0 });

    const uncached = await createTestContext({ env: { SERVICES: 'catalog', SEARCH_CACHE_ENTRIES: '0' } });
    try {
      await searchFor(uncached, 'цемент м500');
      await searchFor(uncached, 'цемент м500');
      expect(await counts(uncached)).toEqual({ hit: 0, miss: 0, off: 2 });
    } finally {
      await uncached.close();
    }
  });

  it('a read pool, when there is one, is reported under pool="read"', async () => {
    if (!ctx.database.pool) return;
    // What a database with a replica looks like to the metrics: a second pool (here on the same database).
    const readPool = new pg.Pool(ctx.database.pool.options);
    const other = await createTestContext({ database: Object.assign({}, ctx.database, { readPool }) });
    try {
      await readPool.query('select 1');
      const text = await scrape(other);
      expect(sample(text, 'tutuu_db_pool_clients{pool="read"}')).toBe(1);
      expect(sample(text, 'tutuu_db_pool_idle_clients{pool="read"}')).toBe(1);
      expect(sample(text, 'tutuu_db_pool_clients{pool="primary"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'tutuu_service_info{services="users,catalog,orders,logistics,insights"}')).toBe(1);
    } finally {
      await other.close();
      await readPool.end();
    }
  });

  it('a read pool that is the primary pool (no replica) is reported once, as primary', async () => {
    if (!ctx.database.pool) return;
    const database = Object.assign({}, ctx.database, { readPool: ctx.database.pool });
    const other = await createTestContext({ database });
    try {
      const text = await scrape(other);
      expect(text).not.toContain('pool="read"');
      expect(sample(text, 'tutuu_db_pool_clients{pool="primary"}')).toBeGreaterThanOrEqual(1);
    } finally {
      await other.close();
    }
  });
});

describe('/metrics when the database does not answer', () => {
  it('still answers: the backlog is unknown (NaN), backlog_up says 0', async () => {
    const { database, drop } = await openTestDatabase();
    const app = await buildApp({ config: testConfig(), services: { database } });
    try {
      await app.ready();
      const up = await app.inject({ method: 'GET', url: '/metrics' });
      expect(sample(up.body, 'tutuu_events_backlog_up')).toBe(1);
      await database.close();
      const res = await app.inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(200);
      expect(sample(res.body, 'tutuu_events_backlog_up')).toBe(0);
      expect(sample(res.body, 'tutuu_events_pending')).toBeNaN();
      expect(sample(res.body, 'tutuu_events_dead')).toBeNaN();
    } finally {
      await app.close();
      await drop();
    }
  });
});
