import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { TEST_PASSWORD, VALID_COMPANY_INNS, VALID_PERSON_INNS, type Account } from '../../../../test/factories.js';
import { errorPaths, expectNoSecrets, expectProblem } from '../../../../test/assertions.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const ME = '/api/v1/users/me';
const NEW_PASSWORD = 'Another-Strong-Passphrase-77';

const me = (token: string) => ctx.request({ method: 'GET', url: ME, token });
const patchMe = (token: string, payload: Record<string, unknown>) =>
  ctx.request({ method: 'PATCH', url: ME, token, payload });
const changePassword = (token: string, currentPassword: string, newPassword: string) =>
  ctx.request({ method: 'POST', url: `${ME}/password`, token, payload: { currentPassword, newPassword } });
const devices = (token: string) => ctx.request({ method: 'GET', url: `${ME}/devices`, token });
const revokeDevice = (token: string, deviceId: string) =>
  ctx.request({ method: 'DELETE', url: `${ME}/devices/${encodeURIComponent(deviceId)}`, token });
const refresh = (refreshToken: string) =>
  ctx.request({ method: 'POST', url: '/api/v1/users/auth/refresh', payload: { refreshToken } });
const login = (email: string, password: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
  ctx.request({
    method: 'POST',
    url: '/api/v1/users/auth/login',
    payload: { email, password },
    headers,
    ...(remoteAddress ? { remoteAddress } : {}),
  });

async function loginAs(acc: Account, headers: Record<string, string> = {}, remoteAddress?: string) {
  const res = await login(acc.email, acc.password, headers, remoteAddress);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { accessToken: string; refreshToken: string; user: { id: string } };
}

describe('GET /api/v1/users/me', () => {
  it('answers the caller with the documented shape and no password hash', async () => {
    const c = await ctx.make.customer({ name: 'Анна Иванова', phone: '+7 916 000-11-22' });
    const res = await me(c.accessToken);
    expect(res.statusCode).toBe(200);
    expectNoSecrets(res);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['company', 'createdAt', 'email', 'id', 'name', 'phone', 'role', 'status', 'updatedAt'].sort(),
    );
    expect(body).toMatchObject({
      id: c.id,
      email: c.email,
      name: 'Анна Иванова',
      phone: '+7 916 000-11-22',
      role: 'customer',
      status: 'active',
      company: null,
    });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
    expect(new Date(body.updatedAt).toISOString()).toBe(body.updatedAt);
  });

  it('shows a seller its company and status', async () => {
    const s = await ctx.make.seller({
      company: { name: 'ООО «Кирпич»', inn: VALID_COMPANY_INNS[1], kpp: '772801001' },
    });
    const res = await me(s.accessToken);
    expect(res.statusCode).toBe(200);
    expectNoSecrets(res);
    expect(res.json()).toMatchObject({
      role: 'seller',
      status: 'approved',
      company: { name: 'ООО «Кирпич»', inn: VALID_COMPANY_INNS[1], kpp: '772801001', address: null },
    });
  });

  it('answers 401 without a token, with a malformed header, or with a forged token', async () => {
    expectProblem(await ctx.request({ method: 'GET', url: ME }), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(
      await ctx.request({ method: 'GET', url: ME, headers: { authorization: 'Basic abc' } }),
      401,
      'AUTH.UNAUTHENTICATED',
    );
    expectProblem(await me('not.a.jwt'), 401, 'AUTH.INVALID_TOKEN');
  });

  it('no auth answer (register, login, refresh) carries a password hash', async () => {
    const c = await ctx.make.customer();
    const l = await login(c.email, c.password);
    expectNoSecrets(l);
    const r = await refresh(l.json().refreshToken);
    expect(r.statusCode).toBe(200);
    expectNoSecrets(r);
  });
});

describe('PATCH /api/v1/users/me', () => {
  it('changes the name and the phone, and the change is visible afterwards', async () => {
    const c = await ctx.make.customer();
    const res = await patchMe(c.accessToken, { name: '  Пётр Сидоров  ', phone: '+7 495 123-45-67' });
    expect(res.statusCode, res.body).toBe(200);
    expectNoSecrets(res);
    expect(res.json()).toMatchObject({ name: 'Пётр Сидоров', phone: '+7 495 123-45-67' });

    const after = (await me(c.accessToken)).json();
    expect(after).toMatchObject({ name: 'Пётр Сидоров', phone: '+7 495 123-45-67', email: c.email });

    const cleared = await patchMe(c.accessToken, { phone: null });
    expect(cleared.statusCode).toBe(200);
    expect((await me(c.accessToken)).json().phone).toBeNull();
  });

  it('an empty patch changes nothing', async () => {
    const c = await ctx.make.customer({ name: 'Без изменений' });
    const res = await patchMe(c.accessToken, {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Без изменений', company: null });
  });

  it('lets a customer add, change and remove company requisites with a valid ИНН', async () => {
    const c = await ctx.make.customer();
    const add = await patchMe(c.accessToken, {
      company: { name: 'ООО «РемСтрой»', inn: VALID_COMPANY_INNS[2], kpp: '780401001', address: 'СПб, Невский, 1' },
    });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json().company).toEqual({
      name: 'ООО «РемСтрой»',
      inn: VALID_COMPANY_INNS[2],
      kpp: '780401001',
      address: 'СПб, Невский, 1',
    });

    // A customer's ИНН is not locked; a 12-digit individual ИНН is valid too.
    const change = await patchMe(c.accessToken, { company: { inn: VALID_PERSON_INNS[0], kpp: null } });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json().company).toEqual({
      name: 'ООО «РемСтрой»',
      inn: VALID_PERSON_INNS[0],
      kpp: null,
      address: 'СПб, Невский, 1',
    });
    expect((await me(c.accessToken)).json().company.inn).toBe(VALID_PERSON_INNS[0]);

    const remove = await patchMe(c.accessToken, { company: null });
    expect(remove.statusCode).toBe(200);
    expect(remove.json().company).toBeNull();
    expect((await me(c.accessToken)).json().company).toBeNull();
  });

  it('refuses an ИНН with wrong check digits, naming company.inn, and keeps the old one', async () => {
    const c = await ctx.make.customer({ company: { name: 'ООО «Старое»', inn: VALID_COMPANY_INNS[3] } });
    for (const inn of ['7707083894', '500100732250', '12345', 'abcdefghij', '0000000000']) {
      const res = await patchMe(c.accessToken, { company: { inn } });
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toContain('company.inn');
    }
    expect((await me(c.accessToken)).json().company.inn).toBe(VALID_COMPANY_INNS[3]);
  });

  it('refuses a company without an ИНН for a customer that has none', async () => {
    const c = await ctx.make.customer();
    const res = await patchMe(c.accessToken, { company: { name: 'ООО «Без ИНН»' } });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res)).toContain('company.inn');
    expect((await me(c.accessToken)).json().company).toBeNull();
  });

  it('refuses unknown fields, including ones that would escalate privileges', async () => {
    const c = await ctx.make.customer();
    for (const payload of [{ nickname: 'x' }, { role: 'admin' }, { status: 'approved' }, { email: 'x@example.test' }]) {
      const res = await patchMe(c.accessToken, payload);
      expectProblem(res, 400, 'VALIDATION');
    }
    const after = (await me(c.accessToken)).json();
    expect(after).toMatchObject({ role: 'customer', status: 'active', email: c.email });
  });

  it('refuses an empty or blank name, naming name', async () => {
    const c = await ctx.make.customer({ name: 'Имя' });
    for (const name of ['', '   ']) {
      const res = await patchMe(c.accessToken, { name });
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toContain('name');
    }
    expect((await me(c.accessToken)).json().name).toBe('Имя');
  });

  it('refuses a malformed phone, naming phone', async () => {
    const c = await ctx.make.customer();
    const res = await patchMe(c.accessToken, { phone: 'call me' });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res)).toContain('phone');
  });

  it('refuses a seller changing its ИНН with 409 USER.INN_LOCKED but lets it edit other requisites', async () => {
    const s = await ctx.make.seller({ company: { name: 'ООО «Продавец»', inn: VALID_COMPANY_INNS[0] } });
    expectProblem(await patchMe(s.accessToken, { company: { inn: VALID_COMPANY_INNS[1] } }), 409, 'USER.INN_LOCKED');
    expect((await me(s.accessToken)).json().company.inn).toBe(VALID_COMPANY_INNS[0]);

    // Repeating the same ИНН is not a change.
    const same = await patchMe(s.accessToken, {
      company: { inn: VALID_COMPANY_INNS[0], name: 'ООО «Продавец Плюс»', address: 'Москва' },
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().company).toMatchObject({ name: 'ООО «Продавец Плюс»', inn: VALID_COMPANY_INNS[0] });
  });

  it('refuses a pending carrier changing its ИНН too', async () => {
    const carrier = await ctx.make.carrier({ approved: false });
    expect(carrier.status).toBe('pending');
    expectProblem(
      await patchMe(carrier.accessToken, { company: { inn: VALID_COMPANY_INNS[2] } }),
      409,
      'USER.INN_LOCKED',
    );
  });

  it('refuses a seller removing its company, naming company', async () => {
    const s = await ctx.make.seller();
    const res = await patchMe(s.accessToken, { company: null });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res)).toContain('company');
    expect((await me(s.accessToken)).json().company).not.toBeNull();
  });

  it('answers 401 without a token, before it judges the body', async () => {
    for (const payload of [{ name: 'Никто' }, { name: '' }, { role: 'admin' }]) {
      expectProblem(await ctx.request({ method: 'PATCH', url: ME, payload }), 401, 'AUTH.UNAUTHENTICATED');
    }
  });
});

describe('POST /api/v1/users/me/password', () => {
  it('refuses a wrong current password with USER.WRONG_PASSWORD naming currentPassword', async () => {
    const c = await ctx.make.customer();
    const res = await changePassword(c.accessToken, 'not-my-password-at-all', NEW_PASSWORD);
    const body = expectProblem(res, 400, 'USER.WRONG_PASSWORD');
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['currentPassword']);
    // Nothing changed: the old password still logs in.
    expect((await login(c.email, c.password)).statusCode).toBe(200);
  });

  it('refuses a weak new password, naming newPassword', async () => {
    const c = await ctx.make.customer();
    const local = c.email.split('@')[0]!;
    for (const weak of ['short', c.email, local, 'aaaaaaaaaaaa', TEST_PASSWORD]) {
      const res = await changePassword(c.accessToken, c.password, weak);
      expectProblem(res, 400, 'VALIDATION');
      expect(errorPaths(res)).toEqual(['newPassword']);
    }
    expect((await login(c.email, c.password)).statusCode).toBe(200);
  });

  it('refuses a body without the fields, naming them', async () => {
    const c = await ctx.make.customer();
    const res = await ctx.request({ method: 'POST', url: `${ME}/password`, token: c.accessToken, payload: {} });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res)).toEqual(expect.arrayContaining(['currentPassword', 'newPassword']));
  });

  it('changes the password and revokes every other session while the current one keeps working', async () => {
    const c = await ctx.make.customer();
    const other = await loginAs(c, { 'x-device-id': 'tablet' });
    const third = await loginAs(c);
    // The registration session is the one that changes the password.
    expect((await me(other.accessToken)).statusCode).toBe(200);

    const res = await changePassword(c.accessToken, c.password, NEW_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ revokedSessions: 2 });

    for (const s of [other, third]) {
      expectProblem(await me(s.accessToken), 401, 'AUTH.SESSION_REVOKED');
      const r = await refresh(s.refreshToken);
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toMatch(/^AUTH\./);
    }

    // The current session still works, and its refresh token still rotates.
    expect((await me(c.accessToken)).statusCode).toBe(200);
    const rotated = await refresh(c.refreshToken);
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect((await me(rotated.json().accessToken)).statusCode).toBe(200);

    // Only the current device is left.
    const list = (await devices(c.accessToken)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].current).toBe(true);

    expectProblem(await login(c.email, c.password), 401, 'AUTH.INVALID_CREDENTIALS');
    const fresh = await login(c.email, NEW_PASSWORD);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().user.id).toBe(c.id);
  });

  it('answers 401 without a token', async () => {
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: `${ME}/password`,
        payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      }),
      401,
      'AUTH.UNAUTHENTICATED',
    );
  });
});

describe('devices', () => {
  interface Device {
    deviceId: string;
    userAgent: string | null;
    ip: string | null;
    createdAt: string;
    lastSeenAt: string;
    sessions: number;
    current: boolean;
  }
  const listOf = async (token: string): Promise<Device[]> => {
    const res = await devices(token);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  const byId = (items: Device[], id: string) => items.find((d) => d.deviceId === id);

  it('lists each device with user agent, IP, times, and marks only the calling one current', async () => {
    const c = await ctx.make.customer();
    const loginAt = ctx.clock.now().toISOString();
    const laptop = await loginAs(c, { 'x-device-id': 'laptop', 'user-agent': 'Firefox/140 (Linux)' }, '10.0.0.1');
    const phone = await loginAs(c, { 'x-device-id': 'phone', 'user-agent': 'TutuuApp/2.1 (Android)' }, '10.0.0.2');

    const fromLaptop = await listOf(laptop.accessToken);
    // The registration (no X-Device-Id) is a device of its own.
    expect(fromLaptop).toHaveLength(3);
    expect(byId(fromLaptop, 'laptop')).toEqual({
      deviceId: 'laptop',
      userAgent: 'Firefox/140 (Linux)',
      ip: '10.0.0.1',
      createdAt: loginAt,
      lastSeenAt: loginAt,
      sessions: 1,
      current: true,
    });
    expect(byId(fromLaptop, 'phone')).toMatchObject({
      userAgent: 'TutuuApp/2.1 (Android)',
      ip: '10.0.0.2',
      sessions: 1,
      current: false,
    });
    const others = fromLaptop.filter((d) => d.deviceId !== 'laptop' && d.deviceId !== 'phone');
    expect(others).toHaveLength(1);
    expect(others[0]!.current).toBe(false);
    expect(fromLaptop.filter((d) => d.current).map((d) => d.deviceId)).toEqual(['laptop']);

    const fromPhone = await listOf(phone.accessToken);
    expect(fromPhone.filter((d) => d.current).map((d) => d.deviceId)).toEqual(['phone']);
    const fromRegistration = await listOf(c.accessToken);
    expect(fromRegistration.filter((d) => d.current).map((d) => d.deviceId)).toEqual([others[0]!.deviceId]);
  });

  it('gives each session without X-Device-Id a device of its own', async () => {
    const c = await ctx.make.customer();
    const a = await loginAs(c);
    await loginAs(c);
    const items = await listOf(a.accessToken);
    expect(items).toHaveLength(3);
    expect(new Set(items.map((d) => d.deviceId)).size).toBe(3);
    expect(items.every((d) => d.sessions === 1)).toBe(true);
    expect(items.filter((d) => d.current)).toHaveLength(1);
  });

  it('groups several logins on one device and keeps its last-seen time current', async () => {
    const c = await ctx.make.customer();
    const first = await loginAs(c, { 'x-device-id': 'phone' });
    const createdAt = ctx.clock.now().toISOString();
    ctx.clock.advance(60_000);
    const second = await loginAs(c, { 'x-device-id': 'phone' });
    let phone = byId(await listOf(second.accessToken), 'phone')!;
    expect(phone.sessions).toBe(2);
    expect(phone.current).toBe(true);
    expect(phone.createdAt).toBe(createdAt);

    // Using a token a while later moves the device's last-seen time.
    ctx.clock.advance(6 * 60_000);
    const seenAt = ctx.clock.now().toISOString();
    expect((await me(first.accessToken)).statusCode).toBe(200);
    const items = await listOf(second.accessToken);
    phone = byId(items, 'phone')!;
    expect(phone.lastSeenAt).toBe(seenAt);
    expect(phone.createdAt).toBe(createdAt);
    // Most recently seen first.
    expect(items[0]!.deviceId).toBe('phone');
  });

  it('refuses a malformed X-Device-Id at login, naming the header', async () => {
    const c = await ctx.make.customer();
    const res = await login(c.email, c.password, { 'x-device-id': 'my phone!' });
    expectProblem(res, 400, 'VALIDATION');
    expect(errorPaths(res).join(' ')).toMatch(/x-device-id/);
  });

  it("revokes only one device's sessions", async () => {
    const c = await ctx.make.customer();
    const laptop = await loginAs(c, { 'x-device-id': 'laptop' });
    const phone1 = await loginAs(c, { 'x-device-id': 'phone' });
    const phone2 = await loginAs(c, { 'x-device-id': 'phone' });

    const res = await revokeDevice(laptop.accessToken, 'phone');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ revokedSessions: 2 });

    for (const p of [phone1, phone2]) {
      expectProblem(await me(p.accessToken), 401, 'AUTH.SESSION_REVOKED');
      expect((await refresh(p.refreshToken)).statusCode).toBe(401);
    }
    expect((await me(laptop.accessToken)).statusCode).toBe(200);
    expect((await me(c.accessToken)).statusCode).toBe(200);
    expect((await refresh(laptop.refreshToken)).statusCode).toBe(200);

    const left = await listOf(c.accessToken);
    expect(left.map((d) => d.deviceId)).not.toContain('phone');
    expect(left.map((d) => d.deviceId)).toContain('laptop');

    // Already revoked: nothing live is left on that device.
    expectProblem(await revokeDevice(laptop.accessToken, 'phone'), 404, 'USER.DEVICE_NOT_FOUND');

    // A new login on the device makes it appear again.
    const phone3 = await loginAs(c, { 'x-device-id': 'phone' });
    expect(byId(await listOf(phone3.accessToken), 'phone')).toMatchObject({ sessions: 1, current: true });
  });

  it('revoking the calling device logs the caller out', async () => {
    const c = await ctx.make.customer();
    const laptop = await loginAs(c, { 'x-device-id': 'laptop' });
    const res = await revokeDevice(laptop.accessToken, 'laptop');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revokedSessions: 1 });
    expectProblem(await me(laptop.accessToken), 401, 'AUTH.SESSION_REVOKED');
    expect((await me(c.accessToken)).statusCode).toBe(200);
  });

  it('revokes a session that had no X-Device-Id by the id the list shows', async () => {
    const c = await ctx.make.customer();
    const other = await loginAs(c);
    const items = await listOf(c.accessToken);
    const otherDevice = items.find((d) => !d.current)!;
    const res = await revokeDevice(c.accessToken, otherDevice.deviceId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ revokedSessions: 1 });
    expectProblem(await me(other.accessToken), 401, 'AUTH.SESSION_REVOKED');
    expect((await me(c.accessToken)).statusCode).toBe(200);
  });

  it("answers 404 for an unknown device and for another user's device, which stays signed in", async () => {
    const alice = await ctx.make.customer();
    const bob = await ctx.make.customer();
    const bobPhone = await loginAs(bob, { 'x-device-id': 'bobs-phone' });
    const bobDevices = await listOf(bob.accessToken);
    const bobRegistration = bobDevices.find((d) => d.deviceId !== 'bobs-phone')!.deviceId;

    expectProblem(await revokeDevice(alice.accessToken, 'no-such-device'), 404, 'USER.DEVICE_NOT_FOUND');
    // Alice knows Bob's device ids, but they are not hers.
    expectProblem(await revokeDevice(alice.accessToken, 'bobs-phone'), 404, 'USER.DEVICE_NOT_FOUND');
    expectProblem(await revokeDevice(alice.accessToken, bobRegistration), 404, 'USER.DEVICE_NOT_FOUND');

    expect((await me(bobPhone.accessToken)).statusCode).toBe(200);
    expect((await me(bob.accessToken)).statusCode).toBe(200);
    expect((await listOf(bob.accessToken)).map((d) => d.deviceId).sort()).toEqual(
      ['bobs-phone', bobRegistration].sort(),
    );
    // And Alice's list never shows Bob's devices.
    expect((await listOf(alice.accessToken)).map((d) => d.deviceId)).not.toContain('bobs-phone');
  });

  it('answers 401 without a token', async () => {
    expectProblem(await ctx.request({ method: 'GET', url: `${ME}/devices` }), 401, 'AUTH.UNAUTHENTICATED');
    expectProblem(await ctx.request({ method: 'DELETE', url: `${ME}/devices/phone` }), 401, 'AUTH.UNAUTHENTICATED');
  });
});
