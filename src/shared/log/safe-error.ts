/**
 * What of an error may be written to a log. Drizzle wraps every driver error in "Failed query:
 * <sql> params: <values>", and the driver's own `detail` repeats the row ("Key (email)=(…)"):
 * values are personal data, password hashes, tokens. A database error is therefore logged by
 * its SQLSTATE, constraint, table and column, with quoted values cut out of its message.
 */
export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  schema?: string;
  routine?: string;
  /** Where it was thrown: for a database error the frames only, as its first line holds the query. */
  stack: string;
}

export interface DriverError {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  schema?: unknown;
  routine?: unknown;
  cause?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
// An identifier in a driver message ("users_email_key", "catalog.offers") stays; any other quoted text goes.
const IDENTIFIER = /^[a-z_][a-z0-9_.$]{0,62}$/;

/** The database error inside `err` (itself or a cause up to four deep), if any. */
export function driverErrorOf(err: unknown): DriverError | undefined {
  let e = err as DriverError | undefined;
  for (let i = 0; e && typeof e === 'object' && i < 5; e = e.cause as DriverError | undefined, i++) {
    // A SQLSTATE and a severity: the server's error, not a socket's EPIPE.
    if (typeof e.code === 'string' && SQLSTATE.test(e.code) && 'severity' in e) return e;
  }
  return undefined;
}

/** A database message without the values it quotes: `invalid input syntax for type uuid: "…"`. */
export function withoutValues(message: string): string {
  return message.replace(/"([^"]*)"/g, (whole, inner: string) => (IDENTIFIER.test(inner) ? whole : '"…"'));
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function safeError(err: unknown): SafeError {
  const db = driverErrorOf(err);
  if (db) {
    const out: SafeError = {
      type: 'DatabaseError',
      message: withoutValues(String(db.message ?? '')),
      code: String(db.code),
      stack: framesOf(err),
    };
    for (const key of ['constraint', 'table', 'column', 'schema', 'routine'] as const) {
      const v = text(db[key]);
      if (v) out[key] = v;
    }
    return out;
  }
  if (err instanceof Error) {
    const out: SafeError = { type: err.name, message: err.message, stack: err.stack ?? '' };
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string') out.code = code;
    return out;
  }
  return { type: typeof err, message: String(err), stack: '' };
}

function framesOf(err: unknown): string {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  return stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .join('\n');
}
