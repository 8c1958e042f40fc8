/**
 * OpenAPI-driven fuzzing: every operation of /openapi.json, every parameter (path, query, declared
 * headers), every JSON body property (nested ones too), the whole body, the price-list file and the
 * Authorization header get bad values — one at a time, the rest of the request valid — sent as an
 * actor the route lets through (found by probing), with real ids of real objects or random ones.
 *
 * Every answer must be below 500, and every 4xx an application/problem+json with `status`, `code`
 * and `detail` and no stack trace. All failures are collected and reported together, grouped by
 * operation, parameter and answer.
 *
 * Deterministic: FUZZ_SEED (default below) seeds the PRNG; FUZZ_REQUESTS bounds the cases sent
 * (default keeps the file fast in CI; the selection takes each parameter's cases in turn, so a small
 * budget still reaches every parameter and every kind of bad value first).
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './context.js';
import type { Account } from './factories.js';
import { forgedAuthorizations } from './openapi/forged-tokens.js';
import { codeOf, report, type Failure } from './openapi/fuzz-report.js';
import {
  buildRequest,
  caseGroups,
  selectCases,
  whereLabel,
  type Authorization,
  type FuzzCase,
  type Hint,
} from './openapi/fuzz-requests.js';
import { describeBad, prng } from './openapi/fuzz-values.js';
import { MarketplaceWorld, MOSCOW, PICKUP_CARD } from './openapi/marketplace-world.js';
import { appOperations, type Operation } from './openapi/openapi-model.js';
import { priceListFiles } from './openapi/fuzz-price-lists.js';
import { problemViolations } from './openapi/problem-check.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_101);
const BUDGET = Number(process.env.FUZZ_REQUESTS ?? 1800);
/** Only operations whose "METHOD /path" contains this (for chasing one failure); FUZZ_VERBOSE prints every case. */
const ONLY = process.env.FUZZ_ONLY;

/** An account the fuzzer acts as; replaced if a case ends its session (logout-all, a new password). */
interface Actor {
  name: string;
  account: Account;
  /** May be replaced by a new account of the same role when it can no longer log in. */
  replace?: () => Promise<Account>;
}

let ctx: TestContext;
let world: MarketplaceWorld;
const r = prng(SEED);
let actors: { customer: Actor; seller: Actor; carrier: Actor; admin: Actor; selfCustomer: Actor; selfSeller: Actor };
/** Logins and refresh tokens come from this account: never an actor, so its sessions may end. */
let donor: Account;
/** The account admin routes with a real id act on (approve, suspend…): never an actor. */
let victim: Account;
/**
 * Forged tokens copy this account's token: some of them are valid, and a case of logout-all or a
 * password change with one ends its sessions, so it is no other case's actor; it logs in again then.
 */
let forger: Actor;
const real: Record<string, string> = {};
let authorizations: Authorization[] = [];
let warehouseCode = '';

beforeAll(async () => {
  ctx = await createTestContext();
  world = new MarketplaceWorld(ctx);
  const { make } = ctx;
  const [admin, customer, seller, carrier, selfCustomer, selfSeller] = await Promise.all([
    make.admin(),
    make.customer(),
    make.seller(),
    make.carrier(),
    make.customer(),
    make.seller(),
  ]);
  const [forgerAccount, ...others] = await Promise.all([make.customer(), make.customer(), make.customer()]);
  [donor, victim] = others as [Account, Account];
  forger = { name: 'forger of tokens', account: forgerAccount!, replace: () => make.customer() };
  actors = {
    customer: { name: 'customer', account: customer },
    seller: { name: 'seller', account: seller },
    carrier: { name: 'carrier', account: carrier },
    admin: { name: 'admin', account: admin },
    selfCustomer: { name: 'customer (own account)', account: selfCustomer, replace: () => make.customer() },
    selfSeller: { name: 'seller (own account)', account: selfSeller, replace: () => make.seller() },
  };
  const listing = await world.listing(seller);
  const order = await world.order(customer, listing.offerId);
  const cardOrder = await world.order(customer, listing.offerId, PICKUP_CARD);
  Object.assign(real, {
    users: victim.id,
    categories: listing.categoryId,
    products: listing.productId,
    offers: listing.offerId,
    stock: listing.offerId,
    warehouses: listing.warehouseId,
    'sub-orders': order.subOrderId,
    orders: order.orderId,
    'test-3ds': await world.threeDsPayment(customer, cardOrder.orderId),
    webhook: 'test',
    items: await world.cartLine(customer, listing.offerId),
    devices: await world.device(selfCustomer),
    vehicles: await world.vehicle(carrier),
  });
  const warehouses = await ctx.request({ method: 'GET', url: '/api/v1/catalog/warehouses', token: seller.accessToken });
  warehouseCode = (warehouses.json() as { items: { code: string }[] }).items[0]!.code;
  authorizations = await forgedAuthorizations(ctx.config.jwtSecret!, forger.account.accessToken, r);
});
afterAll(() => ctx?.close());

/** Operations on the caller's own account: fuzzed as accounts of their own, which they may log out. */
const isSelfScoped = (op: Operation) => /^\/api\/v1\/users\/(me|auth\/logout-all)(\/|$)/.test(op.path);

let counter = 0;
let current: Actor | null = null;
const hint: Hint = (op, name) => {
  const n = ++counter;
  const login = op.path.endsWith('/auth/login');
  // The guide price's query: two points as "lat,lon" (Подольск → Москва).
  if (op.path.endsWith('/logistics/quote') && (name === 'from' || name === 'to')) {
    return name === 'from' ? '55.43,37.54' : '55.75,37.62';
  }
  switch (name) {
    case 'email':
      return login ? donor.email : `fuzz.${SEED}.${n}@example.test`;
    case 'password':
      return login ? donor.password : `Fuzz-Passw0rd-${n}!`;
    case 'currentPassword':
      return current?.account.password;
    case 'newPassword':
      return `Fuzz-Passw0rd-${n}!`;
    case 'refreshToken':
      return donor.refreshToken;
    case 'name':
      return 'Фазз Тестович';
    case 'phone':
      return '+7 916 123-45-67';
    case 'inn':
      return '7707083893';
    case 'kpp':
      return '770701001';
    case 'slug':
      return `fz-${SEED}-${n}`;
    case 'code':
    case 'sku':
      return `FZ-${SEED}-${n}`;
    case 'address':
      return 'г. Москва, ул. Тверская, д. 1';
    case 'lat':
      return MOSCOW.lat;
    case 'lon':
      return MOSCOW.lon;
    case 'quantity':
    case 'onHand':
    case 'weightKg':
      return '1';
    case 'volumeM3':
      return '0.01';
    case 'priceMinor':
      return 1000 + (n % 1000);
    case 'reason':
      return 'фазз-тест';
    case 'bodyType':
      return 'тент';
    case 'bodyLengthM':
      return '6';
    case 'plate':
      // A plate no earlier case took: Т001ТТ77, Т002ТТ77, …
      return `${'ТМНОРС'[Math.floor(n / 999) % 6]}${String((n % 999) + 1).padStart(3, '0')}ТТ77`;
    case 'offerId':
      return real.offers;
    case 'productId':
      return real.products;
    case 'categoryId':
      return real.categories;
    case 'subOrderId':
      return real['sub-orders'];
    case 'delivery':
      return { method: 'pickup', ...MOSCOW };
    case 'paymentMethod':
      return 'invoice';
    case 'card':
      return { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123' };
    case 'to':
      return 'cancelled';
    case 'outcome':
      return 'fail';
    case 'idempotency-key':
      return r.uuid();
    case 'mine':
    case 'dryRun':
      return 'true';
    default:
      return undefined;
  }
};

/** A path parameter left valid: the real object's id most of the time, a random one otherwise. */
function pathValue(op: Operation, name: string): string {
  const segments = op.path.split('/');
  const resource = segments[segments.indexOf(`{${name}}`) - 1] ?? '';
  const id = real[resource];
  if (id && r.next() < 0.75) return id;
  return /id$/i.test(name) && name !== 'providerPaymentId' && name !== 'deviceId' ? r.uuid() : `fz-${r.uuid()}`;
}

function send(opts: ReturnType<typeof buildRequest>) {
  const { sentBody: _ignored, ...inject } = opts;
  return ctx.app.inject(inject);
}

/**
 * Cases change the real objects (an offer paused, its step changed, the cart emptied, the order
 * cancelled); every REPAIR_EVERY cases they are put back, so later cases still reach deep code.
 */
const REPAIR_EVERY = 150;
async function repairWorld() {
  await keepAlive(actors.seller);
  await keepAlive(actors.customer);
  const seller = actors.seller.account;
  const customer = actors.customer.account;
  const call = (method: 'PATCH' | 'PUT' | 'POST', url: string, token: string, payload: object) =>
    ctx.request({ method, url, token, payload });
  await call('PATCH', `/api/v1/catalog/offers/${real.offers}`, seller.accessToken, {
    status: 'active',
    minQty: '1',
    step: '1',
    priceMinor: 52_000,
  });
  const stocked = await call(
    'PUT',
    `/api/v1/catalog/warehouses/${real.warehouses}/stock/${real.offers}`,
    seller.accessToken,
    { onHand: '100000' },
  );
  if (stocked.statusCode === 404) {
    real.warehouses = await world.warehouse(seller);
    await world.stock(seller, real.warehouses!, real.offers!, '100000');
  }
  const order = await world.order(customer, real.offers!);
  Object.assign(real, { orders: order.orderId, 'sub-orders': order.subOrderId });
  real.items = await world.cartLine(customer, real.offers!);
  repairs++;
}
let repairs = 0;

/** Actors whose token the operation's guard lets through (a probe with random ids and an empty body). */
async function actorsFor(op: Operation): Promise<Actor[]> {
  if (op.security === 'none') return [];
  if (isSelfScoped(op)) return [actors.selfCustomer, actors.selfSeller];
  const pool = [actors.customer, actors.seller, actors.carrier, actors.admin];
  const passing: Actor[] = [];
  for (const actor of pool) {
    const url = op.path.replace(/\{([^}]+)\}/g, () => randomUUID());
    const res = await ctx.app.inject({
      method: op.method,
      url,
      headers: { authorization: `Bearer ${actor.account.accessToken}`, 'content-type': 'application/json' },
      ...(op.body ? { payload: '[]' } : {}),
    });
    probes++;
    if (res.statusCode !== 401 && res.statusCode !== 403) passing.push(actor);
  }
  return passing.length > 0 ? passing : pool;
}
let probes = 0;

/** The forged tokens again, from a new login, once a case has ended the forger's sessions. */
async function refreshForgedTokens() {
  const before = forger.account.accessToken;
  await keepAlive(forger);
  if (forger.account.accessToken === before) return;
  const fresh = await forgedAuthorizations(ctx.config.jwtSecret!, forger.account.accessToken, r);
  // In place: the cases hold these objects.
  for (const [i, a] of authorizations.entries()) a.header = fresh[i]!.header;
}

/** After a 401 the actor's session may be gone (a case logged it out): log in again, or replace it. */
async function keepAlive(actor: Actor) {
  const me = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: actor.account.accessToken });
  if (me.statusCode === 200) return;
  try {
    actor.account = { ...(await ctx.make.login(actor.account.email, actor.account.password)) };
  } catch (err) {
    if (!actor.replace) throw new Error(`${actor.name} lost its session and cannot log in again: ${String(err)}`);
    actor.account = await actor.replace();
  }
}

function describeCase(c: FuzzCase): string {
  const w = c.where;
  if (w.kind === 'authorization') return w.auth.label;
  if (w.kind === 'body' || w.kind === 'multipart') return w.label;
  return c.bad ? describeBad(c.bad) : '';
}

describe('OpenAPI fuzzing', () => {
  it('every operation answers bad input below 500, with problem+json for every 4xx', async () => {
    const ops = appOperations(ctx.app).filter((op) => !ONLY || op.id.includes(ONLY));
    const pools = new Map<string, Actor[]>();
    const groups = [];
    for (const [i, op] of ops.entries()) {
      pools.set(op.id, await actorsFor(op));
      // Headers and query parameters the app reads but does not declare; X-Request-Id is read for
      // every request alike, so a few operations carry it.
      const extras = {
        headers: [
          ...(i % 8 === 0 ? ['x-request-id'] : []),
          ...(op.path.includes('/payments/webhook/') ? ['tutuu-signature'] : []),
        ],
        queries: op.method === 'GET' ? ['attr.strength', 'zz'] : [],
        authorizations,
      };
      groups.push(...caseGroups(op, r, extras, priceListFiles(warehouseCode, 'cement')));
    }
    const cases = selectCases(groups, BUDGET);

    const failures: Failure[] = [];
    const undocumented = new Map<string, string>();
    const statuses = new Map<number, number>();
    let sent = 0;
    let unsendable = 0;
    for (const [n, c] of cases.entries()) {
      if (n > 0 && n % REPAIR_EVERY === 0) await repairWorld();
      const pool = pools.get(c.op.id)!;
      // Anonymous calls of guarded routes are cases of the Authorization header's group, whose
      // tokens are the forger's.
      current = c.where.kind === 'authorization' ? forger : pool.length === 0 ? null : r.pick(pool);
      const opts = buildRequest(
        c,
        { pathValue: (name) => pathValue(c.op, name), hint, token: current?.account.accessToken ?? null },
        r,
      );
      let res: LightMyRequestResponse;
      try {
        res = await send(opts);
        // A POST adds to what is there (a cart line): an edge value sent twice also tests the sum.
        if (c.op.method === 'POST' && c.bad?.cls === 'boundary' && res.statusCode < 300) {
          sent++;
          res = await send(opts);
        }
      } catch {
        unsendable++;
        continue;
      }
      sent++;
      if (process.env.FUZZ_VERBOSE) {
        const who = current?.name ?? 'anonymous';
        process.stdout.write(`${c.op.id} ${whereLabel(c.where)} = ${describeCase(c)} as ${who} → ${res.statusCode}\n`);
      }
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      const where = whereLabel(c.where);
      for (const violation of problemViolations(res)) {
        failures.push({
          key: `${c.op.id} ${where} → ${res.statusCode} ${codeOf(res)}`.trim(),
          value: describeCase(c),
          actor: current?.name ?? 'anonymous',
          body: res.body,
          violation,
        });
      }
      if (c.bad?.allowed && res.statusCode === 414) {
        failures.push({
          key: `${c.op.id} ${where} → 414 ${codeOf(res)}`,
          value: describeCase(c),
          actor: current?.name ?? 'anonymous',
          body: res.body,
          violation: `a value of ${String(c.bad.value).length} chars, which the document allows, refused as too long`,
        });
      }
      if (!c.op.responses.includes(String(res.statusCode)) && !undocumented.has(`${c.op.id} ${res.statusCode}`)) {
        undocumented.set(`${c.op.id} ${res.statusCode}`, `${where} = ${describeCase(c)}`);
      }
      const body = opts.sentBody as { newPassword?: unknown } | undefined;
      if (current && res.statusCode < 300 && typeof body?.newPassword === 'string') {
        current.account.password = body.newPassword;
      }
      if (current && res.statusCode === 401 && c.where.kind !== 'authorization') await keepAlive(current);
      if (c.where.kind === 'authorization' && res.statusCode < 300 && isSelfScoped(c.op)) await refreshForgedTokens();
    }

    const answers = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    process.stdout.write(
      `openapi fuzz: seed ${SEED}, ${sent} requests for ${cases.length} cases ` +
        `(budget ${BUDGET} of ${groups.reduce((n, g) => n + g.cases.length, 0)} possible, ` +
        `${groups.length} parameter groups, ${ops.length} operations), ${probes} probes, ${repairs} repairs, ` +
        `${unsendable} unsendable; answers ${answers.join(' ')}\n`,
    );
    if (process.env.FUZZ_PRINT_UNDOCUMENTED) {
      process.stdout.write(
        `undocumented statuses:\n${[...undocumented].map(([k, v]) => `  ${k}  (${v})`).join('\n')}\n`,
      );
    }
    if (failures.length > 0) expect.fail(report(failures));
  }, 300_000);

  it('the valid requests it builds from the document are accepted (the fuzzing reaches past validation)', async () => {
    // A baseline that fails validation would hide every deeper bug: check a few key operations.
    await repairWorld();
    const byId = new Map(appOperations(ctx.app).map((o) => [o.id, o]));
    const failures: string[] = [];
    for (const [id, who] of [
      ['POST /api/v1/catalog/products', actors.seller],
      ['POST /api/v1/catalog/warehouses', actors.seller],
      ['POST /api/v1/orders/cart/items', actors.customer],
      ['PUT /api/v1/orders/cart/address', actors.customer],
      ['POST /api/v1/users/auth/register', null],
      ['POST /api/v1/catalog/categories', actors.admin],
    ] as const) {
      const op = byId.get(id);
      if (!op) {
        failures.push(`${id}: not in the document`);
        continue;
      }
      current = who;
      const res = await send(
        buildRequest(
          { op, where: { kind: 'extra-query', name: 'zz' }, bad: null },
          { pathValue: (name) => pathValue(op, name), hint, token: who?.account.accessToken ?? null },
          r,
        ),
      );
      if (res.statusCode >= 300) failures.push(`${id}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
    if (failures.length > 0) expect.fail(failures.join('\n'));
  });
});
