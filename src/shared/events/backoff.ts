import { DrizzleQueryError } from 'drizzle-orm';

const FIRST_RETRY_MS = 1_000;
// A handler down for a while (a provider outage) is retried every 5 minutes, not every few hours.
const MAX_RETRY_MS = 5 * 60_000;

/** Wait after the n-th failed attempt (n ≥ 1): 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_RETRY_MS);
}

const MAX_ERROR_LENGTH = 1_000;

/** What is kept of a handler's failure: the message only (no stack), the driver's own if wrapped. */
export function failureMessage(err: unknown): string {
  // Drizzle wraps driver errors in "Failed query: <sql> params: <values>"; the cause says what went wrong.
  const e = err instanceof DrizzleQueryError && err.cause instanceof Error ? err.cause : err;
  const message = e instanceof Error ? e.message || e.name : String(e);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
