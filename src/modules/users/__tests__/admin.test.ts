import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { TEST_PASSWORD, VALID_COMPANY_INNS, VALID_PERSON_INNS, type Account } from '../../../../test/factories.js';
import { errorPaths, expectNoSecrets, expectProblem } from '../../../../test/assertions.js';

let ctx: TestContext;
let admin: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.make.admin();
});
afterAll(() => ctx.close());

const USERS = '/api/v1/users';

interface UserJson {
  id: string;
  email: string;
  name: string;
  role: string;
  status: string;
  company: { name: string; inn: string } | null;
}
interface AuditJson {
  id: string;
  action: string;
  actorId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  at: string;
}

const asAdmin = (opts: InjectOptions) => ctx.request({ ...opts, token: admin.accessToken });
const list = (query: string, token = admin.accessToken) =>
  ctx.request({ method: 'GET', url: `${USERS}?${query}`, token });
const getUser = (id: string) => asAdmin({ method: 'GET', url: `${USERS}/${id}` });
const approve = (id: string, payload: Record<string, unknown> = {}) =>
  asAdmin({ method: 'POST', url: `${USERS}/${id}/approve`, payload });
const suspend = (id: string, reason: string | undefined, token = admin.accessToken) =>
  ctx.request({
    method: 'POST',
    url: `${USERS}/${id}/suspend`,
    token,
    payload: reason === undefined ? {} : { reason },
  });
const reinstate = (id: string, payload: Record<string, unknown> = {}) =>
  asAdmin({ method: 'POST', url: `${USERS}/${id}/reinstate`, payload });
const audit = (id: string, query = '') => asAdmin({ method: 'GET', url: `${USERS}/${id}/audit${query}` });
const me = (token: string) => ctx.request({ method: 'GET', url: `${USERS}/me`, token });
const login = (email: string, password: string) =>
  ctx.request({ method: 'POST', url: `${USERS}/auth/login`, payload: { email, password } });
const refresh = (refreshToken: string) =>
  ctx.request({ method: 'POST', url: `${USERS}/auth/refresh`, payload: { refreshToken } });

const tag = () => randomBytes(4).toString('hex');

/** Walks every page of a list with this query; returns the items in order and the page count. */
async function walk<T>(path: string, query: string, limit: number) {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    const url = `${path}?${params}`;
    const res = await asAdmin({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: T[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    expect(pages).toBeLessThan(500);
  } while (cursor !== null);
  return { items, pages };
}

describe('admin access control', () => {
  it('answers 403 to customers, sellers and carriers and 401 without a token, on every admin endpoint', async () => {
    const target = await ctx.make.seller({ approved: false });
    const others = [await ctx.make.customer(), await ctx.make.seller(), await ctx.make.carrier()];
    const calls: InjectOptions[] = [
      { method: 'GET', url: USERS },
      { method: 'GET', url: `${USERS}?role=seller` },
      { method: 'GET', url: `${USERS}/${target.id}` },
      { method: 'GET', url: `${USERS}/${target.id}/audit` },
      { method: 'POST', url: `${USERS}/${target.id}/approve`, payload: {} },
      { method: 'POST', url: `${USERS}/${target.id}/suspend`, payload: { reason: 'because' } },
      { method: 'POST', url: `${USERS}/${target.id}/reinstate`, payload: {} },
    ];
    for (const call of calls) {
      for (const who of others) {
        expectProblem(await ctx.request({ ...call, token: who.accessToken }), 403, 'AUTH.FORBIDDEN');
      }
      expectProblem(await ctx.request(call), 401, 'AUTH.UNAUTHENTICATED');
      expectProblem(await ctx.request({ ...call, token: 'forged.token.value' }), 401, 'AUTH.INVALID_TOKEN');
    }
    // Nobody but an admin changed anything.
    expect((await getUser(target.id)).json().status).toBe('pending');
  });

  it('asks who is calling before it validates the request', async () => {
    const c = await ctx.make.customer();
    const calls: InjectOptions[] = [
      { method: 'GET', url: `${USERS}/not-a-uuid` },
      { method: 'GET', url: `${USERS}?limit=0` },
      { method: 'POST', url: `${USERS}/${randomUUID()}/suspend`, payload: {} },
    ];
    for (const call of calls) {
      expectProblem(await ctx.request(call), 401, 'AUTH.UNAUTHENTICATED');
      expectProblem(await ctx.request({ ...call, token: c.accessToken }), 403, 'AUTH.FORBIDDEN');
    }
  });
});

describe('GET /api/v1/users', () => {
  it('filters by role and status', async () => {
    const pendingCarrier = await ctx.make.carrier({ approved: false });
    const approvedCarrier = await ctx.make.carrier();
    const customer = await ctx.make.customer();

    const carriers = await list('role=carrier&limit=100');
    expect(carriers.statusCode).toBe(200);
    expectNoSecrets(carriers);
    const carrierItems: UserJson[] = carriers.json().items;
    expect(carrierItems.every((u) => u.role === 'carrier')).toBe(true);
    const carrierIds = carrierItems.map((u) => u.id);
    expect(carrierIds).toEqual(expect.arrayContaining([pendingCarrier.id, approvedCarrier.id]));
    expect(carrierIds).not.toContain(customer.id);

    const pending: UserJson[] = (await list('role=carrier&status=pending&limit=100')).json().items;
    expect(pending.every((u) => u.role === 'carrier' && u.status === 'pending')).toBe(true);
    expect(pending.map((u) => u.id)).toContain(pendingCarrier.id);
    expect(pending.map((u) => u.id)).not.toContain(approvedCarrier.id);

    const active: UserJson[] = (await list('status=active&limit=100')).json().items;
    expect(active.every((u) => u.status === 'active')).toBe(true);
    expect(active.map((u) => u.id)).toEqual(expect.arrayContaining([customer.id, admin.id]));

    const admins: UserJson[] = (await list('role=admin')).json().items;
    expect(admins.map((u) => u.id)).toContain(admin.id);
    expect(admins.every((u) => u.role === 'admin')).toBe(true);
  });

  it('finds users by part of the email, part of the company name, or an exact ИНН', async () => {
    const t = tag();
    const byEmail = await ctx.make.customer({ email: `prorab.${t}@stroyka.test` });
    const byCompany = await ctx.make.seller({
      approved: false,
      company: { name: `ООО «Бетон-${t} Север»`, inn: VALID_COMPANY_INNS[4] },
    });
    const phone = `+7 900 ${randomInt(100, 1000)}-${randomInt(10, 100)}-${randomInt(10, 100)}`;
    const byName = await ctx.make.customer({ name: `Прораб Кузьмин ${t}`, phone });
    const byPersonInn = await ctx.make.carrier({
      approved: false,
      company: { name: 'ИП Грузов', inn: VALID_PERSON_INNS[2] },
    });

    const ids = async (q: string, more = '') => {
      const res = await list(`q=${encodeURIComponent(q)}&limit=100${more}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as UserJson[]).map((u) => u.id);
    };

    expect(await ids(`prorab.${t}`)).toEqual([byEmail.id]);
    // Case does not matter for the email part.
    expect(await ids(`PRORAB.${t.toUpperCase()}@STROYKA`)).toEqual([byEmail.id]);
    expect(await ids(`Бетон-${t}`)).toEqual([byCompany.id]);
    expect(await ids(`${t} Север`)).toEqual([byCompany.id]);
    expect(await ids(`кузьмин ${t}`)).toEqual([byName.id]);
    expect(await ids(phone)).toEqual([byName.id]);
    // Case does not matter for Cyrillic either.
    expect(await ids(`бетон-${t} СЕВЕР`)).toEqual([byCompany.id]);

    const innHits: UserJson[] = (await list(`q=${VALID_COMPANY_INNS[4]}&limit=100`)).json().items;
    expect(innHits.map((u) => u.id)).toContain(byCompany.id);
    expect(innHits.every((u) => u.company?.inn === VALID_COMPANY_INNS[4])).toBe(true);
    expect(await ids(VALID_PERSON_INNS[2]!)).toEqual([byPersonInn.id]);
    // An ИНН must be exact: a prefix of it finds nothing.
    expect(await ids(VALID_PERSON_INNS[2]!.slice(0, 6))).not.toContain(byPersonInn.id);

    // Wildcards in q are taken literally.
    expect(await ids('%')).toEqual([]);
    expect(await ids(`nobody-${t}`)).toEqual([]);

    // Filters combine: the company matches q but not the role.
    expect(await ids(`Бетон-${t}`, '&role=customer')).toEqual([]);
    expect(await ids(`Бетон-${t}`, '&role=seller&status=approved')).toEqual([]);
    expect(await ids(`Бетон-${t}`, '&role=seller&status=pending')).toEqual([byCompany.id]);
  });

  it('refuses an unknown role or status, naming the field', async () => {
    const badRole = await list('role=superuser');
    expectProblem(badRole, 400, 'VALIDATION');
    expect(errorPaths(badRole)).toContain('role');
    const badStatus = await list('status=deleted');
    expectProblem(badStatus, 400, 'VALIDATION');
    expect(errorPaths(badStatus)).toContain('status');
  });

  it('walks every user with limit=2, without duplicates or gaps, ending with nextCursor null', async () => {
    // Some users share a creation time, some do not: the order must be total either way.
    await ctx.make.customer();
    await ctx.make.customer();
    ctx.clock.advance(1000);
    await ctx.make.customer();
    await ctx.make.seller({ approved: false });
    ctx.clock.advance(1000);
    await ctx.make.carrier({ approved: false });

    const all = await list('limit=100');
    expect(all.statusCode).toBe(200);
    const everyone: UserJson[] = all.json().items;
    expect(all.json().nextCursor).toBeNull();
    expect(everyone.length).toBeGreaterThan(6);

    const walked = await walk<UserJson>(USERS, '', 2);
    const ids = walked.items.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(everyone.map((u) => u.id));
    expect(walked.pages).toBe(Math.ceil(everyone.length / 2));

    // Newest first.
    const created = everyone.map((u) => (u as unknown as { createdAt: string }).createdAt);
    expect([...created].sort().reverse()).toEqual(created);

    // Paging keeps the filters.
    const customers = await walk<UserJson>(USERS, 'role=customer', 2);
    const customerIds = customers.items.map((u) => u.id);
    expect(new Set(customerIds).size).toBe(customerIds.length);
    expect(customerIds).toEqual(everyone.filter((u) => u.role === 'customer').map((u) => u.id));
  });

  it('answers the default page size of 20 when no limit is given', async () => {
    while ((await list('limit=100')).json().items.length <= 20) await ctx.make.customer();
    const page = (await list('')).json();
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('refuses a cursor it did not issue, naming cursor', async () => {
    const forged = [
      'garbage',
      Buffer.from('["not-a-date","also-not-a-uuid"]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from(JSON.stringify([new Date().toISOString()])).toString('base64url'),
    ];
    for (const cursor of forged) {
      const res = await list(`limit=2&cursor=${encodeURIComponent(cursor)}`);
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toEqual(['cursor']);
    }
  });

  it('refuses a limit outside 1–100, naming limit', async () => {
    for (const limit of ['0', '101', '-1', 'abc', '2.5']) {
      const res = await list(`limit=${limit}`);
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toContain('limit');
    }
    expect((await list('limit=1')).statusCode).toBe(200);
    expect((await list('limit=100')).statusCode).toBe(200);
  });
});

describe('GET /api/v1/users/{id}', () => {
  it('answers one user without a password hash', async () => {
    const s = await ctx.make.seller({ approved: false, name: 'Продавец Один' });
    const res = await getUser(s.id);
    expect(res.statusCode).toBe(200);
    expectNoSecrets(res);
    expect(res.json()).toMatchObject({
      id: s.id,
      email: s.email,
      name: 'Продавец Один',
      role: 'seller',
      status: 'pending',
    });
  });

  it('answers 404 USER.NOT_FOUND for an unknown uuid on every endpoint', async () => {
    const unknown = randomUUID();
    expectProblem(await getUser(unknown), 404, 'USER.NOT_FOUND');
    expectProblem(await audit(unknown), 404, 'USER.NOT_FOUND');
    expectProblem(await approve(unknown), 404, 'USER.NOT_FOUND');
    expectProblem(await suspend(unknown, 'spam'), 404, 'USER.NOT_FOUND');
    expectProblem(await reinstate(unknown), 404, 'USER.NOT_FOUND');
  });

  it('answers 400 naming id for an id that is not a uuid', async () => {
    for (const url of [`${USERS}/not-a-uuid`, `${USERS}/123/audit`, `${USERS}/xyz/approve`]) {
      const res = await asAdmin({ method: url.endsWith('approve') ? 'POST' : 'GET', url, payload: undefined });
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toEqual(['id']);
    }
  });
});

describe('approve', () => {
  it('approves a pending seller and a pending carrier', async () => {
    const s = await ctx.make.seller({ approved: false });
    expect(s.status).toBe('pending');
    const res = await approve(s.id);
    expect(res.statusCode, res.body).toBe(200);
    expectNoSecrets(res);
    expect(res.json()).toMatchObject({ id: s.id, status: 'approved' });
    expect((await getUser(s.id)).json().status).toBe('approved');
    // The seller sees its new status with the token it already had.
    expect((await me(s.accessToken)).json().status).toBe('approved');

    const c = await ctx.make.carrier({ approved: false });
    const noBody = await asAdmin({ method: 'POST', url: `${USERS}/${c.id}/approve` });
    expect(noBody.statusCode, noBody.body).toBe(200);
    expect(noBody.json().status).toBe('approved');
  });

  it('refuses to approve an approved seller or a customer with 409 USER.INVALID_STATUS', async () => {
    const s = await ctx.make.seller();
    expectProblem(await approve(s.id), 409, 'USER.INVALID_STATUS');
    const c = await ctx.make.customer();
    const body = expectProblem(await approve(c.id), 409, 'USER.INVALID_STATUS');
    expect(body.currentStatus).toBe('active');
    expect((await getUser(c.id)).json().status).toBe('active');
    expectProblem(await approve(admin.id), 409, 'USER.INVALID_STATUS');
  });

  it('refuses to approve a suspended seller (reinstate is the way back)', async () => {
    const s = await ctx.make.seller({ approved: false });
    expect((await suspend(s.id, 'documents missing')).statusCode).toBe(200);
    expectProblem(await approve(s.id), 409, 'USER.INVALID_STATUS');
    expect((await getUser(s.id)).json().status).toBe('suspended');
  });
});

describe('suspend', () => {
  it('needs a reason, naming reason', async () => {
    const c = await ctx.make.customer();
    for (const payload of [{}, { reason: '' }, { reason: '   ' }, { reason: 42 }]) {
      const res = await asAdmin({ method: 'POST', url: `${USERS}/${c.id}/suspend`, payload });
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toEqual(['reason']);
    }
    const noBody = await asAdmin({ method: 'POST', url: `${USERS}/${c.id}/suspend` });
    expect(noBody.statusCode).toBe(400);
    expect((await getUser(c.id)).json().status).toBe('active');
  });

  // A suspended seller or carrier signs in again read-only: suspended-read-only.test.ts.
  it("stops a customer's existing tokens at once, refuses login and refresh", async () => {
    const s = await ctx.make.customer();
    const second = await ctx.make.login(s.email, s.password, { 'x-device-id': 'phone' });
    expect((await me(s.accessToken)).statusCode).toBe(200);

    const res = await suspend(s.id, 'fake documents');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: s.id, status: 'suspended' });

    // Suspension ends every session, so the still-unexpired access tokens answer 401 at once.
    for (const token of [s.accessToken, second.accessToken]) {
      const after = await me(token);
      expect(after.statusCode).not.toBe(200);
      expectProblem(after, 401, 'AUTH.SESSION_REVOKED');
    }
    for (const rt of [s.refreshToken, second.refreshToken]) {
      const r = await refresh(rt);
      expect(r.statusCode).not.toBe(200);
      expectProblem(r, 401, 'AUTH.INVALID_REFRESH_TOKEN');
    }
    expectProblem(await login(s.email, s.password), 403, 'AUTH.ACCOUNT_SUSPENDED');
    // A wrong password still answers as a wrong password: suspension is not revealed to guessers.
    expectProblem(await login(s.email, 'not-the-password-1'), 401, 'AUTH.INVALID_CREDENTIALS');
    expect((await getUser(s.id)).json().status).toBe('suspended');
  });

  it('refuses suspending a suspended account with 409 USER.INVALID_STATUS', async () => {
    const c = await ctx.make.customer();
    expect((await suspend(c.id, 'spam')).statusCode).toBe(200);
    expectProblem(await suspend(c.id, 'spam again'), 409, 'USER.INVALID_STATUS');
  });

  it('applies two suspensions of one account at once one after the other: one wins, one conflicts', async () => {
    const s = await ctx.make.seller();
    const other = await ctx.make.login(admin.email, admin.password);
    const results = await Promise.all([suspend(s.id, 'first admin'), suspend(s.id, 'second admin', other.accessToken)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('USER.INVALID_STATUS');
    const items: AuditJson[] = (await audit(s.id)).json().items;
    expect(items.filter((a) => a.action === 'suspended')).toHaveLength(1);
    // Reinstating returns it to approved, not to "suspended" recorded by a lost race.
    expect((await reinstate(s.id)).json().status).toBe('approved');
  });

  it('refuses an admin suspending itself with 409 USER.CANNOT_SUSPEND_SELF', async () => {
    expectProblem(await suspend(admin.id, 'oops'), 409, 'USER.CANNOT_SUSPEND_SELF');
    expect((await getUser(admin.id)).json().status).toBe('active');
    expect((await me(admin.accessToken)).statusCode).toBe(200);
  });

  it("hides a suspended seller's account from nobody: admins still find it", async () => {
    const s = await ctx.make.seller();
    await suspend(s.id, 'complaints');
    const items: UserJson[] = (await list('status=suspended&limit=100')).json().items;
    expect(items.map((u) => u.id)).toContain(s.id);
    expect(items.every((u) => u.status === 'suspended')).toBe(true);
  });
});

describe('reinstate', () => {
  it('returns an approved seller to approved, and it can log in again', async () => {
    const s = await ctx.make.seller();
    await suspend(s.id, 'check');
    const res = await reinstate(s.id, { reason: 'checked' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: s.id, status: 'approved' });
    const again = await login(s.email, s.password);
    expect(again.statusCode).toBe(200);
    expect(again.json().user.status).toBe('approved');
    expect((await me(again.json().accessToken)).statusCode).toBe(200);
    // Sessions ended by the suspension stay ended.
    expectProblem(await me(s.accessToken), 401, 'AUTH.SESSION_REVOKED');
  });

  it('returns a customer to active', async () => {
    const c = await ctx.make.customer();
    await suspend(c.id, 'check');
    const res = await reinstate(c.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('active');
    expect((await login(c.email, c.password)).statusCode).toBe(200);
  });

  it('returns a seller suspended before approval to pending, and approval still works', async () => {
    const s = await ctx.make.seller({ approved: false });
    await suspend(s.id, 'check');
    const res = await reinstate(s.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('pending');
    const again = await login(s.email, s.password);
    expect(again.statusCode).toBe(200);
    expect(again.json().user.status).toBe('pending');
    expect((await approve(s.id)).json().status).toBe('approved');
  });

  it('remembers the status before the latest suspension across several cycles', async () => {
    const s = await ctx.make.seller({ approved: false });
    await suspend(s.id, 'one');
    expect((await reinstate(s.id)).json().status).toBe('pending');
    await approve(s.id);
    await suspend(s.id, 'two');
    expect((await reinstate(s.id)).json().status).toBe('approved');
  });

  it('refuses reinstating an account that is not suspended with 409 USER.INVALID_STATUS', async () => {
    const c = await ctx.make.customer();
    expectProblem(await reinstate(c.id), 409, 'USER.INVALID_STATUS');
    const s = await ctx.make.seller({ approved: false });
    expectProblem(await reinstate(s.id), 409, 'USER.INVALID_STATUS');
    expect((await getUser(s.id)).json().status).toBe('pending');
  });
});

describe('GET /api/v1/users/{id}/audit', () => {
  it('lists who did what, when and why, newest first, with paging', async () => {
    const s = await ctx.make.seller({ approved: false });
    const t0 = ctx.clock.now().toISOString();
    ctx.clock.advance(1000);
    const t1 = ctx.clock.now().toISOString();
    expect((await approve(s.id, { reason: 'documents verified' })).statusCode).toBe(200);
    ctx.clock.advance(1000);
    const t2 = ctx.clock.now().toISOString();
    expect((await suspend(s.id, 'customer complaints')).statusCode).toBe(200);
    ctx.clock.advance(1000);
    const t3 = ctx.clock.now().toISOString();
    expect((await reinstate(s.id, { reason: 'complaints resolved' })).statusCode).toBe(200);

    const res = await audit(s.id);
    expect(res.statusCode, res.body).toBe(200);
    expectNoSecrets(res);
    const page = res.json() as { items: AuditJson[]; nextCursor: string | null };
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((a) => [a.action, a.actorId, a.reason, a.at])).toEqual([
      ['reinstated', admin.id, 'complaints resolved', t3],
      ['suspended', admin.id, 'customer complaints', t2],
      ['approved', admin.id, 'documents verified', t1],
      ['registered', s.id, null, t0],
    ]);
    expect(page.items[0]!.details).toMatchObject({ from: 'suspended', to: 'approved' });
    expect(page.items[1]!.details).toMatchObject({ from: 'approved', to: 'suspended', revokedSessions: 1 });
    expect(page.items[2]!.details).toMatchObject({ from: 'pending', to: 'approved' });
    expect(page.items[3]!.details).toMatchObject({ role: 'seller' });

    const walked = await walk<AuditJson>(`${USERS}/${s.id}/audit`, '', 1);
    // A full last page already knows it is the last: no empty page follows.
    expect(walked.pages).toBe(4);
    expect(walked.items.map((a) => a.id)).toEqual(page.items.map((a) => a.id));

    const two = await walk<AuditJson>(`${USERS}/${s.id}/audit`, '', 2);
    expect(two.items.map((a) => a.action)).toEqual(['reinstated', 'suspended', 'approved', 'registered']);
    expect(two.pages).toBe(2);
  });

  it("only shows this user's entries, even when another user was changed at the same moment", async () => {
    const a = await ctx.make.customer();
    const b = await ctx.make.customer();
    // Entries of one moment have no order among themselves; the audit is ordered by time.
    ctx.clock.advance(1000);
    await suspend(a.id, 'a');
    await suspend(b.id, 'b');
    const items: AuditJson[] = (await audit(a.id)).json().items;
    expect(items.map((e) => e.action)).toEqual(['suspended', 'registered']);
    expect(items[0]!.reason).toBe('a');
  });

  it('refuses a bad cursor or limit, naming the field', async () => {
    const c = await ctx.make.customer();
    const badCursor = await audit(c.id, '?cursor=nope');
    expectProblem(badCursor, 400, 'VALIDATION');
    expect(errorPaths(badCursor)).toEqual(['cursor']);
    const badLimit = await audit(c.id, '?limit=101');
    expectProblem(badLimit, 400, 'VALIDATION');
    expect(errorPaths(badLimit)).toContain('limit');
  });
});

describe('create-admin (ensureAdmin)', () => {
  it('creates an admin who can log in with role admin, and only once per email', async () => {
    const email = `ops.${tag()}@tutuu.test`;
    const users = ctx.app.modules.users;
    expect(await users.ensureAdmin(email, TEST_PASSWORD, 'Оператор')).toEqual({ created: true, role: 'admin' });

    const res = await login(email, TEST_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ email, role: 'admin', status: 'active', name: 'Оператор' });
    const token = res.json().accessToken as string;
    expect((await list('limit=1', token)).statusCode).toBe(200);

    // Again, even with other case and another password: nothing new, nothing overwritten.
    expect(await users.ensureAdmin(`  ${email.toUpperCase()} `, 'A-Different-Password-99')).toEqual({
      created: false,
      role: 'admin',
    });
    const found: UserJson[] = (await list(`q=${encodeURIComponent(email)}`)).json().items;
    expect(found).toHaveLength(1);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
    expectProblem(await login(email, 'A-Different-Password-99'), 401, 'AUTH.INVALID_CREDENTIALS');
  });

  it('does not turn an existing customer into an admin', async () => {
    const c = await ctx.make.customer();
    expect(await ctx.app.modules.users.ensureAdmin(c.email, 'Some-Admin-Password-1')).toEqual({
      created: false,
      role: 'customer',
    });
    expect((await getUser(c.id)).json().role).toBe('customer');
    expectProblem(await list('', c.accessToken), 403, 'AUTH.FORBIDDEN');
  });

  it('records the registration of an admin in its audit trail', async () => {
    const email = `ops.${tag()}@tutuu.test`;
    await ctx.app.modules.users.ensureAdmin(email, TEST_PASSWORD);
    const found: UserJson[] = (await list(`q=${encodeURIComponent(email)}&role=admin`)).json().items;
    expect(found).toHaveLength(1);
    const items: AuditJson[] = (await audit(found[0]!.id)).json().items;
    expect(items.map((a) => a.action)).toEqual(['registered']);
    expect(items[0]!.details).toMatchObject({ role: 'admin' });
  });
});
