/** Helpers of the outbox tests: fresh buses on the test database, rows as they are stored. */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { TestContext } from '../../../../test/context.js';
import { queryRows, type Executor } from '../../db/database.js';
import { deadlines, outbox } from '../events.tables.js';
import { EventBus, type EventBusOptions } from '../relay.js';

/** A type or kind no other test uses, so each test sees only its own rows' handlers. */
export const uniqueType = (what: string) => `test_${randomBytes(4).toString('hex')}.${what}`;

export function newBus(ctx: TestContext, opts: Partial<EventBusOptions> = {}): EventBus {
  return new EventBus({ db: ctx.database.db, clock: ctx.clock, maxAttempts: 3, ...opts });
}

/** A table the test handlers write to: their "effect", which must commit with "delivered" or not at all. */
export async function createEffectsTable(ctx: TestContext): Promise<void> {
  await ctx.database.db.execute(
    sql`create table if not exists public.test_effects (id text primary key, note text not null)`,
  );
}

export async function writeEffect(tx: Executor, id: string, note: string): Promise<void> {
  await tx.execute(sql`insert into public.test_effects (id, note) values (${id}, ${note})`);
}

export async function effects(ctx: TestContext, idPrefix: string): Promise<{ id: string; note: string }[]> {
  return queryRows(
    ctx.database.db,
    sql`select id, note from public.test_effects where id like ${`${idPrefix}%`} order by id`,
  );
}

export async function eventRow(ctx: TestContext, id: string) {
  const [row] = await ctx.database.db.select().from(outbox).where(eq(outbox.id, id));
  return row!;
}

export async function deadlineRow(ctx: TestContext, id: string) {
  const [row] = await ctx.database.db.select().from(deadlines).where(eq(deadlines.id, id));
  return row!;
}

export const inTx = <T>(ctx: TestContext, work: (tx: Executor) => Promise<T>) =>
  ctx.database.db.transaction((tx) => work(tx));

export const nothing = { done: 0, retrying: 0, dead: 0 };
