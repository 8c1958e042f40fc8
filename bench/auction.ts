/**
 * The auction under load on PostgreSQL: bids per second while the close fires.
 *
 * Set-up, through the HTTP API only, on a fresh database with the demo data: the demo customer
 * orders one of the demo seller's offers 31 times with delivery to Moscow (invoice); the seller
 * records each payment and moves each part confirmed → assembling → ready, and the server's relay
 * puts out its job (the sub-order's `deliveryJobId`). 50 carriers register, an admin approves
 * them, each adds a 20 t тент (82 m³, 13.6 m). 11 of the jobs get 2–3 bids each; one of them is
 * closed before the load, as the idle figure to compare with.
 *
 * Load, for BENCH_DURATION seconds (default 10): the 50 carriers loop placing bids on 20 other
 * ("hot") jobs, each new bid 100 kopecks under its own last on that job. Meanwhile the other 10
 * bid-on jobs are made due one by one, about every second. The bench does that with a direct SQL
 * update, which only a bench may do: the job's `logistics.jobs.closes_at` and its pending
 * `logistics.auction_close` deadline in `events.deadlines` are moved to now, and the relay's
 * channel is notified in the same transaction, as writing a deadline does (a relay sleeps until
 * the next due time it knows of, so a deadline falling due on its own finds it awake). The server's
 * relay then fires the close; the bench polls the job (in the database, every 20 ms) until it is
 * decided. Due → awarded is the job's `updated_at` at the award (the server's clock, on this same
 * machine) less the due moment; the poll's own delay is printed beside it.
 *
 * Prints bids accepted per second, p50/p99 of `POST /jobs/{id}/bids`, the other answers by code,
 * how much of the load's wall time the server process spent on a CPU and waiting for one (a shared
 * machine), backends waiting on a lock, the closes fired during the run with, for each, the time
 * from its due moment to the award, and checks afterwards that no job has two `won` bids and that
 * each awarded job went to its lowest active-or-won bid (the earlier on equal prices).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:auction
 *
 * Creates its own database and drops it (BENCH_KEEP=1 keeps it). Traffic to 127.0.0.1 only.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { withBenchDatabase } from './database.js';
import {
  call,
  DEMO_ADMIN,
  DEMO_CUSTOMER,
  DEMO_PASSWORD,
  DEMO_SELLER,
  login,
  must,
  percentile,
  sleep,
  tally,
} from './http.js';

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 10) * 1000;
const CARRIERS = 50;
const HOT_JOBS = 20;
const DUE_JOBS = 10;
const LOGISTICS = '/api/v1/logistics';
const ORDERS = '/api/v1/orders';
/** How long a made-due job may take to be awarded before the bench gives up on it. */
const AWARD_WAIT_MS = 30_000;
const DAY_MS = 86_400_000;

/** Runs `fn` over `items`, `width` at a time. */
async function inParallel<T, R>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<R>) {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

interface Offer {
  id: string;
  productId: string;
  minQty: string;
  status: string;
  /** What one order carries, for the report. */
  load?: string;
}

/**
 * One of the demo seller's offers a 20 t тент carries (general cargo, no item longer than the
 * body), with plenty of stock in the seller's first warehouse (by code) so every order ships from
 * there. The demo's ids differ from run to run, its prices do not: the cheapest such offer is taken.
 */
async function offerToOrder(base: string, seller: string): Promise<Offer> {
  const offers: (Offer & { priceMinor: number })[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const list: { items: (Offer & { priceMinor: number })[]; nextCursor: string | null } = await must(
      200,
      'offers',
      base,
      'GET',
      `/api/v1/catalog/offers?mine=true&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      seller,
    );
    offers.push(...list.items.filter((o) => o.status === 'active'));
    cursor = list.nextCursor;
    if (!cursor) break;
  }
  offers.sort((a, b) => a.priceMinor - b.priceMinor || Number(a.minQty) - Number(b.minQty));
  const warehouses = await must<{ items: { id: string; code: string }[] }>(
    200,
    'warehouses',
    base,
    'GET',
    '/api/v1/catalog/warehouses',
    seller,
  );
  const warehouse = [...warehouses.items].sort((a, b) => a.code.localeCompare(b.code))[0]!;
  for (const offer of offers) {
    const product = await must<{
      name: string;
      unit: string;
      weightKg: string;
      volumeM3: string;
      attributes: Record<string, string>;
    }>(200, 'product', base, 'GET', `/api/v1/catalog/products/${offer.productId}`);
    const a = product.attributes;
    const lengthM = Number(a.length_m ?? 0) || Number(a.length_mm ?? 0) / 1000;
    const qty = Number(offer.minQty);
    if ((a.cargo ?? 'general') !== 'general' || lengthM > 13.6) continue;
    if (Number(product.weightKg) * qty > 20_000 || Number(product.volumeM3) * qty > 82) continue;
    await must(200, 'stock', base, 'PUT', `/api/v1/catalog/warehouses/${warehouse.id}/stock/${offer.id}`, seller, {
      onHand: 100_000,
    });
    const kg = Math.round(Number(product.weightKg) * qty * 10) / 10;
    return { ...offer, load: `${offer.minQty} ${product.unit} «${product.name}», ${kg} kg, from ${warehouse.code}` };
  }
  throw new Error('the demo seller has no offer a 20 t тент carries');
}

/** A morning window (09:00–13:00 Moscow) 10 days ahead, as at checkout. */
function windowIn10Days() {
  const day = new Date(Date.now() + 10 * DAY_MS).toISOString().slice(0, 10);
  return { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` };
}

/** The customer orders `offer` with delivery to Moscow, by invoice; the seller records the payment. */
async function paidDeliveryPart(base: string, customer: string, seller: string, offer: Offer, n: number) {
  await must(201, 'cart', base, 'POST', `${ORDERS}/cart/items`, customer, {
    offerId: offer.id,
    quantity: offer.minQty,
  });
  const order = await must<{ id: string; subOrders: { id: string; totals: { totalMinor: number } }[] }>(
    201,
    'checkout',
    base,
    'POST',
    `${ORDERS}/checkout`,
    customer,
    {
      delivery: {
        method: 'delivery',
        address: 'г. Москва, ул. Тверская, д. 1',
        lat: 55.7558,
        lon: 37.6173,
        window: windowIn10Days(),
        unloading: 'manual',
      },
      paymentMethod: 'invoice',
    },
    { 'idempotency-key': randomUUID() },
  );
  const sub = order.subOrders[0]!;
  const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
  await must(200, 'mark-paid', base, 'POST', `${ORDERS}/sub-orders/${sub.id}/mark-paid`, seller, {
    amountMinor: sub.totals.totalMinor,
    paidOn: today,
    documentNumber: `bench-${n}`,
  });
  return { orderId: order.id, subOrderId: sub.id };
}

/** The seller moves the part to ready; the relay posts its job, which the sub-order then shows. */
async function postedJob(
  base: string,
  seller: string,
  { orderId, subOrderId }: { orderId: string; subOrderId: string },
): Promise<string> {
  for (const to of ['confirmed', 'assembling', 'ready']) {
    await must(200, `transition to ${to}`, base, 'POST', `${ORDERS}/sub-orders/${subOrderId}/transition`, seller, {
      to,
    });
  }
  // Bounded: 300 polls of 100 ms.
  for (let i = 0; i < 300; i++) {
    const sub = await must<{ deliveryJobId: string | null }>(
      200,
      'sub-order',
      base,
      'GET',
      `${ORDERS}/${orderId}/sub-orders/${subOrderId}`,
      seller,
    );
    if (sub.deliveryJobId) return sub.deliveryJobId;
    await sleep(100);
  }
  throw new Error(`no job posted for sub-order ${subOrderId} within 30 s`);
}

interface Carrier {
  token: string;
  vehicleId: string;
}

/** A carrier registered, approved by the admin, with a 20 t тент based in Moscow. */
async function carrier(base: string, admin: string, i: number, tag: string): Promise<Carrier> {
  const reg = await must<{ user: { id: string }; accessToken: string }>(
    201,
    'register',
    base,
    'POST',
    '/api/v1/users/auth/register',
    '',
    {
      email: `bench-carrier-${i}-${tag}@tutuu.test`,
      password: DEMO_PASSWORD,
      name: `Перевозчик ${i}`,
      role: 'carrier',
      company: { name: `ООО «Перевозчик ${i}»`, inn: '7707083893' },
    },
  );
  await must(200, 'approve', base, 'POST', `/api/v1/users/${reg.user.id}/approve`, admin, {});
  const vehicle = await must<{ id: string }>(201, 'vehicle', base, 'POST', `${LOGISTICS}/vehicles`, reg.accessToken, {
    bodyType: 'тент',
    name: `Тент 20 т №${i + 1}`,
    payloadKg: 20_000,
    volumeM3: 82,
    bodyLengthM: 13.6,
    plate: `Х${String(i + 1).padStart(3, '0')}ТХ799`,
    base: { address: 'Москва, Профсоюзная ул.', lat: 55.67, lon: 37.55 },
  });
  return { token: reg.accessToken, vehicleId: vehicle.id };
}

function bid(base: string, c: Carrier, jobId: string, priceMinor: number) {
  return call<{ code?: string }>(base, 'POST', `${LOGISTICS}/jobs/${jobId}/bids`, c.token, {
    vehicleId: c.vehicleId,
    priceMinor,
    pickupAt: new Date(Date.now() + DAY_MS).toISOString(),
  });
}

/** One carrier's loop: the hot jobs in turn, each bid 100 kopecks under its own last on that job. */
async function bidder(
  base: string,
  c: Carrier,
  i: number,
  hot: readonly { id: string; guideMinor: number }[],
  until: number,
  latencies: number[],
  codes: string[],
) {
  const last = new Map<string, number>();
  for (let n = 0; performance.now() < until; n++) {
    const job = hot[(i + n) % hot.length]!;
    const price = (last.get(job.id) ?? job.guideMinor - 100 * i) - 100;
    const started = performance.now();
    let code: string;
    try {
      const r = await bid(base, c, job.id, price);
      code = r.status === 201 ? '201' : `${r.status} ${r.json?.code ?? ''}`;
    } catch (err) {
      code = `no answer: ${(err as Error).message}`;
    }
    latencies.push(performance.now() - started);
    codes.push(code);
    // A refused bid leaves the carrier's last standing; the next one still undercuts it.
    if (code === '201') last.set(job.id, price);
  }
}

interface Close {
  jobId: string;
  /** When the bench made it due (wall clock, ms). */
  dueAt: number;
  /** When the poll first saw it `awarded`. */
  seenAt?: number;
  /** The job's `updated_at` at the award (the server's clock: the same machine). */
  awardedAt?: number;
  status?: string;
}

/** Moves a job's close and its pending close deadline to now, and wakes the relay. */
async function makeDue(db: pg.Client, jobId: string): Promise<Close> {
  const due = new Date();
  await db.query('begin');
  try {
    await db.query(`update logistics.jobs set closes_at = $2 where id = $1 and status = 'open'`, [jobId, due]);
    const moved = await db.query(
      `update events.deadlines set due_at = $2, next_attempt_at = $2
       where kind = 'logistics.auction_close' and key = $1 and status = 'pending'`,
      [jobId, due],
    );
    if (moved.rowCount !== 1) throw new Error(`job ${jobId}: ${moved.rowCount} pending close deadlines`);
    await db.query(`select pg_notify('tutuu_events', '')`);
    await db.query('commit');
  } catch (err) {
    await db.query('rollback');
    throw err;
  }
  return { jobId, dueAt: due.getTime() };
}

/** Polls the made-due jobs every 20 ms until each is decided or `stopAt` passes. */
async function watchCloses(db: pg.Client, closes: Close[], done: () => boolean, stopAt: () => number) {
  while (Date.now() < stopAt()) {
    const waiting = closes.filter((c) => c.seenAt === undefined);
    if (waiting.length === 0 && done()) return;
    if (waiting.length > 0) {
      const { rows } = await db.query<{ id: string; status: string; updated_at: Date }>(
        `select id, status, updated_at from logistics.jobs where id = any($1::uuid[])`,
        [waiting.map((c) => c.jobId)],
      );
      const now = Date.now();
      for (const r of rows) {
        const c = waiting.find((w) => w.jobId === r.id)!;
        c.status = r.status;
        if (r.status !== 'open') {
          c.seenAt = now;
          c.awardedAt = r.updated_at.getTime();
        }
      }
    }
    await sleep(20);
  }
}

/** At most one `won` bid per job; each awarded job's winner is its lowest active-or-won bid (earlier on a tie). */
async function winnersAddUp(db: pg.Client, jobIds: readonly string[]): Promise<string> {
  const problems: string[] = [];
  const { rows: twice } = await db.query<{ job_id: string; n: number }>(
    `select job_id, count(*)::int as n from logistics.bids
     where job_id = any($1::uuid[]) and status = 'won' group by job_id having count(*) > 1`,
    [jobIds],
  );
  for (const r of twice) problems.push(`job ${r.job_id} has ${r.n} won bids`);
  const { rows } = await db.query<{
    id: string;
    status: string;
    awarded_bid_id: string | null;
    lowest_id: string | null;
    lowest_price: string | null;
    won_price: string | null;
    won_status: string | null;
  }>(
    `select j.id, j.status, j.awarded_bid_id,
            (select b.id from logistics.bids b where b.job_id = j.id and b.status in ('active', 'won')
             order by b.price_minor, b.seq limit 1) as lowest_id,
            (select min(b.price_minor)::text from logistics.bids b
             where b.job_id = j.id and b.status in ('active', 'won')) as lowest_price,
            w.price_minor::text as won_price, w.status as won_status
     from logistics.jobs j left join logistics.bids w on w.id = j.awarded_bid_id
     where j.id = any($1::uuid[])`,
    [jobIds],
  );
  const awarded = rows.filter((r) => r.status === 'awarded');
  for (const r of awarded) {
    if (r.won_status !== 'won') problems.push(`job ${r.id}: its awarded bid is ${r.won_status}`);
    if (r.awarded_bid_id !== r.lowest_id) {
      problems.push(`job ${r.id}: awarded ${r.won_price} but the lowest active-or-won bid is ${r.lowest_price}`);
    }
  }
  for (const r of rows.filter((r) => r.status !== 'awarded' && r.awarded_bid_id !== null)) {
    problems.push(`job ${r.id} is ${r.status} with an awarded bid`);
  }
  return problems.length === 0
    ? `winners: OK (${rows.length} jobs, ${awarded.length} awarded, each to its lowest bid; no job with two won bids)`
    : `WINNER PROBLEMS (${problems.length}):\n  ${problems.slice(0, 10).join('\n  ')}`;
}

/**
 * Seconds a process has spent on a CPU and waiting for one so far (Linux schedstat): on a shared
 * machine the second says how much the server was held back by other processes.
 */
function schedSeconds(pid: number): { run: number; wait: number } {
  const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
  return { run: run! / 1e9, wait: wait! / 1e9 };
}

/** Samples, every 200 ms until `done`, how many of the database's backends wait on a lock. */
async function lockWaits(db: pg.Client, done: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (!done()) {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and wait_event_type = 'Lock'`,
    );
    samples.push(rows[0]!.n);
    await sleep(200);
  }
  return samples;
}

function ms(n: number | undefined): string {
  return n === undefined ? '—' : `${Math.round(n)} ms`;
}

async function main(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  await withBenchDatabase('auction', 3916, async ({ server, databaseUrl, db }) => {
    const base = server.url;
    const [customer, seller, adminToken] = [
      (await login(base, DEMO_CUSTOMER)).token,
      (await login(base, DEMO_SELLER)).token,
      (await login(base, DEMO_ADMIN)).token,
    ];

    const setupStarted = performance.now();
    const offer = await offerToOrder(base, seller);
    const subOrders: { orderId: string; subOrderId: string }[] = [];
    // One cart: the customer's orders go one after another.
    for (let n = 0; n < HOT_JOBS + DUE_JOBS + 1; n++)
      subOrders.push(await paidDeliveryPart(base, customer, seller, offer, n));
    const jobIds = await inParallel(subOrders, 5, (part) => postedJob(base, seller, part));
    const jobs = await inParallel(jobIds, 5, async (id) => {
      const j = await must<{ guidePriceMinor: number }>(200, 'job', base, 'GET', `${LOGISTICS}/jobs/${id}`, adminToken);
      return { id, guideMinor: j.guidePriceMinor };
    });
    const tag = randomUUID().slice(0, 8);
    const carriers = await inParallel(
      Array.from({ length: CARRIERS }, (_, i) => i),
      5,
      (i) => carrier(base, adminToken, i, tag),
    );
    const hot = jobs.slice(0, HOT_JOBS);
    const due = jobs.slice(HOT_JOBS, HOT_JOBS + DUE_JOBS);
    // One more is closed before the load, for comparison.
    const idle = jobs.at(-1)!;
    // The jobs to be closed get a couple of bids each, from carriers of their own.
    for (const [k, job] of [...due, idle].entries()) {
      for (let b = 0; b < 2 + (k % 2); b++) {
        const c = carriers[(k * 3 + b) % CARRIERS]!;
        const r = await bid(base, c, job.id, job.guideMinor - 100 * ((k * 7 + b * 13) % 50) - 100);
        if (r.status !== 201) throw new Error(`set-up bid: ${r.status} ${JSON.stringify(r.json)}`);
      }
    }
    out(
      `set-up: ${jobs.length} jobs posted (each ${offer.load}, Moscow → Moscow, guide ${jobs[0]!.guideMinor} kopecks), ` +
        `${CARRIERS} carriers approved with a vehicle each, in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
    );

    const watchDb = new pg.Client({ connectionString: databaseUrl });
    const sampleDb = new pg.Client({ connectionString: databaseUrl });
    await Promise.all([watchDb.connect(), sampleDb.connect()]);
    const idleClose = await makeDue(db, idle.id);
    const idleUntil = Date.now() + AWARD_WAIT_MS;
    await watchCloses(
      watchDb,
      [idleClose],
      () => true,
      () => idleUntil,
    );
    const latencies: number[] = [];
    const codes: string[] = [];
    const closes: Close[] = [];
    const schedBefore = schedSeconds(server.child.pid!);
    const started = performance.now();
    const startedAt = new Date();
    const until = started + DURATION_MS;
    let loadDone = false;
    let closerDone = false;
    let finishedAt = Infinity;
    const interval = DURATION_MS / (DUE_JOBS + 1);
    const closer = (async () => {
      for (const [k, job] of due.entries()) {
        const at = started + (k + 1) * interval;
        if (at >= until) break;
        await sleep(Math.max(0, at - performance.now()));
        closes.push(await makeDue(db, job.id));
      }
      closerDone = true;
    })();
    const sampler = lockWaits(sampleDb, () => loadDone);
    const watcher = watchCloses(
      watchDb,
      closes,
      () => loadDone && closerDone,
      () => (loadDone ? finishedAt + AWARD_WAIT_MS : Infinity),
    );
    await Promise.all(carriers.map((c, i) => bidder(base, c, i, hot, until, latencies, codes)));
    const seconds = (performance.now() - started) / 1000;
    const schedAfter = schedSeconds(server.child.pid!);
    const onCpu = (schedAfter.run - schedBefore.run) / seconds;
    const waitingCpu = (schedAfter.wait - schedBefore.wait) / seconds;
    const endedAt = new Date();
    finishedAt = Date.now();
    loadDone = true;
    await closer;
    await watcher;
    const waits = await sampler;
    await Promise.all([watchDb.end(), sampleDb.end()]);

    const sorted = [...latencies].sort((a, b) => a - b);
    const ok = codes.filter((c) => c === '201').length;
    const other = codes.filter((c) => c !== '201');
    const fired = await db.query<{ n: number }>(
      `select count(*)::int as n from events.deadlines
       where kind = 'logistics.auction_close' and fired_at >= $1 and fired_at <= $2`,
      [startedAt, endedAt],
    );
    const failing = await db.query<{ key: string; status: string; attempts: number; last_error: string }>(
      `select key, status, attempts, last_error from events.deadlines
       where kind like 'logistics.%' and (status = 'dead' or last_error is not null)`,
    );
    const toAward = closes.filter((c) => c.awardedAt !== undefined).map((c) => c.awardedAt! - c.dueAt);
    const toSeen = closes.filter((c) => c.seenAt !== undefined).map((c) => c.seenAt! - c.dueAt);
    const sortedAward = [...toAward].sort((a, b) => a - b);
    out(
      [
        `PostgreSQL, ${CARRIERS} carriers bidding on ${HOT_JOBS} hot jobs while ${closes.length} jobs close, ${seconds.toFixed(1)} s:`,
        `bids: ${ok} accepted (${(ok / seconds).toFixed(1)} bids/s), other answers: ${other.length} ${tally(other)}`,
        `bid latency: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
        `server process during the load: on a CPU ${Math.round(onCpu * 100)} % of the time, ` +
          `waiting for one ${Math.round(waitingCpu * 100)} %; ` +
          `backends waiting on a lock: ${(waits.reduce((a, n) => a + n, 0) / Math.max(1, waits.length)).toFixed(1)} ` +
          `on average, ${Math.max(0, ...waits)} at most (sampled every 200 ms)`,
        `closes: ${closes.length} made due, ${fired.rows[0]!.n} fired during the run, ${toAward.length} awarded` +
          (toAward.length > 0
            ? `; due → awarded p50 ${ms(percentile(sortedAward, 50))}, max ${ms(sortedAward.at(-1))}`
            : ''),
        `  before the load: due → awarded ${ms(idleClose.awardedAt === undefined ? undefined : idleClose.awardedAt - idleClose.dueAt)}, ${idleClose.status ?? '?'}`,
        ...closes.map(
          (c, k) =>
            `  close ${k + 1}: due → awarded ${ms(c.awardedAt === undefined ? undefined : c.awardedAt - c.dueAt)} ` +
            `(seen by the poll after ${ms(c.seenAt === undefined ? undefined : c.seenAt - c.dueAt)}), ${c.status ?? '?'}`,
        ),
        ...(toSeen.length < closes.length
          ? [`  ${closes.length - toSeen.length} not decided within ${AWARD_WAIT_MS / 1000} s`]
          : []),
        ...(failing.rows.length > 0
          ? [`deadlines that failed: ${failing.rows.length} ${JSON.stringify(failing.rows.slice(0, 3))}`]
          : []),
        await winnersAddUp(
          db,
          jobs.map((j) => j.id),
        ),
      ].join('\n'),
    );
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
