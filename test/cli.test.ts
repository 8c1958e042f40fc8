import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/shared/db/database.js';
import { testConfig } from './context.js';

// The CLI always runs on PGlite here: it is what `npm start` on a fresh clone does.
const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SPAWN_TIMEOUT_MS = 200_000;
const ADMIN = { email: 'a@x.test', password: 'Quartz-Lantern-Meadow-81' };
const DEMO_ADMIN = { email: 'admin@tutuu.demo', password: 'tutuu-demo-2026' };

const tmp = mkdtempSync(join(tmpdir(), 'tutuu-cli-'));
const running = new Set<ChildProcess>();
afterAll(() => {
  // Only our own children, by process group id, in case a test failed half-way.
  for (const child of running) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

/** A clean environment: nothing from the test runner (NODE_ENV=test, TEST_DATABASE_URL, …) leaks in. */
function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
    ...extra,
  };
}

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function start(args: string[], env: NodeJS.ProcessEnv): Spawned {
  // Its own process group, so a stuck run can be killed with tsx's node child.
  const child = spawn(TSX, ['src/main.ts', ...args], { cwd: ROOT, env, detached: true });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolveExit, reject) => {
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`tsx src/main.ts ${args.join(' ')} did not exit\nstdout: ${out}\nstderr: ${err}`));
    }, SPAWN_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolveExit(code);
    });
  });
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function run(args: string[], env: NodeJS.ProcessEnv) {
  const p = start(args, env);
  const code = await p.exit;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

/** Waits (bounded) for `serve` to print its URL, then for /health/ready to answer 200. */
async function serveReady(p: Spawned): Promise<string> {
  let exited = false;
  void p.exit.then(() => (exited = true)).catch(() => undefined);
  let port: string | undefined;
  for (let i = 0; i < 1800 && !port && !exited; i++) {
    port = /TUTUU Market is up: http:\/\/localhost:(\d+)/.exec(p.stdout())?.[1];
    if (!port) await new Promise((r) => setTimeout(r, 100));
  }
  if (!port) throw new Error(`serve printed no URL\nstdout: ${p.stdout()}\nstderr: ${p.stderr()}`);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}/health/ready`).catch(() => null);
    if (res?.status === 200) return base;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`serve never became ready\nstderr: ${p.stderr()}`);
}

async function login(base: string, email: string, password: string) {
  const res = await fetch(`${base}/api/v1/users/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: (await res.json()) as { user: { role: string; email: string } } };
}

describe('src/main.ts commands', () => {
  const dataDir = join(tmp, 'admin');

  it('create-admin makes an admin, refuses a second one with the same email, and the admin can log in', async () => {
    const first = await run(['create-admin', '--email', ADMIN.email, '--password', ADMIN.password], cliEnv(dataDir));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`admin ${ADMIN.email} created`);
    expect(existsSync(join(dataDir, 'pglite'))).toBe(true);
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(true);

    const again = await run(['create-admin', '--email', ADMIN.email, '--password', ADMIN.password], cliEnv(dataDir));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^error: .*already exists/m);
    expect(again.stderr).not.toMatch(/\n\s+at /);

    // The CLI has exited, so its data directory can be opened here.
    const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    const app = await buildApp({ config: testConfig(), services: { database } });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/v1/users/auth/login', payload: ADMIN });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().user).toMatchObject({ email: ADMIN.email, role: 'admin', status: 'active' });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('create-admin without a password, with a weak one or with an unknown option exits 1 without a stack', async () => {
    const env = cliEnv(join(tmp, 'bad-admin'));
    const missing = await run(['create-admin', '--email', 'b@x.test'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--email and --password/);

    const weak = await run(['create-admin', '--email', 'b@x.test', '--password', '123'], env);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^error: /m);
    expect(weak.stderr).toMatch(/password/i);

    const typo = await run(['create-admin', '--emial', 'b@x.test', '--password', ADMIN.password], env);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/^error: .*emial/m);
    for (const r of [missing, weak, typo]) {
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toContain('fatal');
    }
  });

  it('an unknown command exits 1 with the usage', async () => {
    const r = await run(['bogus'], cliEnv(join(tmp, 'bogus')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown command "bogus"');
    expect(r.stderr).toContain('usage:');
    expect(r.stderr).toContain('create-admin');
  });

  it('SERVICES=nope serve exits 1 naming nope', async () => {
    const r = await run(['serve'], cliEnv(join(tmp, 'nope'), { SERVICES: 'nope' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SERVICES/);
    expect(r.stderr).toContain('nope');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('production without JWT_SECRET exits 1 with a clear message', async () => {
    const r = await run(['serve'], cliEnv(join(tmp, 'prod'), { NODE_ENV: 'production' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('JWT_SECRET is required in production');
    expect(existsSync(join(tmp, 'prod', 'jwt-secret'))).toBe(false);
  });

  it(
    'migrate applies migrations; seed seeds an empty database once, with its history; insights-rebuild recounts it',
    { timeout: 240_000 },
    async () => {
      const env = cliEnv(join(tmp, 'seed'));
      const migrate = await run(['migrate'], env);
      expect(migrate.code, migrate.stderr).toBe(0);
      expect(migrate.stdout).toContain('migrations applied (pglite)');
      const seed = await run(['seed'], env);
      expect(seed.code, seed.stderr).toBe(0);
      expect(seed.stdout).toContain('demo data seeded');
      expect(seed.stdout).toMatch(/history: 150 customers, \d+ orders/);
      const rebuild = await run(['insights-rebuild'], env);
      expect(rebuild.code, rebuild.stderr).toBe(0);
      const counted = /rebuilt: (\d+) orders, (\d+) lines/.exec(rebuild.stdout);
      // The demo's five orders (one cancelled or not) and the history's, whatever their exact number.
      expect(Number(counted?.[1])).toBeGreaterThan(500);
      expect(Number(counted?.[2])).toBeGreaterThan(Number(counted?.[1]));
      const again = await run(['seed'], env);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('demo data not seeded');
    },
  );
});

describe('serve', () => {
  it('serves, stops cleanly on SIGTERM, and keeps its data across a restart', { timeout: 420_000 }, async () => {
    const dataDir = join(tmp, 'serve');
    const boss = { email: 'boss@x.test', password: 'Granite-Harbour-Violet-27' };
    const env = cliEnv(dataDir, {
      SEED_DEMO: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_EMAIL: boss.email,
      ADMIN_PASSWORD: boss.password,
    });
    const customer = { email: 'first.run@example.test', password: 'correct-horse-battery-42' };

    const first = start(['serve'], env);
    const base = await serveReady(first);
    expect(first.stdout()).toContain('Demo data seeded');
    expect(first.stdout()).toContain(DEMO_ADMIN.email);
    expect(first.stdout()).toContain('/docs');
    const docs = await fetch(`${base}/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('x-request-id')).toBeTruthy();
    const reg = await fetch(`${base}/api/v1/users/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...customer, name: 'Первый запуск', role: 'customer' }),
    });
    expect(reg.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.stderr()).not.toContain('fatal');

    const second = start(['serve'], env);
    const base2 = await serveReady(second);
    try {
      // Not seeded twice; the ADMIN_EMAIL admin is not made twice either.
      expect(second.stdout()).not.toContain('Demo data seeded');
      const demo = await login(base2, DEMO_ADMIN.email, DEMO_ADMIN.password);
      expect(demo.status).toBe(200);
      expect(demo.body.user.role).toBe('admin');
      const fromEnv = await login(base2, boss.email, boss.password);
      expect(fromEnv.status).toBe(200);
      expect(fromEnv.body.user.role).toBe('admin');
      const registered = await login(base2, customer.email, customer.password);
      expect(registered.status).toBe(200);
      expect(registered.body.user.role).toBe('customer');
    } finally {
      second.child.kill('SIGINT');
    }
    expect(await second.exit).toBe(0);
  });
});
