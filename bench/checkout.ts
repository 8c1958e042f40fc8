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
import { withBenchDatabase } from './database.js';
import type { RunningServer } from './server.js';
import { call, DEMO_PASSWORD, DEMO_SELLER, login, percentile, tally } from './http.js';

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const BUYERS = 20;
const HOT = 100;
const STOCK_EACH = 100_000;

/** The demo seller's first 100 offers, each with plenty of stock in its first warehouse. */
async function hotOffers(base: string): Promise<{ id: string; minQty: string }[]> {
  const { token } = await login(base, DEMO_SELLER);
  const offers: { id: string; minQty: string }[] = [];
  let cursor: string | null = null;
  while (offers.length < HOT) {
    const page: {
      status: number;
      json: { items: { id: string; minQty: string; status: string }[]; nextCursor: string | null };
    } = await call(
      base,
      'GET',
      `/api/v1/catalog/offers?mine=true&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      token,
    );
    // The demo has paused offers too: only those on sale are hot.
    offers.push(...page.json.items.filter((o) => o.status === 'active').map((o) => ({ id: o.id, minQty: o.minQty })));
    cursor = page.json.nextCursor;
    if (!cursor) break;
  }
  const warehouses = await call<{ items: { id: string }[] }>(base, 'GET', '/api/v1/catalog/warehouses', token);
  const warehouse = warehouses.json.items[0]!.id;
  const hot = offers.slice(0, HOT);
  for (const { id } of hot) {
    const r = await call(base, 'PUT', `/api/v1/catalog/warehouses/${warehouse}/stock/${id}`, token, {
      onHand: STOCK_EACH,
    });
    if (r.status !== 200) throw new Error(`stock: ${r.status} ${JSON.stringify(r.json)}`);
  }
  return hot;
}

async function buyer(
  base: string,
  i: number,
  offers: { id: string; minQty: string }[],
  until: number,
  latencies: number[],
  codes: string[],
) {
  const email = `bench-buyer-${i}-${randomUUID().slice(0, 8)}@tutuu.test`;
  const reg = await call<{ accessToken: string }>(base, 'POST', '/api/v1/users/auth/register', undefined, {
    email,
    password: DEMO_PASSWORD,
    name: `Покупатель ${i}`,
    role: 'customer',
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.json)}`);
  const token = reg.json.accessToken;
  let n = i;
  while (performance.now() < until) {
    for (let k = 0; k <= n % 3; k++) {
      // Demo offers sell in their own minimums and steps; the bench buys the minimum.
      const offer = offers[(n * 7 + k * 13) % offers.length]!;
      const added = await call<{ code?: string }>(base, 'POST', '/api/v1/orders/cart/items', token, {
        offerId: offer.id,
        quantity: offer.minQty,
      });
      if (added.status !== 201) addFailures.push(`${added.status} ${added.json?.code ?? ''}`);
    }
    const started = performance.now();
    const r = await call(base, 'POST', '/api/v1/orders/checkout', token, pickup(), {
      'idempotency-key': randomUUID(),
    });
    latencies.push(performance.now() - started);
    codes.push(r.status === 201 ? '201' : `${r.status} ${(r.json as { code?: string } | null)?.code ?? ''}`);
    n++;
  }
}

/** Answers other than 201 to putting an offer in the cart (a checkout then finds the cart empty). */
const addFailures: string[] = [];

const pickup = () => ({ delivery: { method: 'pickup', lat: 55.75, lon: 37.62 }, paymentMethod: 'invoice' });

async function stockAddsUp(db: pg.Client, offers: { id: string }[]): Promise<string> {
  const { rows } = await db.query<{ offer_id: string; on_hand: string; reserved: string; ordered: string }>(
    `select k.offer_id, sum(k.on_hand)::text as on_hand, sum(k.reserved)::text as reserved,
              coalesce((select sum(l.quantity) from orders.order_lines l join orders.sub_orders s on s.id = l.sub_order_id
                        where l.offer_id = k.offer_id
                          and s.status in ('pending_payment', 'paid', 'confirmed', 'assembling', 'ready')), 0)::text as ordered
       from catalog.stock k where k.offer_id = any($1::uuid[]) group by k.offer_id`,
    [offers.map((o) => o.id)],
  );
  const bad = rows.filter((r) => Number(r.reserved) !== Number(r.ordered));
  const total = rows.reduce((a, r) => a + Number(r.reserved), 0).toFixed(3);
  return bad.length === 0
    ? `stock adds up: ${rows.length} offers, ${total} units reserved = units in orders not yet handed over`
    : `STOCK MISMATCH on ${bad.length} offers: ${JSON.stringify(bad.slice(0, 3))}`;
}

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
 * PostgreSQL (bench/statement-log.ts records them in the server), inside its transaction and in
 * the whole request (auth, the order read back), with the sum of their round trips.
 */
async function statementsPerCheckout(server: RunningServer, offers: { id: string; minQty: string }[]) {
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
    throw new Error('the server did not answer SIGUSR2 (bench/statement-log.ts not loaded?)');
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
  // The recorder rides in the server process only (tsx first, so it can load a .ts file), after
  // whatever flags the server is given (bench/server.ts).
  const flags = process.env.BENCH_SERVER_NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '';
  process.env.BENCH_STATEMENT_LOG = STATEMENT_LOG;
  process.env.BENCH_SERVER_NODE_OPTIONS = `${flags} --import tsx --import ${join(import.meta.dirname, 'statement-log.ts')}`;
  await withBenchDatabase('checkout', 3915, async ({ server, db }) => {
    const offers = await hotOffers(server.url);
    const latencies: number[] = [];
    const codes: string[] = [];
    const cpuBefore = await cpuNow(server, db);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: BUYERS }, (_, i) => buyer(server.url, i, offers, started + DURATION_MS, latencies, codes)),
    );
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const ok = codes.filter((c) => c === '201').length;
    const other = codes.filter((c) => c !== '201');
    const cpu = await cpuPerOrder(server, db, cpuBefore, ok);
    process.stdout.write(
      [
        `PostgreSQL, ${BUYERS} buyers at once over ${offers.length} hot offers, ${Math.round(seconds)} s:`,
        `checkouts: ${ok} orders (${(ok / seconds).toFixed(1)} orders/s), other answers: ${other.length} ${tally(other)}`,
        `checkout latency: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
        `cart additions refused: ${addFailures.length} ${tally(addFailures)}`,
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
