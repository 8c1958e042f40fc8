import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The suite refuses any server database whose name does not say it is for tests. */
export function assertTestDatabaseUrl(url: string): URL {
  const u = new URL(url);
  const name = u.pathname.replace(/^\//, '');
  if (!/test/i.test(name)) {
    throw new Error(`TEST_DATABASE_URL must name a database containing "test" (got "${name}"); refusing to run`);
  }
  return u;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Runs statements on the admin database named by TEST_DATABASE_URL (CREATE/DROP DATABASE). */
export async function adminQuery(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

export async function createFromTemplate(adminUrl: string, template: string, name: string): Promise<void> {
  // Two CREATE DATABASE ... TEMPLATE at the same instant can collide; a short retry settles it.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(adminUrl, [`CREATE DATABASE "${name}" TEMPLATE "${template}"`]);
      return;
    } catch (err) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}
