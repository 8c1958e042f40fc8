/**
 * Every API call of the customer cabinet, one small function each, so a renamed path is a one-line
 * change. Types are taken from what the functions answer.
 */
import { ok } from '../../api';
import { api, session } from '../../lib/api';

// ── Cart (src/modules/orders/cart.routes.ts) ──
export const getCart = () => ok(api.GET('/api/v1/orders/cart'));
export const addToCart = (offerId: string, quantity: string) =>
  ok(api.POST('/api/v1/orders/cart/items', { body: { offerId, quantity } }));
export const setCartQuantity = (itemId: string, quantity: string) =>
  ok(api.PATCH('/api/v1/orders/cart/items/{itemId}', { params: { path: { itemId } }, body: { quantity } }));
export const removeCartLine = (itemId: string) =>
  ok(api.DELETE('/api/v1/orders/cart/items/{itemId}', { params: { path: { itemId } } }));
export const emptyCart = () => ok(api.DELETE('/api/v1/orders/cart'));
export type Unloading = 'crane' | 'manual' | 'forklift';
export const setCartAddress = (body: { address: string; lat: number; lon: number; unloading?: Unloading }) =>
  ok(api.PUT('/api/v1/orders/cart/address', { body }));
export type Cart = Awaited<ReturnType<typeof getCart>>;
export type CartLine = Cart['sellers'][number]['lines'][number];

// ── Checkout and payments (orders.routes.ts, payments/payments.routes.ts) ──
export type CheckoutBody = {
  delivery: {
    method: 'delivery' | 'pickup';
    address?: string;
    lat?: number;
    lon?: number;
    window?: { from: string; to: string };
    unloading?: Unloading;
  };
  paymentMethod: 'card' | 'invoice';
  acceptPriceChanges?: boolean;
};
export const checkout = (key: string, body: CheckoutBody) =>
  ok(api.POST('/api/v1/orders/checkout', { params: { header: { 'idempotency-key': key } }, body }));
export type CardBody = { number: string; expMonth: string; expYear: string; cvc: string; holder?: string };
export const payByCard = (orderId: string, key: string, card: CardBody) =>
  ok(
    api.POST('/api/v1/orders/{id}/payments', {
      params: { path: { id: orderId }, header: { 'idempotency-key': key } },
      body: { method: 'card', card },
    }),
  );
export const cancelPayment = (orderId: string, paymentId: string) =>
  ok(api.POST('/api/v1/orders/{id}/payments/{paymentId}/cancel', { params: { path: { id: orderId, paymentId } } }));
export type Payment = Awaited<ReturnType<typeof payByCard>>;

/** The test provider's 3-D Secure page answers JSON when asked; the form posts urlencoded. */
export async function completeThreeDs(url: string, outcome: 'succeed' | 'fail') {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ outcome }).toString(),
  });
  if (!res.ok) throw new Error(`3-D Secure ${res.status}`);
  return (await res.json()) as { outcome: 'succeeded' | 'failed'; orderId: string };
}

// ── Orders (orders.routes.ts, returns/returns.routes.ts) ──
export const listOrders = (cursor?: string) => ok(api.GET('/api/v1/orders', { params: { query: { cursor } } }));
export const getOrder = (id: string) => ok(api.GET('/api/v1/orders/{id}', { params: { path: { id } } }));
export const getOrderHistory = (id: string) => ok(api.GET('/api/v1/orders/{id}/history', { params: { path: { id } } }));
export const getOrderMoney = (id: string) => ok(api.GET('/api/v1/orders/{id}/payments', { params: { path: { id } } }));
export const cancelOrder = (id: string, reason: string) =>
  ok(api.POST('/api/v1/orders/{id}/cancel', { params: { path: { id } }, body: { reason } }));
export const requestReturn = (
  orderId: string,
  body: { subOrderId: string; reason: string; lines?: { lineId: string; quantity: string }[] },
) => ok(api.POST('/api/v1/orders/{id}/returns', { params: { path: { id: orderId } }, body }));
export const listReturns = (orderId: string) =>
  ok(api.GET('/api/v1/orders/returns', { params: { query: { orderId } } }));
export const orderInvoicePdf = (id: string) =>
  ok(api.GET('/api/v1/orders/{id}/invoice.pdf', { params: { path: { id } }, parseAs: 'blob' }));
export type Order = Awaited<ReturnType<typeof getOrder>>;
export type SubOrder = Order['subOrders'][number];

// ── Logistics (logistics/jobs, logistics/tracking) ──
export const getJob = (id: string) => ok(api.GET('/api/v1/logistics/jobs/{id}', { params: { path: { id } } }));
export const awardBid = (jobId: string, bidId: string) =>
  ok(api.POST('/api/v1/logistics/jobs/{id}/award', { params: { path: { id: jobId } }, body: { bidId } }));
export const getDelivery = (id: string) =>
  ok(api.GET('/api/v1/logistics/deliveries/{id}', { params: { path: { id } } }));
export const createShareLink = (id: string) =>
  ok(api.POST('/api/v1/logistics/deliveries/{id}/share-links', { params: { path: { id } } }));
export type Job = Awaited<ReturnType<typeof getJob>>;
export type Delivery = Awaited<ReturnType<typeof getDelivery>>;

/** The live stream's address: a browser WebSocket cannot send headers, so the token rides in the query. */
export async function liveDeliveryUrl(id: string): Promise<string> {
  // The access token lives 15 minutes and a socket refused for it says nothing: before every
  // (re)connect, a cheap authenticated call lets the client refresh an expired one.
  await ok(api.GET('/api/v1/users/me'));
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = encodeURIComponent(session.accessToken ?? '');
  return `${proto}//${window.location.host}/api/v1/logistics/deliveries/${id}/live?access_token=${token}`;
}

// ── Recommendations (insights/recommendations) ──
export const forMe = () => ok(api.GET('/api/v1/insights/recommendations/for-me', { params: { query: { limit: 6 } } }));
export const boughtTogether = (productId: string) =>
  ok(api.GET('/api/v1/insights/recommendations/bought-together', { params: { query: { productId, limit: 4 } } }));
