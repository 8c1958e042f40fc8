import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { deadlines, outbox } from '../events.tables.js';
import type { EventBus } from '../relay.js';
import { createEffectsTable, effects, inTx, newBus, uniqueType, writeEffect } from './events-fixture.js';

const RELAYS = 4;
const ROWS = 200;

// PGlite is one connection: its transactions take turns, so nothing there runs in parallel.
describe.skipIf(!process.env.TEST_DATABASE_URL)('parallel relays (PostgreSQL only)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await createEffectsTable(ctx);
  });
  afterAll(() => ctx?.close());

  /** Relays that each take small batches, so their claims interleave; every one has the handlers. */
  function relays(register: (bus: EventBus) => void): EventBus[] {
    return Array.from({ length: RELAYS }, () => {
      const bus = newBus(ctx, { batchSize: 7 });
      register(bus);
      return bus;
    });
  }

  it(`${RELAYS} relays over ${ROWS} events: every handler runs exactly once per event`, async () => {
    const type = uniqueType('placed');
    const calls = new Map<string, number>();
    const buses = relays((bus) => {
      for (const name of ['stock', 'insights']) {
        bus.on(type, name, async (e, tx) => {
          calls.set(`${name}:${e.id}`, (calls.get(`${name}:${e.id}`) ?? 0) + 1);
          // A primary key per (handler, event): a second delivery would fail here and show as a retry.
          await writeEffect(tx, `${type}:${name}:${e.id}`, name);
          // Holds the row lock across a round trip, so other relays meet it locked.
          await tx.execute(sql`select pg_sleep(0.001)`);
        });
      }
    });
    const ids = await inTx(ctx, (tx) =>
      buses[0]!.publish(
        tx,
        Array.from({ length: ROWS }, (_, n) => ({ type, payload: { n } })),
      ),
    );

    const results = await Promise.all(buses.map((bus) => bus.runOnce()));

    expect(results.reduce((sum, r) => sum + r.events.done, 0)).toBe(ROWS);
    expect(results.every((r) => r.events.retrying === 0 && r.events.dead === 0)).toBe(true);
    // More than one relay did some of the work: they really ran side by side.
    expect(results.filter((r) => r.events.done > 0).length).toBeGreaterThan(1);
    expect(calls.size).toBe(2 * ROWS);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(await effects(ctx, `${type}:`)).toHaveLength(2 * ROWS);
    const rows = await ctx.database.db
      .select({ status: outbox.status, attempts: outbox.attempts })
      .from(outbox)
      .where(inArray(outbox.id, ids));
    expect(rows.every((r) => r.status === 'done' && r.attempts === 0)).toBe(true);
  });

  it(`${RELAYS} relays over ${ROWS} due deadlines: each fires exactly once`, async () => {
    const kind = uniqueType('payment_expiry');
    const calls = new Map<string, number>();
    const buses = relays((bus) =>
      bus.onDeadline(kind, async (d, tx) => {
        calls.set(d.key, (calls.get(d.key) ?? 0) + 1);
        await writeEffect(tx, `${kind}:${d.key}`, 'fired');
        await tx.execute(sql`select pg_sleep(0.001)`);
      }),
    );
    const dueAt = ctx.clock.now();
    await inTx(ctx, async (tx) => {
      for (let n = 0; n < ROWS; n++)
        await buses[0]!.scheduleDeadline(tx, { kind, key: randomUUID(), dueAt, payload: {} });
    });

    const results = await Promise.all(buses.map((bus) => bus.runOnce()));

    expect(results.reduce((sum, r) => sum + r.deadlines.done, 0)).toBe(ROWS);
    expect(results.filter((r) => r.deadlines.done > 0).length).toBeGreaterThan(1);
    expect(calls.size).toBe(ROWS);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(await effects(ctx, `${kind}:`)).toHaveLength(ROWS);
    const pending = await ctx.database.db
      .select({ id: deadlines.id })
      .from(deadlines)
      .where(and(eq(deadlines.kind, kind), eq(deadlines.status, 'pending')));
    expect(pending).toEqual([]);
  });

  it('a reschedule racing the firing of the same deadline waits, then schedules a new one', async () => {
    const kind = uniqueType('close');
    const key = randomUUID();
    let entered!: () => void;
    const firing = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const bus = newBus(ctx);
    bus.onDeadline(kind, async () => {
      entered();
      await gate;
    });
    const first = await inTx(ctx, (tx) => bus.scheduleDeadline(tx, { kind, key, dueAt: ctx.clock.now(), payload: {} }));

    const run = bus.runOnce();
    await firing;
    // The firing relay holds the row: the upsert waits for it, then finds it done, not pending.
    const rescheduled = inTx(ctx, (tx) =>
      bus.scheduleDeadline(tx, { kind, key, dueAt: new Date(ctx.clock.now().getTime() + 60_000), payload: {} }),
    );
    release();
    await run;
    const second = await rescheduled;
    expect(second).not.toBe(first);
    const rows = await ctx.database.db.select().from(deadlines).where(eq(deadlines.key, key));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [first]: 'done', [second]: 'pending' });
    await inTx(ctx, (tx) => bus.cancelDeadline(tx, kind, key));
  });
});
