import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';

/**
 * Outside production a missing JWT_SECRET is generated once and kept in DATA_DIR, so tokens
 * survive restarts without anyone having to configure a secret.
 */
export function resolveJwtSecret(config: Config): Config {
  return withWebhookSecret(withJwtSecret(config));
}

/** Outside production the payment webhook key is derived from the JWT secret (one file to keep). */
function withWebhookSecret(config: Config): Config {
  if (config.paymentWebhookSecret) return config;
  const derived = createHmac('sha256', config.jwtSecret!).update('tutuu/payment-webhook').digest('base64url');
  return Object.freeze({ ...config, paymentWebhookSecret: derived });
}

function withJwtSecret(config: Config): Config {
  if (config.jwtSecret) return config;
  if (config.env === 'production') throw new Error('JWT_SECRET is required in production');
  const file = join(config.dataDir, 'jwt-secret');
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch {
    secret = '';
  }
  if (secret.length < 32) {
    secret = randomBytes(48).toString('base64url');
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, secret + '\n', { mode: 0o600 });
  }
  return Object.freeze({ ...config, jwtSecret: secret });
}
