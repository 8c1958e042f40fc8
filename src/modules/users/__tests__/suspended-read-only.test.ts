/**
 * A suspended seller or carrier signs in read-only (docs/domain.md, Actors and accounts): its
 * reads work, every write of the API answers 403 USER.SUSPENDED, except securing the account.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { VALID_BANK, type Account } from '../../../../test/factories.js';
import { expectProblem } from '../../../../test/assertions.js';
import { appOperations, fillPath } from '../../../../test/openapi/openapi-model.js';

let ctx: TestContext;
let admin: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.make.admin();
});
afterAll(() => ctx.close());

const USERS = '/api/v1/users';
const CATALOG = '/api/v1/catalog';
const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
  ctx.request({ method, url, token, ...(payload ? { payload } : {}) });

async function suspend(id: string) {
  const res = await call('POST', `${USERS}/${id}/suspend`, admin.accessToken, { reason: 'проверка документов' });
  expect(res.statusCode, res.body).toBe(200);
}

/** Writes a suspended account may still make: ending its sessions and changing its password. */
const STILL_ALLOWED = new Set([
  'POST /api/v1/users/auth/logout-all',
  'POST /api/v1/users/me/password',
  'DELETE /api/v1/users/me/devices/{deviceId}',
]);

describe('a suspended seller', () => {
  let seller: Account;
  let warehouseId: string;
  let offerId: string;
  beforeAll(async () => {
    seller = await ctx.make.seller();
    const category = await call('POST', `${CATALOG}/categories`, admin.accessToken, {
      slug: `cat-${randomUUID().slice(0, 8)}`,
      name: 'Цемент',
    });
    const product = await call('POST', `${CATALOG}/products`, seller.accessToken, {
      name: 'Цемент М500 50 кг',
      unit: 'мешок',
      weightKg: '50',
      volumeM3: '0.04',
      categoryId: category.json().id,
    });
    const warehouse = await call('POST', `${CATALOG}/warehouses`, seller.accessToken, {
      name: 'Склад',
      code: 'W1',
      address: 'Москва, ул. Складская, 1',
      lat: 55.7,
      lon: 37.6,
    });
    warehouseId = warehouse.json().id;
    const offer = await call('POST', `${CATALOG}/offers`, seller.accessToken, {
      productId: product.json().id,
      priceMinor: 52_000,
      vatRate: '22',
    });
    offerId = offer.json().id;
    await call('PUT', `${CATALOG}/warehouses/${warehouseId}/stock/${offerId}`, seller.accessToken, { onHand: 40 });
    await suspend(seller.id);
  });

  it('loses its sessions at suspension, then logs in and refreshes, read-only', async () => {
    expectProblem(await call('GET', `${USERS}/me`, seller.accessToken), 401, 'AUTH.SESSION_REVOKED');
    const again = await ctx.make.login(seller.email, seller.password);
    expect(again.status).toBe('suspended');
    const refreshed = await ctx.request({
      method: 'POST',
      url: `${USERS}/auth/refresh`,
      payload: { refreshToken: again.refreshToken },
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const token = refreshed.json().accessToken as string;
    expect((await call('GET', `${USERS}/me`, token)).json().status).toBe('suspended');
    expect((await call('GET', `${USERS}/me/requisites`, token)).statusCode).toBe(200);
    expect((await call('GET', `${USERS}/me/tax-regimes`, token)).statusCode).toBe(200);
    // Its own side of the catalog stays readable, although its offers are gone from search.
    expect((await call('GET', `${CATALOG}/warehouses`, token)).json().items).toHaveLength(1);
    expect((await call('GET', `${CATALOG}/warehouses/${warehouseId}`, token)).statusCode).toBe(200);
    const stock = await call('GET', `${CATALOG}/warehouses/${warehouseId}/stock`, token);
    expect(stock.json().items).toMatchObject([{ offer: { id: offerId }, onHand: '40', reserved: '0' }]);
    expect((await call('GET', `${CATALOG}/offers?mine=true`, token)).json().items).toHaveLength(1);
    expect((await call('GET', `${CATALOG}/offers/${offerId}`, token)).json().stock[0].onHand).toBe('40');
    expect((await call('GET', '/api/v1/orders/sub-orders', token)).statusCode).toBe(200);
  });

  it('gets 403 USER.SUSPENDED for every write of the API but securing its account, before its input is judged', async () => {
    const token = (await ctx.make.login(seller.email, seller.password)).accessToken;
    const failures: string[] = [];
    let writes = 0;
    for (const op of appOperations(ctx.app)) {
      if (op.method === 'GET' || op.security !== 'required' || STILL_ALLOWED.has(op.id)) continue;
      writes++;
      const params = Object.fromEntries(op.pathParams.map((p) => [p, randomUUID()]));
      const res = await ctx.request({
        method: op.method,
        url: fillPath(op.path, params),
        token,
        ...(op.body?.contentType === 'application/json' ? { payload: {} } : {}),
      });
      const code = res.statusCode === 403 ? (res.json() as { code?: string }).code : undefined;
      if (code !== 'USER.SUSPENDED') failures.push(`${op.id}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    expect(writes).toBeGreaterThan(20);
    if (failures.length > 0) expect.fail(failures.join('\n'));
    // Nothing changed behind the refusals.
    const stock = await call('GET', `${CATALOG}/warehouses/${warehouseId}/stock`, token);
    expect(stock.json().items[0].onHand).toBe('40');
  });

  it('still changes its password, ends its sessions and revokes a device', async () => {
    const phone = await ctx.make.login(seller.email, seller.password, { 'x-device-id': 'phone' });
    const laptop = await ctx.make.login(seller.email, seller.password, { 'x-device-id': 'laptop' });
    const revoked = await call('DELETE', `${USERS}/me/devices/phone`, laptop.accessToken);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expectProblem(await call('GET', `${USERS}/me`, phone.accessToken), 401, 'AUTH.SESSION_REVOKED');
    const changed = await call('POST', `${USERS}/me/password`, laptop.accessToken, {
      currentPassword: seller.password,
      newPassword: 'a-new-long-password-77',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const all = await call('POST', `${USERS}/auth/logout-all`, laptop.accessToken);
    expect(all.statusCode, all.body).toBe(200);
    seller = { ...seller, password: 'a-new-long-password-77' };
  });

  it('writes again once reinstated', async () => {
    const res = await call('POST', `${USERS}/${seller.id}/reinstate`, admin.accessToken, {});
    expect(res.json().status).toBe('approved');
    const token = (await ctx.make.login(seller.email, seller.password)).accessToken;
    const put = await call('PUT', `${CATALOG}/warehouses/${warehouseId}/stock/${offerId}`, token, { onHand: 41 });
    expect(put.statusCode, put.body).toBe(200);
  });
});

describe('a suspended carrier', () => {
  it('logs in and reads its terms, but cannot change them', async () => {
    const carrier = await ctx.make.carrier();
    await suspend(carrier.id);
    const token = (await ctx.make.login(carrier.email, carrier.password)).accessToken;
    expect((await call('GET', `${USERS}/me/requisites`, token)).json()).toEqual({ bank: null });
    expectProblem(await call('PUT', `${USERS}/me/requisites`, token, { bank: VALID_BANK }), 403, 'USER.SUSPENDED');
    expectProblem(await call('PATCH', `${USERS}/me`, token, { name: 'Другое имя' }), 403, 'USER.SUSPENDED');
  });
});

describe('a suspended customer or admin', () => {
  it('stays locked out: no login', async () => {
    const customer = await ctx.make.customer();
    await suspend(customer.id);
    const res = await ctx.request({
      method: 'POST',
      url: `${USERS}/auth/login`,
      payload: { email: customer.email, password: customer.password },
    });
    expectProblem(res, 403, 'AUTH.ACCOUNT_SUSPENDED');
  });
});
