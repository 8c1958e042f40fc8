/**
 * Load figures for catalog search on PostgreSQL with a large catalog (100 000 products × 3 offers
 * by default): creates a database, seeds it (bench/catalog-seed.ts), starts the server on it and
 * measures with autocannon at 10 connections: the searches with the answer cache and without, the
 * product page, and in the same run the yardstick for the page — a bare Fastify + pg route reading
 * the same product's row (bench/minimal-route-server.ts). Prints EXPLAIN (ANALYZE, BUFFERS) of the
 * searches with BENCH_EXPLAIN=1.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:catalog
 *
 * BENCH_CATALOG_DATABASE_URL=postgres://…/already_seeded skips creating and seeding (and keeps it);
 * BENCH_PRODUCTS sets the size; BENCH_KEEP=1 keeps the created database for later runs;
 * BENCH_MODE=cached or uncached runs the searches one way only (uncached alone leaves out the
 * product page and its yardstick route).
 * Sends traffic to 127.0.0.1 only; every run is bounded in time.
 */
import autocannon from 'autocannon';
import { explainSearches } from './catalog-explain.js';
import { withCatalogDatabase } from './catalog-seed.js';
import { startMinimalRoute } from './minimal-route.js';
import { startServer } from './server.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const CATALOG = '/api/v1/catalog';
/** Центр Москвы: the seed's Moscow seller has three warehouses 9–22 km from it. */
const MOSCOW = '55.75,37.62';

/** The searches measured; the first four are the scenarios. */
const SEARCHES: { scenario: string; query: string }[] = [
  { scenario: 'text query', query: 'q=цемент м500' },
  { scenario: 'category + attribute filters', query: 'category=kirpich&attr.strength=М150&attr.format=1НФ' },
  { scenario: 'near, sorted by distance (+ category)', query: `category=cement&near=${MOSCOW}&sort=distance` },
  { scenario: 'text with a typo (lexicon candidates)', query: 'q=цемнт м500' },
  { scenario: 'text query + near, by distance', query: `q=цемент&near=${MOSCOW}&sort=distance` },
  { scenario: 'near alone: every product, by distance', query: `near=${MOSCOW}&sort=distance` },
  { scenario: 'no parameters: whole catalog', query: '' },
];

interface Figure {
  mode: string;
  scenario: string;
  path: string;
  total: number | string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const encode = (query: string) =>
  new URLSearchParams(Object.fromEntries(new URLSearchParams(query))).toString().replaceAll('+', '%20');

async function load(base: string, mode: string, scenario: string, path: string): Promise<Figure> {
  const url = `${base}${path}`;
  const first = await fetch(url);
  if (first.status !== 200) throw new Error(`${path}: ${first.status} ${await first.text()}`);
  const body = (await first.json()) as { total?: number };
  // Warm-up: plans, buffers and JIT-free code paths settle before the measured run.
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    mode,
    scenario,
    path: decodeURIComponent(path),
    total: body.total ?? '',
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function main(): Promise<void> {
  const figures = await withCatalogDatabase('catalog', PRODUCTS, async (databaseUrl) => {
    const out: Figure[] = [];
    let productId = '';
    // Cached: a query asked again while the catalog is unchanged (the popular queries). Uncached:
    // every search computed afresh, as for a query nobody asked since the last catalog change.
    const modes = (
      [
        ['cached', '1000'],
        ['uncached', '0'],
      ] as const
    ).filter(([mode]) => !process.env.BENCH_MODE || process.env.BENCH_MODE === mode);
    for (const [mode, cacheEntries] of modes) {
      const server = await startServer({
        port: 3914,
        env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'false', SEARCH_CACHE_ENTRIES: cacheEntries },
        label: `${mode} searches`,
      });
      try {
        for (const s of SEARCHES)
          out.push(await load(server.url, mode, s.scenario, `${CATALOG}/products?${encode(s.query)}`));
        if (mode === 'cached') {
          const page = (await (await fetch(`${server.url}${CATALOG}/products?${encode('q=цемент м500')}`)).json()) as {
            items: { id: string }[];
          };
          productId = page.items[0]!.id;
          out.push(await load(server.url, '—', 'product by id', `${CATALOG}/products/${productId}`));
        }
      } finally {
        await server.stop();
      }
    }
    // The yardstick: a bare Fastify + pg route reading the same product's row, in the same run.
    if (productId) {
      const minimal = await startMinimalRoute(3915, databaseUrl);
      try {
        out.push(await load(minimal.url, '—', 'minimal Fastify + pg route: one product row', `/products/${productId}`));
      } finally {
        await minimal.stop();
      }
    }
    if (process.env.BENCH_EXPLAIN) {
      process.stdout.write(
        (await explainSearches(
          databaseUrl,
          SEARCHES.map((s) => s.query),
        )) + '\n',
      );
    }
    return out;
  });
  const lines = [
    `PostgreSQL, ${PRODUCTS} products × 3 offers; autocannon, ${CONNECTIONS} connections, ${DURATION} s each:`,
    '| search cache | scenario | request | total | req/s | p50 ms | p99 ms | errors | non-2xx |',
    '|---|---|---|---|---|---|---|---|---|',
    ...figures.map(
      (f) =>
        `| ${f.mode} | ${f.scenario} | \`${f.path.replace(CATALOG, '')}\` | ${f.total} | ${f.reqPerSec} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} |`,
    ),
  ];
  const page = figures.find((f) => f.scenario === 'product by id');
  const bare = figures.find((f) => f.scenario.startsWith('minimal'));
  if (page && bare)
    lines.push(
      '',
      `product page: ${Math.round((100 * page.reqPerSec) / bare.reqPerSec)} % of the minimal route's req/s`,
    );
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
