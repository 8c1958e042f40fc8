import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PeakRss } from './memory.js';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  dataDir: string;
  /** Milliseconds from spawn to the first 200 from /health/ready. */
  readyMs: number;
  /** The server process's peak RSS (bench/memory.ts). */
  rss: PeakRss;
  /** Stops it and prints its peak RSS over its whole life: `peak RSS 182 MB (server :3914, …)`. */
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..');

/**
 * `npm start`'s own command, read from package.json, after its compile step: the benches measure
 * the server as it is run (compiled JavaScript, its malloc setting), not as the tests import it.
 */
function startCommand(): { env: Record<string, string>; args: string[] } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name, value] = words.shift()!.split('=') as [string, string];
    env[name] = value;
  }
  if (words.shift() !== 'node') throw new Error(`npm start does not run node: ${pkg.scripts.start}`);
  const built = spawnSync(process.execPath, ['tools/server/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the server did not compile');
  return { env, args: words };
}

/** Starts `npm start`'s command in a child process with limits raised for load tests. */
export async function startServer(opts: {
  port: number;
  env?: Record<string, string>;
  dataDir?: string;
  /** Keep the data directory after stop (to measure a warm start on it). */
  keepData?: boolean;
  /** Names the server in its peak-RSS line when a bench starts several. */
  label?: string;
}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'tutuu-bench-'));
  const command = startCommand();
  const started = performance.now();
  const child = spawn(process.execPath, command.args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...command.env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000000',
      AUTH_RATE_LIMIT_MAX: '1000000000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
      DATABASE_URL: '',
      // The server's own V8 flags (e.g. --max-old-space-size=150: what it holds live, not what it lets lie).
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '',
      ...opts.env,
    },
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const rss = new PeakRss(child.pid!);
  const url = `http://127.0.0.1:${opts.port}`;
  // Bounded wait: 600 polls of 100 ms.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    dataDir,
    readyMs,
    rss,
    stop: async () => {
      const peakMb = rss.finish();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      const label = [`server :${opts.port}`, opts.label].filter(Boolean).join(', ');
      process.stdout.write(`peak RSS ${peakMb} MB (${label})\n`);
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
