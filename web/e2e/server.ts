/**
 * One real server for browser tests and screenshots: `node --import tsx src/main.ts serve`, as
 * `npm start` runs it, on a free port with a database of its own (a fresh PGlite data directory,
 * or a fresh PostgreSQL database when E2E_DATABASE_URL is set) and the demo data seeded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminQuery, assertTestDatabaseUrl, dropDatabase, uniqueName, withDatabase } from '../../test/test-database.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (E2E_PORT pins one). */
async function freePort(): Promise<number> {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function waitReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  // Migrations and the demo seed run before the server listens; on 2 busy cores that takes a while.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the e2e server exited with ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the e2e server did not become ready in 3 minutes:\n${output()}`);
}

export async function startServer(opts: { webDir?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tutuu-e2e-'));
  const pgAdmin = process.env.E2E_DATABASE_URL;
  let database: string | undefined;
  if (pgAdmin) {
    assertTestDatabaseUrl(pgAdmin);
    database = uniqueName('tutuu_e2e');
    await adminQuery(pgAdmin, [`CREATE DATABASE "${database}"`]);
  }
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    // development: the demo accounts and catalogue are seeded into the empty database.
    NODE_ENV: 'development',
    SEED_DEMO: 'true',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: pgAdmin && database ? withDatabase(pgAdmin, database) : '',
    DATABASE_READ_URL: '',
    WEB_DIR: resolve(ROOT, opts.webDir ?? process.env.E2E_WEB_DIR ?? 'web/dist'),
    LOG_LEVEL: 'warn',
    // Every journey logs in several times from one address.
    RATE_LIMIT_MAX: '100000',
    AUTH_RATE_LIMIT_MAX: '100000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
    ACCESS_TOKEN_TTL_SEC: '3600',
  };
  delete env.MAP_TILE_URL;
  delete env.SERVICES;

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', (chunk: Buffer) => {
    keep(chunk);
    // warnings and errors of the server show in the test output: they explain failures.
    if (process.env.E2E_QUIET !== '1') process.stderr.write(chunk);
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (pgAdmin && database) await dropDatabase(pgAdmin, database);
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    }
    await cleanup();
  };
  try {
    await waitReady(baseUrl, child, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, stop };
}
