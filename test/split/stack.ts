import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The running split stack, as deploy/split/test.sh describes it in the environment. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the split tests with \`npm run test:split\``);
  return value;
}

export const stack = {
  baseUrl: required('SPLIT_BASE_URL'),
  httpUrl: required('SPLIT_HTTP_URL'),
  dir: required('SPLIT_DIR'),
  database: required('SPLIT_DB'),
  databaseUrl: required('SPLIT_DB_URL'),
  ca: readFileSync(required('SPLIT_CA')),
  admin: { email: required('SPLIT_ADMIN_EMAIL'), password: required('SPLIT_ADMIN_PASSWORD') },
  replicaUrl: process.env.SPLIT_REPLICA_URL || undefined,
  replicaSkipped: process.env.SPLIT_REPLICA_SKIPPED || undefined,
};

/** Ports of the processes behind nginx (deploy/split/run.sh). */
export const PORTS = { users: 3001, catalog: 3002, orders: 3003, logistics: 3004, insights: 3005, 'logistics-2': 3006 };

/** Runs deploy/split/run.sh (kill, start, restart a process); throws with its output when it fails. */
export function split(...args: string[]): void {
  execFileSync(required('SPLIT_RUN'), args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
}

/** Like `split`, without blocking the test's event loop (a restart while requests run). */
export async function splitAsync(...args: string[]): Promise<void> {
  const { spawn } = await import('node:child_process');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(required('SPLIT_RUN'), args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`run.sh ${args.join(' ')}: exit ${code}`))));
  });
}

/** A process's own /metrics, read directly (loopback is allowed; nginx never serves it). */
export async function metricsOf(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics on :${port} answered ${res.status}`);
  return res.text();
}

/** The sum of a metric's samples whose labels include every given label. */
export function metricSum(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

/** One process's log, as JSON lines (pino). */
export function logOf(name: string): Array<Record<string, unknown>> {
  return jsonLines(join(stack.dir, 'logs', `${name}.log`));
}

export function nginxAccessLog(): Array<Record<string, unknown>> {
  return jsonLines(join(stack.dir, 'nginx', 'logs', 'access.log'));
}

/** Whole lines only: the last one may still be being written. */
function jsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
