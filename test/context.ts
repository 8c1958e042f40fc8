import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { ManualClock } from '../src/shared/clock.js';
import { openDatabase, type Database } from '../src/shared/db/database.js';
import type { LogStream } from '../src/shared/log/logger-options.js';
import { createFromTemplate, dropDatabase, uniqueName, withDatabase } from './test-database.js';
import { Factories } from './factories.js';

export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
  PAYMENT_WEBHOOK_SECRET: 'test-webhook-secret-test-webhook-secret-0123',
  RATE_LIMIT_MAX: '100000',
  AUTH_RATE_LIMIT_MAX: '100000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
  LOGIN_MAX_FAILURES_PER_IP: '1000',
  SEED_DEMO: 'false',
};

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ ...TEST_ENV, ...env });
}

/** A clean, migrated database of its own: a PostgreSQL clone of the template, or a PGlite copy. */
export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = uniqueName('tutuu_test');
    await createFromTemplate(url, inject('pgTemplate'), name);
    const database = await openDatabase({ databaseUrl: withDatabase(url, name), poolSize: 30 });
    return {
      database,
      drop: async () => {
        await database.close();
        await dropDatabase(url, name);
      },
    };
  }
  const dump = new Blob([readFileSync(inject('pgliteDump'))]);
  const database = await openDatabase({ dataDir: 'memory://', loadDataDir: dump });
  return { database, drop: () => database.close() };
}

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  clock: ManualClock;
  config: Config;
  make: Factories;
  /** app.inject with JSON in and out. */
  request(opts: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** An app on its own clean database; call `close()` in afterAll. */
export async function createTestContext(
  opts: { env?: Record<string, string>; database?: Database; logStream?: LogStream } = {},
): Promise<TestContext> {
  const own = opts.database ? null : await openTestDatabase();
  const database = opts.database ?? own!.database;
  const clock = new ManualClock(new Date());
  const config = testConfig(opts.env);
  const app = await buildApp({ config, services: { database, clock, logStream: opts.logStream } });
  await app.ready();
  const request: TestContext['request'] = ({ token, headers, ...rest }) =>
    app.inject({ ...rest, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  return {
    app,
    database,
    clock,
    config,
    make: new Factories(app, request),
    request,
    close: async () => {
      await app.close();
      if (own) await own.drop();
    },
  };
}
