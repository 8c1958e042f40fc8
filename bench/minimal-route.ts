import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Starts bench/minimal-route-server.ts on `port` against `databaseUrl`; resolves once it answers. */
export async function startMinimalRoute(
  port: number,
  databaseUrl: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'minimal-route-server.ts')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Bounded wait: 300 polls of 100 ms.
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`minimal route exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
