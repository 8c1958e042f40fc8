import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEM_TEXTS } from '../../web/src/lib/problem-texts.js';

/**
 * The web client shows a Russian text for every problem `code` the server can answer. Codes are
 * found in the server's source by how they are defined (src/shared/errors.ts: `DomainError(kind,
 * code)` and its subclasses, `problem(status, code)` in src/shared/http), so a new error class
 * without a text fails here, naming its code.
 */
const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const CODE = /^[A-Z][A-Z_]+(\.[A-Z0-9][A-Z0-9_]*)?$/;
const LITERAL = /'([^'\n]+)'/g;

/** Where a code is defined: the arguments of an error's constructor call or of problem(). */
const CALL = /\b(?:super|new\s+\w*Error|problem)\(/g;
/** A default for a constructor's code parameter: `code = 'AUTH.FORBIDDEN'`. */
const DEFAULT = /\bcode\s*=\s*'([^']+)'/g;
/** By convention every namespaced code is `AREA.NAME`, wherever it is written. */
const DOTTED = /'([A-Z][A-Z_]+\.[A-Z][A-Z0-9_]+)'/g;

interface Found {
  code: string;
  file: string;
}

function codesIn(file: string, text: string): Found[] {
  const out: Found[] = [];
  const add = (code: string) => CODE.test(code) && out.push({ code, file: relative(SRC, file) });
  for (const m of text.matchAll(CALL)) {
    // The call's own statement: up to its end, at most a few lines.
    const args = text.slice(m.index + m[0].length, m.index + m[0].length + 400).split(/;\n|\{\n/)[0]!;
    for (const l of args.matchAll(LITERAL)) add(l[1]!);
  }
  for (const m of text.matchAll(DEFAULT)) add(m[1]!);
  for (const m of text.matchAll(DOTTED)) add(m[1]!);
  // Framework errors without a code of their own answer `HTTP.<status>` for each known 4xx.
  if (text.includes('`HTTP.${status}`')) {
    const titles = text.slice(text.indexOf('const TITLES'), text.indexOf('};', text.indexOf('const TITLES')));
    for (const s of titles.matchAll(/^\s*(4\d\d):/gm)) add(`HTTP.${s[1]}`);
  }
  return out;
}

const found = sourceFiles(SRC).flatMap((f) => codesIn(f, readFileSync(f, 'utf8')));
const codes = [...new Set(found.map((f) => f.code))].sort();

describe('Russian texts for problem codes', () => {
  it('finds the codes of every way the server defines one', () => {
    const samples = [
      'USER.EMAIL_TAKEN', // super(kind, code, message) in an error class
      'AUTH.INVALID_CREDENTIALS', // super(message, code) of an UnauthenticatedError
      'CATALOG.OFFER_GONE', // new DomainError(kind, code, …) inline in a service
      'USER.NOT_APPROVED', // new ForbiddenError(message, code) inline
      'VALIDATION', // ValidationError's super
      'NOT_FOUND', // NotFoundError's default code parameter
      'RATE_LIMITED', // RateLimitedError's default, and the rate limiter's problem()
      'INTERNAL', // problem(500, …) for unhandled errors
      'HTTP.PAYLOAD_TOO_LARGE', // problem(413, …) for Fastify's errors
      'HTTP.URI_TOO_LONG', // pre-routing problem()
      'HTTP.404', // `HTTP.${status}` for a framework error without a code
      'EVENTS.NOT_DEAD', // src/shared/events
      'IDEMPOTENCY_KEY_REUSED', // a default code an endpoint may replace with its own
    ];
    for (const s of samples) expect(codes, s).toContain(s);
    expect(codes.length).toBeGreaterThan(150);
  });

  it('has a Russian text for every code the server can answer', () => {
    const missing = found.filter((f) => !PROBLEM_TEXTS[f.code]).map((f) => `${f.code} (${f.file})`);
    expect([...new Set(missing)], 'codes without a text in web/src/lib/problem-texts.ts').toEqual([]);
  });

  it('writes every text in Russian: Cyrillic, and no English words', () => {
    // Names of formats and of 3-D Secure are written as they are known.
    const allowed = new Set(['JPEG', 'PNG', 'WebP', 'HEIC', 'XLSX', 'CSV', 'D', 'Secure']);
    const bad = Object.entries(PROBLEM_TEXTS).filter(([, text]) => {
      const latin = text.match(/[A-Za-z]+/g) ?? [];
      return !/[а-яё]/i.test(text) || latin.some((w) => !allowed.has(w)) || !/[.!]$/.test(text);
    });
    expect(bad).toEqual([]);
  });
});
