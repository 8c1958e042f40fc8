/** An estimate into the cart: order quantities on the offers' grids, lines of one offer together, skips with why. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { CatalogFixtures } from '../../../../test/fixtures/catalog.js';
import { queryRows } from '../../../shared/db/database.js';
import { fromMilli, toMilli } from '../../../shared/decimal.js';
import { MAX_CART_LINES } from '../../../shared/limits.js';
import { BRICK_WALL, call, demoSeller, lineOf, save, SCREED } from './saved-estimates-fixture.js';

let ctx: TestContext;
let seller: Account;
let catalog: CatalogFixtures;

beforeAll(async () => {
  ctx = await createTestContext();
  seller = await demoSeller(ctx);
  catalog = new CatalogFixtures(ctx);
});
afterAll(() => ctx?.close());

/** The customer's cart as stored: quantity by offer. */
async function cartOf(customer: Account): Promise<Record<string, string>> {
  const rows = await queryRows<{ offer_id: string; quantity: string }>(
    ctx.database.db,
    sql`select i.offer_id, i.quantity from orders.cart_items i join orders.carts c on c.id = i.cart_id
        where c.customer_id = ${customer.id}::uuid`,
  );
  return Object.fromEntries(rows.map((r) => [r.offer_id, fromMilli(toMilli(String(r.quantity)))]));
}

const sum = (...qs: string[]) => fromMilli(qs.reduce((a, q) => a + toMilli(q), 0n));

interface ToCart {
  added: { job: number | null; material: string | null; freeLine: number | null; offerId: string; quantity: string }[];
  skipped: {
    job: number | null;
    material: string | null;
    freeLine: number | null;
    reasonCode: string;
    reason: string;
  }[];
  cartLines: { offerId: string; added: string; cartQuantity: string }[];
}

/** Without a body, as `curl -X POST …/to-cart` sends it. */
async function toCart(customer: Account, id: string, body?: object): Promise<ToCart> {
  const res = await call(ctx, customer, 'POST', `${id}/to-cart`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ToCart;
}

describe('POST /estimates/{id}/to-cart', () => {
  it('puts every priced line in with its order quantity; lines of one offer together; the rest skipped with why', async () => {
    const customer = await ctx.make.customer();
    const first = await save(ctx, customer, { title: 'Стена и стяжка', jobs: [BRICK_WALL, SCREED] });
    const brick = lineOf(first, 0, 'brick');
    const mortar = lineOf(first, 0, 'masonry_mortar');
    expect(brick.offer && mortar.offer && brick.orderQuantity && mortar.orderQuantity).toBeTruthy();
    // The screed bought elsewhere; a free line of the mortar's offer; a line of one's own.
    const saved = await call(ctx, customer, 'PATCH', first.id, {
      version: 1,
      overrides: [{ job: 1, material: 'screed_mix', offerId: null }],
      freeLines: [
        {
          name: 'Раствор про запас',
          unit: mortar.offer!.unit,
          quantity: mortar.offer!.minQty,
          offerId: mortar.offer!.id,
        },
        { name: 'Аренда лесов', unit: 'сутки', quantity: '10', priceMinor: 150_000 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const answer = await toCart(customer, first.id, { version: 2 });
    expect(answer.added.map((a) => [a.job, a.material, a.freeLine, a.offerId, a.quantity])).toEqual([
      [0, 'brick', null, brick.offer!.id, brick.orderQuantity],
      [0, 'masonry_mortar', null, mortar.offer!.id, mortar.orderQuantity],
      [null, null, 0, mortar.offer!.id, mortar.offer!.minQty],
    ]);
    expect(answer.skipped.map((s) => [s.job, s.material, s.freeLine, s.reasonCode])).toEqual([
      [1, 'screed_mix', null, 'excluded'],
      [null, null, 1, 'own_line'],
    ]);
    for (const s of answer.skipped) expect(s.reason).toMatch(/[а-я]/);

    const cart = await cartOf(customer);
    const mortarWanted = sum(mortar.orderQuantity!, mortar.offer!.minQty);
    expect(Object.keys(cart).sort()).toEqual([brick.offer!.id, mortar.offer!.id].sort());
    expect(cart[brick.offer!.id]).toBe(brick.orderQuantity);
    // Both mortar lines in one cart line: their sum, on the offer's grid (never less).
    const mortarLine = answer.cartLines.find((l) => l.offerId === mortar.offer!.id)!;
    expect(cart[mortar.offer!.id]).toBe(mortarLine.cartQuantity);
    expect(toMilli(mortarLine.cartQuantity) >= toMilli(mortarWanted)).toBe(true);
    const { minQty, step } = mortar.offer!;
    expect((toMilli(mortarLine.cartQuantity) - toMilli(minQty)) % toMilli(step)).toBe(0n);
  });

  it('a second call adds again to the same cart lines, as adding an offer twice does', async () => {
    const customer = await ctx.make.customer();
    const saved = await save(ctx, customer, { title: 'Стена', jobs: [BRICK_WALL] });
    const brick = lineOf(saved, 0, 'brick');
    await toCart(customer, saved.id);
    const again = await toCart(customer, saved.id);
    expect(again.cartLines.find((l) => l.offerId === brick.offer!.id)).toMatchObject({
      added: brick.orderQuantity,
      cartQuantity: sum(brick.orderQuantity!, brick.orderQuantity!),
    });
    expect((await cartOf(customer))[brick.offer!.id]).toBe(sum(brick.orderQuantity!, brick.orderQuantity!));
  });

  it('names the version: a stale one is a 409 and nothing goes in', async () => {
    const customer = await ctx.make.customer();
    const saved = await save(ctx, customer, { title: 'Стена', jobs: [BRICK_WALL] });
    await call(ctx, customer, 'PATCH', saved.id, { version: 1, title: 'Стена, v2' });
    const res = await call(ctx, customer, 'POST', `${saved.id}/to-cart`, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'ESTIMATE.VERSION_CONFLICT', currentVersion: 2 });
    expect(await cartOf(customer)).toEqual({});
  });
});

describe('orders.addToCart', () => {
  it('rounds the cart line up onto the offer’s minimum and step with what it held', async () => {
    const customer = await ctx.make.customer();
    const { offer } = await catalog.listed(seller, { onHand: '1000', offer: { minQty: '10', step: '5' } });
    const put = await ctx.request({
      method: 'POST',
      url: '/api/v1/orders/cart/items',
      token: customer.accessToken,
      payload: { offerId: offer.id, quantity: '10' },
    });
    expect(put.statusCode, put.body).toBe(201);
    const [outcome] = await ctx.app.modules.orders.addToCart(customer.id, [{ offerId: offer.id, quantity: '7' }]);
    // 10 + 7 = 17 is off the grid 10, 15, 20…: 20, so 10 went in.
    expect(outcome).toMatchObject({ offerId: offer.id, added: true, quantity: '10', cartQuantity: '20' });
    expect((await cartOf(customer))[offer.id]).toBe('20');
    // Below the minimum on a fresh line: the minimum.
    const other = await catalog.listed(seller, { onHand: '1000', offer: { minQty: '10', step: '5' } });
    const [fresh] = await ctx.app.modules.orders.addToCart(customer.id, [{ offerId: other.offer.id, quantity: '3' }]);
    expect(fresh).toMatchObject({ added: true, quantity: '10', cartQuantity: '10' });
  });

  it('skips what the cart refuses — paused, unknown, too much, a full cart — and adds the rest', async () => {
    const customer = await ctx.make.customer();
    const paused = await catalog.listed(seller, { offer: { status: 'paused' } });
    const good = await catalog.listed(seller);
    const huge = await catalog.listed(seller);
    const outcomes = await ctx.app.modules.orders.addToCart(customer.id, [
      { offerId: paused.offer.id, quantity: '1' },
      { offerId: '00000000-0000-4000-8000-000000000000', quantity: '1' },
      { offerId: huge.offer.id, quantity: '10000001' },
      { offerId: good.offer.id, quantity: '2' },
    ]);
    expect(outcomes.map((o) => [o.added, o.added ? o.cartQuantity : o.reasonCode])).toEqual([
      [false, 'offer_unavailable'],
      [false, 'offer_unavailable'],
      [false, 'quantity_rejected'],
      [true, '2'],
    ]);
    expect(await cartOf(customer)).toEqual({ [good.offer.id]: '2' });

    // A cart one line short of full takes one new offer, not two; the line it holds still adds up.
    await ctx.database.db.execute(sql`
      insert into orders.cart_items (cart_id, offer_id, quantity, seen_price_minor, added_at)
      select c.id, gen_random_uuid(), 1, 100, now() from orders.carts c, generate_series(1, ${MAX_CART_LINES - 2})
      where c.customer_id = ${customer.id}::uuid`);
    const more = await ctx.app.modules.orders.addToCart(customer.id, [
      { offerId: huge.offer.id, quantity: '1' },
      { offerId: paused.offer.id, quantity: '1' },
      { offerId: good.offer.id, quantity: '1' },
      { offerId: (await catalog.listed(seller)).offer.id, quantity: '1' },
    ]);
    expect(more.map((o) => [o.added, o.added ? o.cartQuantity : o.reasonCode])).toEqual([
      [true, '1'],
      [false, 'offer_unavailable'],
      [true, '3'],
      [false, 'cart_full'],
    ]);
  });
});
