import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseServices, SERVICE_NAMES } from '../src/config.js';
import { resolveJwtSecret } from '../src/shared/jwt-secret.js';

const SECRET_32 = 'x'.repeat(32);

/** The ConfigError a configuration is refused with. */
function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`configuration was accepted: ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  it('serves every service on port 3000 from ./data in development', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.env).toBe('development');
    expect(c.services).toEqual(['users', 'catalog', 'orders', 'logistics', 'insights']);
    expect(c.services).toEqual([...SERVICE_NAMES]);
    expect(c.dataDir).toBe('./data');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.jwtSecret).toBeUndefined();
    expect(c.corsOrigins).toEqual([]);
    expect(c.seedDemo).toBe(true);
    expect(c.admin).toBeUndefined();
    expect(c.logLevel).toBe('info');
    expect(c.auth.accessTokenTtlSec).toBe(900);
    expect(c.auth.refreshTokenTtlDays).toBe(30);
  });

  it('is frozen', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.services)).toBe(true);
    expect(Object.isFrozen(c.rateLimit)).toBe(true);
  });

  it('an empty variable means unset, not zero', () => {
    const c = loadConfig({ PORT: '', RATE_LIMIT_MAX: '', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', SERVICES: '' });
    expect(c.port).toBe(3000);
    expect(c.rateLimit.max).toBe(1000);
    expect(c.admin).toBeUndefined();
    expect(c.services).toHaveLength(5);
  });

  it('ignores unrelated environment variables', () => {
    expect(() => loadConfig({ PATH: '/usr/bin', SOMETHING_ELSE: 'x' })).not.toThrow();
  });
});

describe('SERVICES', () => {
  it('all, a comma list, spaces and case are understood; duplicates collapse', () => {
    expect(loadConfig({ SERVICES: 'all' }).services).toHaveLength(5);
    expect(loadConfig({ SERVICES: 'users' }).services).toEqual(['users']);
    expect(loadConfig({ SERVICES: ' Users , catalog,users ' }).services).toEqual(['users', 'catalog']);
    expect(parseServices('orders,logistics')).toEqual(['orders', 'logistics']);
  });

  it('an unknown name is refused with a message naming it', () => {
    const err = refusal({ SERVICES: 'users,bogus' });
    expect(err.message).toContain('"bogus"');
    expect(err.message).toContain('SERVICES');
    expect(err.message).not.toContain('"users"');
  });

  it('every unknown name is named', () => {
    const err = refusal({ SERVICES: 'nope,users,zilch' });
    expect(err.message).toContain('nope');
    expect(err.message).toContain('zilch');
  });
});

describe('production secrets', () => {
  it('a missing JWT_SECRET stops start-up with a clear message', () => {
    const err = refusal({ NODE_ENV: 'production' });
    expect(err.message).toMatch(/JWT_SECRET is required in production/);
  });

  it('an empty JWT_SECRET is as good as missing', () => {
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: '' }).message).toMatch(/JWT_SECRET/);
  });

  it('a 20-byte JWT_SECRET is refused, naming the 32-byte minimum', () => {
    const err = refusal({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(20) });
    expect(err.message).toMatch(/JWT_SECRET/);
    expect(err.message).toMatch(/32 bytes/);
  });

  it('counts bytes, not characters', () => {
    // 16 Cyrillic letters are 32 bytes in UTF-8.
    const prod = { NODE_ENV: 'production', PAYMENT_WEBHOOK_SECRET: SECRET_32 };
    expect(loadConfig({ ...prod, JWT_SECRET: 'я'.repeat(16) }).env).toBe('production');
    expect(() => loadConfig({ ...prod, JWT_SECRET: 'я'.repeat(15) })).toThrow(ConfigError);
  });

  it('a 32-byte secret is accepted', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET_32, PAYMENT_WEBHOOK_SECRET: SECRET_32 });
    expect(config.jwtSecret).toBe(SECRET_32);
    expect(config.paymentWebhookSecret).toBe(SECRET_32);
  });

  it('production refuses a missing or short PAYMENT_WEBHOOK_SECRET', () => {
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: SECRET_32 }).message).toMatch(/PAYMENT_WEBHOOK_SECRET/);
    const short = refusal({ NODE_ENV: 'production', JWT_SECRET: SECRET_32, PAYMENT_WEBHOOK_SECRET: 'x'.repeat(31) });
    expect(short.message).toMatch(/32 bytes/);
  });
});

describe('invalid values', () => {
  it.each(['abc', '70000', '-1', '3000.5'])('PORT=%s is refused naming PORT', (port) => {
    expect(refusal({ PORT: port }).message).toContain('PORT');
  });

  it('PORT=0 (any free port) is accepted', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('ADMIN_EMAIL without ADMIN_PASSWORD is refused, and the other way round', () => {
    expect(refusal({ ADMIN_EMAIL: 'boss@example.test' }).message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(refusal({ ADMIN_PASSWORD: 'a-long-password-42' }).message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    const c = loadConfig({ ADMIN_EMAIL: 'boss@example.test', ADMIN_PASSWORD: 'a-long-password-42' });
    expect(c.admin).toEqual({ email: 'boss@example.test', password: 'a-long-password-42' });
  });

  it('a non-postgres DATABASE_URL is refused; an empty one means PGlite', () => {
    expect(refusal({ DATABASE_URL: 'mysql://localhost/db' }).message).toContain('DATABASE_URL');
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d' }).databaseUrl).toBe('postgres://u@h:5432/d');
  });

  it('DATABASE_READ_URL: a postgres:// replica beside DATABASE_URL; empty means none', () => {
    const primary = 'postgres://u@h:5432/d';
    const none = loadConfig({ DATABASE_URL: primary, DATABASE_POOL_SIZE: '7' });
    expect(none.databaseReadUrl).toBeUndefined();
    expect(none.databaseReadPoolSize).toBe(7); // the primary's size unless told
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: '' }).databaseReadUrl).toBeUndefined();
    const c = loadConfig({
      DATABASE_URL: primary,
      DATABASE_READ_URL: 'postgres://u@h:5433/d',
      DATABASE_READ_POOL_SIZE: '20',
    });
    expect(c.databaseReadUrl).toBe('postgres://u@h:5433/d');
    expect(c.databaseReadPoolSize).toBe(20);
    expect(refusal({ DATABASE_URL: primary, DATABASE_READ_URL: 'h:5433/d' }).message).toContain('DATABASE_READ_URL');
    expect(refusal({ DATABASE_URL: primary, DATABASE_READ_POOL_SIZE: '0' }).message).toContain(
      'DATABASE_READ_POOL_SIZE',
    );
  });

  it('DATABASE_READ_URL without DATABASE_URL is refused: the embedded database has no replica', () => {
    const message = refusal({ DATABASE_READ_URL: 'postgres://u@h:5433/d' }).message;
    expect(message).toContain('DATABASE_READ_URL');
    expect(message).toContain('DATABASE_URL');
    expect(refusal({ DATABASE_URL: '', DATABASE_READ_URL: 'postgres://u@h:5433/d' }).message).toContain('no replica');
  });

  it.each([
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'maybe'],
    ['RATE_LIMIT_MAX', 'lots'],
  ])('%s=%s is refused naming the variable', (name, value) => {
    expect(refusal({ [name]: value }).message).toContain(name);
  });

  it('CORS_ORIGINS is a trimmed comma list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example ,' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('refuses CORS_ORIGINS mixing `*` with listed origins (the list would silently lose credentials)', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://shop.example,*' })).toThrow(/CORS_ORIGINS/);
  });

  it('TRUST_PROXY: none, this machine, named proxies or a hop count — never every hop', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toEqual(['127.0.0.0/8', '::1']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.5']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    for (const bad of ['all', '10.0.0.0/99', 'nginx', '1.2.3']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('METRICS_ALLOW takes addresses and CIDR networks; /metrics is this machine’s by default', () => {
    expect(loadConfig({}).metrics.allow).toEqual(['127.0.0.0/8', '::1']);
    expect(loadConfig({ METRICS_ALLOW: '10.0.0.0/8,fd00::/8' }).metrics.allow).toEqual(['10.0.0.0/8', 'fd00::/8']);
    expect(() => loadConfig({ METRICS_ALLOW: '10.0.0.0/33' })).toThrow(/METRICS_ALLOW/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('resolveJwtSecret', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'tutuu-secret-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('in development without JWT_SECRET creates DATA_DIR/jwt-secret once and reuses it', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const first = resolveJwtSecret(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }));
    const file = join(dataDir, 'jwt-secret');
    expect(existsSync(file)).toBe(true);
    expect(first.jwtSecret!.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.jwtSecret);
    // Only its owner may read it.
    expect(statSync(file).mode & 0o077).toBe(0);

    const second = resolveJwtSecret(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }));
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(Object.isFrozen(second)).toBe(true);
  });

  it('another data dir gets another secret', () => {
    const a = resolveJwtSecret(loadConfig({ DATA_DIR: tempDir() }));
    const b = resolveJwtSecret(loadConfig({ DATA_DIR: tempDir() }));
    expect(a.jwtSecret).not.toBe(b.jwtSecret);
  });

  it('a given JWT_SECRET is used as is and nothing is written', () => {
    const dataDir = tempDir();
    const c = resolveJwtSecret(loadConfig({ DATA_DIR: dataDir, JWT_SECRET: SECRET_32 }));
    expect(c.jwtSecret).toBe(SECRET_32);
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(false);
  });

  it('a kept secret that is too short is replaced', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'jwt-secret'), 'short\n');
    const c = resolveJwtSecret(loadConfig({ DATA_DIR: dataDir }));
    expect(c.jwtSecret!.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(c.jwtSecret);
  });
});
