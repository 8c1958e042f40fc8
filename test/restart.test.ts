import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { openDatabase, type Database } from '../src/shared/db/database.js';
import { migrateDatabase } from '../src/shared/db/migrate.js';
import { testConfig } from './context.js';
import { TEST_PASSWORD } from './factories.js';

// Always PGlite on disk: what a restart must keep is the embedded database's data directory.
const root = mkdtempSync(join(tmpdir(), 'tutuu-restart-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = testConfig();

async function start(dataDir: string): Promise<{ app: FastifyInstance; database: Database; stop(): Promise<void> }> {
  const database = await openDatabase({ dataDir });
  await migrateDatabase(database);
  const app = await buildApp({ config, services: { database } });
  await app.ready();
  return {
    app,
    database,
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}

describe('restart on the same PGlite data directory', () => {
  it('keeps accounts, sessions and tokens', async () => {
    const dataDir = join(root, 'pglite');
    const email = 'restart.customer@example.test';

    const first = await start(dataDir);
    let userId: string;
    let refreshToken: string;
    let accessToken: string;
    try {
      const reg = await first.app.inject({
        method: 'POST',
        url: '/api/v1/users/auth/register',
        payload: { email, password: TEST_PASSWORD, name: 'Перезапуск', role: 'customer' },
      });
      expect(reg.statusCode, reg.body).toBe(201);
      ({ accessToken, refreshToken } = reg.json());
      userId = reg.json().user.id;
    } finally {
      await first.stop();
    }

    const second = await start(dataDir);
    try {
      expect((await second.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);

      const login = await second.app.inject({
        method: 'POST',
        url: '/api/v1/users/auth/login',
        payload: { email, password: TEST_PASSWORD },
      });
      expect(login.statusCode, login.body).toBe(200);
      expect(login.json().user).toMatchObject({ id: userId, email, role: 'customer' });

      // The same secret, so a token from before the restart still verifies; its session row survived.
      const me = await second.app.inject({
        method: 'GET',
        url: '/api/v1/users/me',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(me.statusCode, me.body).toBe(200);
      expect(me.json().id).toBe(userId);

      const refresh = await second.app.inject({
        method: 'POST',
        url: '/api/v1/users/auth/refresh',
        payload: { refreshToken },
      });
      expect(refresh.statusCode, refresh.body).toBe(200);

      const again = await second.app.inject({
        method: 'POST',
        url: '/api/v1/users/auth/register',
        payload: { email, password: TEST_PASSWORD, name: 'Дубль', role: 'customer' },
      });
      expect(again.statusCode).toBe(409);
    } finally {
      await second.stop();
    }
  });

  it('migrating an already migrated directory is a no-op', async () => {
    const dataDir = join(root, 'twice');
    const a = await start(dataDir);
    await a.stop();
    const b = await start(dataDir);
    try {
      const ready = await b.app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.json()).toEqual({ status: 'ok', checks: { database: true, migrations: true } });
    } finally {
      await b.stop();
    }
  });
});
