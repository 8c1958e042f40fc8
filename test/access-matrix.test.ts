/**
 * Role × endpoint access matrix, generated from the app's OpenAPI document.
 *
 * For every operation with a parameter in its path, an owner fixture makes a real object as its
 * owner; then every other actor tries the same request (same body) and the rule below is checked.
 * A new id-taking route with no owner fixture (and not listed as public) fails the test.
 *
 * The rule, for an actor that is not the owner:
 * - anonymous → 401;
 * - a suspended account (its token was issued before the suspension) → 401 or 403 with an AUTH.* code;
 * - every other actor: never 2xx, and exactly the answer (status and code) the same actor gets for a
 *   random id that exists nowhere — so the answer cannot reveal that the object exists;
 *   - if the route's role guard lets the actor's role through and the actor may trade (approved, or
 *     a customer), that answer is 404;
 *   - if the route is role-gated and the actor's role is not among its roles (or the seller is
 *     still pending), 403 is fine (404 too);
 * - an admin, on routes where admins act for everyone, succeeds (on an object of its own making);
 * - finally the owner succeeds with the same request, so the 404s above were about ownership and
 *   not about a fixture that never reached the object.
 * With two ids in the path (a warehouse and an offer), the owner's peer also tries each of the
 * owner's ids combined with its own objects' ids: 404 again.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './context.js';
import type { Account } from './factories.js';
import { MarketplaceWorld, type Actors } from './openapi/marketplace-world.js';
import { accessFixtures, type OwnerFixture, type PublicOperation, type Role } from './openapi/owner-fixtures.js';
import { appOperations, fillPath, type Operation } from './openapi/openapi-model.js';
import { problemViolations } from './openapi/problem-check.js';

type ActorName = keyof Actors;

let ctx: TestContext;
let world: MarketplaceWorld;
let actors: Actors;
/** Owner fixtures and public operations, by "METHOD /path" (test/openapi/owner-fixtures.ts). */
let owners: Record<string, OwnerFixture>;
let publics: Record<string, PublicOperation>;

beforeAll(async () => {
  // One failed attempt parks an event as dead, so the retry route has something to retry.
  ctx = await createTestContext({ env: { EVENTS_MAX_ATTEMPTS: '1' } });
  world = new MarketplaceWorld(ctx);
  actors = await world.actors();
  ({ owners, publics } = accessFixtures(ctx, world, actors));
});
afterAll(() => ctx?.close());

const ACTOR_ROLES: Record<ActorName, Role> = {
  admin: 'admin',
  customer: 'customer',
  otherCustomer: 'customer',
  seller: 'seller',
  otherSeller: 'seller',
  carrier: 'carrier',
  otherCarrier: 'carrier',
  pendingSeller: 'seller',
  pendingCarrier: 'carrier',
  suspended: 'customer',
};
const OWNER_ACTOR: Record<OwnerFixture['owner'], ActorName> = {
  customer: 'customer',
  seller: 'seller',
  carrier: 'carrier',
  admin: 'admin',
};
const PEER: Partial<Record<ActorName, ActorName>> = {
  customer: 'otherCustomer',
  seller: 'otherSeller',
  carrier: 'otherCarrier',
};

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const randomIds = (params: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, isUuid(v) ? randomUUID() : `${k}-${randomBytes(6).toString('hex')}`]),
  );

function send(
  op: Operation,
  params: Record<string, string>,
  body: unknown,
  who: Account | null,
  extraHeaders: Record<string, string> = {},
) {
  const headers: Record<string, string> = { ...extraHeaders };
  // A fresh Idempotency-Key per request where the operation declares one: each try is a new attempt.
  for (const p of op.parameters) if (p.in === 'header' && p.name === 'idempotency-key') headers[p.name] = randomUUID();
  return ctx.request({
    method: op.method,
    url: fillPath(op.path, params),
    token: who?.accessToken,
    headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

const codeOf = (res: LightMyRequestResponse): string => {
  try {
    return String((res.json() as { code?: unknown }).code ?? '');
  } catch {
    return '';
  }
};
const answer = (res: LightMyRequestResponse) => `${res.statusCode} ${codeOf(res)}`.trim();
const brief = (res: LightMyRequestResponse) => {
  const type = String(res.headers['content-type'] ?? '');
  if (!/json/.test(type)) return `${res.statusCode} <${type || 'no content type'}, ${res.rawPayload.length} bytes>`;
  return `${res.statusCode} ${res.body.slice(0, 300)}`;
};
/** Every answer, printed with ACCESS_MATRIX_PRINT=1. */
const table: string[] = [];
const ok = (res: LightMyRequestResponse) => res.statusCode >= 200 && res.statusCode < 300;

async function checkOperation(op: Operation, fx: OwnerFixture, failures: string[]): Promise<number> {
  let sent = 0;
  const fail = (who: string, what: string) => failures.push(`${op.id} as ${who}: ${what}`);
  const ownerName = OWNER_ACTOR[fx.owner];
  const owner = actors[ownerName];
  const target = await fx.make(owner);
  const shape = (who: string, res: LightMyRequestResponse) => {
    for (const v of problemViolations(res)) fail(who, v);
  };

  for (const name of Object.keys(actors) as ActorName[]) {
    if (name === ownerName || (name === 'admin' && fx.adminActs)) continue;
    const actor = actors[name];
    const role = ACTOR_ROLES[name];
    const real = await send(op, target.params, target.body, actor, target.headers);
    const random = await send(op, randomIds(target.params), target.body, actor, target.headers);
    sent += 2;
    shape(name, real);
    table.push(`${op.id}  ${name}: ${answer(real)} (random id: ${answer(random)})`);
    if (name === 'suspended') {
      if (![401, 403].includes(real.statusCode) || !codeOf(real).startsWith('AUTH.')) {
        fail(name, `expected 401/403 AUTH.*, got ${brief(real)}`);
      }
      continue;
    }
    if (ok(real)) {
      fail(name, `another owner's object answered ${brief(real)}`);
      continue;
    }
    if (answer(real) !== answer(random)) {
      fail(name, `the answer reveals existence: real id → ${brief(real)}; random id → ${brief(random)}`);
    }
    const passesGate = fx.gate === 'any' || fx.gate.includes(role);
    const mayTrade = actor.status !== 'pending';
    if (passesGate && mayTrade) {
      if (real.statusCode !== 404) fail(name, `expected 404, got ${brief(real)}`);
    } else if (![403, 404].includes(real.statusCode)) {
      fail(name, `expected 403 (wrong role) or 404, got ${brief(real)}`);
    }
  }

  // The owner's peer mixes the owner's ids with its own (a warehouse of its own, the owner's offer).
  const peerName = PEER[ownerName];
  if (peerName && op.pathParams.length > 1) {
    const peer = actors[peerName];
    const own = await fx.make(peer);
    for (const p of op.pathParams) {
      const mixed = { ...own.params, [p]: target.params[p]! };
      const res = await send(op, mixed, own.body, peer, own.headers);
      sent++;
      shape(`${peerName} (own ids but the owner's ${p})`, res);
      if (res.statusCode !== 404) fail(`${peerName} (own ids but the owner's ${p})`, `expected 404, got ${brief(res)}`);
    }
  }

  const anonymous = await send(op, target.params, target.body, null, target.headers);
  sent++;
  shape('anonymous', anonymous);
  if (anonymous.statusCode !== 401) fail('anonymous', `expected 401, got ${brief(anonymous)}`);

  if (fx.adminActs && ownerName !== 'admin') {
    const mine = await fx.make(owner);
    const res = await send(op, mine.params, mine.body, actors.admin, mine.headers);
    sent++;
    if (!ok(res)) fail('admin', `admins act for everyone here; expected 2xx, got ${brief(res)}`);
  }

  const res = await send(op, target.params, target.body, owner, target.headers);
  sent++;
  table.push(`${op.id}  ${ownerName} (owner): ${answer(res)}`);
  if (!ok(res)) fail(`${ownerName} (the owner)`, `expected 2xx, got ${brief(res)}`);
  return sent;
}

describe('access matrix, generated from /openapi.json', () => {
  it('every operation with an id in its path has an owner fixture or is listed as public', () => {
    const ops = appOperations(ctx.app);
    const problems: string[] = [];
    for (const op of ops) {
      if (op.pathParams.length === 0) continue;
      if (!owners[op.id] && !publics[op.id]) problems.push(`no owner fixture for ${op.id}`);
    }
    const known = new Set(ops.map((o) => o.id));
    for (const id of [...Object.keys(owners), ...Object.keys(publics)]) {
      if (!known.has(id)) problems.push(`a fixture for ${id}, which the OpenAPI document no longer has`);
    }
    if (problems.length > 0) expect.fail(problems.join('\n'));
  });

  // One test per service, so each has the whole per-test time on a loaded machine.
  it.each(['users', 'catalog', 'orders', 'logistics', 'insights'])(
    "another owner's object is a 404 to everyone but its owner (and admins where they act): %s",
    async (service) => {
      const failures: string[] = [];
      let sent = 0;
      for (const op of appOperations(ctx.app)) {
        const fx = owners[op.id];
        if (fx && op.path.startsWith(`/api/v1/${service}/`)) sent += await checkOperation(op, fx, failures);
      }
      process.stdout.write(`access matrix, ${service}: ${sent} requests\n`);
      if (process.env.ACCESS_MATRIX_PRINT) process.stdout.write(`${table.join('\n')}\n`);
      if (failures.length > 0) expect.fail(`${failures.length} access failures:\n${failures.join('\n')}`);
    },
  );

  it('every id-taking operation with an owner fixture belongs to one of the services checked', () => {
    const services = /^\/api\/v1\/(users|catalog|orders|logistics|insights)\//;
    const stray = appOperations(ctx.app).filter((op) => owners[op.id] && !services.test(op.path));
    expect(stray.map((op) => op.id)).toEqual([]);
  });

  it('public id-taking operations answer every actor alike', async () => {
    const failures: string[] = [];
    for (const op of appOperations(ctx.app)) {
      const pub = publics[op.id];
      if (!pub) continue;
      const target = await pub.make();
      for (const [name, who] of [['anonymous', null], ...Object.entries(actors)] as [string, Account | null][]) {
        const res = await send(op, target.params, target.body, who, target.headers);
        for (const v of problemViolations(res)) failures.push(`${op.id} as ${name}: ${v}`);
        // A route that reads a token when one is sent (security optional) refuses a dead one.
        const expected = name === 'suspended' && op.security === 'optional' ? 401 : pub.status;
        if (res.statusCode !== expected) {
          failures.push(`${op.id} (public: ${pub.reason}) as ${name}: expected ${expected}, got ${brief(res)}`);
        }
      }
    }
    if (failures.length > 0) expect.fail(failures.join('\n'));
  });

  it('a paused offer is not public: its price history is a 404 to strangers, not to its seller or admins', async () => {
    const { offerId } = await world.listing(actors.seller, '10', { status: 'paused' });
    const failures: string[] = [];
    for (const [name, who, status] of [
      ['anonymous', null, 404],
      ['customer', actors.customer, 404],
      ['otherSeller', actors.otherSeller, 404],
      ['seller (its owner)', actors.seller, 200],
      ['admin', actors.admin, 200],
    ] as [string, Account | null, number][]) {
      const res = await ctx.request({
        method: 'GET',
        url: `/api/v1/catalog/offers/${offerId}/price-history`,
        token: who?.accessToken,
      });
      if (res.statusCode !== status) failures.push(`as ${name}: expected ${status}, got ${brief(res)}`);
    }
    if (failures.length > 0) expect.fail(failures.join('\n'));
  });

  it('every operation that needs a token answers 401 problem+json without one, or with a bad one', async () => {
    const failures: string[] = [];
    const bad = ['', 'Bearer', 'Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', `Bearer ${actors.suspended.accessToken}x`];
    for (const op of appOperations(ctx.app)) {
      if (op.security !== 'required') continue;
      const params = Object.fromEntries(op.pathParams.map((p) => [p, randomUUID()]));
      for (const authorization of bad) {
        const res = await ctx.request({
          method: op.method,
          url: fillPath(op.path, params),
          headers: authorization ? { authorization } : {},
          ...(op.body?.contentType === 'application/json' ? { payload: {} } : {}),
        });
        for (const v of problemViolations(res)) failures.push(`${op.id} with "${authorization}": ${v}`);
        if (res.statusCode !== 401) failures.push(`${op.id} with "${authorization}": expected 401, got ${brief(res)}`);
      }
    }
    if (failures.length > 0) expect.fail(failures.join('\n'));
  });
});
