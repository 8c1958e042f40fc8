import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './shared/db/database.js';
import { migrateDatabase } from './shared/db/migrate.js';
import { resolveJwtSecret } from './shared/jwt-secret.js';
import { demoLogins } from './modules/users/index.js';
import { seedDemo } from './demo.js';
import { seedHistory } from './modules/insights/index.js';

const USAGE = `usage: tsx src/main.ts <command>
  serve                                   migrate, seed an empty database, serve HTTP (default)
  migrate                                 apply database migrations and exit
  seed [--history] [--products N]         seed demo data into an empty database and exit;
                                          --history adds the full year of orders (4000 customers)
  worker                                  migrate, then deliver events and fire deadlines until SIGTERM/SIGINT
  insights-rebuild                        recount the insights read model of sales from every order and exit
  create-admin --email E --password P [--name N]   make an admin account`;

function open(config: Config): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
    poolSize: config.databasePoolSize,
    readUrl: config.databaseReadUrl,
    readPoolSize: config.databaseReadPoolSize,
  });
}

async function withApp<T>(config: Config, fn: (app: FastifyInstance, db: Database) => Promise<T>): Promise<T> {
  const database = await open(config);
  try {
    await migrateDatabase(database);
    const app = await buildApp({ config: { ...config, logLevel: 'error' }, services: { database } });
    try {
      return await fn(app, database);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

async function serve(config: Config): Promise<void> {
  const started = performance.now();
  const database = await open(config);
  await migrateDatabase(database);
  const app = await buildApp({ config, services: { database } });
  const seeded = config.seedDemo && config.env !== 'production' ? await seedDemo(app, database.db) : null;
  const { users } = app.modules;
  if (config.admin) {
    const r = await users.ensureAdmin(config.admin.email, config.admin.password);
    if (r.created) app.log.info({ email: config.admin.email }, 'admin account created from ADMIN_EMAIL');
  }
  await app.listen({ host: config.host, port: config.port });
  // WORKER=false leaves delivery to other processes (`npm run worker`); any number may run it at once.
  if (config.worker) app.events.start(config.events.pollMs);
  const base = config.publicUrl ?? `http://localhost:${(app.server.address() as { port: number }).port}`;
  app.log.info(
    { ms: Math.round(performance.now() - started), database: database.kind, services: config.services },
    'ready',
  );
  if (config.env !== 'production') {
    const logins = demoLogins();
    process.stdout.write(
      `\nTUTUU Market is up: ${base}  (API docs: ${base}/docs)\n` +
        (seeded ? `Demo data seeded: ${seeded}.\n` : '') +
        `Demo logins (password ${logins[0]!.password}):\n` +
        logins.map((l) => `  ${l.role.padEnd(9)} ${l.email}`).join('\n') +
        '\n\n',
    );
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stops accepting, waits for in-flight requests and the relay's batch in flight, then closes the database.
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** The relay without HTTP: every module is built, so every handler is registered. */
async function worker(config: Config): Promise<void> {
  const database = await open(config);
  await migrateDatabase(database);
  const app = await buildApp({ config, services: { database } });
  await app.ready();
  app.events.start(config.events.pollMs);
  // The relay's timer is unref'd (it must not hold a server open); here it is the whole job.
  const keepAlive = setInterval(() => undefined, 60_000);
  app.log.info(
    { database: database.kind, pollMs: config.events.pollMs, maxAttempts: config.events.maxAttempts },
    'worker running: delivering events and firing deadlines',
  );
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  app.log.info({ signal }, 'worker stopping: finishing the batch in flight');
  clearInterval(keepAlive);
  // Stops the relay after its batch in flight, then closes the database.
  await app.close();
  await database.close();
  process.exit(0);
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  const config = resolveJwtSecret(loadConfig());
  switch (command) {
    case 'serve':
      return serve(config);
    case 'worker':
      return worker(config);
    case 'migrate': {
      const database = await open(config);
      await migrateDatabase(database);
      await database.close();
      process.stdout.write(`migrations applied (${database.kind})\n`);
      return;
    }
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: { products: { type: 'string' }, history: { type: 'boolean' } },
      });
      const extra = values.products === undefined ? 0 : Number(values.products);
      if (!Number.isInteger(extra) || extra < 0) throw new ConfigError('--products must be a whole number');
      return withApp(config, async (app, database) => {
        const demo = await seedDemo(app, database.db);
        process.stdout.write(
          demo ? `demo data seeded: ${demo}\n` : 'database already has users; demo data not seeded\n',
        );
        if (extra > 0) {
          const sellers = await app.modules.catalog.knownSellers();
          const r = await app.modules.catalog.seedLarge(sellers, extra);
          process.stdout.write(`large catalog: ${r.products} products, ${r.offers} offers added\n`);
        }
        if (values.history) {
          const started = performance.now();
          const h = await seedHistory(app, { size: 'full', db: database.db });
          const s = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(
            h
              ? `history: ${h.customers} customers, ${h.orders} orders, ${h.lines} lines, ${h.pricePoints} price points (${s} s)\n`
              : 'history already seeded\n',
          );
        }
      });
    }
    case 'insights-rebuild':
      // The outbox keeps the read model current; this recounts it whole (docs/insights.md, Read model).
      return withApp(config, async (app) => {
        const started = performance.now();
        const r = await app.modules.insights.rebuild();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`insights read model rebuilt: ${r.orders} orders, ${r.lines} lines in ${seconds} s\n`);
      });
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
      });
      if (!values.email || !values.password) throw new ConfigError('create-admin needs --email and --password');
      const email = values.email;
      const password = values.password;
      return withApp(config, async (app) => {
        const r = await app.modules.users.ensureAdmin(email, password, values.name);
        if (!r.created) throw new ConfigError(`an account with email ${email} already exists (role ${r.role})`);
        process.stdout.write(`admin ${email} created\n`);
      });
    }
    default:
      throw new ConfigError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // A mistyped option (`--emial`) is the caller's mistake: a message, not a stack trace.
  const badArgs = (e: Error) => String((e as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  if (err instanceof ConfigError || (err instanceof Error && (badArgs(err) || err.name === 'ValidationError'))) {
    process.stderr.write(`error: ${err.message}\n`);
  } else if (
    err instanceof Error &&
    'code' in err &&
    typeof (err as { code: unknown }).code === 'string' &&
    err.name === 'DomainError'
  ) {
    process.stderr.write(`error: ${err.message}\n`);
  } else {
    process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
