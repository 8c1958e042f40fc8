import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, resent } from './client.js';
import { customer, order, stockOf } from './market.js';
import { createSellerWithStock } from './steps.js';
import { splitAsync } from './stack.js';

/**
 * A rolling restart of the orders process while shoppers browse, look at their carts and order:
 * every request is answered as if nothing happened, and every order placed is there once.
 */
describe('rolling restart under light load', () => {
  it('loses no request and no order', async () => {
    const buyers = [await customer(), await customer()];
    const item = await createSellerWithStock(1000);

    let restarting = true;
    const failures: string[] = [];
    let reads = 0;
    const orders: string[] = [];

    const browse = async () => {
      while (restarting) {
        const paths = [
          `/api/v1/catalog/products?q=${encodeURIComponent(item.name)}`,
          `/api/v1/catalog/products/${item.productId}`,
          '/api/v1/orders/cart',
        ];
        for (const path of paths) {
          // The first buyer's cart: a GET the orders process answers, read while it restarts.
          const r = await call('GET', path, { token: buyers[0]!.token });
          reads++;
          if (r.status !== 200) failures.push(`GET ${path}: ${r.status} ${JSON.stringify(r.body)}`);
        }
      }
    };
    const shop = async (buyer: (typeof buyers)[number]) => {
      while (restarting) {
        const r = await order(buyer, item.offerId, 1, randomUUID());
        if (r.status === 201) orders.push(r.body.id);
        else failures.push(`checkout: ${r.status} ${JSON.stringify(r.body)}`);
      }
    };

    const load = Promise.all([browse(), browse(), ...buyers.map(shop)]);
    try {
      await splitAsync('restart', 'orders');
    } finally {
      restarting = false;
      await load;
    }

    expect(failures).toEqual([]);
    // For the note: how many requests met a connection nginx closed as it reloaded.
    process.stdout.write(`rolling restart: ${reads} reads, ${orders.length} orders, ${resent.count} sent again\n`);
    expect(reads).toBeGreaterThan(20);
    expect(orders.length).toBeGreaterThan(5);
    // Each acknowledged order exists once, and the stock holds exactly one unit for each.
    expect(new Set(orders).size).toBe(orders.length);
    for (const buyer of buyers) {
      const mine = await call<{ items: Array<{ id: string }> }>('GET', '/api/v1/orders?limit=100', {
        token: buyer.token,
      });
      expect(mine.status).toBe(200);
    }
    expect(await stockOf(item)).toMatchObject({ onHand: '1000', reserved: String(orders.length) });
  });
});
