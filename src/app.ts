import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { SERVICE_NAMES, type Config } from './config.js';
import { systemClock, type Clock } from './shared/clock.js';
import type { Database } from './shared/db/database.js';
import { createNotificationListener } from './shared/db/listener.js';
import { RateLimitedError } from './shared/errors.js';
import { createEventBus, eventsAdminRoutes, type EventBus } from './shared/events/index.js';
import { authPlugin } from './shared/http/auth.js';
import { corsOptions } from './shared/http/cors.js';
import { registerHealth } from './shared/http/health.js';
import { registerMetrics } from './shared/http/metrics.js';
import { registerOpenApi } from './shared/http/openapi.js';
import { answerClientError, frameworkErrorProblem } from './shared/http/pre-routing-errors.js';
import { registerProblemHandlers } from './shared/http/problem.js';
import { mountServices } from './shared/http/service-routes.js';
import { registerWebClient } from './shared/http/web-client.js';
import { loggerOptions, type LogStream } from './shared/log/logger-options.js';
import { guardedValidatorCompiler } from './shared/http/validation.js';
import { createCatalogModule, type CatalogModule } from './modules/catalog/index.js';
import { createInsightsModule, type InsightsModule } from './modules/insights/index.js';
import { createLogisticsModule, type LogisticsModule } from './modules/logistics/index.js';
import { createOrdersModule, type OrdersModule } from './modules/orders/index.js';
import { createUsersModule, type UsersModule } from './modules/users/index.js';

export interface AppServices {
  database: Database;
  clock?: Clock;
  /** Log lines go here instead of stdout. */
  logStream?: LogStream;
}

export interface AppModules {
  users: UsersModule;
  catalog: CatalogModule;
  orders: OrdersModule;
  logistics: LogisticsModule;
  insights: InsightsModule;
}

declare module 'fastify' {
  interface FastifyInstance {
    modules: AppModules;
    /** The outbox relay: modules publish and subscribe through it; `serve` and `worker` run its loop. */
    events: EventBus;
  }
}

const BODY_LIMIT = 1024 * 1024;

/** TRUST_PROXY as Fastify takes it: a hop count becomes "believe the nearest N addresses". */
function trustProxyOption(trust: Config['trustProxy']): boolean | string[] | ((addr: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_addr, hop) => hop < trust;
  return [...trust];
}
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole application; the CLI, the tests and split deployments all come through here. */
export async function buildApp({
  config,
  services,
}: {
  config: Config;
  services: AppServices;
}): Promise<FastifyInstance> {
  if (!config.jwtSecret) throw new Error('buildApp: config.jwtSecret must be resolved before building the app');
  if (!config.paymentWebhookSecret) {
    throw new Error('buildApp: config.paymentWebhookSecret must be resolved before building the app');
  }
  const clock = services.clock ?? systemClock;

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : loggerOptions(config.logLevel, services.logStream),
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxyOption(config.trustProxy),
    // Off, so genReqId always runs: Fastify would otherwise take the header as is, however long or odd.
    requestIdHeader: false,
    // A caller's request id is kept when it is sane, so one id follows a request through nginx and logs.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Long enough for any id or name we take, so a long one is a 400 naming the parameter; a
    // 10 kB segment is still refused by the router (414) before anything reads it.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 512 },
    frameworkErrors: frameworkErrorProblem,
    // Fastify calls it with the app as `this`, so its logger.
    clientErrorHandler(this: FastifyInstance, err, socket) {
      answerClientError(this.log, err, socket);
    },
  });
  // Every body route takes JSON; a text/plain body must be a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(guardedValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    // Swagger UI and the web client serve their own scripts and styles; map tiles may come from
    // the tile server configured for the client's maps.
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:', ...(config.web.mapTileUrl ? [new URL(config.web.mapTileUrl).origin] : [])],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        // Plain-HTTP deployments (a LAN demo) would have every asset rewritten to https and fail.
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(cors, corsOptions(config.corsOrigins));
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    allowList: (req) => req.url.startsWith('/health/') || req.url === '/metrics',
    errorResponseBuilder: (_req, ctx) => {
      const err = new RateLimitedError(
        Math.ceil(ctx.ttl / 1000),
        `rate limit of ${ctx.max} requests per ${ctx.after} exceeded`,
      );
      return Object.assign(err, { statusCode: ctx.statusCode });
    },
  });

  // Answers about accounts, carts and orders must not be kept by browsers or proxies; a route
  // whose answer may be cached says so itself.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  registerMetrics(app, config.metrics, {
    services: config.services,
    database: services.database,
    // The bus is built below; a scrape comes after the app is ready.
    backlog: () => app.events.backlog(),
    // Likewise the modules.
    searchCache: () => app.modules.catalog.searchCacheCounts(),
  });
  registerHealth(app, services.database);
  // A replica outage is logged as it starts and as it ends, not per read; the reads it sent to
  // the primary are counted (database.readFallbacks(), docs/adr/0015).
  const unwatchReplica = services.database.watchReplica((state) =>
    state.down
      ? app.log.warn({ err: state.err }, 'read replica unavailable: its reads go to the primary')
      : app.log.info({ fallbacks: services.database.readFallbacks() }, 'read replica answers again'),
  );
  app.addHook('onClose', async () => {
    unwatchReplica();
  });
  await registerOpenApi(app, SERVICE_NAMES, { serve: config.apiDocs });
  await registerWebClient(app, config.web);

  // The process's one LISTEN connection: the relay's wake-ups and live tracking share it.
  const listener = createNotificationListener(services.database, app.log.child({ component: 'listener' }));
  const events = createEventBus({
    db: services.database.db,
    clock,
    maxAttempts: config.events.maxAttempts,
    log: app.log.child({ component: 'events' }),
    listener,
    retentionDays: config.eventsRetentionDays,
  });
  app.decorate('events', events);
  // The relay's loop (if started) ends with the app, after its batch in flight, before the database closes.
  app.addHook('onClose', async () => {
    await events.stop();
    await listener.close();
  });

  // Every module is built whatever SERVICES says: they share one database, and a change in one
  // (a seller suspended) must reach another (its offers hidden) in the same transaction.
  const catalog = createCatalogModule({
    db: services.database.db,
    readDb: services.database.readDb,
    readPool: services.database.readPool ?? services.database.pool,
    clock,
    searchCacheEntries: config.searchCacheEntries,
  });
  // What searches asked the primary to count or render finishes before the database closes.
  app.addHook('onClose', () => catalog.searchSettled());
  const users = createUsersModule({
    db: services.database.db,
    clock,
    jwtSecret: config.jwtSecret,
    policy: config.auth,
    authRateLimit: { max: config.rateLimit.authMax, timeWindow: config.rateLimit.windowMs },
    onAccountChanged: catalog.onSellerChanged,
  });
  const orders = createOrdersModule({
    db: services.database.db,
    clock,
    catalog,
    users: users.api,
    events,
    payment: config.orders,
    webhookSecret: config.paymentWebhookSecret,
    publicUrl: config.publicUrl,
  });
  const logistics = createLogisticsModule({
    db: services.database.db,
    clock,
    events,
    catalog,
    orders,
    users: users.api,
    config: config.logistics,
    publicUrl: config.publicUrl,
    listener,
  });
  const insights = createInsightsModule({
    db: services.database.db,
    readDb: services.database.readDb,
    clock,
    catalog,
    orders,
    events,
  });
  // Stale categories are counted from the listing meanwhile: a second's lag costs little.
  events.maintain('catalog facets', () => catalog.refreshFacets(), 1000);
  app.decorate('modules', { users, catalog, orders, logistics, insights });
  await app.register(authPlugin, { verify: users.verifyAccessToken });

  await mountServices(app, config.services, {
    users: users.routes,
    catalog: catalog.routes,
    orders: async (scope) => {
      await scope.register(orders.routes);
      // The outbox's admin endpoints live with orders, the first service to publish events.
      await scope.register(eventsAdminRoutes, { relay: events });
    },
    logistics: logistics.routes,
    insights: insights.routes,
  });
  return app;
}
