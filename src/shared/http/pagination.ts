import { z } from 'zod';
import { ValidationError } from '../errors.js';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size (1–100, default 20)'),
  cursor: z.string().max(512).optional().describe('Opaque cursor from the previous page'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * What a cursor's parts may be. A cursor comes back from the client, so every part is checked as
 * strictly as the database would take it: a forged timestamp must be a 400, not a failing query.
 */
export const cursorPart = {
  /** An instant as toISOString() writes it, in years a timestamptz holds and we could have issued. */
  timestamp: z.iso.datetime().refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= 1970 && year <= 9999;
  }, 'not a time this API issues'),
  uuid: z.uuid(),
  /** A sort value (a price, a distance): finite and exact. */
  number: z
    .number()
    .finite()
    .refine((v) => Math.abs(v) <= Number.MAX_SAFE_INTEGER, 'out of range'),
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
};

/** The cursor of lists newest first by (time, id). */
export const timeIdCursor = z.tuple([cursorPart.timestamp, cursorPart.uuid]);

/** Cursors are opaque to clients: base64url JSON of the sort key of the last item. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key a cursor holds, checked part by part against `shape`; anything else is a 400 naming `cursor`. */
export function decodeCursor<T extends unknown[]>(cursor: string | undefined, shape: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = shape.safeParse(parsed);
  if (!result.success) throw new ValidationError([{ path: 'cursor', message: 'not a cursor this endpoint issued' }]);
  return result.data;
}

/** Takes `limit + 1` rows and turns them into a page with the cursor of its last item. */
export function toPage<R, I>(rows: R[], limit: number, keyOf: (row: R) => unknown[], map: (row: R) => I) {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return {
    items: page.map(map),
    nextCursor: more ? encodeCursor(keyOf(page[page.length - 1]!)) : null,
  };
}
