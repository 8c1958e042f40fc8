import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Db } from '../../db/database.js';
import { outbox } from '../events.tables.js';
import type { DeliveredEvent } from '../events.types.js';
import { publish } from '../outbox.js';
import {
  createEffectsTable,
  effects,
  eventRow,
  inTx,
  newBus,
  nothing,
  uniqueType,
  writeEffect,
} from './events-fixture.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createEffectsTable(ctx);
});
afterAll(() => ctx.close());

describe('publishing', () => {
  it('an event published in a rolled-back transaction is never delivered', async () => {
    const bus = newBus(ctx);
    const type = uniqueType('placed');
    const seen: string[] = [];
    bus.on(type, 'recorder', async (e) => void seen.push(e.id));
    let id = '';
    const rollback = new Error('the change failed');
    await expect(
      inTx(ctx, async (tx) => {
        id = (await bus.publish(tx, { type, payload: { n: 1 } }))[0]!;
        throw rollback;
      }),
    ).rejects.toBe(rollback);

    expect(await bus.runOnce()).toEqual({ events: nothing, deadlines: nothing });
    expect(seen).toEqual([]);
    expect(await ctx.database.db.select().from(outbox).where(eq(outbox.id, id))).toEqual([]);
  });

  it('refuses a type that is not dotted lower-case words', async () => {
    const bus = newBus(ctx);
    await expect(inTx(ctx, (tx) => bus.publish(tx, { type: 'OrderPaid', payload: {} }))).rejects.toThrow(/dotted/);
    expect(() => bus.on('order', 'x', async () => undefined)).toThrow(/dotted/);
  });

  it('the database refuses rows that break the invariants', async () => {
    const base = {
      type: 'test.row',
      payload: {},
      nextAttemptAt: new Date(),
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    const insert = (over: Record<string, unknown>) =>
      ctx.database.db.insert(outbox).values({ ...base, id: randomUUID(), ...over } as typeof outbox.$inferInsert);
    await expect(insert({ attempts: -1 })).rejects.toThrow();
    await expect(insert({ status: 'lost' })).rejects.toThrow();
    await expect(insert({ status: 'done' })).rejects.toThrow(); // done needs delivered_at
    await expect(insert({ payload: [1, 2] })).rejects.toThrow();
    await expect(insert({ type: 'no dots' })).rejects.toThrow();
  });
});

describe('delivery', () => {
  it('delivers an event once; its handler’s effect and "done" commit together', async () => {
    const bus = newBus(ctx);
    const type = uniqueType('paid');
    const seen: DeliveredEvent[] = [];
    bus.on(type, 'effects', async (e, tx) => {
      seen.push(e);
      await writeEffect(tx, `delivered:${e.id}`, String(e.payload.orderId));
    });
    const orderId = randomUUID();
    const [id] = await inTx(ctx, (tx) => publish(tx, { type, key: orderId, payload: { orderId } }, ctx.clock));

    expect(await bus.runOnce()).toEqual({ events: { done: 1, retrying: 0, dead: 0 }, deadlines: nothing });
    expect(seen).toEqual([{ id, type, key: orderId, payload: { orderId }, createdAt: ctx.clock.now(), attempts: 0 }]);
    expect(await effects(ctx, `delivered:${id}`)).toEqual([{ id: `delivered:${id}`, note: orderId }]);
    expect(await eventRow(ctx, id!)).toMatchObject({
      status: 'done',
      attempts: 0,
      deliveredTo: ['effects'],
      deliveredAt: ctx.clock.now(),
      lastError: null,
    });

    ctx.clock.advance(60 * 60_000);
    expect(await bus.runOnce()).toEqual({ events: nothing, deadlines: nothing });
    expect(seen).toHaveLength(1);
  });

  it('a failing handler leaves no trace, is retried after the backoff, and holds back no other handler', async () => {
    const bus = newBus(ctx);
    const type = uniqueType('status_changed');
    const calls: string[] = [];
    let failures = 1;
    bus.on(type, 'a', async (e, tx) => {
      calls.push('a');
      await writeEffect(tx, `a:${e.id}`, 'a');
    });
    bus.on(type, 'b', async (e, tx) => {
      calls.push('b');
      await writeEffect(tx, `b:${e.id}`, 'b');
      if (failures-- > 0) throw new Error('carrier API is down');
    });
    const [id] = await inTx(ctx, (tx) => bus.publish(tx, { type, payload: {} }));
    const start = ctx.clock.now().getTime();

    expect((await bus.runOnce()).events).toEqual({ done: 0, retrying: 1, dead: 0 });
    expect(calls).toEqual(['a', 'b']);
    // a's effect committed with "delivered to a"; b's was rolled back to its savepoint.
    expect(await effects(ctx, `a:${id}`)).toHaveLength(1);
    expect(await effects(ctx, `b:${id}`)).toEqual([]);
    expect(await eventRow(ctx, id!)).toMatchObject({
      status: 'pending',
      attempts: 1,
      deliveredTo: ['a'],
      lastError: 'b: carrier API is down',
      nextAttemptAt: new Date(start + 1000),
    });

    ctx.clock.advance(999);
    expect((await bus.runOnce()).events).toEqual(nothing);
    ctx.clock.advance(1);
    expect((await bus.runOnce()).events).toEqual({ done: 1, retrying: 0, dead: 0 });
    expect(calls).toEqual(['a', 'b', 'b']);
    expect(await effects(ctx, `b:${id}`)).toHaveLength(1);
    expect(await eventRow(ctx, id!)).toMatchObject({ status: 'done', attempts: 1, deliveredTo: ['a', 'b'] });
  });

  it('backs off 1 s, 2 s … and parks the event as dead after maxAttempts, keeping the message only', async () => {
    const bus = newBus(ctx, { maxAttempts: 3 });
    const type = uniqueType('cancelled');
    let calls = 0;
    bus.on(type, 'always-fails', async () => {
      calls++;
      throw new Error(`attempt ${calls} failed`);
    });
    const [id] = await inTx(ctx, (tx) => bus.publish(tx, { type, payload: {} }));
    const t0 = ctx.clock.now().getTime();

    expect((await bus.runOnce()).events).toEqual({ done: 0, retrying: 1, dead: 0 });
    expect((await eventRow(ctx, id!)).nextAttemptAt).toEqual(new Date(t0 + 1000));
    ctx.clock.advance(1000);
    expect((await bus.runOnce()).events).toEqual({ done: 0, retrying: 1, dead: 0 });
    expect((await eventRow(ctx, id!)).nextAttemptAt).toEqual(new Date(t0 + 1000 + 2000));
    ctx.clock.advance(1999);
    expect((await bus.runOnce()).events).toEqual(nothing);
    ctx.clock.advance(1);
    expect((await bus.runOnce()).events).toEqual({ done: 0, retrying: 0, dead: 1 });

    const row = await eventRow(ctx, id!);
    expect(row).toMatchObject({ status: 'dead', attempts: 3, lastError: 'always-fails: attempt 3 failed' });
    expect(row.lastError).not.toMatch(/\n\s+at /);
    ctx.clock.advance(24 * 60 * 60_000);
    expect((await bus.runOnce()).events).toEqual(nothing);
    expect(calls).toBe(3);
  });

  it('a handler whose SQL fails is rolled back to its savepoint; the rest of the batch is delivered', async () => {
    const bus = newBus(ctx, { maxAttempts: 1 });
    const type = uniqueType('placed');
    bus.on(type, 'writer', async (e, tx) => {
      // The second event collides with the first one's row: a database error inside the batch.
      await writeEffect(tx, `dup:${type}`, String(e.payload.n));
    });
    const ids = await inTx(ctx, (tx) =>
      bus.publish(
        tx,
        [1, 2, 3].map((n) => ({ type, payload: { n } })),
      ),
    );
    expect((await bus.runOnce()).events).toEqual({ done: 1, retrying: 0, dead: 2 });
    expect(await effects(ctx, `dup:${type}`)).toEqual([{ id: `dup:${type}`, note: '1' }]);
    const rows = await Promise.all(ids.map((id) => eventRow(ctx, id)));
    expect(rows.map((r) => r.status)).toEqual(['done', 'dead', 'dead']);
    expect(rows[1]!.lastError).toMatch(/^writer: .*duplicate key/);
    expect(rows[1]!.lastError).not.toMatch(/Failed query/);
  });

  it('an event with no handlers is simply marked done', async () => {
    const bus = newBus(ctx);
    const [id] = await inTx(ctx, (tx) => bus.publish(tx, { type: uniqueType('unheard'), payload: {} }));
    expect((await bus.runOnce()).events).toEqual({ done: 1, retrying: 0, dead: 0 });
    expect(await eventRow(ctx, id!)).toMatchObject({ status: 'done', deliveredTo: [] });
  });

  it('delivers in publication order, and what handlers publish in the same pass', async () => {
    const bus = newBus(ctx, { batchSize: 2 });
    const placed = uniqueType('placed');
    const paid = uniqueType('paid');
    const seen: string[] = [];
    bus.on(placed, 'pay', async (e, tx) => {
      seen.push(`placed ${e.payload.n}`);
      await bus.publish(tx, { type: paid, payload: { n: e.payload.n } });
    });
    bus.on(paid, 'log', async (e) => void seen.push(`paid ${e.payload.n}`));
    await inTx(ctx, (tx) =>
      bus.publish(
        tx,
        [1, 2, 3, 4, 5].map((n) => ({ type: placed, payload: { n } })),
      ),
    );

    expect((await bus.runOnce()).events).toEqual({ done: 10, retrying: 0, dead: 0 });
    expect(seen.filter((s) => s.startsWith('placed'))).toEqual([1, 2, 3, 4, 5].map((n) => `placed ${n}`));
    expect(seen.filter((s) => s.startsWith('paid'))).toEqual([1, 2, 3, 4, 5].map((n) => `paid ${n}`));
  });

  it('refuses two handlers of one name for one type', () => {
    const bus = newBus(ctx);
    const type = uniqueType('placed');
    bus.on(type, 'x', async () => undefined);
    expect(() => bus.on(type, 'x', async () => undefined)).toThrow(/already/);
  });
});

describe('the loop', () => {
  it('start delivers without being asked; stop waits for the batch in flight to commit', async () => {
    const bus = newBus(ctx);
    const type = uniqueType('placed');
    let entered!: () => void;
    const handlerEntered = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    bus.on(type, 'slow', async (e, tx) => {
      entered();
      await gate;
      await writeEffect(tx, `slow:${e.id}`, 'done');
    });
    const [id] = await inTx(ctx, (tx) => bus.publish(tx, { type, payload: {} }));

    bus.start(60_000);
    await handlerEntered;
    let stopped = false;
    const stopping = bus.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await eventRow(ctx, id!)).toMatchObject({ status: 'done' });
    expect(await effects(ctx, `slow:${id}`)).toHaveLength(1);
  });

  it('a failing pass is logged and the loop lives on', async () => {
    const errors: string[] = [];
    let calls = 0;
    let secondPass!: () => void;
    const passedAgain = new Promise<void>((r) => (secondPass = r));
    // A database that drops the first connection, then answers that nothing is due.
    const flaky = {
      transaction: async () => {
        if (++calls === 1) throw new Error('connection terminated unexpectedly');
        secondPass();
        return 0;
      },
    } as unknown as Db;
    const bus = newBus(ctx, { db: flaky, log: { warn: () => undefined, error: (_o, msg) => void errors.push(msg) } });
    bus.start(10);
    await passedAgain;
    await bus.stop();
    expect(errors).toEqual(['event relay pass failed']);
  });
});
