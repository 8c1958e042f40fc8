/**
 * The running relay wakes on NOTIFY (a transaction that wrote an event or a deadline committed)
 * instead of waiting for its poll, and purges what was delivered longer ago than the retention
 * period. The poll interval here is an hour: a handler that runs at all ran because it was woken.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { CatalogFixtures } from '../../../../test/fixtures/catalog.js';
import { queryRows } from '../../db/database.js';
import { createNotificationListener, type NotificationListener } from '../../db/listener.js';
import { deadlines, outbox } from '../events.tables.js';
import type { EventBus } from '../relay.js';
import { deadlineRow, eventRow, inTx, newBus, uniqueType } from './events-fixture.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let ctx: TestContext;
let listener: NotificationListener;
const running: EventBus[] = [];
beforeAll(async () => {
  ctx = await createTestContext();
  listener = createNotificationListener(ctx.database);
});
// A bus left running would claim the next test's rows, and without their handlers mark them done.
afterEach(async () => {
  for (const bus of running.splice(0)) await bus.stop();
});
afterAll(async () => {
  await listener?.close();
  await ctx?.close();
});

/** A started bus that polls once an hour: only a notification makes it run again soon. */
function wakingBus(opts: { retentionDays?: number } = {}): EventBus {
  const bus = newBus(ctx, { listener, ...opts });
  running.push(bus);
  return bus;
}

/** A promise and the function that resolves it. */
function signal<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the relay wakes on NOTIFY', () => {
  it('an event published after the first pass is delivered without a poll', async () => {
    const bus = wakingBus();
    const type = uniqueType('woken');
    const handled = signal<string>();
    bus.on(type, 'wake', async (e) => handled.resolve(e.id));
    // The first pass runs at once and finds nothing; the next poll is an hour away.
    const firstPass = signal();
    const other = uniqueType('first');
    bus.on(other, 'first', async () => firstPass.resolve());
    await inTx(ctx, (tx) => bus.publish(tx, { type: other, payload: {} }));
    bus.start(HOUR);
    await firstPass.promise;

    const [id] = await inTx(ctx, (tx) => bus.publish(tx, { type, payload: { n: 1 } }));
    expect(await handled.promise).toBe(id);
    await vi.waitFor(async () => expect((await eventRow(ctx, id!)).status).toBe('done'));
  });

  it('a deadline scheduled due now fires without a poll', async () => {
    const bus = wakingBus();
    const kind = uniqueType('due_now');
    const fired = signal<string>();
    bus.onDeadline(kind, async (d) => fired.resolve(d.key));
    bus.start(HOUR);
    const key = randomUUID();
    await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: ctx.clock.now(), payload: {} }));
    expect(await fired.promise).toBe(key);
  });

  it('a transaction that rolls back wakes nobody and leaves nothing', async () => {
    const bus = wakingBus();
    const type = uniqueType('rolled_back');
    const calls: string[] = [];
    bus.on(type, 'never', async (e) => void calls.push(e.id));
    const after = uniqueType('after');
    const handledAfter = signal();
    bus.on(after, 'after', async () => handledAfter.resolve());
    bus.start(HOUR);
    await expect(
      inTx(ctx, async (tx) => {
        await bus.publish(tx, { type, payload: {} });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // A later commit wakes the relay: had the first one left a row, it would be handled in the same pass.
    await inTx(ctx, (tx) => bus.publish(tx, { type: after, payload: {} }));
    await handledAfter.promise;
    expect(calls).toEqual([]);
    const rows = await ctx.database.db.select().from(outbox).where(eq(outbox.type, type));
    expect(rows).toEqual([]);
  });
});

describe('the relay purges', () => {
  it('delivered events and fired or cancelled deadlines past the retention period; pending and dead stay', async () => {
    const bus = newBus(ctx, { retentionDays: 30, maxAttempts: 1 });
    const type = uniqueType('old');
    const failing = uniqueType('failing');
    bus.on(type, 'ok', async () => undefined);
    bus.on(failing, 'boom', async () => {
      throw new Error('boom');
    });
    const kind = uniqueType('old_deadline');
    bus.onDeadline(kind, async () => undefined);

    const [oldEvent] = await inTx(ctx, (tx) => bus.publish(tx, { type, payload: {} }));
    const [deadEvent] = await inTx(ctx, (tx) => bus.publish(tx, { type: failing, payload: {} }));
    const firedDeadline = await inTx(ctx, (tx) =>
      bus.scheduleDeadline(tx, { kind, key: randomUUID(), dueAt: ctx.clock.now(), payload: {} }),
    );
    const cancelledKey = randomUUID();
    const cancelled = await inTx(ctx, (tx) =>
      bus.scheduleDeadline(tx, {
        kind,
        key: cancelledKey,
        dueAt: new Date(ctx.clock.now().getTime() + DAY),
        payload: {},
      }),
    );
    await inTx(ctx, (tx) => bus.cancelDeadline(tx, kind, cancelledKey));
    await bus.runOnce();
    expect((await eventRow(ctx, oldEvent!)).status).toBe('done');
    expect((await eventRow(ctx, deadEvent!)).status).toBe('dead');

    ctx.clock.advance(20 * DAY);
    const [recentEvent] = await inTx(ctx, (tx) => bus.publish(tx, { type, payload: {} }));
    await bus.runOnce();
    const pendingKey = randomUUID();
    const pending = await inTx(ctx, (tx) =>
      bus.scheduleDeadline(tx, {
        kind,
        key: pendingKey,
        dueAt: new Date(ctx.clock.now().getTime() + 90 * DAY),
        payload: {},
      }),
    );

    ctx.clock.advance(10 * DAY + 1);
    const purged = await bus.purge();
    expect(purged.events).toBeGreaterThanOrEqual(1);
    expect(purged.deadlines).toBeGreaterThanOrEqual(2);
    const events = await ctx.database.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(sql`${outbox.id} in (${oldEvent!}, ${deadEvent!}, ${recentEvent!})`);
    expect(events.map((e) => e.id).sort()).toEqual([deadEvent!, recentEvent!].sort());
    const dls = await ctx.database.db
      .select({ id: deadlines.id })
      .from(deadlines)
      .where(sql`${deadlines.id} in (${firedDeadline}, ${cancelled}, ${pending})`);
    expect(dls.map((d) => d.id)).toEqual([pending]);
    expect((await deadlineRow(ctx, pending)).status).toBe('pending');
  });

  it('the running loop purges on its own (a retention of one day, events two days old)', async () => {
    const setup = newBus(ctx);
    const type = uniqueType('aged');
    setup.on(type, 'ok', async () => undefined);
    const [id] = await inTx(ctx, (tx) => setup.publish(tx, { type, payload: {} }));
    await setup.runOnce();
    ctx.clock.advance(2 * DAY);
    const bus = wakingBus({ retentionDays: 1 });
    bus.start(HOUR);
    await vi.waitFor(async () => {
      const rows = await ctx.database.db.select().from(outbox).where(eq(outbox.id, id!));
      expect(rows).toEqual([]);
    });
  });
});

describe('the relay keeps up', () => {
  it('runs its upkeep after each pass of the running loop, never in runOnce, and outlives a failing task', async () => {
    const bus = wakingBus();
    const runs: string[] = [];
    const twice = signal();
    bus.maintain('failing', async () => {
      runs.push('failing');
      throw new Error('database away');
    });
    bus.maintain('counting', async () => {
      runs.push('counting');
      if (runs.filter((r) => r === 'counting').length === 2) twice.resolve();
    });
    await bus.runOnce();
    expect(runs).toEqual([]);
    bus.start(HOUR);
    // The first pass runs at once; a published event wakes the second.
    const type = uniqueType('kept');
    bus.on(type, 'ok', async () => undefined);
    await vi.waitFor(() => expect(runs).toContain('counting'));
    await inTx(ctx, (tx) => bus.publish(tx, { type, payload: {} }));
    await twice.promise;
    expect(runs.slice(0, 4)).toEqual(['failing', 'counting', 'failing', 'counting']);
  });
});

describe('the catalog facets', () => {
  it('are counted afresh by the running relay of the app', async () => {
    const stale = async () =>
      (
        await queryRows<{ n: number }>(
          ctx.database.db,
          sql`select count(*)::int as n from catalog.listing_facets_stale`,
        )
      )[0]!;
    const seller = await ctx.make.seller();
    await new CatalogFixtures(ctx).listed(seller);
    expect((await stale()).n).toBeGreaterThan(0);
    ctx.app.events.start(HOUR);
    try {
      await vi.waitFor(async () => expect((await stale()).n).toBe(0));
    } finally {
      await ctx.app.events.stop();
    }
  });
});
