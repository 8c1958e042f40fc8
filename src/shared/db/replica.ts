import pg from 'pg';

/** After a failed read, how long reads skip the replica before one tries it again. */
const RETRY_AFTER_MS = 5000;

export type ReplicaState = { down: true; err: unknown } | { down: false };

/**
 * The replica's pool (docs/adr/0015). A read whose connection fails — the replica is down,
 * restarting, or cancelled the query for a conflict with the changes it replays — is read again
 * from the primary, so a replica outage slows reads down rather than failing them. After such a
 * failure reads go straight to the primary for a few seconds (a replica that does not answer at
 * all would otherwise cost every read a connect timeout), then one read tries the replica again.
 * Query errors (bad SQL, a constraint) are the caller's and are not retried.
 */
export class ReplicaPool extends pg.Pool {
  /** Reads the primary served for the replica. */
  fallbacks = 0;
  private down = false;
  private retryAt = 0;
  private readonly watchers = new Set<(state: ReplicaState) => void>();

  constructor(
    config: pg.PoolConfig,
    private readonly primary: pg.Pool,
  ) {
    super(config);
  }

  /** Told when an outage starts (its first failed read) and when the replica answers again. */
  watch(listener: (state: ReplicaState) => void): () => void {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  }

  override query(...args: unknown[]): never {
    const base = pg.Pool.prototype.query as (...a: unknown[]) => unknown;
    // Callback-style calls (none in this codebase; drizzle uses promises) keep pg's behaviour.
    if (typeof args.at(-1) === 'function') return base.apply(this, args) as never;
    if (this.down && Date.now() < this.retryAt) return this.onPrimary(base, args) as never;
    return (base.apply(this, args) as Promise<unknown>).then(
      (result) => {
        this.setDown(false);
        return result;
      },
      (err: unknown) => {
        // Every replica connection busy past the wait: pg says "timeout … to connect" then too,
        // but the replica is fine; this read goes to the primary, the others keep the replica.
        if (this.busy(err)) return this.onPrimary(base, args);
        if (!replicaUnavailable(err)) {
          this.setDown(false);
          throw err;
        }
        this.retryAt = Date.now() + RETRY_AFTER_MS;
        this.setDown(true, err);
        return this.onPrimary(base, args);
      },
    ) as never;
  }

  /** Whether reads go to the primary for now: the replica failed a moment ago. */
  get unavailable(): boolean {
    return this.down && Date.now() < this.retryAt;
  }

  private busy(err: unknown): boolean {
    const waited = err instanceof Error && /timeout exceeded when trying to connect/i.test(err.message);
    return waited && this.totalCount >= (this.options.max ?? 10);
  }

  private onPrimary(base: (...a: unknown[]) => unknown, args: unknown[]): unknown {
    this.fallbacks++;
    return base.apply(this.primary, args);
  }

  private setDown(down: boolean, err?: unknown): void {
    if (this.down === down) return;
    this.down = down;
    for (const w of this.watchers) w(down ? { down, err } : { down });
  }
}

/** Errors that say nothing about the query, only that the replica could not run it now. */
export function replicaUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // Connection refused/reset/timed out (ECONNREFUSED…); 08xxx connection exceptions; 57P01–04
  // shut down or starting up; 40001 cancelled for a conflict with recovery on a hot standby.
  if (typeof code === 'string' && /^(E[A-Z]+|08...|57P0[1-4]|40001)$/.test(code)) return true;
  const message = err instanceof Error ? err.message : '';
  return /timeout exceeded when trying to connect|Connection terminated/i.test(message);
}

/** On a connection of its own: `query` would fall back to the primary and hide a dead replica. */
export async function pingReplica(pool: pg.Pool): Promise<boolean> {
  try {
    const client = await pool.connect();
    try {
      await client.query('select 1');
      return true;
    } finally {
      client.release();
    }
  } catch {
    return false;
  }
}
