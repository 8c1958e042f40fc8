/** Share links of an estimate: a token shown once and kept hashed, a public read-only view, revoking, copying. */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { queryRows } from '../../../shared/db/database.js';
import { MAX_LIVE_SHARES } from '../estimates/saved/share-tokens.js';
import { BRICK_WALL, call, demoSeller, save, SCREED, SHARED, view, type Saved } from './saved-estimates-fixture.js';

let ctx: TestContext;
let seller: Account;
let owner: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  seller = await demoSeller(ctx);
  owner = await ctx.make.customer();
});
afterAll(() => ctx?.close());

const HOUSE = { title: 'Дом для бригады', jobs: [BRICK_WALL, SCREED], pricing: { strategy: 'cheapest' } };

interface Share {
  id: string;
  token: string;
  url: string;
  createdAt: string;
}

async function share(estimateId: string, who: Account = owner): Promise<Share> {
  const res = await call(ctx, who, 'POST', `${estimateId}/share`);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Share;
}

const shared = (token: string, who: Account | null = null) => call(ctx, who, 'GET', `${SHARED}/${token}`);

describe('share links', () => {
  it('gives a random token once and keeps only its sha256', async () => {
    const saved = await save(ctx, owner, HOUSE);
    const link = await share(saved.id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`${SHARED}/${link.token}`);
    const rows = await queryRows<{ token_hash: string }>(
      ctx.database.db,
      sql`select token_hash from insights.estimate_shares where id = ${link.id}::uuid`,
    );
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(link.token).digest('hex') }]);
    const dump = await queryRows<{ t: string }>(
      ctx.database.db,
      sql`select row_to_json(s)::text as t from insights.estimate_shares s`,
    );
    for (const row of dump) expect(row.t).not.toContain(link.token);
    // The owner sees its live links, never their tokens.
    const mine = await view(ctx, owner, saved.id);
    expect(mine.shares).toEqual([{ id: link.id, createdAt: link.createdAt }]);
    expect(JSON.stringify(mine)).not.toContain(link.token);
    // Two links are two tokens.
    expect((await share(saved.id)).token).not.toBe(link.token);
  });

  it('anyone with the token sees the estimate priced now, without ids or its owner', async () => {
    const saved = await save(ctx, owner, HOUSE);
    const { token } = await share(saved.id);
    for (const who of [null, seller, await ctx.make.customer(), await ctx.make.carrier()]) {
      const res = await shared(token, who);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as Omit<Saved, 'id'>;
      expect(body).toMatchObject({ title: 'Дом для бригады', version: 1, request: saved.request });
      expect(body.estimate.totals).toEqual(saved.estimate.totals);
      expect(res.body).not.toContain(saved.id);
      expect(res.body).not.toContain(owner.id);
      expect(Object.keys(body).sort()).toEqual(['estimate', 'request', 'title', 'updatedAt', 'version']);
    }
    // A later save shows through the same link.
    await call(ctx, owner, 'PATCH', saved.id, { version: 1, title: 'Дом, вариант 2' });
    expect((await shared(token)).json()).toMatchObject({ title: 'Дом, вариант 2', version: 2 });
    const pdf = await call(ctx, null, 'GET', `${SHARED}/${token}/estimate.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a revoked, unknown or malformed token, or a deleted estimate, is a 404', async () => {
    const saved = await save(ctx, owner, HOUSE);
    const kept = await share(saved.id);
    const revoked = await share(saved.id);
    expect((await call(ctx, owner, 'DELETE', `${saved.id}/share/${revoked.id}`)).statusCode).toBe(204);
    expect((await call(ctx, owner, 'DELETE', `${saved.id}/share/${revoked.id}`)).statusCode).toBe(204);
    for (const token of [revoked.token, 'A'.repeat(43), 'not-a-token']) {
      const res = await shared(token);
      expect(res.statusCode, token).toBe(404);
      expect(res.json().code).toBe('ESTIMATE.SHARE_NOT_FOUND');
      expect((await call(ctx, null, 'GET', `${SHARED}/${token}/estimate.pdf`)).statusCode).toBe(404);
    }
    expect((await shared(kept.token)).statusCode).toBe(200);
    expect((await view(ctx, owner, saved.id)).shares.map((s) => s.id)).toEqual([kept.id]);

    expect((await call(ctx, owner, 'DELETE', saved.id)).statusCode).toBe(204);
    expect((await shared(kept.token)).statusCode).toBe(404);
  });

  it('only the owner revokes, and only links of that estimate', async () => {
    const saved = await save(ctx, owner, HOUSE);
    const link = await share(saved.id);
    const other = await ctx.make.customer();
    const theirs = await save(ctx, other, HOUSE);
    expect((await call(ctx, other, 'DELETE', `${saved.id}/share/${link.id}`)).statusCode).toBe(404);
    expect((await call(ctx, other, 'DELETE', `${theirs.id}/share/${link.id}`)).statusCode).toBe(404);
    expect((await call(ctx, other, 'POST', `${saved.id}/share`)).statusCode).toBe(404);
    expect((await call(ctx, seller, 'POST', `${saved.id}/share`)).statusCode).toBe(403);
    expect((await shared(link.token)).statusCode).toBe(200);
  });

  it(`keeps at most ${MAX_LIVE_SHARES} live links per estimate`, async () => {
    const saved = await save(ctx, owner, HOUSE);
    const links: Share[] = [];
    for (let i = 0; i < MAX_LIVE_SHARES; i++) links.push(await share(saved.id));
    const over = await call(ctx, owner, 'POST', `${saved.id}/share`);
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'ESTIMATE.TOO_MANY_SHARES', max: MAX_LIVE_SHARES });
    await call(ctx, owner, 'DELETE', `${saved.id}/share/${links[0]!.id}`);
    await share(saved.id);
  });
});

describe('copying a shared estimate', () => {
  it('a customer copies it into its own: version 1, the same request, priced now; the original is untouched', async () => {
    const saved = await save(ctx, owner, {
      ...HOUSE,
      freeLines: [{ name: 'Леса', unit: 'сутки', quantity: '5', priceMinor: 90_000 }],
    });
    const { token } = await share(saved.id);
    const builder = await ctx.make.customer();
    const res = await call(ctx, builder, 'POST', 'copy', { token });
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as Saved;
    expect(copy.id).not.toBe(saved.id);
    expect(copy).toMatchObject({ title: 'Дом для бригады', version: 1, request: saved.request, shares: [] });
    expect(copy.estimate.totals).toEqual(saved.estimate.totals);
    // Its own now: the builder edits it, the owner's stays as it was.
    const edited = await call(ctx, builder, 'PATCH', copy.id, { version: 1, title: 'Моя копия' });
    expect(edited.statusCode).toBe(200);
    expect((await view(ctx, owner, saved.id)).title).toBe('Дом для бригады');
    expect((await call(ctx, owner, 'GET', copy.id)).statusCode).toBe(404);

    const named = await call(ctx, builder, 'POST', 'copy', { token, title: 'Баня' });
    expect(named.json()).toMatchObject({ title: 'Баня', version: 1 });
  });

  it('needs a customer and a live token', async () => {
    const saved = await save(ctx, owner, HOUSE);
    const link = await share(saved.id);
    expect((await call(ctx, null, 'POST', 'copy', { token: link.token })).statusCode).toBe(401);
    expect((await call(ctx, seller, 'POST', 'copy', { token: link.token })).statusCode).toBe(403);
    await call(ctx, owner, 'DELETE', `${saved.id}/share/${link.id}`);
    const revoked = await call(ctx, await ctx.make.customer(), 'POST', 'copy', { token: link.token });
    expect(revoked.statusCode).toBe(404);
    expect(revoked.json().code).toBe('ESTIMATE.SHARE_NOT_FOUND');
    const missing = await call(ctx, owner, 'POST', 'copy', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['token']);
  });
});
