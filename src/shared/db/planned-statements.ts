import pg from 'pg';
import { ReplicaPool, replicaUnavailable } from './replica.js';

/** Names are unique in the process: two instances may share a pool's connections. */
let named = 0;

/**
 * What PostgreSQL says when a connection's prepared statements are not what this side recorded
 * (`DISCARD ALL`, or a pooler in front that hands statements to another server connection):
 * 26000 no such prepared statement, 42P05 one of that name exists already.
 */
const PLANS_OUT_OF_STEP = new Set(['26000', '42P05']);

/**
 * Statements kept planned on each connection (`PREPARE` once, then `EXECUTE`): parsing and
 * planning a search statement costs about as much as running it (docs/adr/0006). After five runs
 * of a shape (statement text) on a connection PostgreSQL may settle on its generic plan, or the
 * caller asks for it. Only the `max` shapes used most recently keep plans: a search statement's
 * plans hold 0.5–0.8 MB on every connection that ran it, so a connection drops the plans of shapes
 * evicted since (`DEALLOCATE`) the next time it is used.
 *
 * SQL-level `PREPARE`/`EXECUTE` rather than the driver's named statements, which it cannot drop.
 * `EXECUTE` takes no bound parameters, so each value goes in as a quoted literal of unknown type,
 * which PostgreSQL reads with the parameter's input function, as the text the driver sends for a
 * bound parameter; a value of any other JavaScript type than string, number, boolean or bigint
 * makes the call decline (undefined), and the caller runs the statement as usual.
 */
export class PlannedStatements {
  /** Shapes allowed a plan, least recently used first: statement text → statement name. */
  private readonly names = new Map<string, string>();
  /** The names each connection has prepared. */
  private readonly held = new WeakMap<pg.PoolClient, Set<string>>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly max = 8,
  ) {}

  /**
   * The statement's rows from its plan on the connection it gets, or undefined when it declines:
   * a value it cannot spell, or a replica that is down or fails now (the caller then reads as
   * usual, through the pool that falls back to the primary, docs/adr/0015). `generic`: run from
   * the plan made without the values, where PostgreSQL would plan each run for its values.
   */
  async rows<T>(text: string, params: readonly unknown[], generic = false): Promise<T[] | undefined> {
    const values = params.map(literal);
    if (values.some((v) => v === undefined)) return undefined;
    if (this.pool instanceof ReplicaPool && this.pool.unavailable) return undefined;
    const name = this.nameOf(text);
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch {
      return undefined;
    }
    let held = this.held.get(client);
    if (!held) this.held.set(client, (held = new Set()));
    const live = new Set(this.names.values());
    const dropped = [...held].filter((old) => !live.has(old));
    const preparing = !held.has(name);
    // One message, one round trip: what a plan needs first (dropping evicted ones, preparing this
    // one), then the run. SET LOCAL lasts until the message's implicit transaction ends.
    const steps = [
      ...dropped.map((old) => `deallocate ${old}`),
      ...(preparing ? [`prepare ${name} as ${text}`] : []),
      ...(generic ? ['set local plan_cache_mode = force_generic_plan'] : []),
      `execute ${name}${values.length ? `(${values.join(', ')})` : ''}`,
    ];
    try {
      const result = (await client.query(steps.join('; '))) as unknown as pg.QueryResult | pg.QueryResult[];
      for (const old of dropped) held.delete(old);
      held.add(name);
      client.release();
      return (Array.isArray(result) ? result.at(-1)! : result).rows as T[];
    } catch (err) {
      const lost = replicaUnavailable(err);
      const outOfStep = PLANS_OUT_OF_STEP.has((err as { code?: string }).code ?? '');
      // PREPARE and DEALLOCATE stand though a later step fails: what this connection holds is
      // then unknown, so it is dropped from the pool (its plans with it), as a lost one is.
      const drop = lost || outOfStep || dropped.length > 0 || preparing;
      if (drop) this.held.delete(client);
      client.release(drop ? (err as Error) : undefined);
      if (lost || outOfStep) return undefined;
      throw err;
    }
  }

  private nameOf(text: string): string {
    const name = this.names.get(text) ?? `tutuu_plan_${++named}`;
    // Deleted and set again: a Map keeps insertion order, so the first entry is the least recent.
    this.names.delete(text);
    this.names.set(text, name);
    if (this.names.size > this.max) this.names.delete(this.names.keys().next().value!);
    return name;
  }
}

/** A value as the SQL literal of the text the driver would bind for it; undefined if it cannot. */
function literal(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return pg.escapeLiteral(value);
  if (typeof value === 'number') return Number.isFinite(value) ? `'${String(value)}'` : undefined;
  if (typeof value === 'bigint' || typeof value === 'boolean') return `'${String(value)}'`;
  return undefined;
}
