/**
 * Arranging the carrier journey through the API (the steps test/split/steps.ts takes): a customer
 * orders a seller's goods with delivery and pays by a test card; the seller readies the part, so
 * logistics posts its delivery job. The carrier's side is what the journey does in the browser.
 */
import { randomUUID } from 'node:crypto';
import { api as apiAs, baseUrl, type ApiClient } from './browser.js';

export const CUSTOMER = 'ivan.petrov@tutuu.demo';
export const SELLER = 'sales@strojbaza.demo';
/** Tverskaya, Moscow: the drop-off. */
export const DROP = { lat: 55.7576, lon: 37.6136 };
/** The test provider's card that succeeds without 3-D Secure (src/modules/orders/payments/test-card-provider.ts). */
const CARD = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123' };

/** A call that needs an Idempotency-Key (checkout, payments), which the harness client does not send. */
async function once<T>(who: ApiClient, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${who.token}`,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`POST ${path} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

function windowInDays(days: number) {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PostedJob {
  customer: ApiClient;
  seller: ApiClient;
  orderId: string;
  subOrderId: string;
  jobId: string;
  orderNumber: string;
  guidePriceMinor: number;
}

/** A paid delivery order of `offerId`×`quantity`, readied by its seller: its job is on the board. */
export async function postedDeliveryJob(offerId: string, quantity: string): Promise<PostedJob> {
  const customer = await apiAs(CUSTOMER);
  const seller = await apiAs(SELLER);
  await customer.del('/api/v1/orders/cart');
  await customer.post('/api/v1/orders/cart/items', { offerId, quantity });
  const order = await once<{ id: string; subOrders: Array<{ id: string }> }>(customer, '/api/v1/orders/checkout', {
    delivery: {
      method: 'delivery',
      address: 'г. Москва, ул. Тверская, д. 1',
      ...DROP,
      window: windowInDays(5),
      unloading: 'manual',
    },
    paymentMethod: 'card',
  });
  const payment = await once<{ status: string }>(customer, `/api/v1/orders/${order.id}/payments`, {
    method: 'card',
    card: CARD,
  });
  if (payment.status !== 'succeeded') throw new Error(`the test card payment is ${payment.status}`);
  const subOrderId = order.subOrders[0]!.id;
  for (const to of ['confirmed', 'assembling', 'ready'])
    await seller.post(`/api/v1/orders/sub-orders/${subOrderId}/transition`, { to });
  // Orders tells logistics through the outbox; the worker posts the job a moment later.
  for (let i = 0; i < 120; i++) {
    const o = await customer.get<{ subOrders: Array<{ id: string; deliveryJobId: string | null }> }>(
      `/api/v1/orders/${order.id}`,
    );
    const jobId = o.subOrders.find((s) => s.id === subOrderId)?.deliveryJobId;
    if (jobId) {
      const job = await customer.get<{ orderNumber: string; guidePriceMinor: number }>(
        `/api/v1/logistics/jobs/${jobId}`,
      );
      return { customer, seller, orderId: order.id, subOrderId, jobId, ...job };
    }
    await sleep(500);
  }
  throw new Error('the delivery job was not posted');
}

/** The seller's offer of a light, stocked demo product (a 3 m drywall profile, TT-PRF-0003). */
export async function demoOfferId(): Promise<string> {
  const seller = await apiAs(SELLER);
  const found = await seller.get<{ items: Array<{ id: string; sku: string | null }> }>(
    `/api/v1/catalog/products?q=${encodeURIComponent('Профиль ПН 28×27 Knauf')}`,
  );
  const product = found.items.find((p) => p.sku === 'TT-PRF-0003');
  if (!product) throw new Error('the demo product TT-PRF-0003 is missing');
  const offers = await seller.get<{ items: Array<{ id: string; status: string }> }>(
    `/api/v1/catalog/offers?mine=true&productId=${product.id}`,
  );
  const offer = offers.items.find((o) => o.status === 'active');
  if (!offer) throw new Error(`${SELLER} has no active offer of TT-PRF-0003`);
  return offer.id;
}
