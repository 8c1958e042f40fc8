/**
 * Seeds a benchmark catalog into a PostgreSQL database the way an operator would
 * (`npm run seed -- --products N`: migrations, the demo data, then N more products × 3 offers),
 * then VACUUM ANALYZE. `tsx bench/catalog-seed.ts postgres://…/tutuu_bench [products]`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const ROOT = join(import.meta.dirname, '..');

export async function seedCatalogDatabase(databaseUrl: string, products: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'seed', '--products', String(products)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`seed exited with ${code}`);
  // A bulk load leaves the GIN indexes' pending lists full (every text search then scans them)
  // and no visibility map; autovacuum sees to both in time (it is off on some servers), a
  // benchmark cannot wait.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
  return performance.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, n] = process.argv.slice(2);
  if (!url) {
    process.stderr.write('usage: tsx bench/catalog-seed.ts <postgres url> [products]\n');
    process.exit(2);
  }
  seedCatalogDatabase(url, Number(n ?? 100_000)).then(
    (ms) => process.stdout.write(`seeded in ${Math.round(ms)} ms\n`),
    (err: unknown) => {
      process.stderr.write(`seed failed: ${String(err)}\n`);
      process.exit(1);
    },
  );
}

/**
 * Runs `fn` on a database with the benchmark catalog: BENCH_CATALOG_DATABASE_URL as it is, or a
 * new one on BENCH_DATABASE_URL's server seeded with `products` (dropped afterwards unless
 * BENCH_KEEP is set).
 */
export async function withCatalogDatabase<T>(
  bench: string,
  products: number,
  fn: (url: string) => Promise<T>,
): Promise<T> {
  const seeded = process.env.BENCH_CATALOG_DATABASE_URL;
  if (seeded) return fn(seeded);
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('set BENCH_DATABASE_URL (a PostgreSQL server) or BENCH_CATALOG_DATABASE_URL');
  const name = `tutuu_bench_${bench}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  try {
    const ms = await seedCatalogDatabase(u.toString(), products);
    process.stdout.write(`seeded ${products} products into ${name} in ${Math.round(ms / 1000)} s\n`);
    return await fn(u.toString());
  } finally {
    if (process.env.BENCH_KEEP) process.stdout.write(`kept database ${name}\n`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
