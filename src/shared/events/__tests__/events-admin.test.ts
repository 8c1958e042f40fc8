import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { inTx, uniqueType } from './events-fixture.js';

let ctx: TestContext;
let admin: Account;
let customer: Account;
beforeAll(async () => {
  ctx = await createTestContext({ env: { EVENTS_MAX_ATTEMPTS: '2' } });
  [admin, customer] = await Promise.all([ctx.make.admin(), ctx.make.customer()]);
});
afterAll(() => ctx.close());

const ADMIN_EVENTS = '/api/v1/orders/admin/events';
const listDead = (query = '', token = admin.accessToken) =>
  ctx.request({ method: 'GET', url: `${ADMIN_EVENTS}/dead${query}`, token });
const retry = (id: string, token = admin.accessToken) =>
  ctx.request({ method: 'POST', url: `${ADMIN_EVENTS}/${id}/retry`, token });

interface DeadJson {
  id: string;
  source: string;
  type: string;
  key: string | null;
  attempts: number;
  lastError: string | null;
  failedAt: string;
  dueAt: string | null;
}

/** Runs the app's relay past every backoff (1 s with two attempts), until nothing is left to retry. */
async function runUntilSettled() {
  for (let i = 0; i < 10; i++) {
    const r = await ctx.app.events.runOnce();
    if (r.events.retrying + r.deadlines.retrying === 0) return;
    ctx.clock.advance(1000);
  }
  throw new Error('the relay did not settle');
}

/** An event whose handler fails until `healed` is set; after the relay settles it is dead. */
async function deadEvent(key = randomUUID()) {
  const type = uniqueType('paid');
  const state = { healed: false, deliveries: 0 };
  ctx.app.events.on(type, 'logistics', async () => {
    if (!state.healed) throw new Error('logistics is unreachable');
    state.deliveries++;
  });
  const [id] = await inTx(ctx, (tx) => ctx.app.events.publish(tx, { type, key, payload: { orderId: key } }));
  await runUntilSettled();
  return { id: id!, type, key, state };
}

describe('dead events, as an admin sees them', () => {
  it('failure → dead after EVENTS_MAX_ATTEMPTS → listed → retried → delivered', async () => {
    const dead = await deadEvent();
    const before = ctx.clock.now().toISOString();

    const list = await listDead('?limit=100');
    expect(list.statusCode, list.body).toBe(200);
    const item = (list.json().items as DeadJson[]).find((i) => i.id === dead.id);
    expect(item).toEqual({
      id: dead.id,
      source: 'event',
      type: dead.type,
      key: dead.key,
      payload: { orderId: dead.key },
      attempts: 2,
      lastError: 'logistics: logistics is unreachable',
      createdAt: expect.any(String),
      failedAt: expect.any(String),
      dueAt: null,
    });

    dead.state.healed = true;
    const res = await retry(dead.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: dead.id,
      source: 'event',
      type: dead.type,
      key: dead.key,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: before,
    });
    expect((await ctx.app.events.runOnce()).events).toMatchObject({ done: 1 });
    expect(dead.state.deliveries).toBe(1);
    const after = (await listDead('?limit=100')).json().items as DeadJson[];
    expect(after.map((i) => i.id)).not.toContain(dead.id);

    // Delivered now: retrying it again is a conflict, not a second delivery.
    expectProblem(await retry(dead.id), 409, 'EVENTS.NOT_DEAD');
  });

  it('lists dead deadlines too; a retried deadline fires', async () => {
    const kind = uniqueType('payment_expiry');
    let healed = false;
    const fired: string[] = [];
    ctx.app.events.onDeadline(kind, async (d) => {
      if (!healed) throw new Error('order service rejected the expiry');
      fired.push(d.key);
    });
    const key = randomUUID();
    const dueAt = ctx.clock.now();
    const id = await inTx(ctx, (tx) => ctx.app.events.scheduleDeadline(tx, { kind, key, dueAt, payload: {} }));
    await runUntilSettled();

    const item = ((await listDead('?limit=100')).json().items as DeadJson[]).find((i) => i.id === id);
    expect(item).toMatchObject({ source: 'deadline', type: kind, key, attempts: 2, dueAt: dueAt.toISOString() });

    healed = true;
    expect((await retry(id)).json()).toMatchObject({ source: 'deadline', status: 'pending', attempts: 0 });
    await ctx.app.events.runOnce();
    expect(fired).toEqual([key]);
  });

  it('a dead deadline superseded by a newer one of the same kind and key cannot be revived', async () => {
    const kind = uniqueType('close');
    ctx.app.events.onDeadline(kind, async () => {
      throw new Error('broken');
    });
    const key = randomUUID();
    const schedule = () =>
      inTx(ctx, (tx) => ctx.app.events.scheduleDeadline(tx, { kind, key, dueAt: ctx.clock.now(), payload: {} }));
    const id = await schedule();
    await runUntilSettled();
    const newer = await schedule();
    expect(newer).not.toBe(id);
    expectProblem(await retry(id), 409, 'EVENTS.DEADLINE_SUPERSEDED');
    await inTx(ctx, (tx) => ctx.app.events.cancelDeadline(tx, kind, key));
  });

  it('pages newest first with a cursor, without repeats or gaps', async () => {
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await deadEvent()).id);
      ctx.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await listDead(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: DeadJson[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    // The three just made were parked last, so they come first, newest first.
    expect(seen.slice(0, 3)).toEqual([...made].reverse());
    const all = (await listDead('?limit=100')).json().items as DeadJson[];
    expect(seen).toEqual(all.map((i) => i.id));
  });
});

describe('who may do it, and bad input', () => {
  it('no token is 401, a customer is 403, on both endpoints', async () => {
    expectProblem(await ctx.request({ method: 'GET', url: `${ADMIN_EVENTS}/dead` }), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(
      await ctx.request({ method: 'POST', url: `${ADMIN_EVENTS}/${randomUUID()}/retry` }),
      401,
      'AUTH.UNAUTHENTICATED',
    );
    expectProblem(await listDead('', customer.accessToken), 403, 'AUTH.FORBIDDEN');
    expectProblem(await retry(randomUUID(), customer.accessToken), 403, 'AUTH.FORBIDDEN');
  });

  it('an unknown id is 404; a malformed id, limit or cursor is 400', async () => {
    expectProblem(await retry(randomUUID()), 404, 'EVENTS.NOT_FOUND');
    expectProblem(await retry('not-a-uuid'), 400, 'VALIDATION');
    expectProblem(await listDead('?limit=0'), 400, 'VALIDATION');
    expectProblem(await listDead('?cursor=garbage'), 400, 'VALIDATION');
  });

  it('a pending event is not dead: 409', async () => {
    const [id] = await inTx(ctx, (tx) => ctx.app.events.publish(tx, { type: uniqueType('placed'), payload: {} }));
    expectProblem(await retry(id!), 409, 'EVENTS.NOT_DEAD');
    await ctx.app.events.runOnce();
  });
});

describe('mounting', () => {
  it('the endpoints are in the OpenAPI document under the orders prefix', async () => {
    const doc = (await ctx.request({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.paths[`${ADMIN_EVENTS}/dead`].get.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths[`${ADMIN_EVENTS}/{id}/retry`].post.responses).toHaveProperty('404');
  });

  it('a process that does not serve orders answers 404 for them', async () => {
    const users = await createTestContext({ env: { SERVICES: 'users' }, database: ctx.database });
    try {
      const res = await users.request({ method: 'GET', url: `${ADMIN_EVENTS}/dead`, token: admin.accessToken });
      expectProblem(res, 404, 'HTTP.NOT_FOUND');
    } finally {
      await users.close();
    }
  });
});
