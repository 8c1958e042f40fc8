import { safeError } from '../log/safe-error.js';

const FIRST_RETRY_MS = 1_000;
// A handler down for a while (a provider outage) is retried every 5 minutes, not every few hours.
const MAX_RETRY_MS = 5 * 60_000;

/** Wait after the n-th failed attempt (n ≥ 1): 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_RETRY_MS);
}

const MAX_ERROR_LENGTH = 1_000;

/**
 * What is kept of a handler's failure (logged, and shown to admins): the message only, no stack;
 * for a database error the driver's message without the values it quotes (log/safe-error.ts).
 */
export function failureMessage(err: unknown): string {
  const e = safeError(err);
  const message = (e.code && e.type === 'DatabaseError' ? `${e.message} (${e.code})` : e.message) || e.type;
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
