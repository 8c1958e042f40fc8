import { driverErrorOf } from '../log/safe-error.js';

/** The SQLSTATE of a database error, whichever driver raised it (Drizzle wraps it in `cause`). */
export function sqlState(err: unknown): string | undefined {
  const code = driverErrorOf(err)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';
export const CHECK_VIOLATION = '23514';
export const SERIALIZATION_FAILURE = '40001';
export const DEADLOCK_DETECTED = '40P01';
