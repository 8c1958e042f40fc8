/** The server side of the web client: its files, its pages for client routes, and its settings. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { expectProblem } from './assertions.js';
import { createTestContext, openTestDatabase, type TestContext } from './context.js';
import type { Database } from '../src/shared/db/database.js';

const dir = mkdtempSync(join(tmpdir(), 'tutuu-web-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><div id="root"></div><script src="/assets/app-1a2b.js"></script>',
);
writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'console.log(1)');
writeFileSync(join(dir, 'assets', 'app-1a2b.js.br'), brotliCompressSync('console.log(1)'));
writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
const TILES = 'https://tiles.example.org/{z}/{x}/{y}.png';

let database: Database;
let drop: () => Promise<void>;
let built: TestContext;
let bare: TestContext;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  built = await createTestContext({ database, env: { WEB_DIR: dir, MAP_TILE_URL: TILES, MAP_ATTRIBUTION: '© OSM' } });
  bare = await createTestContext({ database, env: { WEB_DIR: join(dir, 'missing') } });
});
afterAll(async () => {
  await Promise.all([built?.close(), bare?.close()]);
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

const page = (ctx: TestContext, url: string, accept = 'text/html,application/xhtml+xml') =>
  ctx.request({ method: 'GET', url, headers: { accept } });

describe('the web client', () => {
  it('serves its page at / and for any client route a browser asks for, never cached', async () => {
    for (const url of ['/', '/seller/orders', '/products/abc?near=1', '/orders/00000000-0000-4000-8000-000000000000']) {
      const res = await page(built, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('serves a new build without a restart: its page and its new assets', async () => {
    writeFileSync(join(dir, 'assets', 'app-9f8e.js'), 'console.log(2)');
    const html = '<!doctype html><div id="root"></div><script src="/assets/app-9f8e.js"></script>';
    writeFileSync(join(dir, 'index.html'), html);
    utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect((await page(built, '/orders')).body).toBe(html);
    const asset = await built.request({ method: 'GET', url: '/assets/app-9f8e.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(2)');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves hashed assets for a year and the service worker never cached', async () => {
    const asset = await built.request({ method: 'GET', url: '/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The build's brotli copy, to a browser that takes it.
    const br = await built.request({ method: 'GET', url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe('console.log(1)');
    const sw = await built.request({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the API’s own 404s: API paths, non-page requests, other methods, files outside the build', async () => {
    expectProblem(await page(built, '/api/v1/nothing/here'), 404, 'HTTP.NOT_FOUND');
    expectProblem(await page(built, '/docsx/../api/v1/nope'), 404, 'HTTP.NOT_FOUND');
    expectProblem(await page(built, '/seller/orders', 'application/json'), 404, 'HTTP.NOT_FOUND');
    expectProblem(await built.request({ method: 'POST', url: '/seller/orders', payload: {} }), 404, 'HTTP.NOT_FOUND');
    const escape = await built.request({ method: 'GET', url: '/assets/../../package.json' });
    expect(escape.body).not.toContain('"dependencies"');
    expectProblem(await built.request({ method: 'GET', url: '/assets/nope.js' }), 404, 'HTTP.NOT_FOUND');
  });

  it('tells the client the map tiles configured, and lets the page load them', async () => {
    const res = await built.request({ method: 'GET', url: '/app-config.json' });
    expect(res.json()).toEqual({ mapTileUrl: TILES, mapAttribution: '© OSM' });
    const csp = String((await page(built, '/')).headers['content-security-policy']);
    expect(csp).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.org[;]/);
    expect(String((await page(bare, '/')).headers['content-security-policy'])).toMatch(/img-src 'self' data:;/);
  });

  it('without a build serves the API only (and says no tiles)', async () => {
    expectProblem(await page(bare, '/'), 404, 'HTTP.NOT_FOUND');
    expectProblem(await page(bare, '/seller/orders'), 404, 'HTTP.NOT_FOUND');
    expect((await bare.request({ method: 'GET', url: '/app-config.json' })).json()).toEqual({
      mapTileUrl: null,
      mapAttribution: null,
    });
    expect((await bare.request({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
  });

  it('refuses a tile URL without {z}/{x}/{y} or not over http(s)', () => {
    for (const bad of ['https://tiles.example.org/tile.png', 'ftp://tiles.example.org/{z}/{x}/{y}.png', 'tiles']) {
      expect(() => loadConfig({ MAP_TILE_URL: bad }), bad).toThrow(ConfigError);
    }
    expect(loadConfig({ MAP_TILE_URL: TILES }).web.mapTileUrl).toBe(TILES);
    expect(loadConfig({}).web).toEqual({ dir: 'web/dist', mapTileUrl: undefined, mapAttribution: undefined });
  });
});
