import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../db/database.js';
import { deadlines, outbox } from './events.tables.js';

/** What waits in one table (events or deadlines), for /metrics. */
export interface QueueFigures {
  /** Not yet delivered (fired), due or waiting for a retry. */
  pending: number;
  /** Pending and due now: the relay should be on them. */
  due: number;
  /** How long the oldest due row has waited past its due time, in seconds; 0 when none is due. */
  lagSeconds: number;
  /** Parked after their last attempt, waiting for an admin. */
  dead: number;
}

export interface Backlog {
  events: QueueFigures;
  deadlines: QueueFigures;
}

interface Row {
  source: string;
  pending: number | string;
  due: number | string;
  oldest: Date | string | null;
  dead: number | string;
}

/**
 * One statement over the partial indexes the relay itself uses (`*_due_idx`, `*_dead_idx`), so a
 * scrape costs what the pending and dead rows cost, however many delivered rows are kept.
 */
export async function readBacklog(ex: Executor, now: Date): Promise<Backlog> {
  const at = now.toISOString();
  const figures = (source: string, t: typeof outbox | typeof deadlines) => sql`
    select
      ${source} as source,
      (select count(*) from ${t} where ${t.status} = 'pending') as pending,
      (select count(*) from ${t} where ${t.status} = 'pending' and ${t.nextAttemptAt} <= ${at}::timestamptz) as due,
      (select min(${t.nextAttemptAt}) from ${t} where ${t.status} = 'pending' and ${t.nextAttemptAt} <= ${at}::timestamptz) as oldest,
      (select count(*) from ${t} where ${t.status} = 'dead') as dead`;
  const rows = await queryRows<Row>(ex, sql`${figures('event', outbox)} union all ${figures('deadline', deadlines)}`);
  return {
    events: toFigures(
      rows.find((r) => r.source === 'event'),
      now,
    ),
    deadlines: toFigures(
      rows.find((r) => r.source === 'deadline'),
      now,
    ),
  };
}

function toFigures(row: Row | undefined, now: Date): QueueFigures {
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : null;
  return {
    pending: Number(row?.pending ?? 0),
    due: Number(row?.due ?? 0),
    lagSeconds: oldest === null ? 0 : Math.max(0, (now.getTime() - oldest) / 1000),
    dead: Number(row?.dead ?? 0),
  };
}
