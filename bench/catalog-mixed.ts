/**
 * Search and checkout at once on PostgreSQL (issue 15): for BENCH_DURATION seconds (default 20),
 * searches on 10 connections — text queries, category pages and `near` searches from 200 points
 * around Moscow and St Petersburg, drawn from a fixed seed so runs compare — while the 20 buyers of
 * bench:checkout loop (bench/checkout-load.ts). Prints search requests/s and p50/p99 (all, `near`,
 * the rest), the answer cache's hit rate over the run (`tutuu_search_cache_requests_total` on
 * /metrics, docs/adr/0007), checkouts/s and p99, whether stock adds up, and the server's peak RSS.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:mixed
 *
 * The demo catalogue by default (a fresh database, seeded as the server starts); BENCH_PRODUCTS=N
 * the large one of bench:catalog (bench/catalog-seed.ts: the demo data and N more products × 3
 * offers; BENCH_CATALOG_DATABASE_URL reuses one). SEARCH_CACHE_ENTRIES=0 reaches the server: no
 * cache. Creates its own database and drops it (BENCH_KEEP=1 keeps it). Traffic to 127.0.0.1 only.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { BUYERS, checkoutLines, hotOffers, runBuyers, stockAddsUp } from './checkout-load.js';
import { withCatalogDatabase } from './catalog-seed.js';
import { withBenchDatabase, type BenchDatabase } from './database.js';
import { percentile } from './http.js';
import { toMb } from './memory.js';
import { startServer } from './server.js';

const DURATION_MS = Number(process.env.BENCH_DURATION ?? 20) * 1000;
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 0);
const CONNECTIONS = 10;
const PORT = 3921;
const CATALOG = '/api/v1/catalog/products';

/** mulberry32: the same seed, the same searches in the same order. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'цемент м500',
  'кирпич облицовочный',
  'газобетон д500',
  'профлист',
  'утеплитель роквул',
  'гипсокартон',
  'арматура 12',
  'плиточный клей',
  'пена монтажная',
  'ламинат',
  'шпаклевка',
  'болгарка макита',
  'доска обрезная',
  'штукатурка',
  'кирпич 250х120х65',
  'осб',
];
const CATEGORIES = [
  'kirpich',
  'cement',
  'gazobetonnye-bloki',
  'shtukaturki',
  'plitochnyj-klej',
  'pesok',
  'scheben',
  'armatura-i-metalloprokat',
  'pilomaterialy',
  'gipsokarton-i-profili',
  'krovlya',
  'utepliteli',
];
/** Centres and radii (km) the buyers' points are spread over. */
const CITIES = [
  { lat: 55.7558, lon: 37.6173, km: 40 },
  { lat: 59.9386, lon: 30.3141, km: 30 },
];

type Kind = 'text' | 'category' | 'near';

/**
 * The search traffic, drawn once: 40 % text, 25 % a category page (half of them in stock only),
 * 35 % `near` a buyer's point — of the category pages by distance (half), a text query (30 %) or
 * alone (20 %), a buyer asking among the 6 first of each list.
 */
function searches(count: number): { kind: Kind; path: string }[] {
  const draw = random(15);
  const pick = <T>(list: readonly T[], first = list.length) => list[Math.floor(draw() * Math.min(first, list.length))]!;
  const points = Array.from({ length: 200 }, (_, i) => {
    const city = CITIES[i % CITIES.length]!;
    const km = city.km * Math.sqrt(draw());
    const angle = draw() * 2 * Math.PI;
    const lat = city.lat + (km * Math.cos(angle)) / 111.2;
    const lon = city.lon + (km * Math.sin(angle)) / (111.2 * Math.cos((city.lat * Math.PI) / 180));
    return `${lat.toFixed(4)},${lon.toFixed(4)}`;
  });
  const path = (params: Record<string, string>) => `${CATALOG}?${new URLSearchParams(params).toString()}`;
  return Array.from({ length: count }, () => {
    const r = draw();
    if (r < 0.4) return { kind: 'text', path: path({ q: pick(TEXTS) }) };
    if (r < 0.65) {
      const category = pick(CATEGORIES);
      return { kind: 'category', path: path(draw() < 0.5 ? { category } : { category, inStock: 'true' }) };
    }
    const near = pick(points);
    const s = draw();
    if (s < 0.5) return { kind: 'near', path: path({ category: pick(CATEGORIES, 6), near, sort: 'distance' }) };
    if (s < 0.8) return { kind: 'near', path: path({ q: pick(TEXTS, 6), near }) };
    return { kind: 'near', path: path({ near, sort: 'distance' }) };
  });
}

/** The cache counters of the server's /metrics. */
async function cacheCounts(base: string): Promise<Record<'hit' | 'miss' | 'off', number>> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const count = (result: string) => {
    const m = new RegExp(`^tutuu_search_cache_requests_total\\{result="${result}"\\} (\\d+)`, 'm').exec(text);
    if (!m) throw new Error('no tutuu_search_cache_requests_total on /metrics');
    return Number(m[1]);
  };
  return { hit: count('hit'), miss: count('miss'), off: count('off') };
}

interface SearchFigures {
  latencies: Record<Kind, number[]>;
  failures: string[];
}

/** CONNECTIONS loops, each taking the next search of the drawn list until `until`. */
async function searchLoad(base: string, list: { kind: Kind; path: string }[], until: number): Promise<SearchFigures> {
  const figures: SearchFigures = { latencies: { text: [], category: [], near: [] }, failures: [] };
  let next = 0;
  const loop = async () => {
    while (performance.now() < until) {
      const { kind, path } = list[next++ % list.length]!;
      const started = performance.now();
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      figures.latencies[kind].push(performance.now() - started);
      if (res.status !== 200) figures.failures.push(`${res.status} ${decodeURIComponent(path)}`);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  return figures;
}

function latencyLine(label: string, latencies: number[], seconds: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `${label}: ${latencies.length} (${(latencies.length / seconds).toFixed(0)}/s), p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
}

async function mixed({ server, db }: BenchDatabase, catalogue: string): Promise<void> {
  const offers = await hotOffers(server.url);
  const list = searches(100_000);
  const distinct = new Set(list.map((s) => s.path)).size;
  const before = await cacheCounts(server.url);
  const started = performance.now();
  const until = started + DURATION_MS;
  const [search, checkout] = await Promise.all([
    searchLoad(server.url, list, until),
    runBuyers(server.url, offers, until),
  ]);
  const seconds = (performance.now() - started) / 1000;
  const after = await cacheCounts(server.url);
  const hits = after.hit - before.hit;
  const misses = after.miss - before.miss;
  const off = after.off - before.off;
  const all = [...search.latencies.text, ...search.latencies.category, ...search.latencies.near];
  const rest = [...search.latencies.text, ...search.latencies.category];
  const used = Math.min(all.length, list.length);
  process.stdout.write(
    [
      `PostgreSQL, ${catalogue}; ${Math.round(seconds)} s of searches on ${CONNECTIONS} connections and ${BUYERS} buyers checking out at once:`,
      `searches: ${used} of the drawn list, ${new Set(list.slice(0, used).map((s) => s.path)).size} different (${distinct} in all 100 000), 200 points`,
      latencyLine('search, all', all, seconds),
      latencyLine('search, near', search.latencies.near, seconds),
      latencyLine('search, text and category', rest, seconds),
      `search answers other than 200: ${search.failures.length}${search.failures.length ? ` (first: ${search.failures[0]})` : ''}`,
      off > 0
        ? `search cache: off (SEARCH_CACHE_ENTRIES=0), ${off} searches computed`
        : `search cache: ${hits} hits, ${misses} misses: hit rate ${((100 * hits) / Math.max(1, hits + misses)).toFixed(1)} %`,
      ...checkoutLines(checkout, seconds).lines,
      await stockAddsUp(db, offers),
      `server peak RSS so far: ${toMb(server.rss.read())} MB (start-up and seed included)`,
    ].join('\n') + '\n',
  );
}

async function main(): Promise<void> {
  if (PRODUCTS <= 0) {
    await withBenchDatabase('mixed', PORT, (bench) => mixed(bench, 'the demo catalogue'));
    return;
  }
  await withCatalogDatabase('mixed', PRODUCTS, async (databaseUrl) => {
    const server = await startServer({ port: PORT, env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'false' } });
    const db = new pg.Client({ connectionString: databaseUrl });
    try {
      await db.connect();
      await mixed({ server, databaseUrl, db }, `the demo catalogue and ${PRODUCTS} more products × 3 offers`);
    } finally {
      await db.end().catch(() => undefined);
      await server.stop();
    }
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${String(err)}\n`);
  process.exit(1);
});
