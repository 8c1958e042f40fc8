import type { Clock } from '../clock.js';
import type { Db, Executor } from '../db/database.js';
import type { NotificationListener } from '../db/listener.js';
import { sqlState, UNIQUE_VIOLATION } from '../db/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../http/pagination.js';
import { failureMessage, retryDelayMs } from './backoff.js';
import { readBacklog, type Backlog } from './backlog.js';
import { DeadItemNotFoundError, DeadlineSupersededError, NotDeadError } from './events.errors.js';
import type {
  DeadItem,
  DeadlineHandler,
  EventHandler,
  EventPayload,
  NewDeadline,
  NewEvent,
  RunCounts,
  RequeuedItem,
  RunResult,
} from './events.types.js';
import { assertDottedName, cancelDeadline, EVENTS_CHANNEL, publish, scheduleDeadline } from './outbox.js';
import { relayRepository as repo, type DeadlineRow, type OutboxRow } from './relay.repository.js';
import { toDeadItem, toRequeuedItem } from './events.views.js';

/** Where the relay reports; Fastify's (pino) logger fits. */
export interface RelayLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface EventBusOptions {
  db: Db;
  clock: Clock;
  /** Failed attempts before an event or deadline is parked as dead. */
  maxAttempts: number;
  log?: RelayLog | undefined;
  /** Rows claimed per transaction. */
  batchSize?: number;
  /** Wakes the running loop when an event or deadline is written (outbox.ts notifies); without it, it polls only. */
  listener?: NotificationListener | undefined;
  /** Delivered events and finished deadlines older than this many days are purged by the running loop. */
  retentionDays?: number | undefined;
}

/** The running loop purges at most this often (wall time). */
const PURGE_EVERY_MS = 60_000;
/** Rows deleted per statement when purging, so no purge holds many locks or a long transaction. */
const PURGE_BATCH = 1000;
/** The loop never re-runs sooner than this when it waits for a due time (a row another relay holds is due "now"). */
const MIN_WAIT_MS = 100;

/** Writing side, bound to the bus's clock: what a module needs to publish and schedule. */
export interface Outbox {
  publish(tx: Executor, events: NewEvent | readonly NewEvent[]): Promise<string[]>;
  scheduleDeadline(tx: Executor, deadline: NewDeadline): Promise<string>;
  cancelDeadline(tx: Executor, kind: string, key: string): Promise<boolean>;
}

const silentLog: RelayLog = { warn: () => undefined, error: () => undefined };
const zero = (): RunCounts => ({ done: 0, retrying: 0, dead: 0 });

/**
 * The outbox relay and deadline runner. Modules register idempotent handlers; `runOnce` delivers
 * whatever is due, `start` keeps doing so. Any number of buses (processes) may run against one
 * database: rows are claimed with FOR UPDATE SKIP LOCKED, so none is handled twice at once.
 * The running loop wakes when a transaction that wrote an event or a deadline commits (LISTEN on
 * EVENTS_CHANNEL through the process's one listening connection), sleeps until the next due time
 * otherwise, and polls every `pollMs` at the latest as a safety net for a missed notification.
 * It also purges what was delivered longer ago than the retention period.
 */
export class EventBus implements Outbox {
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly maxAttempts: number;
  private readonly log: RelayLog;
  private readonly batchSize: number;
  private readonly handlers = new Map<string, { name: string; handle: EventHandler }[]>();
  private readonly deadlineHandlers = new Map<string, DeadlineHandler>();
  private readonly listener: NotificationListener | undefined;
  private readonly retentionDays: number | undefined;
  private stopRequested = false;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private pollMs = 1000;
  /** A pass is running: a wake-up then asks for another right after it. */
  private inPass = false;
  private wokenDuringPass = false;
  private unlisten: (() => void) | undefined;
  private lastPurgeAt: number | undefined;
  private readonly upkeep: { name: string; task: () => Promise<unknown>; everyMs: number; lastAt?: number }[] = [];

  constructor(opts: EventBusOptions) {
    if (!Number.isInteger(opts.maxAttempts) || opts.maxAttempts < 1) throw new Error('maxAttempts must be ≥ 1');
    if (opts.batchSize !== undefined && (!Number.isInteger(opts.batchSize) || opts.batchSize < 1))
      throw new Error('batchSize must be ≥ 1');
    this.db = opts.db;
    this.clock = opts.clock;
    this.maxAttempts = opts.maxAttempts;
    this.log = opts.log ?? silentLog;
    this.batchSize = opts.batchSize ?? 50;
    this.listener = opts.listener;
    this.retentionDays = opts.retentionDays;
  }

  publish(tx: Executor, events: NewEvent | readonly NewEvent[]): Promise<string[]> {
    return publish(tx, events, this.clock);
  }

  scheduleDeadline(tx: Executor, deadline: NewDeadline): Promise<string> {
    return scheduleDeadline(tx, deadline, this.clock);
  }

  cancelDeadline(tx: Executor, kind: string, key: string): Promise<boolean> {
    return cancelDeadline(tx, kind, key, this.clock);
  }

  /** Subscribes `handler` to events of `type`; `name` identifies it, so a retry skips handlers already done. */
  on<P extends EventPayload = EventPayload>(type: string, name: string, handler: EventHandler<P>): this {
    assertDottedName('event type', type);
    const list = this.handlers.get(type) ?? [];
    if (list.some((h) => h.name === name)) throw new Error(`a handler named "${name}" already takes ${type}`);
    list.push({ name, handle: handler as unknown as EventHandler });
    this.handlers.set(type, list);
    return this;
  }

  /** The one handler of deadlines of `kind`. */
  onDeadline<P extends EventPayload = EventPayload>(kind: string, handler: DeadlineHandler<P>): this {
    assertDottedName('deadline kind', kind);
    if (this.deadlineHandlers.has(kind)) throw new Error(`deadlines of kind ${kind} already have a handler`);
    this.deadlineHandlers.set(kind, handler as unknown as DeadlineHandler);
    return this;
  }

  /**
   * Runs `task` after a pass of the running loop (never in `runOnce`), at most once per `everyMs`:
   * upkeep that must happen soon but in no particular transaction, such as the catalog's facet
   * refresh. It must be idempotent, quick, and never wait on another process running it; a
   * failure is logged.
   */
  maintain(name: string, task: () => Promise<unknown>, everyMs = 0): this {
    this.upkeep.push({ name, task, everyMs });
    return this;
  }

  /** Delivers every event and fires every deadline due now, including those the handlers add. */
  runOnce(): Promise<RunResult> {
    return this.run(() => true);
  }

  /**
   * Runs a pass once it listens, then again whenever a notification says something was written,
   * when the next pending row falls due, and at the latest `pollMs` after the previous pass ends,
   * until `stop()`.
   */
  start(pollMs: number): void {
    if (this.running) return;
    this.running = true;
    this.stopRequested = false;
    this.pollMs = pollMs;
    // The first pass once LISTEN is in place: a write committed between a pass and the LISTEN
    // would wake nobody and wait for the poll (seen in a test that writes right after start).
    void this.listen().then(() => {
      if (this.running && !this.stopRequested) this.schedule(0);
    });
  }

  /** Stops the loop; resolves once the batch in flight has committed. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    clearTimeout(this.timer);
    this.unlisten?.();
    this.unlisten = undefined;
    await this.loop;
    this.loop = undefined;
    this.running = false;
  }

  /**
   * Deletes delivered events and fired or cancelled deadlines older than the retention period, in
   * batches; dead ones stay for an admin. The running loop calls it at most once a minute.
   */
  async purge(): Promise<{ events: number; deadlines: number }> {
    const purged = { events: 0, deadlines: 0 };
    if (this.retentionDays === undefined) return purged;
    const before = new Date(this.clock.now().getTime() - this.retentionDays * 86_400_000);
    for (let n = PURGE_BATCH; n === PURGE_BATCH; purged.events += n) {
      n = await repo.purgeEvents(this.db, before, PURGE_BATCH);
      if (this.stopRequested && this.running) return purged;
    }
    for (let n = PURGE_BATCH; n === PURGE_BATCH; purged.deadlines += n) {
      n = await repo.purgeDeadlines(this.db, before, PURGE_BATCH);
      if (this.stopRequested && this.running) return purged;
    }
    return purged;
  }

  /** Resolves once the relay listens (or has given up listening: it polls then). */
  private listen(): Promise<void> {
    if (!this.listener) return Promise.resolve();
    const listener = this.listener;
    const wake = () => this.wake();
    let stopped = false;
    const stopReconnect = listener.onReconnect(wake);
    const listening = listener.listen(EVENTS_CHANNEL, wake).catch((err: unknown) => {
      this.log.warn({ err }, 'event relay cannot listen for notifications; polling only');
      return undefined;
    });
    this.unlisten = () => {
      if (stopped) return;
      stopped = true;
      stopReconnect();
      void listening.then((stop) => stop?.());
    };
    return listening.then(() => undefined);
  }

  /** Something was written: run a pass now, or right after the one running. */
  private wake(): void {
    if (!this.running || this.stopRequested) return;
    if (this.inPass) this.wokenDuringPass = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void (this.loop = this.tick()), ms);
    // The relay alone must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopRequested) return;
    this.inPass = true;
    this.wokenDuringPass = false;
    let wait = this.pollMs;
    try {
      await this.run(() => !this.stopRequested);
      if (!this.stopRequested) await this.purgeNowAndThen();
      for (const job of this.upkeep) {
        if (this.stopRequested) break;
        const now = performance.now();
        if (job.lastAt !== undefined && now - job.lastAt < job.everyMs) continue;
        job.lastAt = now;
        await job
          .task()
          .catch((err: unknown) => this.log.warn({ err, task: job.name }, 'relay upkeep failed; next pass retries'));
      }
      if (!this.stopRequested) wait = await this.untilNextDue();
    } catch (err) {
      // A lost connection or a restarting database: log it and try again at the next poll.
      this.log.error({ err }, 'event relay pass failed');
    } finally {
      this.inPass = false;
    }
    if (this.stopRequested) return;
    this.schedule(this.wokenDuringPass ? 0 : wait);
  }

  /** How long to sleep: until the earliest pending row is due, never longer than the poll interval. */
  private async untilNextDue(): Promise<number> {
    // Not knowing is no failure of the pass: the poll interval then.
    const next = await repo.nextDue(this.db).catch(() => null);
    if (!next) return this.pollMs;
    const ms = next.getTime() - this.clock.now().getTime();
    return Math.min(this.pollMs, Math.max(MIN_WAIT_MS, ms));
  }

  private async purgeNowAndThen(): Promise<void> {
    if (this.retentionDays === undefined) return;
    const now = performance.now();
    if (this.lastPurgeAt !== undefined && now - this.lastPurgeAt < PURGE_EVERY_MS) return;
    this.lastPurgeAt = now;
    try {
      await this.purge();
    } catch (err) {
      this.log.warn({ err }, 'event relay purge failed; trying again in a minute');
    }
  }

  /** Pending, due and dead events and deadlines as of the bus's clock, database-wide (for /metrics). */
  backlog(): Promise<Backlog> {
    return readBacklog(this.db, this.clock.now());
  }

  /** Parked events and deadlines, most recently parked first. */
  async listDead(query: { limit: number; cursor?: string | undefined }) {
    const after = decodeCursor(query.cursor, timeIdCursor);
    // Each table answers its own newest limit+1; merged, their first limit+1 are the page's.
    const [events, dls] = await Promise.all([
      repo.deadEvents(this.db, query.limit + 1, after),
      repo.deadDeadlines(this.db, query.limit + 1, after),
    ]);
    const items = [...events, ...dls].map(toDeadItem).sort(newestFirst);
    return toPage(
      items.slice(0, query.limit + 1),
      query.limit,
      (i) => [i.failedAt, i.id],
      (i) => i,
    );
  }

  /** Puts a dead event or deadline back in the queue, due now, with its attempts reset. */
  retry(id: string): Promise<RequeuedItem> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const event = await repo.eventForUpdate(tx, id);
      if (event) {
        if (event.status !== 'dead') throw new NotDeadError(event.status);
        return toRequeuedItem(await repo.requeueEvent(tx, id, now));
      }
      const deadline = await repo.deadlineForUpdate(tx, id);
      if (!deadline) throw new DeadItemNotFoundError();
      if (deadline.status !== 'dead') throw new NotDeadError(deadline.status);
      if (await repo.pendingDeadlineExists(tx, deadline.kind, deadline.key)) throw new DeadlineSupersededError();
      const next = now > deadline.dueAt ? now : deadline.dueAt;
      try {
        return toRequeuedItem(await repo.requeueDeadline(tx, id, next, now));
      } catch (err) {
        // Scheduled again between the check and the update: the unique index had the last word.
        if (sqlState(err) === UNIQUE_VIOLATION) throw new DeadlineSupersededError();
        throw err;
      }
    });
  }

  private async run(keepGoing: () => boolean): Promise<RunResult> {
    const now = this.clock.now();
    const result: RunResult = { events: zero(), deadlines: zero() };
    // Rounds, because a deadline's handler may publish events and an event's may schedule deadlines.
    for (;;) {
      const events = await drain(keepGoing, () => this.eventBatch(now, result.events));
      const deadlines = await drain(keepGoing, () => this.deadlineBatch(now, result.deadlines));
      if (events + deadlines === 0 || !keepGoing()) return result;
    }
  }

  private eventBatch(now: Date, counts: RunCounts): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await repo.claimEvents(tx, now, this.batchSize);
      for (const row of rows) counts[await this.deliver(tx, row)]++;
      return rows.length;
    });
  }

  private deadlineBatch(now: Date, counts: RunCounts): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await repo.claimDeadlines(tx, now, this.batchSize);
      for (const row of rows) counts[await this.fire(tx, row)]++;
      return rows.length;
    });
  }

  /** Runs each handler not yet done in a savepoint: a failing one leaves no trace and holds back no other. */
  private async deliver(tx: Executor, row: OutboxRow): Promise<keyof RunCounts> {
    const deliveredTo = [...row.deliveredTo];
    const errors: string[] = [];
    const event = {
      id: row.id,
      type: row.type,
      key: row.key,
      payload: row.payload,
      createdAt: row.createdAt,
      attempts: row.attempts,
    };
    for (const { name, handle } of this.handlers.get(row.type) ?? []) {
      if (deliveredTo.includes(name)) continue;
      try {
        await tx.transaction((sp) => handle(event, sp));
        deliveredTo.push(name);
      } catch (err) {
        errors.push(`${name}: ${failureMessage(err)}`);
      }
    }
    if (errors.length === 0) {
      await repo.eventDone(tx, row.id, deliveredTo, this.clock.now());
      return 'done';
    }
    const failure = this.failure(row.attempts, errors.join('; '));
    await repo.eventFailed(tx, row.id, deliveredTo, failure);
    const at = { eventId: row.id, type: row.type, attempts: failure.attempts, error: failure.lastError };
    if (failure.dead) this.log.error(at, 'event parked as dead after its last attempt');
    else this.log.warn(at, 'event handler failed; will retry');
    return failure.dead ? 'dead' : 'retrying';
  }

  private async fire(tx: Executor, row: DeadlineRow): Promise<keyof RunCounts> {
    const handle = this.deadlineHandlers.get(row.kind);
    if (!handle) {
      this.log.warn({ deadlineId: row.id, kind: row.kind }, 'deadline has no handler; marked done');
    } else {
      const deadline = {
        id: row.id,
        kind: row.kind,
        key: row.key,
        dueAt: row.dueAt,
        payload: row.payload,
        attempts: row.attempts,
      };
      try {
        await tx.transaction((sp) => handle(deadline, sp));
      } catch (err) {
        const failure = this.failure(row.attempts, failureMessage(err));
        await repo.deadlineFailed(tx, row.id, failure);
        const at = { deadlineId: row.id, kind: row.kind, attempts: failure.attempts, error: failure.lastError };
        if (failure.dead) this.log.error(at, 'deadline parked as dead after its last attempt');
        else this.log.warn(at, 'deadline handler failed; will retry');
        return failure.dead ? 'dead' : 'retrying';
      }
    }
    await repo.deadlineDone(tx, row, this.clock.now());
    return 'done';
  }

  private failure(previousAttempts: number, lastError: string) {
    const now = this.clock.now();
    const attempts = previousAttempts + 1;
    const dead = attempts >= this.maxAttempts;
    // A dead row keeps its last due time; only a retry puts it back in the queue.
    const nextAttemptAt = new Date(now.getTime() + (dead ? 0 : retryDelayMs(attempts)));
    return { attempts, dead, nextAttemptAt, lastError, now };
  }
}

/** Runs batches until one claims nothing (or the loop is stopping); the number of rows claimed. */
async function drain(keepGoing: () => boolean, batch: () => Promise<number>): Promise<number> {
  let total = 0;
  while (keepGoing()) {
    const claimed = await batch();
    if (claimed === 0) break;
    total += claimed;
  }
  return total;
}

function newestFirst(a: DeadItem, b: DeadItem): number {
  // ISO-8601 UTC strings of one format sort as their times; uuids as PostgreSQL orders them.
  const ka = `${a.failedAt} ${a.id}`;
  const kb = `${b.failedAt} ${b.id}`;
  return ka < kb ? 1 : ka > kb ? -1 : 0;
}

export function createEventBus(opts: EventBusOptions): EventBus {
  return new EventBus(opts);
}
