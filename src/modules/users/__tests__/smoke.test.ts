import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('smoke', () => {
  it('registers and reads me', async () => {
    const c = await ctx.make.customer();
    const res = await ctx.request({ method: 'GET', url: '/api/v1/users/me', token: c.accessToken });
    expect(res.statusCode).toBe(200);
    expect(res.json().email).toBe(c.email);
    const s = await ctx.make.seller();
    expect(s.status).toBe('approved');
  });
});
