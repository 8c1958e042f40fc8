/**
 * Checkout under load on PostgreSQL: 20 buyers at once over 100 hot offers of the demo seller.
 * Each buyer loops: put 1–3 of the hot offers in its cart, check out (a new Idempotency-Key
 * each time). Measures checkouts/s and their p50/p99, then checks that stock adds up: for every
 * offer, `reserved` equals what orders not yet handed over hold.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:checkout
 *
 * Creates its own database and drops it (BENCH_KEEP=1 keeps it). Traffic to 127.0.0.1 only.
 */
import { randomUUID } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { BUYERS, checkoutLines, hotOffers, pickup, runBuyers, stockAddsUp, type HotOffer } from './checkout-load.js';
import { withBenchDatabase } from './database.js';
import type { RunningServer } from './server.js';
import { call, DEMO_PASSWORD } from './http.js';

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000;

const TICK_MS = 1000 / Number(execSync('getconf CLK_TCK').toString().trim() || 100);

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone or not on Linux. */
function cpuMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU used so far by the server and by the PostgreSQL backends serving this database: what an
 * order costs in CPU does not depend on what else the machine runs, unlike orders per second.
 */
async function cpuNow(server: RunningServer, db: pg.Client) {
  const { rows } = await db.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  return { server: cpuMs(server.child.pid!), backends: new Map(rows.map((r) => [r.pid, cpuMs(r.pid)])) };
}

async function cpuPerOrder(
  server: RunningServer,
  db: pg.Client,
  before: Awaited<ReturnType<typeof cpuNow>>,
  orders: number,
) {
  const after = await cpuNow(server, db);
  let postgres = 0;
  for (const [pid, ms] of after.backends) postgres += ms - (before.backends.get(pid) ?? 0);
  const per = (ms: number) => (orders > 0 ? (ms / orders).toFixed(1) : '–');
  return `CPU per order (cart additions, checkout, the relay's work, all in the load): server ${per(after.server - before.server)} ms, PostgreSQL ${per(postgres)} ms`;
}

const STATEMENT_LOG = join(tmpdir(), `tutuu-bench-statements-${process.pid}.json`);

/**
 * After the load, on a quiet server: the statements one checkout of 1, 2 and 3 lines sends to
 * PostgreSQL (bench/statement-log.mjs records them in the server), inside its transaction and in
 * the whole request (auth, the order read back), with the sum of their round trips.
 */
async function statementsPerCheckout(server: RunningServer, offers: HotOffer[]) {
  const reg = await call<{ accessToken: string }>(server.url, 'POST', '/api/v1/users/auth/register', undefined, {
    email: `bench-count-${randomUUID().slice(0, 8)}@tutuu.test`,
    password: DEMO_PASSWORD,
    name: 'Покупатель для подсчёта',
    role: 'customer',
  });
  const token = reg.json.accessToken;
  const signal = async (done: (text: string) => boolean) => {
    rmSync(STATEMENT_LOG, { force: true });
    server.child.kill('SIGUSR2');
    for (let i = 0; i < 100; i++) {
      if (existsSync(STATEMENT_LOG) && done(readFileSync(STATEMENT_LOG, 'utf8'))) {
        return readFileSync(STATEMENT_LOG, 'utf8');
      }
      await sleep(20);
    }
    throw new Error('the server did not answer SIGUSR2 (bench/statement-log.mjs not loaded?)');
  };
  const lines: string[] = [];
  for (const n of [1, 2, 3]) {
    await signal((t) => t === '');
    for (let k = 0; k < n; k++) {
      const offer = offers[(k * 31 + n) % offers.length]!;
      await call(server.url, 'POST', '/api/v1/orders/cart/items', token, { offerId: offer.id, quantity: offer.minQty });
    }
    const adds = JSON.parse(await signal((t) => t.startsWith('['))) as unknown[];
    // The loop of a buyer puts lines in the cart before each checkout: they cost round trips too.
    if (n === 1)
      lines.push(`statements per cart addition (POST /cart/items, the cart view it answers included): ${adds.length}`);
    await signal((t) => t === '');
    const r = await call(server.url, 'POST', '/api/v1/orders/checkout', token, pickup(), {
      'idempotency-key': randomUUID(),
    });
    const log = JSON.parse(await signal((t) => t.startsWith('['))) as { text: string; ms: number }[];
    if (r.status !== 201) throw new Error(`counting checkout: ${r.status} ${JSON.stringify(r.json)}`);
    const begin = log.findIndex((s) => /^begin/i.test(s.text));
    const commit = log.findIndex((s) => /^commit/i.test(s.text));
    const inTx = log.slice(begin, commit + 1);
    const ms = (of: typeof log) => of.reduce((a, s) => a + s.ms, 0).toFixed(1);
    lines.push(
      `statements per checkout of ${n} line(s): ${inTx.length} in its transaction (${ms(inTx)} ms of round trips), ${log.length} in the request (${ms(log)} ms)`,
    );
    if (process.env.BENCH_STATEMENTS) {
      lines.push(
        ...log.map(
          (s, i) => `  ${String(i + 1).padStart(2)}. ${s.ms.toFixed(2).padStart(6)} ms  ${s.text.slice(0, 160)}`,
        ),
      );
    }
  }
  rmSync(STATEMENT_LOG, { force: true });
  return lines.join('\n');
}

async function main(): Promise<void> {
  // The recorder rides in the server process only (plain JavaScript: no tsx in the server), after
  // whatever flags the server is given (bench/server.ts).
  const flags = process.env.BENCH_SERVER_NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '';
  process.env.BENCH_STATEMENT_LOG = STATEMENT_LOG;
  process.env.BENCH_SERVER_NODE_OPTIONS = `${flags} --import ${join(import.meta.dirname, 'statement-log.mjs')}`;
  await withBenchDatabase('checkout', 3915, async ({ server, db }) => {
    const offers = await hotOffers(server.url);
    const cpuBefore = await cpuNow(server, db);
    const started = performance.now();
    const figures = await runBuyers(server.url, offers, started + DURATION_MS);
    const seconds = (performance.now() - started) / 1000;
    const { ok, lines } = checkoutLines(figures, seconds);
    const cpu = await cpuPerOrder(server, db, cpuBefore, ok);
    process.stdout.write(
      [
        `PostgreSQL, ${BUYERS} buyers at once over ${offers.length} hot offers, ${Math.round(seconds)} s:`,
        ...lines,
        cpu,
        await stockAddsUp(db, offers),
        await statementsPerCheckout(server, offers).catch((err: unknown) => `statements not counted: ${String(err)}`),
      ].join('\n') + '\n',
    );
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
