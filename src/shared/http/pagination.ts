import { z } from 'zod';
import { ValidationError } from '../errors.js';

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size (1–100, default 20)'),
  cursor: z.string().max(512).optional().describe('Opaque cursor from the previous page'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Cursors are opaque to clients: base64url JSON of the sort key of the last item. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends unknown[]>(cursor: string | undefined, shape: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ValidationError([{ path: 'cursor', message: 'not a cursor this endpoint issued' }]);
  }
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
