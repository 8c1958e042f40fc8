/**
 * First load of the web client's catalogue page, measured in a real browser (Debian's Chromium via
 * playwright-core) against the server on the 100 000-product benchmark catalog (bench/catalog-seed.ts):
 * Lighthouse-style figures — time to first byte, first contentful paint, largest contentful paint,
 * the first product cards on screen, bytes transferred — for a desktop (no throttling) and a
 * phone-like profile (Lighthouse's mobile defaults: 150 ms RTT, 1.6 Mbit/s down, 4× slower CPU),
 * on a first visit (empty cache) and a repeat visit (HTTP cache and service worker).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:web
 *
 * Also prints the client's bundle: every file of web/dist with its size and gzip size.
 * BENCH_CATALOG_DATABASE_URL / BENCH_KEEP / BENCH_PRODUCTS as for bench:catalog.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { withCatalogDatabase } from './catalog-seed.js';
import { startServer } from './server.js';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'web', 'dist');
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Profile {
  name: string;
  viewport: { width: number; height: number };
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpuRate?: number;
}

const PROFILES: Profile[] = [
  { name: 'desktop 1280, no throttling', viewport: { width: 1280, height: 900 } },
  {
    name: 'phone 375, slow 4G + 4× CPU',
    viewport: { width: 375, height: 812 },
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpuRate: 4,
  },
];

interface Visit {
  ttfb: number;
  fcp: number;
  lcp: number;
  domContentLoaded: number;
  results: number;
  bytes: number;
}

function bundle(): void {
  const files: { file: string; size: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files.push({
          file: relative(DIST, path),
          size: statSync(path).size,
          gzip: gzipSync(readFileSync(path)).length,
        });
    }
  };
  walk(DIST);
  const code = files.filter((f) => /\.(js|css|html)$/.test(f.file));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  process.stdout.write('\nweb/dist (JS, CSS, HTML):\n');
  for (const f of code.sort((a, b) => b.gzip - a.gzip)) {
    process.stdout.write(`  ${f.file.padEnd(48)} ${kb(f.size).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}\n`);
  }
  const sum = (k: 'size' | 'gzip') => code.reduce((s, f) => s + f[k], 0);
  process.stdout.write(`  ${'all'.padEnd(48)} ${kb(sum('size')).padStart(10)}  gzip ${kb(sum('gzip')).padStart(9)}\n`);
}

async function visit(context: BrowserContext, url: string, profile: Profile): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  if (profile.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The first product card of the search answer on screen.
  await page.locator('main a[href^="/products/"]').first().waitFor({ state: 'visible', timeout: 60_000 });
  const results = Date.now() - start;
  const timing = await page.evaluate(
    () =>
      new Promise<{ ttfb: number; fcp: number; lcp: number; dcl: number }>((resolve) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({
            ttfb: nav.responseStart,
            fcp,
            lcp: entries[entries.length - 1]?.startTime ?? NaN,
            dcl: nav.domContentLoadedEventEnd,
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await page.close();
  return { ttfb: timing.ttfb, fcp: timing.fcp, lcp: timing.lcp, domContentLoaded: timing.dcl, results, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html')))
    spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  bundle();
  await withCatalogDatabase('web', PRODUCTS, async (databaseUrl) => {
    const server = await startServer({ port: 3190, env: { DATABASE_URL: databaseUrl, NODE_ENV: 'development' } });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      process.stdout.write(`\ncatalogue page ${server.url}/ — median of ${RUNS} visits, ms (bytes: all transferred)\n`);
      process.stdout.write(
        `${'profile'.padEnd(30)} ${'visit'.padEnd(7)} ${'TTFB'.padStart(6)} ${'FCP'.padStart(6)} ${'LCP'.padStart(6)} ${'DCL'.padStart(6)} ${'cards'.padStart(6)} ${'kB'.padStart(7)}\n`,
      );
      for (const profile of PROFILES) {
        const first: Visit[] = [];
        const repeat: Visit[] = [];
        for (let i = 0; i < RUNS; i++) {
          // A new context is an empty cache: the first visit; the second visit in it is a repeat one.
          const context = await browser.newContext({ viewport: profile.viewport, locale: 'ru-RU' });
          first.push(await visit(context, `${server.url}/`, profile));
          repeat.push(await visit(context, `${server.url}/`, profile));
          await context.close();
        }
        for (const [label, vs] of [
          ['first', first],
          ['repeat', repeat],
        ] as const) {
          const m = (k: keyof Visit) => median(vs.map((v) => v[k]));
          process.stdout.write(
            `${profile.name.padEnd(30)} ${label.padEnd(7)} ${m('ttfb').toFixed(0).padStart(6)} ${m('fcp').toFixed(0).padStart(6)} ${m('lcp').toFixed(0).padStart(6)} ${m('domContentLoaded').toFixed(0).padStart(6)} ${m('results').toFixed(0).padStart(6)} ${(m('bytes') / 1024).toFixed(1).padStart(7)}\n`,
          );
        }
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  });
}

await main();
