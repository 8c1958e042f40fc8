/**
 * The cost of the proxy: catalog search and a product page, straight to the catalog process
 * (http://127.0.0.1:3002) and through nginx (HTTPS, HTTP/1.1 keep-alive), autocannon at 10
 * connections. `npm run bench:split` brings its own split stack up with the demo data (no other
 * stack may hold the ports) and the rate limit out of the way, and down again.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadTable } from './http.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 10;
const SPLIT_DIR = `/tmp/tutuu-split-bench-${process.pid}`;
// One client address sends everything here; the per-address limit would answer 429s, not pages.
const STACK_ENV = { ...process.env, SPLIT_DIR, RATE_LIMIT_MAX: '100000000', LOG_LEVEL: 'warn' };
const RUN = join(import.meta.dirname, '..', 'deploy', 'split', 'run.sh');

function readEnv(): Record<string, string> {
  const text = readFileSync(join(SPLIT_DIR, 'env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).replace(/^"|"$/g, '')]),
  );
}

interface Figure {
  scenario: string;
  path: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(scenario: string, path: string, url: string, ca: Buffer, duration = DURATION): Promise<Figure> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    tlsOptions: { ca },
  });
  return {
    scenario,
    path,
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function main(): Promise<void> {
  execFileSync(RUN, ['up', '--demo'], { stdio: 'inherit', env: STACK_ENV });
  try {
    const env = readEnv();
    const ca = readFileSync(env.SPLIT_CA!);
    const product = (await (
      await fetch('http://127.0.0.1:3002/api/v1/catalog/products?q=%D1%86%D0%B5%D0%BC%D0%B5%D0%BD%D1%82')
    ).json()) as {
      items: Array<{ id: string }>;
    };
    const id = product.items[0]?.id;
    if (!id) throw new Error('no product found for «цемент» in the demo catalogue');
    const paths: Array<[string, string]> = [
      ['search «цемент»', '/api/v1/catalog/products?q=%D1%86%D0%B5%D0%BC%D0%B5%D0%BD%D1%82'],
      ['product page', `/api/v1/catalog/products/${id}`],
    ];
    const figures: Figure[] = [];
    for (const [scenario, path] of paths) {
      // Warm both routes first (JIT, connection pools, the search cache), so neither side pays for it.
      await load('warm-up', '', `http://127.0.0.1:3002${path}`, ca, 3);
      await load('warm-up', '', `${env.SPLIT_BASE_URL}${path}`, ca, 3);
      figures.push(await load(scenario, 'direct :3002', `http://127.0.0.1:3002${path}`, ca));
      figures.push(await load(scenario, 'nginx https', `${env.SPLIT_BASE_URL}${path}`, ca));
    }
    process.stdout.write(
      [
        '',
        `autocannon, ${CONNECTIONS} connections, ${DURATION} s each:`,
        ...loadTable<Figure>(
          [
            ['scenario', (f) => f.scenario],
            ['path', (f) => f.path],
          ],
          figures,
        ),
        '',
      ].join('\n'),
    );
    for (const [scenario] of paths) {
      const [direct, proxied] = figures.filter((f) => f.scenario === scenario);
      process.stdout.write(
        `${scenario}: through nginx ${proxied!.reqPerSec} req/s vs ${direct!.reqPerSec} direct ` +
          `(${Math.round((100 * proxied!.reqPerSec) / direct!.reqPerSec)} %), p50 +${proxied!.p50 - direct!.p50} ms, ` +
          `p99 +${proxied!.p99 - direct!.p99} ms\n`,
      );
    }
  } finally {
    execFileSync(RUN, ['down'], { stdio: 'inherit', env: STACK_ENV });
  }
}

await main();
