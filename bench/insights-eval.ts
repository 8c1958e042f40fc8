/**
 * The insights evaluation (docs/insights.md, Evaluation): a fresh database with the demo data and
 * the full generated history; the read model rebuilt from the orders placed before a cutoff 8 weeks
 * before the history's end (train); the orders after it are the test. Only orders are read — never
 * the generator's project definitions.
 *
 * - bought-together: each test order with ≥ 2 distinct products, each of them as the query; a hit
 *   when another product of the same order is in the top 10; MRR = 1 / rank of the first such.
 * - for-me: each customer with orders before the cutoff and one after; the first one after is the
 *   target, asked as of the cutoff without a cart.
 * - baselines: popularity (the top 10 by orders in the order's / customer's region, `all` when it has
 *   none) and same category (the most ordered of the query product's category / of the customer's
 *   most bought category), both with the same on-sale filter the recommender has.
 * Then the price forecasts' evaluation over every offer's weekly price series.
 *
 *   npm run eval:insights                                   # PGlite in memory
 *   EVAL_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run eval:insights
 *   EVAL_HISTORY=demo npm run eval:insights                 # the smaller history
 *   EVAL_KEEP=1 keeps the PostgreSQL database (its read model is the train part) to look into.
 */
/* eslint-disable tutuu/module-boundaries -- an evaluation: it seeds the history, rebuilds the read model at a cutoff and runs the forecasts' own evaluation */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedDemo } from '../src/demo.js';
import { openDatabase, queryRows, type Database, type Db } from '../src/shared/db/database.js';
import { migrateDatabase } from '../src/shared/db/migrate.js';
import { evaluateForecasts, formatForecastTable } from '../src/modules/insights/forecast/evaluate.js';
import { seedHistory } from '../src/modules/insights/history/index.js';
import { rebuildInsights } from '../src/modules/insights/ingest/index.js';
import { rebuildRecommendations } from '../src/modules/insights/recommendations/aggregate.js';
import { regionOf } from '../src/modules/insights/regions.js';
import { evaluateRecommendations, formatRecommendationTable, type TestOrder } from './insights-eval-recs.js';

const WEEK_MS = 7 * 86_400_000;
const started = performance.now();
const secs = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${line}\n`);

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const adminUrl = process.env.EVAL_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      return await fn(database);
    } finally {
      await database.close();
    }
  }
  const name = `tutuu_eval_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    return await fn(database);
  } finally {
    await database.close();
    if (process.env.EVAL_KEEP) say(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

/** The orders placed at or after the cutoff, with their distinct products and region. */
async function testOrders(db: Db, cutoff: Date): Promise<TestOrder[]> {
  const rows = await queryRows<{
    id: string;
    customer_id: string;
    created_at: Date | string;
    lat: number | null;
    lon: number | null;
    products: string[];
  }>(
    db,
    sql`select o.id, o.customer_id, o.created_at, (o.delivery ->> 'lat')::float8 as lat,
               (o.delivery ->> 'lon')::float8 as lon, array_agg(distinct l.product_id::text) as products
        from orders.orders o join orders.order_lines l on l.order_id = o.id
        where o.created_at >= ${cutoff.toISOString()} and o.status <> 'cancelled'
        group by o.id order by o.created_at, o.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    customerId: r.customer_id,
    at: new Date(r.created_at),
    region: r.lat == null ? null : regionOf(r.lat, r.lon),
    products: r.products,
  }));
}

async function main(): Promise<void> {
  const size = process.env.EVAL_HISTORY === 'demo' ? 'demo' : 'full';
  await withDatabase(async (database) => {
    let t = performance.now();
    await migrateDatabase(database);
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      JWT_SECRET: randomBytes(32).toString('hex'),
      PAYMENT_WEBHOOK_SECRET: randomBytes(32).toString('hex'),
    });
    const app = await buildApp({ config, services: { database } });
    try {
      await seedDemo(app);
      const history = await seedHistory(app, { size, db: database.db });
      if (!history) throw new Error('the history generator wrote nothing');
      say(
        `database: ${database.kind}; demo + ${size} history: ${history.customers} customers, ${history.orders} orders, ` +
          `${history.lines} lines, ${history.pricePoints} price points in ${secs(t)}`,
      );
      const [end] = await queryRows<{ at: Date | string }>(
        database.db,
        sql`select max(created_at) as at from orders.orders`,
      );
      const cutoff = new Date(new Date(end!.at).getTime() - 8 * WEEK_MS);
      t = performance.now();
      const train = await rebuildInsights(database.db, { before: cutoff });
      const recountStarted = performance.now();
      await database.db.transaction((tx) => rebuildRecommendations(tx));
      const recount = secs(recountStarted);
      const test = await testOrders(database.db, cutoff);
      say(
        `cutoff ${cutoff.toISOString()}: train ${train.orders} orders (${train.lines} lines, rebuilt in ${secs(t)}), ` +
          `test ${test.length} orders; the recommendations' tables alone recounted in ${recount}`,
      );
      t = performance.now();
      const recs = await evaluateRecommendations(database.db, test, cutoff);
      say('');
      say(formatRecommendationTable(recs));
      say(`recommendations evaluated in ${secs(t)}`);
      t = performance.now();
      const forecasts = await evaluateForecasts(database.db);
      say('');
      say(formatForecastTable(forecasts));
      say(`forecasts evaluated in ${secs(t)}`);
    } finally {
      await app.close();
    }
  });
  say(`total ${secs(started)}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval:insights failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
