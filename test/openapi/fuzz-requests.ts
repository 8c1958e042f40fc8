/**
 * Fuzz cases of one operation (one parameter or body property at a time, everything else valid)
 * and the HTTP requests they become.
 */
import type { InjectOptions } from 'fastify';
import { badValuesFor, interleave, type Bad, type Prng } from './fuzz-values.js';
import type { JsonSchema, Operation, Parameter } from './openapi-model.js';
import { MULTIPART_TYPE, multipartBody } from './fuzz-price-lists.js';

/** Where a case puts its bad value. */
export type Where =
  | { kind: 'param'; param: Parameter }
  | { kind: 'extra-query'; name: string }
  | { kind: 'extra-header'; name: string }
  | { kind: 'body-property'; path: (string | number)[]; schema: JsonSchema }
  | { kind: 'body'; raw: string; contentType: string | null; label: string }
  | { kind: 'authorization'; auth: Authorization }
  | { kind: 'multipart'; body: Buffer; contentType: string; label: string };

/** An Authorization header to send (empty: none); its value may be replaced when its session ends. */
export interface Authorization {
  header: string;
  label: string;
}

export interface FuzzCase {
  op: Operation;
  where: Where;
  bad: Bad | null;
}

/** A group of cases for one parameter of one operation ("GET /x query:q"). */
export interface CaseGroup {
  op: Operation;
  label: string;
  cases: FuzzCase[];
}

export function whereLabel(w: Where): string {
  switch (w.kind) {
    case 'param':
      return `${w.param.in}:${w.param.name}`;
    case 'extra-query':
      return `query:${w.name} (not declared)`;
    case 'extra-header':
      return `header:${w.name} (not declared)`;
    case 'body-property':
      return `body:${w.path.join('.')}`;
    case 'body':
      return 'body (whole)';
    case 'authorization':
      return 'header:authorization';
    case 'multipart':
      return 'multipart:file';
  }
}

/** Suggests a valid value for a field by its name (and operation); undefined: made from the schema. */
export type Hint = (op: Operation, name: string) => unknown;

/** A value the schema accepts, for the parts of a request that a case leaves valid. */
export function validValue(op: Operation, s: JsonSchema, name: string, hint: Hint, r: Prng, depth = 0): unknown {
  const hinted = hint(op, name);
  if (hinted !== undefined) return hinted;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const branch = [...(s.anyOf ?? []), ...(s.oneOf ?? [])].find((b) => b.type !== 'null');
  if (branch) return validValue(op, branch, name, hint, r, depth);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 6) return out;
      for (const key of s.required ?? []) {
        out[key] = validValue(op, s.properties?.[key] ?? {}, key, hint, r, depth + 1);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => validValue(op, s.items ?? {}, name, hint, r, depth + 1));
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return Math.min(Math.max(1, min), s.maximum ?? Number.MAX_SAFE_INTEGER);
    }
    case 'boolean':
      return false;
    case 'string': {
      if (s.format === 'uuid') return r.uuid();
      if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
      if (s.format === 'email') return `fuzz.${r.int(1e9)}@example.test`;
      return 'f'.repeat(Math.max(3, s.minLength ?? 1));
    }
    default:
      return 'f';
  }
}

/** Every body property, nested ones too, with its schema (records get one made-up key). */
export function bodyProperties(s: JsonSchema, path: (string | number)[] = [], depth = 0): Where[] {
  if (depth > 4) return [];
  const out: Where[] = [];
  const objects = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? [])].filter((b) => b.properties || b.additionalProperties);
  for (const o of objects) {
    for (const [key, child] of Object.entries(o.properties ?? {})) {
      out.push({ kind: 'body-property', path: [...path, key], schema: child });
      out.push(...bodyProperties(child, [...path, key], depth + 1));
      const items = child.items ?? child.anyOf?.find((b) => b.items)?.items;
      if (items) out.push(...bodyProperties(items, [...path, key, 0], depth + 1));
    }
    if (typeof o.additionalProperties === 'object') {
      out.push({ kind: 'body-property', path: [...path, 'strength'], schema: o.additionalProperties });
      out.push({ kind: 'body-property', path: [...path, 'a\u0000b'], schema: o.additionalProperties });
      out.push({ kind: 'body-property', path: [...path, 'k'.repeat(300)], schema: o.additionalProperties });
    }
  }
  return out;
}

const WHOLE_BODIES: { raw: string; contentType: string | null; label: string }[] = [
  { raw: '[]', contentType: 'application/json', label: '[]' },
  { raw: '"text"', contentType: 'application/json', label: '"text"' },
  { raw: 'null', contentType: 'application/json', label: 'null' },
  { raw: '12', contentType: 'application/json', label: '12' },
  { raw: '{}', contentType: 'application/json', label: '{}' },
  { raw: '', contentType: 'application/json', label: 'empty body' },
  { raw: '{"a":', contentType: 'application/json', label: 'cut-off JSON' },
  { raw: '\ufeff{}', contentType: 'application/json', label: 'BOM + {}' },
  { raw: '{"a":"\\u0000"}\u0000', contentType: 'application/json', label: 'trailing NUL' },
  { raw: '['.repeat(5000) + ']'.repeat(5000), contentType: 'application/json', label: '5000 nested arrays' },
  { raw: '{"__proto__":{"isAdmin":true}}', contentType: 'application/json', label: '__proto__ member' },
  { raw: '{}', contentType: 'text/plain', label: 'text/plain' },
  { raw: 'a=1&b=%00', contentType: 'application/x-www-form-urlencoded', label: 'form-urlencoded' },
  { raw: '{}', contentType: 'application/json; charset=latin1', label: 'charset=latin1' },
  { raw: '{}', contentType: 'application/xml', label: 'application/xml' },
  { raw: '{}', contentType: 'multipart/form-data', label: 'multipart without boundary' },
  { raw: '{}', contentType: null, label: 'no content type' },
  { raw: `{"pad":"${'x'.repeat(1_100_000)}"}`, contentType: 'application/json', label: '1.1 MB body' },
];

/** The groups of cases of one operation: one per parameter, body property, and whole-request aspect. */
export function caseGroups(
  op: Operation,
  r: Prng,
  extras: { headers: string[]; queries: string[]; authorizations: Authorization[] },
  files: Where[],
): CaseGroup[] {
  const groups: CaseGroup[] = [];
  const add = (label: string, cases: FuzzCase[]) => {
    if (cases.length > 0) groups.push({ op, label: `${op.id} ${label}`, cases });
  };
  const forUrl = (b: Bad) => b.only !== 'json';
  for (const param of op.parameters) {
    const values = interleave(badValuesFor(param.schema, param.name, r), r).filter(forUrl);
    add(
      `${param.in}:${param.name}`,
      values.map((bad) => ({ op, where: { kind: 'param', param }, bad })),
    );
  }
  for (const name of extras.queries) {
    const values = interleave(badValuesFor({ type: 'string' }, name, r), r).filter(forUrl);
    add(
      `query:${name}`,
      values.slice(0, 12).map((bad) => ({ op, where: { kind: 'extra-query', name }, bad })),
    );
  }
  for (const name of extras.headers) {
    const values = interleave(badValuesFor({ type: 'string' }, name, r), r).filter(forUrl);
    add(
      `header:${name}`,
      values.slice(0, 12).map((bad) => ({ op, where: { kind: 'extra-header', name }, bad })),
    );
  }
  if (op.body?.contentType === 'application/json') {
    for (const where of bodyProperties(op.body.schema)) {
      if (where.kind !== 'body-property') continue;
      const name = String(where.path[where.path.length - 1]);
      const values = interleave(badValuesFor(where.schema, name, r), r).filter((b) => b.only !== 'url');
      add(
        `body:${where.path.join('.')}`,
        values.map((bad) => ({ op, where, bad })),
      );
    }
    add(
      'body',
      r.shuffle(WHOLE_BODIES).map((b) => ({ op, where: { kind: 'body', ...b }, bad: null })),
    );
  }
  if (op.body?.contentType === 'multipart/form-data') {
    add(
      'multipart:file',
      files.map((where) => ({ op, where, bad: null })),
    );
  }
  if (op.security !== 'none') {
    add(
      'header:authorization',
      r.shuffle(extras.authorizations).map((auth) => ({ op, where: { kind: 'authorization', auth }, bad: null })),
    );
  }
  return groups;
}

/** Takes cases a group at a time, round robin, so every parameter gets its share of the budget. */
export function selectCases(groups: CaseGroup[], budget: number): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (let i = 0; out.length < budget; i++) {
    let any = false;
    for (const g of groups) {
      if (i < g.cases.length && out.length < budget) {
        out.push(g.cases[i]!);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}

function urlText(b: Bad): string {
  if (b.rawUrl !== undefined) return b.rawUrl;
  return encode(typeof b.value === 'string' ? b.value : JSON.stringify(b.value ?? null));
}

/** encodeURIComponent, which throws on a lone surrogate: that one goes as the bytes Node would send. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    const child = node[key];
    if (child === null || typeof child !== 'object') node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** JSON text of `body`, with raw JSON tokens put where their placeholder strings are. */
function serialize(body: unknown, raw: Map<string, string>): string {
  let text = JSON.stringify(body);
  for (const [placeholder, token] of raw) text = text.replace(JSON.stringify(placeholder), token);
  return text;
}

export interface RequestParts {
  /** Values for path parameters the case leaves valid. */
  pathValue(param: string): string;
  /** A valid value for a field; see Hint. */
  hint: Hint;
  token: string | null;
}

/** The request of one case: the bad value where the case says, everything else valid. */
export function buildRequest(c: FuzzCase, parts: RequestParts, r: Prng): InjectOptions & { sentBody?: unknown } {
  const { op, where, bad } = c;
  const target = (loc: string, name: string) =>
    where.kind === 'param' && where.param.in === loc && where.param.name === name && bad !== null;

  const url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    target('path', name) ? urlText(bad!) : encode(parts.pathValue(name)),
  );

  const query: string[] = [];
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    if (target('query', p.name)) {
      const v = bad!.value;
      if (Array.isArray(v) && bad!.rawUrl === undefined) {
        for (const item of v.length ? v : ['']) query.push(`${p.name}=${urlText({ cls: 'type', value: item })}`);
      } else query.push(`${p.name}=${urlText(bad!)}`);
    } else if (p.required) {
      query.push(`${p.name}=${encode(String(validValue(op, p.schema, p.name, parts.hint, r)))}`);
    }
  }
  if (where.kind === 'extra-query' && bad) query.push(`${encode(where.name)}=${urlText(bad)}`);

  const headers: Record<string, string> = {};
  if (parts.token) headers.authorization = `Bearer ${parts.token}`;
  for (const p of op.parameters.filter((x) => x.in === 'header')) {
    if (target('header', p.name)) headers[p.name] = headerText(bad!);
    else if (p.required) headers[p.name] = String(validValue(op, p.schema, p.name, parts.hint, r));
  }
  if (where.kind === 'extra-header' && bad) headers[where.name] = headerText(bad);
  if (where.kind === 'authorization') {
    if (where.auth.header === '') delete headers.authorization;
    else headers.authorization = where.auth.header;
  }

  const out: InjectOptions & { sentBody?: unknown } = {
    method: op.method,
    url: query.length ? `${url}?${query.join('&')}` : url,
    headers,
  };
  if (where.kind === 'multipart') {
    headers['content-type'] = where.contentType;
    out.payload = where.body;
  } else if (where.kind === 'body') {
    if (where.contentType) headers['content-type'] = where.contentType;
    out.payload = where.raw;
  } else if (op.body?.contentType === 'application/json') {
    const body = validValue(op, op.body.schema, '', parts.hint, r);
    const raw = new Map<string, string>();
    if (where.kind === 'body-property' && bad) {
      let value = bad.value;
      if (bad.rawJson !== undefined) {
        value = `__raw_${raw.size}__`;
        raw.set(value as string, bad.rawJson);
      }
      if (body !== null && typeof body === 'object') setAt(body as Record<string, unknown>, where.path, value);
    }
    headers['content-type'] = 'application/json';
    out.payload = serialize(body, raw);
    out.sentBody = body;
  } else if (op.body?.contentType === 'multipart/form-data') {
    headers['content-type'] = MULTIPART_TYPE;
    out.payload = multipartBody([{ name: 'file', filename: 'p.csv', data: 'sku;price\n' }]);
  }
  return out;
}

function headerText(b: Bad): string {
  if (b.rawUrl !== undefined) return b.rawUrl;
  return typeof b.value === 'string' ? b.value : JSON.stringify(b.value ?? null);
}
