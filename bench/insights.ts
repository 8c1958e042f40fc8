/**
 * p50 and p99 of every insights read (recommendations, forecasts, trends) on PostgreSQL with the demo
 * data and the full generated history (a year of orders from 3 000 customers, docs/insights.md,
 * History): creates a database, seeds it in this process as `npm run seed -- --history` does,
 * starts the server and loads each endpoint with autocannon, 10 connections.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:insights
 *
 * BENCH_INSIGHTS_DATABASE_URL=postgres://…/already_seeded skips creating and seeding (and keeps it);
 * BENCH_DURATION sets the seconds per endpoint (default 10); BENCH_KEEP=1 keeps the database.
 * Sends traffic to 127.0.0.1 only; every run is bounded in time.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedDemo } from '../src/demo.js';
// eslint-disable-next-line tutuu/module-boundaries -- until insights/index.ts exports seedHistory; then import it from there
import { seedHistory } from '../src/modules/insights/history/index.js';
import { openDatabase } from '../src/shared/db/database.js';
import { migrateDatabase } from '../src/shared/db/migrate.js';
import { DEMO_CUSTOMER, DEMO_SELLER, login } from './http.js';
import { startServer } from './server.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const INSIGHTS = '/api/v1/insights';
const SECRETS = {
  JWT_SECRET: randomBytes(32).toString('hex'),
  PAYMENT_WEBHOOK_SECRET: randomBytes(32).toString('hex'),
};

interface Figure {
  endpoint: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Demo data, then the full history (which rebuilds the read model), then statistics for the planner. */
async function seed(databaseUrl: string): Promise<string> {
  const started = performance.now();
  const database = await openDatabase({ databaseUrl });
  try {
    await migrateDatabase(database);
    const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ...SECRETS });
    const app = await buildApp({ config, services: { database } });
    try {
      const demo = await seedDemo(app);
      const history = await seedHistory(app, { size: 'full', db: database.db });
      await database.db.execute(sql`vacuum analyze`);
      const seconds = Math.round((performance.now() - started) / 1000);
      return `demo (${demo ?? 'already there'}); history ${JSON.stringify(history)}; in ${seconds} s`;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** A fresh database seeded here, or BENCH_INSIGHTS_DATABASE_URL as it is. */
async function withSeededDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const given = process.env.BENCH_INSIGHTS_DATABASE_URL;
  if (given) return fn(given);
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('set BENCH_DATABASE_URL (a PostgreSQL server) or BENCH_INSIGHTS_DATABASE_URL');
  const name = `tutuu_bench_insights_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  try {
    process.stdout.write(`seeded ${name}: ${await seed(u.toString())}\n`);
    return await fn(u.toString());
  } finally {
    if (process.env.BENCH_KEEP) process.stdout.write(`kept database ${name}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/** What to ask about: the most ordered product, its offer with the longest price history, the busiest top category. */
async function targets(databaseUrl: string): Promise<{ productId: string; offerId: string; category: string }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const one = async (text: string) => {
      const { rows } = await db.query<{ v: string }>(text);
      if (!rows[0]) throw new Error(`nothing for: ${text}`);
      return rows[0].v;
    };
    const productId = await one(
      `select product_id::text as v from insights.product_popularity where region = 'all' order by orders desc, product_id limit 1`,
    );
    const offerId = await one(
      `select h.offer_id::text as v from catalog.price_history h join catalog.offers o on o.id = h.offer_id
       where o.product_id = '${productId}' group by h.offer_id order by count(*) desc, h.offer_id limit 1`,
    );
    const category = await one(
      `select split_part(category_path, '/', 2) as v from insights.category_daily
       where seller_id = '00000000-0000-0000-0000-000000000000' and category_path ~ '^/[^/]+/$'
       group by category_path order by sum(orders) desc, category_path limit 1`,
    );
    return { productId, offerId, category };
  } finally {
    await db.end();
  }
}

async function load(base: string, endpoint: string, path: string, token?: string): Promise<Figure> {
  const url = `${base}${INSIGHTS}${path}`;
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const first = await fetch(url, { headers });
  if (first.status !== 200) throw new Error(`${path}: ${first.status} ${await first.text()}`);
  // Warm-up: plans and buffers settle before the measured run.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  return {
    endpoint,
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function main(): Promise<void> {
  const figures = await withSeededDatabase(async (databaseUrl) => {
    const t = await targets(databaseUrl);
    const server = await startServer({
      port: 3917,
      env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'false', WORKER: 'false', ...SECRETS },
    });
    try {
      const customer = await login(server.url, DEMO_CUSTOMER);
      const seller = await login(server.url, DEMO_SELLER);
      const cat = `category=${t.category}`;
      const runs: [string, string, string?][] = [
        ['bought-together (product, 10)', `/recommendations/bought-together?productId=${t.productId}&limit=10`],
        ['for-me (demo customer)', '/recommendations/for-me?limit=10', customer.token],
        ['forecast by product, 30 days', `/forecast?productId=${t.productId}&horizonDays=30`],
        ['forecast by offer, 90 days', `/forecast?offerId=${t.offerId}&horizonDays=90`],
        [`trends ${t.category}, moscow, 12 weeks`, `/trends?${cat}&region=moscow&period=week`],
        [`trends ${t.category}, all regions, 12 months`, `/trends?${cat}&period=month`],
        ['trends all categories, 52 weeks', `/trends?period=week&from=${weeksAgo(51)}`],
        [`trends ${t.category} mine (demo seller), 12 weeks`, `/trends?${cat}&period=week&mine=true`, seller.token],
      ];
      const out: Figure[] = [];
      for (const [name, path, token] of runs) out.push(await load(server.url, name, path, token));
      return out;
    } finally {
      await server.stop();
    }
  });
  const lines = [
    `PostgreSQL, demo data + full history; autocannon, ${CONNECTIONS} connections, ${DURATION} s each:`,
    '| endpoint | req/s | p50 ms | p99 ms | errors | non-2xx |',
    '|---|---|---|---|---|---|',
    ...figures.map((f) => `| ${f.endpoint} | ${f.reqPerSec} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} |`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** The Moscow date `n` weeks before today. */
function weeksAgo(n: number): string {
  return new Date(Date.now() + 3 * 3_600_000 - n * 7 * 86_400_000).toISOString().slice(0, 10);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
