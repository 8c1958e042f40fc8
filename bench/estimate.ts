/**
 * The time of `POST /insights/estimates/calculate` for a 12-job estimate (every template once, a
 * brick house and its finishing) priced with each strategy and a delivery point, on PostgreSQL
 * with the large benchmark catalog (100 000 products × 3 offers by default): creates a database,
 * seeds it as `npm run seed -- --products N` does, starts the server and asks one request after
 * another (the latency of one estimate): p50 and p99 per strategy.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:estimate
 *
 * BENCH_CATALOG_DATABASE_URL=postgres://…/already_seeded skips creating and seeding (and keeps it);
 * BENCH_PRODUCTS sets the size; BENCH_DURATION the seconds per run; BENCH_KEEP=1 keeps the database.
 * Sends traffic to 127.0.0.1 only; every run is bounded in time.
 */
import { withCatalogDatabase } from './catalog-seed.js';
import { percentile } from './http.js';
import { startServer } from './server.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const URL_PATH = '/api/v1/insights/estimates/calculate';
/** Центр Москвы: the drop-off, and the point `nearest` measures from. */
const NEAR = { lat: 55.75, lon: 37.62 };

const JOBS = [
  { template: 'strip_foundation', inputs: { externalLengthM: 40, internalLengthM: 10, widthM: 0.4, heightM: 1.2 } },
  { template: 'slab_foundation', inputs: { lengthM: 6, widthM: 4, thicknessM: 0.2 } },
  { template: 'brick_wall', inputs: { lengthM: 40, heightM: 3, openings: [{ widthM: 1.5, heightM: 1.4, count: 6 }] } },
  { template: 'block_wall', inputs: { lengthM: 12, heightM: 2.8, thicknessMm: 200 } },
  { template: 'floor_screed', inputs: { areaM2: 80, thicknessMm: 40 } },
  { template: 'wall_plaster', inputs: { areaM2: 200, thicknessMm: 15 } },
  { template: 'drywall_partition', inputs: { lengthM: 5, heightM: 2.7 } },
  { template: 'tiling', inputs: { areaM2: 18, tileLengthMm: 600, tileWidthMm: 600 } },
  { template: 'painting', inputs: { areaM2: 150 } },
  { template: 'laminate', inputs: { areaM2: 60 } },
  { template: 'pitched_roof', inputs: { planLengthM: 12, planWidthM: 10, slopeDeg: 35 } },
  { template: 'insulation', inputs: { areaM2: 120, thicknessMm: 100 } },
];

interface Figure {
  strategy: string;
  lines: string;
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

/** One client asking again and again (the latency of one estimate), for the duration and at least 20 times. */
async function measure(base: string, strategy: string): Promise<Figure> {
  const body = JSON.stringify({ jobs: JOBS, pricing: { strategy, near: NEAR } });
  const ask = async () => {
    const started = performance.now();
    const res = await fetch(`${base}${URL_PATH}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    if (res.status !== 200) throw new Error(`${strategy}: ${res.status} ${await res.text()}`);
    const view = (await res.json()) as { jobs: { lines: { offer: unknown }[] }[] };
    return { ms: performance.now() - started, lines: view.jobs.flatMap((j) => j.lines) };
  };
  // Warm-up: plans and buffers settle before the measured run.
  const { lines } = await ask();
  await ask();
  const times: number[] = [];
  const until = performance.now() + DURATION * 1000;
  while (performance.now() < until || times.length < 20) times.push((await ask()).ms);
  times.sort((a, b) => a - b);
  return {
    strategy,
    lines: `${lines.filter((l) => l.offer).length}/${lines.length}`,
    samples: times.length,
    p50: Math.round(percentile(times, 50)),
    p99: Math.round(percentile(times, 99)),
    max: Math.round(times[times.length - 1]!),
  };
}

async function main(): Promise<void> {
  const figures = await withCatalogDatabase('estimate', PRODUCTS, async (databaseUrl) => {
    const server = await startServer({ port: 3916, env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'false' } });
    try {
      const out: Figure[] = [];
      for (const strategy of ['cheapest', 'nearest', 'single_seller']) out.push(await measure(server.url, strategy));
      return out;
    } finally {
      await server.stop();
    }
  });
  const lines = [
    `PostgreSQL, ${PRODUCTS} products × 3 offers; a 12-job estimate with delivery to a point; one client, ${DURATION} s (≥ 20 requests) each:`,
    '| strategy | lines priced | requests | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|---|---|',
    ...figures.map((f) => `| ${f.strategy} | ${f.lines} | ${f.samples} | ${f.p50} | ${f.p99} | ${f.max} |`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
