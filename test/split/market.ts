import { randomUUID } from 'node:crypto';
import { call, closedUnderUs, ok, resent, type Reply } from './client.js';
import { register, type Account, type Stocked } from './steps.js';

/** Steps the failover and restart tests share, on top of steps.ts: an order by pickup, the stock it holds. */

export const customer = () => register('customer');
/**
 * Puts `quantity` in an empty cart and checks out for pickup with an invoice; the checkout's
 * answer. Adding to the cart is not repeatable (it adds), so when its connection closes the cart
 * is read back before it is sent again, as a shop's client would.
 */
export async function order(
  buyer: Account,
  offerId: string,
  quantity: number,
  key: string = randomUUID(),
): Promise<Reply<{ id: string }>> {
  const body = { offerId, quantity: String(quantity) };
  for (let attempt = 1; ; attempt++) {
    try {
      const added = await call('POST', '/api/v1/orders/cart/items', { token: buyer.token, body });
      if (added.status !== 201) return added as unknown as Reply<{ id: string }>;
      break;
    } catch (err) {
      if (attempt >= 3 || !closedUnderUs(err)) throw err;
      resent.count++;
      const cart = await ok<{ sellers: Array<{ lines: Array<{ offerId: string }> }> }>(
        200,
        'GET',
        '/api/v1/orders/cart',
        {
          token: buyer.token,
        },
      );
      if (cart.sellers.some((s) => s.lines.some((l) => l.offerId === offerId))) break;
    }
  }
  return call<{ id: string }>('POST', '/api/v1/orders/checkout', {
    token: buyer.token,
    headers: { 'idempotency-key': key },
    body: { delivery: { method: 'pickup', lat: 55.75, lon: 37.62 }, paymentMethod: 'invoice' },
  });
}

/** The stock row of an offer in a warehouse, as its seller sees it. */
export async function stockOf(item: Stocked): Promise<{ onHand: string; reserved: string }> {
  const rows = await ok<{ items: Array<{ offer: { id: string }; onHand: string; reserved: string }> }>(
    200,
    'GET',
    `/api/v1/catalog/warehouses/${item.warehouseId}/stock`,
    { token: item.seller.token },
  );
  const row = rows.items.find((r) => r.offer.id === item.offerId);
  if (!row) throw new Error('no stock row');
  return row;
}
