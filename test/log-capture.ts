/** Log lines of an app under test, read back to prove what never reaches a log. */
import { expect } from 'vitest';
import type { LogStream } from '../src/shared/log/logger-options.js';

export class LogCapture implements LogStream {
  readonly lines: string[] = [];

  write(line: string): void {
    this.lines.push(line);
  }

  /** Runs `fn` and answers the log it wrote. */
  async of(fn: () => Promise<unknown>): Promise<string> {
    const from = this.lines.length;
    await fn();
    return this.lines.slice(from).join('');
  }

  /** The parsed entries with this message. */
  entries(msg: string): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.msg === msg);
  }
}

/** The log is not empty and holds none of `secrets`, no password hash and no SQL with its parameters. */
export function expectNoSecretsIn(log: string, secrets: string[]): void {
  expect(log.length, 'the path wrote nothing to the log at trace level').toBeGreaterThan(0);
  // What every line carries by itself (times, ids) is blanked: a CVC like 9876 turned up in a timestamp.
  const own = log
    .replace(/"(time|pid|responseTime)":[\d.]+/g, '"$1":0')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');
  for (const secret of secrets) expect(own, `"${secret}" reached the log`).not.toContain(secret);
  expect(log).not.toMatch(/\$argon2id\$/);
  expect(log).not.toMatch(/Failed query|params:/);
}
