/**
 * Live tracking under load on PostgreSQL (docs/domain.md, Tracking).
 *
 * Set-up on a fresh database with the demo data: a carrier registers and an admin approves it;
 * 100 vehicles and 100 deliveries in transit (Podolsk → Moscow, bought by the demo customer from
 * the demo seller) are written straight into the logistics tables — the auction is not what is
 * measured here (bench:auction is) — and 20 of the vehicles get a tracker key through the API.
 * Each delivery's truck drives north at 36 km/h from 200 km out, one fix a second, its clock
 * starting 12 hours ago so that no fix is ever ahead of the server's.
 *
 * 1. Ingest through the batch endpoint: 20 carriers' apps at once, each posting batches of
 *    BENCH_BATCH (100) fixes of its own delivery for BENCH_DURATION seconds (10).
 * 2. Ingest through OsmAnd: 20 phones at once, one fix per request, as OsmAnd sends it (GET with
 *    the fix in the query string, speed in knots).
 * 3. Fan-out to 1 000 WebSocket subscribers of one delivery (admins' tokens): one fix posted every
 *    50 ms; the latency from the start of its POST to its arrival at each subscriber.
 * 4. Fan-out to 100 deliveries × 10 subscribers: one fix to the next delivery every 10 ms.
 * Prints positions/s and p50/p99 of each ingest, p50/p99/max of each fan-out, and the server's
 * RSS (idle, after each phase, and its peak). The subscribers run in this process, on the same
 * machine as the server and PostgreSQL: a latency includes their own turn on the CPU.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:tracking
 *
 * Creates its own database and drops it (BENCH_KEEP=1 keeps it). Traffic to 127.0.0.1 only.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import WebSocket from 'ws';
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
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const DELIVERIES = 100;
const APPS = 20;
const PHONES = 20;
const LOGISTICS = '/api/v1/logistics';
const PODOLSK = { lat: 55.43, lon: 37.54 };
const MOSCOW = { lat: 55.7558, lon: 37.6173 };
/** 10 m/s due north: 36 km/h. */
const STEP_DEG = 10 / 111_200;

function spread(values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
  return `p50 ${f(percentile(s, 50))} ms, p99 ${f(percentile(s, 99))} ms, max ${f(s.at(-1) ?? NaN)} ms`;
}

/** The server's resident set and its peak so far, MB (/proc). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** Where each delivery's truck is and when: the next fix continues from here. */
interface Track {
  deliveryId: string;
  lat: number;
  lon: number;
  at: number;
}

function nextFixes(track: Track, n: number) {
  const fixes = [];
  for (let i = 0; i < n; i++) {
    track.lat += STEP_DEG;
    track.at += 1000;
    fixes.push({ lat: track.lat, lon: track.lon, at: new Date(track.at).toISOString(), speedKmh: 36, heading: 0 });
  }
  return fixes;
}

/** 100 vehicles and their deliveries in transit, written straight into the tables. */
async function seedDeliveries(db: pg.Client, carrierId: string, customerId: string, sellerId: string) {
  const now = new Date();
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const tag = randomUUID().slice(0, 6);
  const letters = 'АВЕКМНОРСТУХ';
  const out: { deliveryId: string; vehicleId: string }[] = [];
  await db.query('begin');
  for (let i = 0; i < DELIVERIES; i++) {
    const plate = `${letters[i % 12]}${String(i + 1).padStart(3, '0')}${letters[(i + 3) % 12]}${letters[(i + 7) % 12]}${150 + (i % 50)}`;
    const v = await db.query<{ id: string }>(
      `insert into logistics.vehicles (carrier_id, body_type, name, payload_kg, volume_m3, body_length_m, plate,
         base_address, base_lat, base_lon, created_at, updated_at)
       values ($1, 'tent', $2, 10000, 50, 7.2, $3, 'Подольск', $4, $5, $6, $6) returning id`,
      [carrierId, `bench ${tag} ${i}`, plate, PODOLSK.lat, PODOLSK.lon, dayAgo],
    );
    const vehicleId = v.rows[0]!.id;
    const job = await db.query<{ id: string }>(
      `insert into logistics.jobs (sub_order_id, order_id, order_number, seller_id, customer_id, status, warehouse_id,
         pickup_name, pickup_address, pickup_lat, pickup_lon, dropoff_address, dropoff_lat, dropoff_lon, contact,
         window_from, window_to, unloading, weight_kg, volume_m3, cargo, needs_crane, bodies, vehicles, road_km,
         guide_price_minor, paid_delivery_minor, posted_at, closes_at, updated_at)
       values (gen_random_uuid(), gen_random_uuid(), $1, $2, $3, 'open', gen_random_uuid(),
         'Склад Подольск', 'Подольск', $4, $5, 'г. Москва, ул. Тверская, д. 1', $6, $7,
         '{"name":"Иван Петров","company":null,"phone":"+79990000000"}'::jsonb,
         $8, $9, 'manual', 1000, 1, 'general', false, '{tent}', 1, 50, 100000, 100000, $10, $10, $10)
       returning id`,
      [
        `BENCH-${tag}-${i}`,
        sellerId,
        customerId,
        PODOLSK.lat,
        PODOLSK.lon,
        MOSCOW.lat,
        MOSCOW.lon,
        new Date(now.getTime() + 86_400_000),
        new Date(now.getTime() + 100_000_000),
        dayAgo,
      ],
    );
    const jobId = job.rows[0]!.id;
    const bid = await db.query<{ id: string }>(
      `insert into logistics.bids (job_id, round, carrier_id, vehicle_id, price_minor, pickup_at, status, created_at)
       values ($1, 0, $2, $3, 100000, $4, 'won', $4) returning id`,
      [jobId, carrierId, vehicleId, dayAgo],
    );
    await db.query(`update logistics.jobs set status = 'assigned', awarded_bid_id = $2 where id = $1`, [
      jobId,
      bid.rows[0]!.id,
    ]);
    const d = await db.query<{ id: string }>(
      `insert into logistics.deliveries (job_id, bid_id, carrier_id, vehicle_id, sub_order_id, status, price_minor,
         created_at, updated_at)
       select $1, $2, $3, $4, sub_order_id, 'in_transit', 100000, $5, $5 from logistics.jobs where id = $1
       returning id`,
      [jobId, bid.rows[0]!.id, carrierId, vehicleId, dayAgo],
    );
    out.push({ deliveryId: d.rows[0]!.id, vehicleId });
  }
  await db.query('commit');
  return out;
}

/** `clients` loops at once until `until`: each call is timed; answers other than `ok` are tallied. */
async function load(
  clients: number,
  until: number,
  step: (client: number) => Promise<{ status: number; points: number; code?: string }>,
  ok: number,
) {
  const latencies: number[] = [];
  const codes: string[] = [];
  let points = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const r = await step(c);
        latencies.push(performance.now() - t0);
        if (r.status === ok) points += r.points;
        else codes.push(`${r.status} ${r.code ?? ''}`);
      }
    }),
  );
  return { latencies, codes, points };
}

interface Subscriber {
  ws: WebSocket;
  ready: Promise<void>;
}

function subscribe(wsBase: string, deliveryId: string, token: string, onPoint: (at: string) => void): Subscriber {
  const ws = new WebSocket(`${wsBase}${LOGISTICS}/deliveries/${deliveryId}/live?access_token=${token}`);
  const ready = new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { type: string; points?: { at: string }[] };
      if (m.type === 'snapshot') resolve();
      else if (m.type === 'positions') for (const p of m.points ?? []) onPoint(p.at);
    });
  });
  return { ws, ready };
}

/** Posts one fix at a time to `deliveryOf(n)` every `everyMs`, for the duration; latency to each subscriber's arrival. */
async function fanOut(
  pid: number,
  base: string,
  wsBase: string,
  carrier: string,
  admin: string,
  tracks: Track[],
  subscribersPer: number,
  everyMs: number,
) {
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  const key = (deliveryId: string, at: string) => `${deliveryId} ${at}`;
  const subs: Subscriber[] = [];
  for (const track of tracks) {
    for (let s = 0; s < subscribersPer; s++) {
      subs.push(
        subscribe(wsBase, track.deliveryId, admin, (at) => {
          const t0 = sent.get(key(track.deliveryId, at));
          if (t0 !== undefined) latencies.push(performance.now() - t0);
        }),
      );
      // Connect in waves of 100, so the set-up is not a thundering herd the figures would carry.
      if (subs.length % 100 === 0) await Promise.all(subs.slice(-100).map((x) => x.ready));
    }
  }
  await Promise.all(subs.map((s) => s.ready));
  const codes: string[] = [];
  const started = performance.now();
  const until = started + DURATION_MS;
  let n = 0;
  let usable = 0;
  // A truck's app sends one request at a time: a delivery's next fix waits for its previous answer.
  const previous = new Map<string, Promise<void>>();
  while (performance.now() < until) {
    const track = tracks[n % tracks.length]!;
    const post = (previous.get(track.deliveryId) ?? Promise.resolve()).then(async () => {
      const [fix] = nextFixes(track, 1);
      const t0 = performance.now();
      sent.set(key(track.deliveryId, fix!.at), t0);
      const r = await call<{ usable?: number; code?: string }>(
        base,
        'POST',
        `${LOGISTICS}/deliveries/${track.deliveryId}/positions`,
        carrier,
        { points: [fix] },
      );
      if (r.status === 201) usable += r.json.usable ?? 0;
      else codes.push(`${r.status} ${r.json?.code ?? ''}`);
    });
    previous.set(track.deliveryId, post);
    n++;
    await sleep(Math.max(0, started + n * everyMs - performance.now()));
  }
  await Promise.all(previous.values());
  // What is still on its way arrives within a moment; then the subscribers go.
  await sleep(500);
  const expected = usable * subscribersPer;
  const rss = memory(pid).rss;
  for (const s of subs) s.ws.terminate();
  return { posts: n, expected, latencies, codes, subscribers: subs.length, rss };
}

async function main(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  await withBenchDatabase('tracking', 3917, async ({ server, db }) => {
    const pid = server.child.pid!;
    const started = memory(pid);
    const base = server.url;
    const wsBase = base.replace(/^http/, 'ws');
    const [customer, seller, adminAcc] = [
      await login(base, DEMO_CUSTOMER),
      await login(base, DEMO_SELLER),
      await login(base, DEMO_ADMIN),
    ];
    const email = `bench-carrier-${randomUUID().slice(0, 8)}@tutuu.test`;
    const reg = await must<{ user: { id: string } }>(201, 'register', base, 'POST', '/api/v1/users/auth/register', '', {
      email,
      password: DEMO_PASSWORD,
      name: 'Перевозчик',
      role: 'carrier',
      company: { name: 'ООО «Бенч»', inn: '7707083893' },
    });
    await must(200, 'approve', base, 'POST', `/api/v1/users/${reg.user.id}/approve`, adminAcc.token, {});
    const carrier = await login(base, email);
    const seeded = await seedDeliveries(db, carrier.id, customer.id, seller.id);
    const start = Date.now() - 12 * 3_600_000;
    const tracks: Track[] = seeded.map((s, i) => ({
      deliveryId: s.deliveryId,
      lat: MOSCOW.lat - 1.8,
      lon: MOSCOW.lon + (i - 50) * 0.001,
      at: start,
    }));
    const keys: string[] = [];
    for (const s of seeded.slice(APPS, APPS + PHONES)) {
      const k = await must<{ key: string }>(
        201,
        'tracker key',
        base,
        'POST',
        `${LOGISTICS}/vehicles/${s.vehicleId}/tracker-key`,
        carrier.token,
      );
      keys.push(k.key);
    }
    // Warm-up: a batch per delivery, so every one has a newest usable point to judge against.
    for (const t of tracks)
      await must(201, 'warm-up', base, 'POST', `${LOGISTICS}/deliveries/${t.deliveryId}/positions`, carrier.token, {
        points: nextFixes(t, 5),
      });
    const idle = memory(pid);
    out(`set-up: ${DELIVERIES} deliveries in transit, ${PHONES} tracker keys; server RSS ${idle.rss} MB`);

    // 1. The batch endpoint.
    {
      const until = performance.now() + DURATION_MS;
      const started = performance.now();
      const r = await load(
        APPS,
        until,
        async (c) => {
          const t = tracks[c]!;
          const res = await call<{ code?: string }>(
            base,
            'POST',
            `${LOGISTICS}/deliveries/${t.deliveryId}/positions`,
            carrier.token,
            {
              points: nextFixes(t, BATCH),
            },
          );
          return { status: res.status, points: BATCH, code: res.json?.code };
        },
        201,
      );
      const s = (performance.now() - started) / 1000;
      out(
        `ingest, batch endpoint (${APPS} apps, ${BATCH} fixes a request, ${s.toFixed(1)} s): ` +
          `${Math.round(r.points / s)} positions/s (${(r.latencies.length / s).toFixed(0)} requests/s); ` +
          `request ${spread(r.latencies)}` +
          (r.codes.length ? `; other answers ${tally(r.codes)}` : '') +
          `; server RSS ${memory(pid).rss} MB`,
      );
    }

    // 2. OsmAnd.
    {
      const until = performance.now() + DURATION_MS;
      const started = performance.now();
      const r = await load(
        PHONES,
        until,
        async (c) => {
          const t = tracks[APPS + c]!;
          const [f] = nextFixes(t, 1);
          const q = `id=${keys[c]}&lat=${f!.lat}&lon=${f!.lon}&timestamp=${Math.floor(t.at / 1000)}&speed=19.44&bearing=0&altitude=150&accuracy=5&batt=80`;
          const res = await fetch(`${base}${LOGISTICS}/osmand?${q}`);
          const body = await res.text();
          return {
            status: res.status,
            points: 1,
            code: res.status === 200 ? '' : (JSON.parse(body) as { code?: string }).code,
          };
        },
        200,
      );
      const s = (performance.now() - started) / 1000;
      out(
        `ingest, OsmAnd (${PHONES} phones, one fix a request, ${s.toFixed(1)} s): ` +
          `${Math.round(r.points / s)} positions/s; request ${spread(r.latencies)}` +
          (r.codes.length ? `; other answers ${tally(r.codes)}` : '') +
          `; server RSS ${memory(pid).rss} MB`,
      );
    }

    // 3. 1 000 subscribers of one delivery.
    {
      const r = await fanOut(pid, base, wsBase, carrier.token, adminAcc.token, [tracks[40]!], 1000, 50);
      out(
        `fan-out, 1 delivery × ${r.subscribers} WebSocket subscribers (a fix every 50 ms, ${r.posts} posts): ` +
          `POST → arrival ${spread(r.latencies)}; ${r.latencies.length} of ${r.expected} arrivals` +
          (r.codes.length ? `; other answers ${tally(r.codes)}` : '') +
          `; server RSS with them connected ${r.rss} MB`,
      );
    }

    // 4. 100 deliveries × 10 subscribers.
    {
      const r = await fanOut(pid, base, wsBase, carrier.token, adminAcc.token, tracks, 10, 10);
      out(
        `fan-out, ${DELIVERIES} deliveries × 10 subscribers (a fix to the next delivery every 10 ms, ${r.posts} posts): ` +
          `POST → arrival ${spread(r.latencies)}; ${r.latencies.length} of ${r.expected} arrivals` +
          (r.codes.length ? `; other answers ${tally(r.codes)}` : '') +
          `; server RSS with them connected ${r.rss} MB`,
      );
    }
    const mem = memory(pid);
    out(
      `server RSS: ${started.rss} MB when ready (demo data seeded), ${idle.rss} MB after the set-up, ` +
        `${mem.rss} MB at the end, peak ${mem.peak} MB`,
    );
    const stored = await db.query<{ n: number; flagged: number }>(
      `select count(*)::int as n, count(*) filter (where flag is not null)::int as flagged from logistics.positions`,
    );
    out(`positions stored: ${stored.rows[0]!.n} (${stored.rows[0]!.flagged} flagged)`);
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
