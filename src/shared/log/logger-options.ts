import { safeError } from './safe-error.js';

/**
 * Fields that are secrets wherever they appear in a logged object: credentials, tokens, card
 * data. Nothing logs request bodies today; this is the net for the day something does.
 */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'accessToken',
  'refreshToken',
  'token',
  'card',
  'cardNumber',
  'number',
  'cvc',
  'cvv',
  'secret',
];

export const REDACTED = '[redacted]';

/** Where log lines go instead of stdout (tests read them back). */
export interface LogStream {
  write(line: string): void;
}

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of SECRET_KEYS) {
    const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
    const dot = k.startsWith('[') ? '' : '.';
    paths.push(k, `*${dot}${k}`, `*.*${dot}${k}`);
  }
  paths.push('req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]');
  return paths;
}

/** pino options of every process: errors through `safeError`, secrets redacted at any of the first three levels. */
export function loggerOptions(level: string, stream?: LogStream) {
  return {
    level,
    serializers: { err: safeError, error: safeError },
    redact: { paths: redactPaths(), censor: REDACTED },
    ...(stream ? { stream } : {}),
  };
}
