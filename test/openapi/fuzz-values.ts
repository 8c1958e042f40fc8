/** Bad values for a parameter or body property, chosen by its JSON schema; a seeded PRNG to pick them. */
import type { JsonSchema } from './openapi-model.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)]!;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    /** A UUID v4 made of the PRNG's bits, so the run is reproducible. */
    uuid(): string {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      hex[12] = '4';
      hex[16] = '89ab'[Math.floor(next() * 4)]!;
      const h = hex.join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    bytes(n: number): Buffer {
      return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
    },
  };
}
export type Prng = ReturnType<typeof prng>;

/** Kinds of bad values; cases are taken a kind at a time, so a small budget still sees every kind. */
export type BadClass =
  | 'nul'
  | 'type'
  | 'boundary'
  | 'format'
  | 'cursor'
  | 'huge'
  | 'control'
  | 'empty'
  | 'unicode'
  | 'injection'
  | 'structure';

export const CLASS_ORDER: BadClass[] = [
  'cursor',
  'nul',
  'boundary',
  'unicode',
  'type',
  'format',
  'huge',
  'control',
  'structure',
  'empty',
  'injection',
];

/**
 * One bad value. `value` is what goes into JSON or, as a string, into a URL or header; `rawUrl` is
 * put into a query string or path as is (no percent-encoding: `%00`); `rawJson` is put into a JSON
 * body as is (`1e400`, which no JavaScript value serialises to). `only` limits where it is used.
 */
export interface Bad {
  cls: BadClass;
  /** Sent before the rest of its kind (the values the brief names), the rest in PRNG order. */
  first?: boolean;
  value?: unknown;
  rawUrl?: string;
  rawJson?: string;
  only?: 'url' | 'json';
  /** The document allows this value (a string of exactly maxLength): it must not be refused as too long. */
  allowed?: boolean;
}

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const HUGE = 'x'.repeat(10_000);

export function describeBad(b: Bad): string {
  const text = b.rawUrl ?? b.rawJson ?? (b.value === undefined ? 'undefined' : JSON.stringify(b.value));
  return text.length > 120 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
}

function typesOf(s: JsonSchema): string[] {
  const branches = [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  const own = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  return [...new Set([...own, ...branches.flatMap(typesOf)])];
}

function firstWith<K extends keyof JsonSchema>(s: JsonSchema, key: K): JsonSchema[K] | undefined {
  if (s[key] !== undefined) return s[key];
  for (const b of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    const v = firstWith(b, key);
    if (v !== undefined) return v;
  }
  return undefined;
}

const NUL: Bad[] = [
  { cls: 'nul', value: 'a\u0000b', first: true },
  { cls: 'nul', rawUrl: '%00', only: 'url', first: true },
  { cls: 'nul', value: '\u0000' },
  { cls: 'nul', rawUrl: 'a%00b', only: 'url' },
];
const CONTROL: Bad[] = [
  { cls: 'control', value: '\u0007' },
  { cls: 'control', value: 'a\r\nb' },
  { cls: 'control', value: '\u001b[31mred' },
  { cls: 'control', value: '\u007f\u0085\u2028' },
  { cls: 'control', rawUrl: '%0D%0AX-Injected:%201', only: 'url' },
];
const UNICODE: Bad[] = [
  { cls: 'unicode', value: '\ud800', first: true },
  { cls: 'unicode', rawJson: '"\\udfff\\ud800"', only: 'json' },
  { cls: 'unicode', rawUrl: '%E0%A4%A', only: 'url' },
  { cls: 'unicode', rawUrl: '%FF%FE', only: 'url' },
  { cls: 'unicode', value: '😀'.repeat(60) },
  { cls: 'unicode', value: '\u202eevil\u200b' },
  { cls: 'unicode', value: 'ЁЖИК İı ß ǅ' },
];
const INJECTION: Bad[] = [
  { cls: 'injection', value: "' OR 1=1 --" },
  { cls: 'injection', value: '%_\\' },
  { cls: 'injection', value: '../../etc/passwd' },
  { cls: 'injection', value: '<script>alert(1)</script>' },
  { cls: 'injection', value: '{{7*7}}${7*7}%s%n' },
  { cls: 'injection', value: '__proto__' },
  { cls: 'injection', value: 'constructor' },
];
const HUGE_VALUES: Bad[] = [
  { cls: 'huge', value: HUGE, first: true },
  { cls: 'huge', value: '9'.repeat(400) },
  { cls: 'huge', rawJson: `"${'\\u0000'.repeat(2000)}"`, only: 'json' },
];
const EMPTY: Bad[] = [
  { cls: 'empty', value: '' },
  { cls: 'empty', value: ' ' },
];
const WRONG_TYPES: Bad[] = [
  { cls: 'type', value: true },
  { cls: 'type', value: null },
  { cls: 'type', value: [] },
  { cls: 'type', value: {} },
  { cls: 'type', value: 12345 },
  { cls: 'type', value: 'text' },
  { cls: 'type', value: ['a', 'b'] },
  { cls: 'type', value: { a: 1 } },
];

/** Numbers at and beyond every edge, as JSON numbers and as the strings a query string carries. */
function numberBads(s: JsonSchema): Bad[] {
  const min = firstWith(s, 'minimum') ?? firstWith(s, 'exclusiveMinimum');
  const max = firstWith(s, 'maximum') ?? firstWith(s, 'exclusiveMaximum');
  const named: number[] = [0, -1];
  if (typeof min === 'number') named.push(min - 1);
  if (typeof max === 'number') named.push(max + 1);
  named.push(2 ** 31, 1e308);
  const more = [-0, 1.5, 0.1 + 0.2, -(2 ** 31) - 1, 2 ** 32, -1e308, 5e-324];
  if (typeof min === 'number') more.push(min, min - 0.5);
  if (typeof max === 'number') more.push(max, max + 0.5, max * 10);
  const raw = (text: string, first = false): Bad => ({ cls: 'boundary', rawJson: text, rawUrl: text, first });
  return [
    ...named.map((value) => ({ cls: 'boundary' as const, value, first: true })),
    raw('9007199254740993', true),
    { cls: 'boundary', value: 'NaN', first: true },
    { cls: 'boundary', value: 'Infinity', first: true },
    ...more.map((value) => ({ cls: 'boundary' as const, value })),
    raw('1e400'),
    raw('-1e400'),
    raw('123456789012345678901234567890'),
    { cls: 'boundary', value: '-Infinity' },
    { cls: 'boundary', value: '0x1F' },
    { cls: 'boundary', value: '1e3' },
    { cls: 'boundary', value: ' 7 ' },
    { cls: 'boundary', value: '+7' },
    { cls: 'boundary', value: '١٢٣' },
    { cls: 'huge', value: '1'.repeat(400) },
  ];
}

/** Decimals (quantities, weights) near the limits a NUMERIC column has, as strings and numbers. */
const DECIMAL_STRINGS: Bad[] = [
  '99999999999',
  99999999999,
  '99999999999.999',
  '999999999999',
  '0',
  '-1',
  '0.0001',
  '1.2345',
  '9999999999999999',
  '1e3',
  '1,5',
  '.5',
  '5.',
  '00000000000000000001',
].map((value, i) => ({ cls: 'boundary' as const, value, first: i < 3 }));

function uuidBads(r: Prng): Bad[] {
  const u = r.uuid();
  return [
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    u.toUpperCase(),
    `${u}0`,
    `{${u}}`,
    u.replaceAll('-', ''),
    'zzzzzzzz-zzzz-4zzz-8zzz-zzzzzzzzzzzz',
    `${u.slice(0, 14)}0${u.slice(15)}`,
    `${u}\u0000`,
  ].map((value, i) => ({ cls: 'format' as const, value, first: i < 2 }));
}

const DATE_TIMES: Bad[] = [
  '2024-99-99T00:00:00Z',
  '2024-02-30T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '2024-01-01',
  '2024-01-01T00:00:00',
  '2024-01-01T24:00:00Z',
  '2024-01-01T00:00:00+99:00',
  '1970-01-01T00:00:00Z',
].map((value, i) => ({ cls: 'format' as const, value, first: i < 2 }));

/** Cursors a client could forge: junk, and base64url JSON of the wrong shape, time or size. */
function cursorBads(r: Prng): Bad[] {
  const u = r.uuid();
  const values: unknown[] = [
    r.bytes(24).toString('base64url'),
    b64(['2024-99-99T00:00:00Z', u]),
    b64({ at: '2024-01-01T00:00:00Z', id: u }),
    b64([1e308, u]),
    b64(['a\u0000b', u]),
    b64(['2024-01-01T00:00:00Z', 'not-a-uuid']),
    b64(['+275760-09-13T00:00:00.000Z', u]),
    b64(['', '']),
    b64([null, null]),
    b64('"just a string"'),
    b64('42'),
    b64('null'),
    b64([]),
    b64('[1e400,"' + u + '"]'),
    b64('[9007199254740993]'),
    b64(['99999999999999999999999']),
    b64([2 ** 31]),
    b64([-1]),
    b64([1.5]),
    b64(['relevance', 1e308, u]),
    b64(['popular', -1, 'not-a-uuid']),
    b64(['price_asc', 'NaN', u]),
    b64(['distance', null, u]),
    b64([u, '2024-01-01T00:00:00Z']),
    b64(['2024-01-01T00:00:00Z', u, 'extra']),
    b64('['.repeat(200) + ']'.repeat(200)),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28]).toString('base64url'),
    '!!!!',
    'A'.repeat(512),
    'A'.repeat(513),
  ];
  // The first five are the ones the brief names: junk, a bad time, not an array, a huge number, NUL.
  return values.map((value, i) => ({ cls: 'cursor' as const, value, first: i < 5 }));
}

function enumBads(values: unknown[]): Bad[] {
  const first = String(values[0]);
  return [first.toUpperCase(), ` ${first}`, `${first}\u0000`, 'unknown', first.repeat(50)].map((value) => ({
    cls: 'format' as const,
    value,
  }));
}

/** Wrong structures for objects and arrays: the other one, deep nesting, too many items, unknown members. */
function structureBads(s: JsonSchema): Bad[] {
  const types = typesOf(s);
  const out: Bad[] = [];
  if (types.includes('object')) {
    out.push(
      { cls: 'structure', value: [] },
      { cls: 'structure', value: [{}] },
      { cls: 'structure', value: { unknownProperty: 'x', nested: { deeper: [1, 2] } } },
      {
        cls: 'structure',
        rawJson: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
        only: 'json',
      },
      { cls: 'structure', rawJson: '{"a":1,"a":2}', only: 'json' },
      { cls: 'structure', rawJson: '{"a":'.repeat(500) + '1' + '}'.repeat(500), only: 'json' },
    );
  }
  if (types.includes('array')) {
    const max = s.maxItems ?? 100;
    out.push(
      { cls: 'structure', value: {} },
      { cls: 'structure', value: [null] },
      { cls: 'structure', value: [[[]]] },
      { cls: 'structure', value: Array.from({ length: max + 1 }, () => 'x') },
      { cls: 'structure', value: Array.from({ length: 5000 }, (_, i) => i) },
    );
  }
  return out;
}

/** Every bad value worth sending for a value of schema `s` named `name`. */
export function badValuesFor(s: JsonSchema, name: string, r: Prng): Bad[] {
  const types = typesOf(s);
  const out: Bad[] = [...NUL, ...CONTROL, ...UNICODE, ...INJECTION, ...HUGE_VALUES, ...EMPTY, ...WRONG_TYPES];
  const decimal =
    types.includes('string') && (types.includes('number') || /qty|quantity|onhand|step|size|kg|m3/i.test(name));
  if (decimal) out.push(...DECIMAL_STRINGS);
  if (decimal || types.includes('number') || types.includes('integer')) out.push(...numberBads(s));
  const format = firstWith(s, 'format');
  if (format === 'uuid' || /id$/i.test(name)) out.push(...uuidBads(r));
  if (format === 'date-time' || /^(from|to|at)$/.test(name)) out.push(...DATE_TIMES);
  const values = firstWith(s, 'enum');
  if (values) out.push(...enumBads(values));
  if (name === 'cursor') out.push(...cursorBads(r));
  if (name === 'near') {
    out.push(
      ...['90.1,0', '-91,0', '0,181', '99,999', '1e3,1', '55.75', '55.75,37.62,1', 'NaN,NaN'].map((value) => ({
        cls: 'format' as const,
        value,
      })),
    );
  }
  const maxLength = firstWith(s, 'maxLength');
  if (typeof maxLength === 'number') {
    out.push({ cls: 'boundary', value: 'y'.repeat(maxLength), first: true, allowed: !firstWith(s, 'pattern') });
    out.push({ cls: 'boundary', value: 'y'.repeat(maxLength + 1), first: true });
  }
  const minLength = firstWith(s, 'minLength');
  if (typeof minLength === 'number' && minLength > 1) out.push({ cls: 'boundary', value: 'y'.repeat(minLength - 1) });
  out.push(...structureBads(s));
  return out;
}

/** Values of a kind taken per round: more of the kinds made for this very parameter. */
const WEIGHT: Partial<Record<BadClass, number>> = { cursor: 3, boundary: 2, format: 2 };

/**
 * Orders values a kind at a time, so the first few cover every kind: in each round every kind gives
 * its next values (its `first` ones before the others, which are in PRNG order).
 */
export function interleave(values: Bad[], r: Prng): Bad[] {
  const byClass = new Map<BadClass, Bad[]>();
  for (const v of values) byClass.set(v.cls, [...(byClass.get(v.cls) ?? []), v]);
  const queues = CLASS_ORDER.filter((c) => byClass.has(c)).map((c) => {
    const all = byClass.get(c)!;
    return { n: WEIGHT[c] ?? 1, items: [...all.filter((v) => v.first), ...r.shuffle(all.filter((v) => !v.first))] };
  });
  const out: Bad[] = [];
  while (queues.some((q) => q.items.length > 0)) {
    for (const q of queues) out.push(...q.items.splice(0, q.n));
  }
  return out;
}
