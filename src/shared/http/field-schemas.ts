import { z } from 'zod';
import { innProblem, isValidKpp } from '../inn.js';
import { MAX_LINE_QUANTITY, MAX_STOCK_QUANTITY } from '../limits.js';

/**
 * Control characters have no place in what people type: NUL cannot even be stored by PostgreSQL
 * (it answered 500), and the others forge log lines and break documents. Text fields keep tab and
 * line breaks; parameters in the path and query string, which are one line, refuse those too.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;

// Half of a surrogate pair alone is not a character: jsonb refuses it (500) and text turns it into U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `value` a field of this kind refuses (a control character, a lone surrogate), as U+XXXX, or null. */
export function controlCharacterIn(value: string, kind: 'text' | 'line'): string | null {
  const m = (kind === 'line' ? CONTROL_IN_LINE : CONTROL_IN_TEXT).exec(value) ?? LONE_SURROGATE.exec(value);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

export function controlCharacterMessage(found: string): string {
  return `must not contain control characters or lone surrogates (found ${found})`;
}

/** Deeper than this, a request part is refused before any schema walks it (nothing we take nests past 5). */
export const MAX_NESTING = 32;

/**
 * Where in `data` (a parsed body, query or params) a string or an object key holds a refused
 * control character, or the data nests deeper than MAX_NESTING: the path and the problem, or
 * null when all is clean. Walked with its own stack: 5 000 nested arrays must not overflow ours.
 */
export function findRefusedInput(data: unknown, kind: 'text' | 'line'): { path: string[]; problem: string } | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = controlCharacterIn(value, kind);
      if (found) return { path, problem: controlCharacterMessage(found) };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_NESTING) return { path, problem: `must not nest deeper than ${MAX_NESTING} levels` };
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      const inKey = Array.isArray(value) ? null : controlCharacterIn(key, 'line');
      if (inKey) return { path: [...path, key], problem: controlCharacterMessage(inKey) };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** One line of text people type (a name, a code): trimmed, no control characters at all. */
export const line = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((v) => controlCharacterIn(v, 'line') === null, {
      message: controlCharacterMessage('a control character'),
    });

/** ИНН with its check digits verified (10 digits: a company, 12: an individual entrepreneur). */
export const innField = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const bad = innProblem(v);
    if (bad) ctx.addIssue({ code: 'custom', message: bad });
  });

export const kppField = z.string().trim().refine(isValidKpp, 'КПП must be 9 characters: NNNNPPNNN');

/** A non-negative decimal with up to `places` places, as a string or a number ('0.5', 12), at most `max`. */
export const decimalUpTo = (max: number, places = 3) =>
  z
    .union([z.string(), z.number()])
    .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
    .pipe(
      z
        .string()
        .regex(new RegExp(`^\\d{1,12}(\\.\\d{1,${places}})?$`), {
          message: `must be a non-negative decimal with at most ${places} places`,
          abort: true,
        })
        .refine((v) => Number(v) <= max, `must be at most ${max.toLocaleString('en-US')}`),
    );

/** A quantity of an order line, an offer's minimum or step (decimal, 3 places). */
export const quantity = decimalUpTo(MAX_LINE_QUANTITY);
export const positiveQuantity = quantity.refine((v) => Number(v) > 0, 'must be greater than 0');
/** Units on hand in one warehouse. */
export const stockQuantity = decimalUpTo(MAX_STOCK_QUANTITY);

/** Where files people upload to us are served from (photos, proofs of delivery). */
export const UPLOADS_PATH = '/uploads/';

/**
 * A picture a page will show: an https:// URL without credentials, or a path of our own uploads.
 * Anything else (`javascript:`, `data:`, `http:`, a path elsewhere on our site) is refused: an
 * image URL ends up in `src` and `href` attributes of every client.
 */
export const imageUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => {
    if (v.startsWith(UPLOADS_PATH)) return /^\/uploads\/[A-Za-z0-9_-][A-Za-z0-9_./-]*$/.test(v) && !v.includes('..');
    // The database check repeats the first test (catalog.tables.ts, products_images_safe).
    if (!/^https:\/\/[^/@\s]+(\/|$)/.test(v) || !URL.canParse(v)) return false;
    const u = new URL(v);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  }, `must be an https:// URL or a path under ${UPLOADS_PATH}`);
