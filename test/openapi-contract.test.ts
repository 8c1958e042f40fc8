/**
 * The OpenAPI document as a contract (docs/adr/0016-openapi-contract.md): the web client's generated
 * types match it, and every operation is named and secured the way the house names and secures them.
 * The document is built once, on an empty in-memory database (tools/openapi/dump.ts): nothing here
 * needs data, whichever database the suite runs on.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpOpenApi, type OpenApiDocument } from '../tools/openapi/dump.js';
import { renderSchemaTypes, SCHEMA_TYPES_FILE } from '../tools/openapi/schema-types.js';

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

/**
 * The first word of an operationId. Add a word here only if it is a verb: reads are list/get,
 * writes create/update/delete (set for PUT), and a command is named by its own verb.
 */
const VERBS = new Set([
  ...['list', 'get', 'search', 'watch', 'create', 'update', 'set', 'delete', 'add', 'remove', 'clear'],
  ...['register', 'login', 'logout', 'refresh', 'change', 'revoke', 'issue', 'approve', 'suspend', 'reinstate'],
  ...['import', 'checkout', 'transition', 'cancel', 'accept', 'refuse', 'mark', 'receive', 'submit', 'retry'],
  ...['post', 'place', 'withdraw', 'award', 'confirm', 'decline', 'move', 'upload', 'report'],
  ...['calculate', 'share', 'copy'],
]);

/** camelCase: a lowercase first word, then capitalised words (digits allowed), nothing else. */
const CAMEL_CASE = /^[a-z]+(?:[A-Z0-9][a-z0-9]*)*$/;

interface Op {
  name: string;
  path: string;
  operationId?: unknown;
  security?: unknown;
}

let doc: OpenApiDocument;
let ops: Op[];
beforeAll(async () => {
  doc = await dumpOpenApi();
  ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, path, ...op })),
  );
});

describe('the generated client types', () => {
  it('web/src/api/schema.d.ts is what the document generates', async () => {
    const committed = readFileSync(SCHEMA_TYPES_FILE, 'utf8');
    const fresh = await renderSchemaTypes(doc);
    if (committed === fresh) return;
    // Not a diff of a 26 000-line file: the first line that differs, and the command that fixes it.
    const [a, b] = [committed.split('\n'), fresh.split('\n')];
    const line = a.findIndex((text, i) => text !== b[i]);
    const at = line < 0 ? a.length : line;
    expect.fail(
      `web/src/api/schema.d.ts is out of date: run \`npm run api:generate\` ` +
        `(line ${at + 1}: committed ${JSON.stringify(a[at] ?? '')}, generated ${JSON.stringify(b[at] ?? '')})`,
    );
  });
});

describe('operations', () => {
  it('are all there to check', () => {
    expect(ops.length).toBeGreaterThan(100);
  });

  it('each has a unique camelCase operationId that starts with a verb', () => {
    const bad = ops.flatMap(({ name, operationId: id }) => {
      if (typeof id !== 'string') return [`${name}: no operationId`];
      if (!CAMEL_CASE.test(id)) return [`${name}: ${id} is not camelCase`];
      const verb = /^[a-z]+/.exec(id)![0];
      return VERBS.has(verb) ? [] : [`${name}: ${id} does not start with a verb (${[...VERBS].join(', ')})`];
    });
    expect(bad).toEqual([]);
    const seen = new Map<string, string[]>();
    for (const op of ops) seen.set(String(op.operationId), [...(seen.get(String(op.operationId)) ?? []), op.name]);
    expect([...seen].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('says "My" only where its path says me', () => {
    const bad = ops.filter((op) => /My(?:[A-Z]|$)/.test(String(op.operationId)) && !/\/me(?:\/|$)/.test(op.path));
    expect(bad.map((op) => `${op.name}: ${String(op.operationId)}`)).toEqual([]);
  });

  it('each declares its security: [] when public, otherwise schemes the document defines', () => {
    const schemes = Object.keys((doc.components as { securitySchemes?: object } | undefined)?.securitySchemes ?? {});
    expect(schemes).toEqual(expect.arrayContaining(['bearerAuth', 'trackerDeviceKey', 'paymentSignature']));
    const bad = ops.flatMap(({ name, security }) => {
      if (!Array.isArray(security)) return [`${name}: no security array`];
      const requirements = security as Record<string, unknown>[];
      // `{}` (no credentials) only beside a scheme, for optional sign-in; a public route says [].
      if (requirements.length > 0 && requirements.every((r) => Object.keys(r).length === 0)) {
        return [`${name}: public, so security: [] rather than ${JSON.stringify(security)}`];
      }
      const unknown = requirements.flatMap((r) => Object.keys(r)).filter((s) => !schemes.includes(s));
      return unknown.length > 0 ? [`${name}: undeclared scheme(s) ${unknown.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('the payment webhook and the tracker routes use their own schemes', () => {
    const security = (method: string, path: string) => (doc.paths[path]?.[method] as Op | undefined)?.security;
    expect(security('post', '/api/v1/orders/payments/webhook/{provider}')).toEqual([{ paymentSignature: [] }]);
    expect(security('get', '/api/v1/logistics/osmand')).toEqual([{ trackerDeviceKey: [] }]);
    expect(security('post', '/api/v1/logistics/osmand')).toEqual([{ trackerDeviceKey: [] }]);
  });
});

describe('the document', () => {
  it('names its servers and its licence', () => {
    const { servers, info } = doc as { servers?: { url: string }[]; info?: { license?: { name?: string } } };
    expect(servers?.length).toBeGreaterThan(0);
    expect(servers!.every((s) => typeof s.url === 'string' && s.url.length > 0)).toBe(true);
    expect(info?.license?.name).toEqual(expect.any(String));
  });
});
