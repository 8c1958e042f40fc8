/**
 * A seller's or carrier's company name is what customers deal with: an approved one that renames
 * itself waits for an admin's approval again (docs/domain.md, Actors and accounts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { VALID_COMPANY_INNS } from '../../../../test/factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const patchMe = (token: string, payload: Record<string, unknown>) =>
  ctx.request({ method: 'PATCH', url: '/api/v1/users/me', token, payload });

describe('renaming the company', () => {
  it('an approved seller or carrier that renames its company waits for approval again; other edits do not', async () => {
    const admin = await ctx.make.admin();
    for (const role of ['seller', 'carrier'] as const) {
      const t = await ctx.make.trader(role, { company: { name: 'ООО «Прежнее»', inn: VALID_COMPANY_INNS[0] } });
      const edits = await patchMe(t.accessToken, {
        company: { name: 'ООО «Прежнее»', kpp: '772801001', address: 'Москва, ул. Новая, 2' },
      });
      expect(edits.json()).toMatchObject({ status: 'approved', company: { kpp: '772801001' } });
      const renamed = await patchMe(t.accessToken, { company: { name: 'ООО «Леруа Мерлен Восток»' } });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({ status: 'pending', company: { name: 'ООО «Леруа Мерлен Восток»' } });
      const audit = await ctx.request({ method: 'GET', url: `/api/v1/users/${t.id}/audit`, token: admin.accessToken });
      expect(audit.json().items[0]).toMatchObject({
        action: 'profile_updated',
        details: { review: 'company_renamed', from: 'approved', to: 'pending' },
      });
      const approved = await ctx.request({
        method: 'POST',
        url: `/api/v1/users/${t.id}/approve`,
        token: admin.accessToken,
        payload: {},
      });
      expect(approved.json().status).toBe('approved');
    }
  });

  it("a renamed seller's offers leave search until an admin approves the new name", async () => {
    const admin = await ctx.make.admin();
    const s = await ctx.make.seller({ company: { name: 'ООО «Кирпичный двор»', inn: VALID_COMPANY_INNS[4] } });
    const cat = await ctx.request({
      method: 'POST',
      url: '/api/v1/catalog/categories',
      token: admin.accessToken,
      payload: { slug: `rename-${s.id.slice(0, 8)}`, name: 'Кирпич' },
    });
    const product = await ctx.request({
      method: 'POST',
      url: '/api/v1/catalog/products',
      token: s.accessToken,
      payload: {
        name: 'Кирпич переименованный',
        categoryId: cat.json().id,
        unit: 'шт',
        weightKg: 3,
        volumeM3: '0.002',
      },
    });
    const offer = await ctx.request({
      method: 'POST',
      url: '/api/v1/catalog/offers',
      token: s.accessToken,
      payload: { productId: product.json().id, priceMinor: 2500, vatRate: '22', backorder: true },
    });
    expect(offer.statusCode, offer.body).toBe(201);
    const search = async () =>
      (await ctx.request({ method: 'GET', url: `/api/v1/catalog/products?sellerId=${s.id}` })).json().total;
    expect(await search()).toBe(1);
    await patchMe(s.accessToken, { company: { name: 'ООО «Новое имя»' } });
    expect(await search()).toBe(0);
    await ctx.request({ method: 'POST', url: `/api/v1/users/${s.id}/approve`, token: admin.accessToken, payload: {} });
    expect(await search()).toBe(1);
  });
});
