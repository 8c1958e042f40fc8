/**
 * Load figures for the users service: cold start, argon2id cost, login throughput, GET /me.
 * `npm run bench` (PGlite); with BENCH_DATABASE_URL=postgres://…/test also on PostgreSQL.
 * Sends traffic to 127.0.0.1 only; every run is bounded in time.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import argon2 from 'argon2';
import { ARGON2_PARAMS } from '../src/modules/users/index.js';
import { loadTable } from './http.js';
import { startServer } from './server.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const DEMO = { email: 'ivan.petrov@tutuu.demo', password: 'tutuu-demo-2026' };

interface Figure {
  scenario: string;
  database: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}
const figures: Figure[] = [];

async function load(scenario: string, database: string, opts: autocannon.Options): Promise<void> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts });
  figures.push({
    scenario,
    database,
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  });
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/users/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function scenarios(url: string, database: string): Promise<void> {
  const token = await login(url);
  await load('GET /api/v1/users/me', database, {
    url: `${url}/api/v1/users/me`,
    headers: { authorization: `Bearer ${token}` },
  });
  await load('POST /api/v1/users/auth/login', database, {
    url: `${url}/api/v1/users/auth/login`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
}

async function argonHashesPerSecond(): Promise<{ perSec: number; msEach: number }> {
  const n = 40;
  const t = performance.now();
  for (let i = 0; i < n; i++) await argon2.hash(`password-${i}-bench`, ARGON2_PARAMS);
  const ms = (performance.now() - t) / n;
  return { perSec: Math.round(1000 / ms), msEach: Math.round(ms * 10) / 10 };
}

async function main(): Promise<void> {
  const argon = await argonHashesPerSecond();

  const cold = await startServer({ port: 3911 });
  const coldMs = cold.readyMs;
  await scenarios(cold.url, 'PGlite');
  await cold.stop();

  // Warm start: same data directory, already migrated and seeded.
  const first = await startServer({ port: 3912, keepData: true });
  await first.stop();
  const warm = await startServer({ port: 3912, dataDir: first.dataDir });
  const warmMs = warm.readyMs;
  await warm.stop();

  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) {
    const name = `tutuu_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    try {
      const server = await startServer({ port: 3913, env: { DATABASE_URL: u.toString() } });
      await scenarios(server.url, 'PostgreSQL');
      await server.stop();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }

  const out = [
    `argon2id (m=${ARGON2_PARAMS.memoryCost} KiB, t=${ARGON2_PARAMS.timeCost}, p=${ARGON2_PARAMS.parallelism}): ` +
      `${argon.msEach} ms per hash, ${argon.perSec} hashes/s on one thread`,
    `cold start to ready on PGlite (empty data dir: migrate + seed): ${Math.round(coldMs)} ms`,
    `warm start to ready on PGlite (existing data): ${Math.round(warmMs)} ms`,
    '',
    `autocannon, ${CONNECTIONS} connections, ${DURATION} s each:`,
    ...loadTable<Figure>(
      [
        ['scenario', (f) => f.scenario],
        ['database', (f) => f.database],
      ],
      figures,
    ),
  ];
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
