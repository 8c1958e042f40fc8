import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok } from './client.js';
import { customer, order, stockOf } from './market.js';
import { adminToken, createSellerWithStock, type Account, type Stocked } from './steps.js';
import { split } from './stack.js';

/** A service process dies (kill -9) in the middle of trade: only that service is gone, and for a while. */
describe('one service process killed', () => {
  let buyer: Account;
  let item: Stocked;
  const placed: string[] = [];
  let killed = false;

  beforeAll(async () => {
    buyer = await customer();
    item = await createSellerWithStock(20);
    const first = await order(buyer, item.offerId, 2);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    placed.push(first.body.id);
  });

  afterAll(() => {
    if (killed) split('start', 'catalog');
  });

  it('answers 502 problem+json for that service only, while the others keep working', async () => {
    split('kill', 'catalog');
    killed = true;

    const search = await call('GET', '/api/v1/catalog/products?q=%D0%BA%D0%B8%D1%80%D0%BF%D0%B8%D1%87', {
      headers: { 'x-request-id': 'split-failover-1' },
    });
    expect(search.status).toBe(502);
    expect(search.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(search.headers.get('retry-after')).toBe('5');
    expect(search.body).toMatchObject({
      status: 502,
      code: 'PROXY.SERVICE_UNAVAILABLE',
      service: 'catalog',
      requestId: 'split-failover-1',
    });

    // Every other service answers as before.
    await ok(200, 'GET', '/api/v1/users/me', { token: buyer.token });
    await ok(200, 'GET', `/api/v1/orders/${placed[0]}`, { token: buyer.token });
    await ok(200, 'GET', `/api/v1/insights/recommendations/bought-together?productId=${item.productId}`, {});
    const board = await call('GET', '/api/v1/logistics/jobs?lat=55.75&lon=37.62', { token: await adminToken() });
    expect(board.status).toBeLessThan(500);

    // An order placed now is taken by the orders process, which reserves stock in the same
    // transaction through the catalog module it runs itself.
    const during = await order(buyer, item.offerId, 3);
    expect(during.status, JSON.stringify(during.body)).toBe(201);
    placed.push(during.body.id);
  });

  it('comes back after a restart with nothing lost', async () => {
    split('start', 'catalog');
    killed = false;
    const found = await ok<{ items: Array<{ id: string }> }>(
      200,
      'GET',
      `/api/v1/catalog/products?q=${encodeURIComponent(item.name)}`,
    );
    expect(found.items.map((p) => p.id)).toContain(item.productId);

    const after = await order(buyer, item.offerId, 4);
    expect(after.status, JSON.stringify(after.body)).toBe(201);
    placed.push(after.body.id);

    // Every acknowledged order is there, and the stock holds exactly what they ordered.
    for (const id of placed) {
      const o = await ok<{ id: string; status: string }>(200, 'GET', `/api/v1/orders/${id}`, { token: buyer.token });
      expect(o.id).toBe(id);
    }
    expect(await stockOf(item)).toMatchObject({ onHand: '20', reserved: '9' });
  });
});
