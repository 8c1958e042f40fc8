import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { deadlines } from '../events.tables.js';
import type { DueDeadline } from '../events.types.js';
import { cancelDeadline, scheduleDeadline } from '../outbox.js';
import {
  createEffectsTable,
  deadlineRow,
  effects,
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

const MINUTE = 60_000;
const inMinutes = (n: number) => new Date(ctx.clock.now().getTime() + n * MINUTE);
const rowsOf = (kind: string, key: string) =>
  ctx.database.db
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.kind, kind), eq(deadlines.key, key)));

describe('deadlines', () => {
  it('fire once, at their due time and not a millisecond before', async () => {
    const bus = newBus(ctx);
    const kind = uniqueType('payment_expiry');
    const fired: DueDeadline[] = [];
    bus.onDeadline(kind, async (d, tx) => {
      fired.push(d);
      await writeEffect(tx, `expired:${d.key}`, String(d.payload.reason));
    });
    const orderId = randomUUID();
    const dueAt = inMinutes(30);
    const id = await inTx(ctx, (tx) =>
      bus.scheduleDeadline(tx, { kind, key: orderId, dueAt, payload: { reason: 'unpaid' } }),
    );

    expect(await bus.runOnce()).toEqual({ events: nothing, deadlines: nothing });
    ctx.clock.advance(30 * MINUTE - 1);
    expect((await bus.runOnce()).deadlines).toEqual(nothing);
    expect(fired).toEqual([]);
    ctx.clock.advance(1);
    expect((await bus.runOnce()).deadlines).toEqual({ done: 1, retrying: 0, dead: 0 });
    expect(fired).toEqual([{ id, kind, key: orderId, dueAt, payload: { reason: 'unpaid' }, attempts: 0 }]);
    expect(await effects(ctx, `expired:${orderId}`)).toEqual([{ id: `expired:${orderId}`, note: 'unpaid' }]);
    expect(await deadlineRow(ctx, id)).toMatchObject({ status: 'done', firedAt: dueAt });

    ctx.clock.advance(24 * 60 * MINUTE);
    expect((await bus.runOnce()).deadlines).toEqual(nothing);
    expect(fired).toHaveLength(1);
  });

  it('scheduling the same kind and key again replaces the pending deadline', async () => {
    const bus = newBus(ctx);
    const kind = uniqueType('close');
    const fired: DueDeadline[] = [];
    bus.onDeadline(kind, async (d) => void fired.push(d));
    const key = randomUUID();
    const first = await inTx(ctx, (tx) =>
      scheduleDeadline(tx, { kind, key, dueAt: inMinutes(5), payload: { v: 1 } }, ctx.clock),
    );
    const later = inMinutes(10);
    const second = await inTx(ctx, (tx) =>
      scheduleDeadline(tx, { kind, key, dueAt: later, payload: { v: 2 } }, ctx.clock),
    );
    expect(second).toBe(first);
    expect(await rowsOf(kind, key)).toHaveLength(1);

    ctx.clock.advance(5 * MINUTE);
    expect((await bus.runOnce()).deadlines).toEqual(nothing);
    ctx.clock.advance(5 * MINUTE);
    expect((await bus.runOnce()).deadlines).toEqual({ done: 1, retrying: 0, dead: 0 });
    expect(fired.map((d) => [d.dueAt, d.payload])).toEqual([[later, { v: 2 }]]);

    // Once fired, the same kind and key may be scheduled anew: a new deadline, not a revival.
    const third = await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: inMinutes(1), payload: {} }));
    expect(third).not.toBe(first);
    expect((await rowsOf(kind, key)).map((r) => r.status).sort()).toEqual(['done', 'pending']);
    await inTx(ctx, (tx) => bus.cancelDeadline(tx, kind, key));
  });

  it('cancelling prevents the deadline; cancelling twice says there was nothing left', async () => {
    const bus = newBus(ctx);
    const kind = uniqueType('payment_expiry');
    const fired: string[] = [];
    bus.onDeadline(kind, async (d) => void fired.push(d.key));
    const key = randomUUID();
    const id = await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: inMinutes(30), payload: {} }));

    expect(await inTx(ctx, (tx) => cancelDeadline(tx, kind, key, ctx.clock))).toBe(true);
    expect(await inTx(ctx, (tx) => bus.cancelDeadline(tx, kind, key))).toBe(false);
    ctx.clock.advance(31 * MINUTE);
    expect((await bus.runOnce()).deadlines).toEqual(nothing);
    expect(fired).toEqual([]);
    expect(await deadlineRow(ctx, id)).toMatchObject({ status: 'cancelled', firedAt: null });
  });

  it('a cancel in a rolled-back transaction leaves the deadline in place', async () => {
    const bus = newBus(ctx);
    const kind = uniqueType('payment_expiry');
    const fired: string[] = [];
    bus.onDeadline(kind, async (d) => void fired.push(d.key));
    const key = randomUUID();
    await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: inMinutes(1), payload: {} }));
    await expect(
      inTx(ctx, async (tx) => {
        await bus.cancelDeadline(tx, kind, key);
        throw new Error('payment capture failed');
      }),
    ).rejects.toThrow('payment capture failed');
    ctx.clock.advance(MINUTE);
    expect((await bus.runOnce()).deadlines).toEqual({ done: 1, retrying: 0, dead: 0 });
    expect(fired).toEqual([key]);
  });

  it('a failing handler is retried with backoff, then parked as dead', async () => {
    const bus = newBus(ctx, { maxAttempts: 2 });
    const kind = uniqueType('close');
    let calls = 0;
    bus.onDeadline(kind, async (_d, tx) => {
      calls++;
      await writeEffect(tx, `close:${kind}:${calls}`, 'x');
      throw new Error('no bids to award');
    });
    const key = randomUUID();
    const id = await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: inMinutes(0), payload: {} }));

    expect((await bus.runOnce()).deadlines).toEqual({ done: 0, retrying: 1, dead: 0 });
    expect(await deadlineRow(ctx, id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'no bids to award',
      nextAttemptAt: new Date(ctx.clock.now().getTime() + 1000),
    });
    ctx.clock.advance(1000);
    expect((await bus.runOnce()).deadlines).toEqual({ done: 0, retrying: 0, dead: 1 });
    expect(await deadlineRow(ctx, id)).toMatchObject({ status: 'dead', attempts: 2 });
    expect(await effects(ctx, `close:${kind}`)).toEqual([]);
    ctx.clock.advance(60 * MINUTE);
    expect((await bus.runOnce()).deadlines).toEqual(nothing);
    expect(calls).toBe(2);
  });

  it('a deadline whose kind has no handler is marked done', async () => {
    const bus = newBus(ctx);
    const id = await inTx(ctx, (tx) =>
      bus.scheduleDeadline(tx, { kind: uniqueType('orphan'), key: 'k', dueAt: inMinutes(0), payload: {} }),
    );
    expect((await bus.runOnce()).deadlines).toEqual({ done: 1, retrying: 0, dead: 0 });
    expect(await deadlineRow(ctx, id)).toMatchObject({ status: 'done' });
  });

  it('a deadline handler may publish events, delivered in the same pass', async () => {
    const bus = newBus(ctx);
    const kind = uniqueType('payment_expiry');
    const cancelled = uniqueType('cancelled');
    const seen: unknown[] = [];
    bus.onDeadline(kind, (d, tx) =>
      bus.publish(tx, { type: cancelled, key: d.key, payload: { orderId: d.key } }).then(() => undefined),
    );
    bus.on(cancelled, 'log', async (e) => void seen.push(e.payload));
    const key = randomUUID();
    await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: inMinutes(0), payload: {} }));
    expect(await bus.runOnce()).toEqual({
      events: { done: 1, retrying: 0, dead: 0 },
      deadlines: { done: 1, retrying: 0, dead: 0 },
    });
    expect(seen).toEqual([{ orderId: key }]);
  });

  it('a handler may schedule its own deadline again: it fires again then, not never', async () => {
    const bus = newBus(ctx);
    const kind = uniqueType('look_again');
    const key = randomUUID();
    let looks = 0;
    bus.onDeadline(kind, async (d, tx) => {
      looks++;
      if (looks < 3) await bus.scheduleDeadline(tx, { kind, key: d.key, dueAt: inMinutes(2), payload: {} });
    });
    await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: inMinutes(0), payload: {} }));
    for (let i = 0; i < 5; i++) {
      await bus.runOnce();
      ctx.clock.advance(2 * MINUTE);
    }
    expect(looks).toBe(3);
    expect((await rowsOf(kind, key)).map((r) => r.status)).toEqual(['done']);
  });

  it('the database refuses a deadline retried before it is due, and two pending for one key', async () => {
    const now = ctx.clock.now();
    const base = { kind: 'test.row', key: randomUUID(), payload: {}, createdAt: now, updatedAt: now };
    const insert = (over: Partial<typeof deadlines.$inferInsert>) =>
      ctx.database.db.insert(deadlines).values({ ...base, id: randomUUID(), dueAt: now, nextAttemptAt: now, ...over });
    await expect(insert({ nextAttemptAt: new Date(now.getTime() - 1) })).rejects.toThrow();
    await expect(insert({ status: 'fired' as 'done' })).rejects.toThrow();
    await insert({});
    await expect(insert({})).rejects.toThrow();
    await insert({ status: 'cancelled' });
  });
});
