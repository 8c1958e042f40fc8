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
// What a driver message names by quoting it — `constraint "users_email_key"`, `relation
// "catalog.offers"` — stays; any other quoted text is a value and goes.
const NAMED =
  /\b(constraint|relation|column|table|index|type|schema|function|sequence|trigger|extension|operator)\s+"[^"]*"/gi;

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
  const names: string[] = [];
  const kept = message.replace(NAMED, (whole) => `\uE000${names.push(whole) - 1}\uE000`);
  return kept
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => names[Number(i)]!);
}

/**
 * Drizzle's wrapper of every failed statement: its message and its stack's first line are the
 * statement and its parameters, whatever went wrong (a constraint, a dropped connection).
 */
function isQueryWrapper(err: unknown): err is Error & { cause?: unknown } {
  return err instanceof Error && (err.message.startsWith('Failed query:') || ('query' in err && 'params' in err));
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
  if (isQueryWrapper(err)) {
    // No server error inside: the statement never ran (a connection lost, a pool timeout).
    const cause = err.cause === undefined ? undefined : safeError(err.cause);
    const out: SafeError = {
      type: 'DatabaseQueryError',
      message: withoutValues(cause?.message ?? 'the statement failed'),
      stack: framesOf(err),
    };
    if (cause?.code) out.code = cause.code;
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
