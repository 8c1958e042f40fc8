import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Backlog, QueueFigures } from '../events/index.js';

/** What the gauges read: the process's services, its pools, the outbox's backlog. */
export interface MetricsSources {
  /** SERVICES of this process, so a scraper knows which process it reads. */
  services: readonly string[];
  /** node-postgres pools; none on PGlite, `readPool` only with a replica (DATABASE_READ_URL). */
  database: {
    readonly pool?: pg.Pool | undefined;
    readonly readPool?: pg.Pool | undefined;
    /** Reads the replica could not serve that the primary did (docs/adr/0015). */
    readFallbacks?: () => number;
  };
  /** The outbox's pending, due and dead rows, read at scrape time. */
  backlog: () => Promise<Backlog>;
  /** Searches by how the process's answer cache met them, counted since it started. */
  searchCache?: () => Readonly<Record<'hit' | 'miss' | 'off', number>>;
}

/** A scrape must answer even when the database does not: the backlog is then left out. */
const BACKLOG_TIMEOUT_MS = 2000;

/**
 * Gauges of the process and the database it shares (docs/adr/0015): pool usage read
 * from the pools on every scrape, the outbox's backlog by one indexed query per scrape. Returns
 * what the /metrics route calls before it renders the registry.
 */
export function registerGauges(registry: Registry, sources: MetricsSources): (log: FastifyBaseLogger) => Promise<void> {
  const info = new Gauge({
    name: 'tutuu_service_info',
    help: 'Always 1; the label says which services this process serves (SERVICES)',
    labelNames: ['services'],
    registers: [registry],
  });
  info.set({ services: sources.services.join(',') }, 1);
  registerPoolGauges(registry, sources.database);
  registerSearchCacheCounter(registry, sources.searchCache);
  return registerBacklogGauges(registry, sources.backlog);
}

function registerPoolGauges(registry: Registry, database: MetricsSources['database']): void {
  const pools = (
    [
      ['primary', database.pool],
      // No replica may mean reads go through the primary's pool: that one is reported once.
      ['read', database.readPool === database.pool ? undefined : database.readPool],
    ] as const
  ).filter((entry): entry is readonly ['primary' | 'read', pg.Pool] => entry[1] !== undefined);
  // PGlite has no pool: the series are left out rather than reported as zeros.
  if (pools.length === 0) return;
  const gauge = (name: string, help: string, read: (pool: pg.Pool) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'],
      registers: [registry],
      collect() {
        for (const [label, pool] of pools) this.set({ pool: label }, read(pool));
      },
    });
  gauge('tutuu_db_pool_clients', 'Connections the pool holds open, busy or idle', (p) => p.totalCount);
  gauge('tutuu_db_pool_idle_clients', 'Open connections waiting for a query', (p) => p.idleCount);
  gauge('tutuu_db_pool_waiting_requests', 'Queries waiting for a free connection', (p) => p.waitingCount);
  gauge('tutuu_db_pool_max_clients', 'The most connections the pool opens', (p) => p.options.max ?? 10);
  const fallbacks = database.readFallbacks;
  if (database.readPool && database.readPool !== database.pool && fallbacks) {
    new Counter({
      name: 'tutuu_db_read_fallbacks_total',
      help: 'Reads the replica could not serve (its connection failed) and the primary did',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(fallbacks());
      },
    });
  }
}

/** The hit rate is hit / (hit + miss) over a window (docs/adr/0007); `off` counts searches with no cache. */
function registerSearchCacheCounter(registry: Registry, read: MetricsSources['searchCache']): void {
  if (!read) return;
  new Counter({
    name: 'tutuu_search_cache_requests_total',
    help: "Searches by how this process's answer cache met them: hit, miss (computed), off (SEARCH_CACHE_ENTRIES=0)",
    labelNames: ['result'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [result, count] of Object.entries(read())) this.inc({ result }, count);
    },
  });
}

type Figure = keyof QueueFigures;

const BACKLOG_SERIES: { name: string; help: string; source: keyof Backlog; figure: Figure }[] = [
  {
    name: 'tutuu_events_pending',
    help: 'Events not yet delivered (due or waiting for a retry)',
    source: 'events',
    figure: 'pending',
  },
  { name: 'tutuu_events_due', help: 'Pending events due now', source: 'events', figure: 'due' },
  {
    name: 'tutuu_events_relay_lag_seconds',
    help: 'How long the oldest due event has waited past its due time; 0 when none is due',
    source: 'events',
    figure: 'lagSeconds',
  },
  {
    name: 'tutuu_events_dead',
    help: 'Events parked as dead after their last attempt',
    source: 'events',
    figure: 'dead',
  },
  { name: 'tutuu_deadlines_pending', help: 'Deadlines not yet fired', source: 'deadlines', figure: 'pending' },
  {
    name: 'tutuu_deadlines_overdue',
    help: 'Pending deadlines past their due time',
    source: 'deadlines',
    figure: 'due',
  },
  {
    name: 'tutuu_deadlines_lag_seconds',
    help: 'How long the oldest overdue deadline has waited; 0 when none is overdue',
    source: 'deadlines',
    figure: 'lagSeconds',
  },
  {
    name: 'tutuu_deadlines_dead',
    help: 'Deadlines parked as dead after their last attempt',
    source: 'deadlines',
    figure: 'dead',
  },
];

function registerBacklogGauges(registry: Registry, backlog: MetricsSources['backlog']) {
  const up = new Gauge({
    name: 'tutuu_events_backlog_up',
    help: '1 when this scrape read the outbox backlog, 0 when the database did not answer in time',
    registers: [registry],
  });
  const gauges = BACKLOG_SERIES.map((s) => ({
    ...s,
    gauge: new Gauge({ name: s.name, help: s.help, registers: [registry] }),
  }));
  return async (log: FastifyBaseLogger) => {
    try {
      const read = await withTimeout(backlog(), BACKLOG_TIMEOUT_MS);
      for (const g of gauges) g.gauge.set(read[g.source][g.figure]);
      up.set(1);
    } catch (err) {
      // Stale figures, or zeros, would look current: NaN says "unknown" until a scrape reads them.
      for (const g of gauges) g.gauge.set(Number.NaN);
      up.set(0);
      log.warn({ err }, 'metrics: the outbox backlog could not be read');
    }
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
