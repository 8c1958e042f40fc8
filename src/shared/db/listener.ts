import pg from 'pg';
import type { Database } from './database.js';

/**
 * PostgreSQL LISTEN/NOTIFY for the whole process (docs/domain.md, Tracking — one listening
 * connection): every channel a process listens on shares one connection. On PostgreSQL it is a
 * dedicated client of its own (never a pool's, which would hold a slot forever), opened on the
 * first `listen` and opened again, with every channel, when it is lost; on PGlite, which is one
 * process with one connection, PGlite's own `listen` does the same. Either way a notification sent
 * in a transaction arrives only once it commits, and never when it rolls back.
 */
export interface NotificationListener {
  /**
   * Calls `onPayload` with the payload of every notification on `channel` from now on; the answer
   * stops it. With the database away it resolves all the same and listens once it is back.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Calls `fn` whenever the listening connection came back after it was lost: notifications sent
   * in between were missed, so a listener reads again what it shows. The answer stops it.
   */
  onReconnect(fn: () => void): () => void;
  close(): Promise<void>;
}

export interface ListenerLog {
  warn(obj: object, msg: string): void;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

function assertChannel(channel: string): void {
  // Channels are identifiers written into LISTEN: only plain lower-case names are taken.
  if (!CHANNEL.test(channel)) throw new Error(`channel "${channel}" must be a lower-case identifier`);
}

/** The process's listener for this database. */
export function createNotificationListener(database: Database, log?: ListenerLog): NotificationListener {
  if (database.kind === 'pglite') return new PgliteListener(database);
  if (!database.pool) throw new Error('a PostgreSQL database without a pool cannot listen');
  return new PostgresListener(database.pool.options, log);
}

type Callback = (payload: string) => void;

class Channels {
  private readonly byName = new Map<string, Set<Callback>>();

  /** True when the channel is new. */
  add(channel: string, cb: Callback): boolean {
    const set = this.byName.get(channel);
    if (set) {
      set.add(cb);
      return false;
    }
    this.byName.set(channel, new Set([cb]));
    return true;
  }

  /** True when the channel has no listener left. */
  remove(channel: string, cb: Callback): boolean {
    const set = this.byName.get(channel);
    if (!set) return false;
    set.delete(cb);
    if (set.size > 0) return false;
    this.byName.delete(channel);
    return true;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  dispatch(channel: string, payload: string): void {
    for (const cb of this.byName.get(channel) ?? []) {
      try {
        cb(payload);
      } catch {
        // One listener's mistake must not keep the others from hearing.
      }
    }
  }
}

class PostgresListener implements NotificationListener {
  private readonly channels = new Channels();
  private readonly reconnected = new Set<() => void>();
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = RECONNECT_MIN_MS;
  private closed = false;

  constructor(
    private readonly options: pg.PoolConfig,
    private readonly log: ListenerLog | undefined,
  ) {}

  async listen(channel: string, onPayload: Callback): Promise<() => Promise<void>> {
    assertChannel(channel);
    if (this.closed) throw new Error('the listener is closed');
    const first = this.channels.add(channel, onPayload);
    if (first) {
      try {
        const client = await this.connection();
        // A connection made while this call waited has listened to every channel already; again is harmless.
        await client.query(`LISTEN ${channel}`);
      } catch (err) {
        // The database is away: listening starts when it is back (onReconnect tells), polls cover the gap.
        this.log?.warn({ err }, 'notification listener could not connect; trying again');
        this.scheduleReconnect();
      }
    }
    return async () => {
      if (!this.channels.remove(channel, onPayload)) return;
      await this.client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
    };
  }

  onReconnect(fn: () => void): () => void {
    this.reconnected.add(fn);
    return () => this.reconnected.delete(fn);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      options: this.options.options,
      // A connection that died quietly (a dropped NAT entry) is noticed within a minute, not hours.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on('notification', (n) => this.channels.dispatch(n.channel, n.payload ?? ''));
    client.on('error', (err) => {
      this.log?.warn({ err }, 'notification listener lost its connection; reconnecting');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels.names()) await client.query(`LISTEN ${channel}`);
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new Error('the listener is closed');
    }
    this.client = client;
    this.retryMs = RECONNECT_MIN_MS;
    return client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.closed || this.channels.names().length === 0) return;
      this.connection().then(
        () => {
          for (const fn of this.reconnected) fn();
        },
        (err: unknown) => {
          this.log?.warn({ err }, 'notification listener could not reconnect; trying again');
          this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
          this.scheduleReconnect();
        },
      );
    }, this.retryMs);
    this.retry.unref();
  }
}

class PgliteListener implements NotificationListener {
  private readonly channels = new Channels();
  private readonly stops = new Map<string, () => Promise<void>>();

  constructor(private readonly database: Database) {}

  async listen(channel: string, onPayload: Callback): Promise<() => Promise<void>> {
    assertChannel(channel);
    if (this.channels.add(channel, onPayload)) {
      const stop = await this.database.pglite!.listen(channel, (payload) => this.channels.dispatch(channel, payload));
      this.stops.set(channel, stop);
    }
    return async () => {
      if (!this.channels.remove(channel, onPayload)) return;
      const stop = this.stops.get(channel);
      this.stops.delete(channel);
      // The database may be closing already: then there is nothing left to stop.
      await stop?.().catch(() => undefined);
    };
  }

  onReconnect(): () => void {
    // One in-process connection: it is never lost while the database is open.
    return () => undefined;
  }

  async close(): Promise<void> {
    const stops = [...this.stops.values()];
    this.stops.clear();
    await Promise.all(stops.map((stop) => stop().catch(() => undefined)));
  }
}
