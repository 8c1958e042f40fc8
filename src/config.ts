import { isIP } from 'node:net';
import { z } from 'zod';

/** The five services of the marketplace; `SERVICES` picks which of them this process serves. */
export const SERVICE_NAMES = ['users', 'catalog', 'orders', 'logistics', 'insights'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const int = (def: number) => z.coerce.number().int().min(0).default(def);
const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** /metrics by default: this machine only; an operator names the scraper's network in METRICS_ALLOW. */
const LOOPBACK = '127.0.0.0/8,::1';

/**
 * `false`/`0`: no proxy; `true`: a proxy on this machine (loopback); `127.0.0.1,10.0.0.0/8`: the
 * proxies at those addresses; `2`: the nearest two hops, whoever they are (only where nothing
 * can reach the app but the proxies).
 */
function parseTrustProxy(raw: string): false | number | string[] | null {
  const v = raw.trim().toLowerCase();
  if (v === 'false' || v === '0') return false;
  if (v === 'true') return list(LOOPBACK);
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const entries = list(v);
  return entries.length > 0 && entries.every(isNetwork) ? entries : null;
}

function isNetwork(entry: string): boolean {
  const [address = '', bits, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_READ_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  JWT_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVICES: z.string().default('all'),
  CORS_ORIGINS: z.string().default(''),
  PUBLIC_URL: z.string().url().optional(),
  RATE_LIMIT_MAX: int(1000),
  RATE_LIMIT_WINDOW_MS: int(60_000),
  AUTH_RATE_LIMIT_MAX: int(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: int(5),
  LOGIN_MAX_FAILURES_PER_IP: int(30),
  LOGIN_FAILURE_WINDOW_SEC: int(900),
  ACCESS_TOKEN_TTL_SEC: int(900),
  REFRESH_TOKEN_TTL_DAYS: int(30),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => {
      const trust = parseTrustProxy(v);
      if (trust === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be false, true, a number of proxies, or a comma list of their addresses',
        });
        return z.NEVER;
      }
      return trust;
    }),
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  SEARCH_CACHE_ENTRIES: int(1000),
  WORKER: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  EVENTS_POLL_MS: z.coerce.number().int().min(10).default(1000),
  EVENTS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  ORDER_CARD_PAYMENT_MINUTES: z.coerce.number().int().min(1).default(30),
  ORDER_INVOICE_PAYMENT_DAYS: z.coerce.number().int().min(1).default(3),
  ORDER_RETURN_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  PAYMENT_WEBHOOK_SECRET: z.string().optional(),
  LOGISTICS_AUCTION_MINUTES: z.coerce
    .number()
    .int()
    .min(15)
    .max(7 * 24 * 60)
    .default(120),
  LOGISTICS_CONFIRM_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LOGISTICS_GEOFENCE_M: z.coerce.number().int().min(50).max(5000).default(300),
  LOGISTICS_UPLOAD_DIR: z.string().min(1).optional(),
  LOGISTICS_PHOTO_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(10_000)
    .max(50 * 1024 * 1024)
    .default(8 * 1024 * 1024),
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // `test` is the only provider built in; unset in production = no card payments.
  PAYMENT_PROVIDER: z.enum(['test']).optional(),
  PAYMENT_RECONCILE_SEC: z.coerce.number().int().min(10).default(120),
  METRICS_ALLOW: z
    .string()
    .default(LOOPBACK)
    .refine((v) => list(v).every(isNetwork), 'must be a comma list of IP addresses or CIDR networks'),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  API_DOCS: z.enum(['true', 'false', '1', '0']).optional(),
  // The web client's build (npm run build:web); served at / when it is there.
  WEB_DIR: z.string().min(1).default('web/dist'),
  // Raster tiles for the client's maps, e.g. https://tile.example.org/{z}/{x}/{y}.png; none by default.
  MAP_TILE_URL: z
    .string()
    .url()
    .refine((v) => ['{z}', '{x}', '{y}'].every((p) => v.includes(p)), 'must contain {z}, {x} and {y}')
    .refine((v) => /^https?:/.test(v), 'must be an http(s) URL')
    .optional(),
  MAP_ATTRIBUTION: z.string().max(200).optional(),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  /**
   * A streaming replica for reads that may be a little stale: search, product pages, insights
   * (docs/adr/0015). Undefined: every read goes to DATABASE_URL.
   */
  readonly databaseReadUrl: string | undefined;
  readonly databaseReadPoolSize: number;
  readonly dataDir: string;
  /** Undefined only before `resolveJwtSecret` has filled it in (development). */
  readonly jwtSecret: string | undefined;
  readonly logLevel: string;
  readonly services: readonly ServiceName[];
  readonly corsOrigins: readonly string[];
  readonly publicUrl: string | undefined;
  /**
   * Which proxies' X-Forwarded-For to believe: none, the nearest N, or those at these addresses.
   * Never "all": a client could then name any address it likes (rate limits, /metrics).
   */
  readonly trustProxy: false | number | readonly string[];
  readonly seedDemo: boolean;
  readonly admin: { readonly email: string; readonly password: string } | undefined;
  /** Search answers kept per process (0: no cache). */
  readonly searchCacheEntries: number;
  /** Whether `serve` also runs the event relay and deadlines (`npm run worker` always does). */
  readonly worker: boolean;
  readonly events: { readonly pollMs: number; readonly maxAttempts: number };
  readonly orders: {
    readonly cardPaymentMinutes: number;
    readonly invoicePaymentDays: number;
    /** Days after the hand-over within which the customer may ask for a return. */
    readonly returnDays: number;
    /** The card-payment provider; undefined: card payments are refused (production without PAYMENT_PROVIDER). */
    readonly paymentProvider: 'test' | undefined;
    /** A card payment still open this long after it was written is looked up at the provider, and again as often. */
    readonly paymentReconcileSec: number;
  };
  /** HMAC key of payment-provider webhooks; undefined only before development fills it in. */
  readonly paymentWebhookSecret: string | undefined;
  readonly logistics: {
    /** How long a delivery job's auction runs after posting (docs/domain.md, Logistics). */
    readonly auctionMinutes: number;
    /** How long the winner of an auction has to confirm before the next-best bid wins. */
    readonly confirmMinutes: number;
    /** Radius of the pickup and drop-off geofences. */
    readonly geofenceM: number;
    /** Where proof-of-delivery photos are kept: LOGISTICS_UPLOAD_DIR, else DATA_DIR/uploads. */
    readonly uploadDir: string;
    readonly photoMaxBytes: number;
  };
  /** Delivered events and done deadlines older than this are purged by the relay. */
  readonly eventsRetentionDays: number;
  readonly rateLimit: { readonly max: number; readonly windowMs: number; readonly authMax: number };
  /** Who may read /metrics: scrapers on these networks, or anyone with the token. */
  readonly metrics: { readonly allow: readonly string[]; readonly token: string | undefined };
  /** Whether /docs and /openapi.json are served (default: not in production). */
  readonly apiDocs: boolean;
  /** The web client: its built files, and the map tiles it may draw (none: maps without tiles). */
  readonly web: {
    readonly dir: string;
    readonly mapTileUrl: string | undefined;
    readonly mapAttribution: string | undefined;
  };
  readonly auth: {
    readonly accessTokenTtlSec: number;
    readonly refreshTokenTtlDays: number;
    readonly maxFailuresPerAccount: number;
    readonly maxFailuresPerIp: number;
    readonly failureWindowSec: number;
  };
}

export function parseServices(raw: string): ServiceName[] {
  const names = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || (names.length === 1 && names[0] === 'all')) return [...SERVICE_NAMES];
  const unknown = names.filter((n) => !(SERVICE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new ConfigError(
      `SERVICES: unknown service ${unknown.map((u) => `"${u}"`).join(', ')}; ` +
        `use "all" or a comma list of ${SERVICE_NAMES.join(', ')}`,
    );
  }
  return [...new Set(names)] as ServiceName[];
}

/** Parses the environment once; nothing else in the codebase reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=` in a compose file) means unset, not 0: RATE_LIMIT_MAX=0 would refuse every request.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    if (!e.JWT_SECRET) throw new ConfigError('JWT_SECRET is required in production');
    if (Buffer.byteLength(e.JWT_SECRET) < 32)
      throw new ConfigError('JWT_SECRET must be at least 32 bytes in production');
    if (!e.PAYMENT_WEBHOOK_SECRET || Buffer.byteLength(e.PAYMENT_WEBHOOK_SECRET) < 32)
      throw new ConfigError('PAYMENT_WEBHOOK_SECRET (at least 32 bytes) is required in production');
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL: the embedded database has no replica');
  }
  const origins = list(e.CORS_ORIGINS);
  if (origins.includes('*') && origins.length > 1) {
    throw new ConfigError('CORS_ORIGINS: either `*` (any origin, no credentials) or a list of origins, not both');
  }
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be given together');
  }
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseReadUrl: e.DATABASE_READ_URL,
    databaseReadPoolSize: e.DATABASE_READ_POOL_SIZE ?? e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    jwtSecret: e.JWT_SECRET,
    logLevel: e.LOG_LEVEL,
    services: Object.freeze(parseServices(e.SERVICES)),
    corsOrigins: Object.freeze(origins),
    publicUrl: e.PUBLIC_URL,
    trustProxy: Array.isArray(e.TRUST_PROXY) ? Object.freeze(e.TRUST_PROXY) : e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO,
    admin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? Object.freeze({ email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD })
        : undefined,
    searchCacheEntries: e.SEARCH_CACHE_ENTRIES,
    worker: e.WORKER,
    events: Object.freeze({ pollMs: e.EVENTS_POLL_MS, maxAttempts: e.EVENTS_MAX_ATTEMPTS }),
    orders: Object.freeze({
      cardPaymentMinutes: e.ORDER_CARD_PAYMENT_MINUTES,
      invoicePaymentDays: e.ORDER_INVOICE_PAYMENT_DAYS,
      returnDays: e.ORDER_RETURN_DAYS,
      // The test provider charges nothing and mounts unauthenticated pages: production must ask for it.
      paymentProvider: e.PAYMENT_PROVIDER ?? (e.NODE_ENV === 'production' ? undefined : 'test'),
      paymentReconcileSec: e.PAYMENT_RECONCILE_SEC,
    }),
    paymentWebhookSecret: e.PAYMENT_WEBHOOK_SECRET,
    logistics: Object.freeze({
      auctionMinutes: e.LOGISTICS_AUCTION_MINUTES,
      confirmMinutes: e.LOGISTICS_CONFIRM_MINUTES,
      geofenceM: e.LOGISTICS_GEOFENCE_M,
      uploadDir: e.LOGISTICS_UPLOAD_DIR ?? `${e.DATA_DIR.replace(/\/+$/, '')}/uploads`,
      photoMaxBytes: e.LOGISTICS_PHOTO_MAX_BYTES,
    }),
    eventsRetentionDays: e.EVENTS_RETENTION_DAYS,
    metrics: Object.freeze({ allow: Object.freeze(list(e.METRICS_ALLOW)), token: e.METRICS_TOKEN }),
    web: Object.freeze({ dir: e.WEB_DIR, mapTileUrl: e.MAP_TILE_URL, mapAttribution: e.MAP_ATTRIBUTION }),
    apiDocs: e.API_DOCS === undefined ? e.NODE_ENV !== 'production' : e.API_DOCS === 'true' || e.API_DOCS === '1',
    rateLimit: Object.freeze({
      max: e.RATE_LIMIT_MAX,
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      authMax: e.AUTH_RATE_LIMIT_MAX,
    }),
    auth: Object.freeze({
      accessTokenTtlSec: e.ACCESS_TOKEN_TTL_SEC,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      failureWindowSec: e.LOGIN_FAILURE_WINDOW_SEC,
    }),
  });
}
