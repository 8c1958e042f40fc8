/**
 * Price-list uploads against a running server: what each costs it, and whether it keeps answering.
 * Uploads, as the demo seller: a 10 000-row XLSX and CSV and a 50 MB CSV of 100 000 rows (each a dry
 * run, then for real), the zip bomb (26.5 M cells in 0.9 MB, which once took the server to 4.4 GB)
 * and a 9.8 MB CSV whose header has 4.9 M columns. For each: the answer, its wall time, the server's
 * peak RSS during it and that peak over its idle RSS (VmHWM of the child, reset before each upload;
 * bench/memory.ts), the worst
 * latency of GET /health/live polled every ~10 ms during the upload, and the server's own longest
 * event-loop delay meanwhile (prom-client's, reset by each scrape of /metrics): the poll also
 * counts the time the machine gave other processes, the delay less so.
 *
 *   npm run bench:price-list                                                             # PGlite
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:price-list  # PostgreSQL instead
 *
 * On PostgreSQL it creates its own database (the server seeds the demo data into it) and drops it. A server that dies (the old parser ran
 * out of memory on the bomb) is noted and started again. Traffic to 127.0.0.1 only; each upload is
 * bounded by BENCH_UPLOAD_TIMEOUT seconds (default 180).
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { zipBombXlsx } from '../test/price-list-builders.js';
import { procStatusKb, toMb } from './memory.js';
import { startServer, type RunningServer } from './server.js';

const PORT = 3917;
const SELLER = { email: 'sales@strojbaza.demo', password: 'tutuu-demo-2026' };
const ROWS = 10_000;
/** The big CSV: the row limit's 100 000 rows with long names, about 50 MB. */
const BIG_ROWS = 100_000;
const TIMEOUT_MS = Number(process.env.BENCH_UPLOAD_TIMEOUT ?? 180) * 1000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Upload {
  name: string;
  filename: string;
  data: Buffer;
  dryRun: boolean;
}

interface Figure {
  database: string;
  upload: string;
  answer: string;
  ms: number;
  peakMb: number;
  overIdleMb: number;
  healthMs: number;
  lagMs: number;
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/users/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SELLER),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function warehouseCodes(base: string, token: string): Promise<string[]> {
  const res = await fetch(`${base}/api/v1/catalog/warehouses`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as { items: { code: string }[] }).items.map((w) => w.code);
}

/** New products over the seller's warehouses, with SKUs of their own per file. */
function priceRows(prefix: string, codes: string[], rows = ROWS, longNames = false): (string | number)[][] {
  const header = ['sku', 'name', 'category', 'unit', 'price', 'vat', 'min_qty', 'step', ...codes];
  // Some 280 characters (the limit is 300): a seller's full description, as some lists carry.
  const tail = longNames ? ' пустотелый, красный, гладкий, М150, F50'.repeat(6) : '';
  const body = Array.from({ length: rows }, (_, i) => [
    `${prefix}-${i}`,
    `Кирпич облицовочный ${prefix} №${i}${tail}`,
    'kirpich-ryadovoj',
    'шт',
    (2000 + (i % 50) * 100 + (i % 100)) / 100,
    22,
    1,
    1,
    ...codes.map((_, k) => (i + k) % 500),
  ]);
  return [header, ...body];
}

const csvOf = (rows: (string | number)[][]) => Buffer.from(rows.map((r) => r.join(';')).join('\r\n'));

async function uploads(codes: string[]): Promise<Upload[]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Прайс');
  for (const row of priceRows(`BX${Date.now()}`, codes)) sheet.addRow(row);
  const xlsx = Buffer.from(await book.xlsx.writeBuffer());
  const csv = csvOf(priceRows(`BC${Date.now()}`, codes));
  const big = csvOf(priceRows(`BB${Date.now()}`, codes, BIG_ROWS, true));
  const bigName = `${Math.round(big.length / 1e6)} MB CSV of ${BIG_ROWS / 1000} 000 rows`;
  return [
    { name: '10 000-row XLSX, dry run', filename: 'bulk.xlsx', data: xlsx, dryRun: true },
    { name: '10 000-row XLSX', filename: 'bulk.xlsx', data: xlsx, dryRun: false },
    { name: '10 000-row CSV, dry run', filename: 'bulk.csv', data: csv, dryRun: true },
    { name: '10 000-row CSV', filename: 'bulk.csv', data: csv, dryRun: false },
    { name: `${bigName}, dry run`, filename: 'big.csv', data: big, dryRun: true },
    { name: bigName, filename: 'big.csv', data: big, dryRun: false },
    { name: 'XLSX zip bomb (26.5 M cells), dry run', filename: 'bomb.xlsx', data: zipBombXlsx(), dryRun: true },
    {
      name: 'CSV of 4.9 M header columns, dry run',
      filename: 'wide.csv',
      data: Buffer.from('a;'.repeat(4_900_000)),
      dryRun: true,
    },
  ];
}

/**
 * Polls /health/live every ~10 ms until stopped, from a worker thread: the upload's own sending
 * (a 10 MB body) must not delay the polls on the client side. Resolves with the slowest answer.
 */
function pollHealth(base: string): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let running = true, worst = 0;
     parentPort.on('message', () => { running = false; });
     (async () => {
       while (running) {
         const started = performance.now();
         try { await fetch(workerData.url, { signal: AbortSignal.timeout(workerData.timeout) }); } catch {}
         worst = Math.max(worst, performance.now() - started);
         await new Promise((r) => setTimeout(r, 10));
       }
       parentPort.postMessage(worst);
     })();`,
    { eval: true, workerData: { url: `${base}/health/live`, timeout: TIMEOUT_MS } },
  );
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (worst: number) => void worker.terminate().then(() => resolve(worst)));
        worker.postMessage('stop');
      }),
  };
}

/** The server's longest event-loop delay since the last scrape, in ms (the scrape resets it). */
async function loopLag(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = /^tutuu_nodejs_eventloop_lag_max_seconds ([\d.e+-]+)$/m.exec(text);
  return m ? Math.round(Number(m[1]) * 1000) : NaN;
}

async function measure(server: RunningServer, token: string, u: Upload, database: string): Promise<Figure> {
  const pid = server.child.pid!;
  await new Promise((r) => setTimeout(r, 1000)); // let the last upload's garbage settle
  await loopLag(server.url);
  const idle = procStatusKb(pid, 'VmRSS');
  const hwm = server.rss.reset();
  let sampled = idle;
  const sampler = setInterval(() => {
    // Where VmHWM cannot be reset: sampled VmRSS (NaN once the process is gone is ignored).
    sampled = Math.max(sampled, procStatusKb(pid, 'VmRSS') || 0);
  }, 10);
  const health = pollHealth(server.url);
  const form = new FormData();
  form.append('file', new Blob([u.data], { type: u.filename.endsWith('.xlsx') ? XLSX : 'text/csv' }), u.filename);
  const started = performance.now();
  let answer: string;
  try {
    const res = await fetch(`${server.url}/api/v1/catalog/price-lists?dryRun=${u.dryRun}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json()) as { code?: string; limit?: string; created?: number; rows?: number };
    answer =
      res.status === 200
        ? `200: ${body.rows} rows, ${body.created} created`
        : `${res.status} ${body.code ?? ''}${body.limit ? ` (${body.limit})` : ''}`;
  } catch (err) {
    answer =
      server.child.exitCode !== null ? `server died (exit ${server.child.exitCode})` : `no answer: ${String(err)}`;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const healthMs = await health.stop();
  const alive = server.child.exitCode === null;
  const peak = alive && hwm ? server.rss.read() : sampled;
  const lagMs = alive ? await loopLag(server.url).catch(() => NaN) : NaN;
  return {
    database,
    upload: u.name,
    answer,
    ms: Math.round(ms),
    peakMb: toMb(peak),
    overIdleMb: toMb(peak - idle),
    healthMs: Math.round(healthMs),
    lagMs,
  };
}

async function run(database: string, env: Record<string, string>): Promise<Figure[]> {
  let server = await startServer({ port: PORT, env });
  const figures: Figure[] = [];
  try {
    let token = await login(server.url);
    const list = await uploads(await warehouseCodes(server.url, token));
    for (const u of list) {
      figures.push(await measure(server, token, u, database));
      if (server.child.exitCode !== null || !(await fetch(`${server.url}/health/live`).catch(() => null))) {
        // Dead or hung: start again on the same data for the next upload.
        server.child.kill('SIGKILL');
        server = await startServer({ port: PORT, env, dataDir: server.dataDir });
        token = await login(server.url);
      }
    }
  } finally {
    await server.stop();
  }
  return figures;
}

async function withPostgres<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `tutuu_bench_price_list_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  try {
    return await fn(u.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const pgUrl = process.env.BENCH_DATABASE_URL;
  const figures = pgUrl
    ? await withPostgres(pgUrl, (url) => run('PostgreSQL', { DATABASE_URL: url }))
    : await run('PGlite', {});
  const lines = [
    '| database | upload | answer | time ms | peak RSS MB | over idle MB | worst /health/live ms | event-loop delay ms |',
    '|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.database} | ${f.upload} | ${f.answer} | ${f.ms} | ${f.peakMb} | ${f.overIdleMb} | ${f.healthMs} | ${Number.isNaN(f.lagMs) ? '—' : f.lagMs} |`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
