/**
 * The split smoke test's business flow (issue 13), through the base URL only (nginx over HTTPS in
 * `npm run test:split`; any running marketplace with SPLIT_BASE_URL): a seller approved and
 * stocked, search, checkout by card with 3-D Secure, the part readied, its delivery job posted by
 * the workers, a carrier's bid awarded, positions streamed live to the customer, an estimate.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, Live, ok, until } from './client.js';
import {
  approved,
  bidAwardConfirm,
  carrierWithVehicle,
  checkoutAndPay,
  createSellerWithStock,
  deliveryJobOf,
  deliveryStatus,
  estimateBrickWall,
  postPosition,
  readySubOrder,
  register,
  route,
  searchFinds,
  type Account,
  type Awarded,
  type JobJson,
  type Paid,
  type Stocked,
} from './steps.js';

/** Bricks ordered: 200 × 3.5 kg = 700 kg, a load for a carrier. */
const QUANTITY = 200;
/** Positions posted one by one; through two logistics processes taken in turn by nginx. */
const POSITIONS = 6;

/**
 * Positions taken (201) by each logistics process, from their own /metrics; undefined outside the
 * split stack (deploy/split/test.sh sets SPLIT_RUN), where there is one process and no such ports.
 */
async function positionsPostedPerProcess(): Promise<number[] | undefined> {
  if (!process.env.SPLIT_RUN) return undefined;
  const { PORTS, metricSum, metricsOf } = await import('./stack.js');
  const labels = { method: 'POST', route: '/api/v1/logistics/deliveries/:id/positions', status: '201' };
  return Promise.all(
    [PORTS.logistics, PORTS['logistics-2']].map(async (port) =>
      metricSum(await metricsOf(port), 'tutuu_http_requests_total', labels),
    ),
  );
}

describe('the marketplace flow through the edge', () => {
  let item: Stocked;
  let customer: Account;
  let paid: Paid;
  let job: JobJson;
  let delivery: Awarded;
  let live: Live | undefined;

  afterAll(() => {
    live?.close();
    // The ids, for the lead's checks of the processes that served them (per-process metrics, logs).
    if (process.env.SPLIT_DIR && delivery) {
      writeFileSync(
        join(process.env.SPLIT_DIR, 'flow.json'),
        JSON.stringify({ ...paid, customer: customer.id, seller: item.seller.id, job: job.id, delivery }, null, 2),
      );
    }
  });

  it('registers a seller the admin approves, with a brick in stock', async () => {
    item = await createSellerWithStock(5000, 1850);
    customer = await register('customer');
    // Product pages are read from the replica: the new card shows once it has been replayed there.
    const product = await until('the new product page', async () => {
      const page = await call<{ id: string; name: string }>('GET', `/api/v1/catalog/products/${item.productId}`);
      return page.status === 200 ? page.body : undefined;
    });
    expect(product).toMatchObject({ id: item.productId, name: item.name });
  });

  it('search finds it with the seller’s offer', async () => {
    const hit = await searchFinds(item);
    expect(hit.bestOffer).toMatchObject({ id: item.offerId, sellerId: item.seller.id, priceMinor: 1850 });
  });

  it('the customer checks out for delivery and pays by card through 3-D Secure', async () => {
    paid = await checkoutAndPay(customer, item, QUANTITY);
    expect(paid.totals.goodsMinor).toBe(QUANTITY * 1850);
    const payments = await ok<{ items: Array<{ id: string; status: string; amountMinor: number }> }>(
      200,
      'GET',
      `/api/v1/orders/${paid.orderId}/payments`,
      { token: customer.token },
    );
    expect(payments.items).toEqual([
      expect.objectContaining({ id: paid.paymentId, status: 'succeeded', amountMinor: paid.totals.totalMinor }),
    ]);
    // The stock is reserved for the order.
    const stock = await ok<{ items: Array<{ offer: { id: string }; onHand: string; reserved: string }> }>(
      200,
      'GET',
      `/api/v1/catalog/warehouses/${item.warehouseId}/stock`,
      { token: item.seller.token },
    );
    expect(stock.items.find((s) => s.offer.id === item.offerId)).toMatchObject({
      onHand: '5000',
      reserved: String(QUANTITY),
    });
  });

  it('the seller readies the part, and logistics posts its delivery job', async () => {
    await readySubOrder(item.seller, paid.orderId, paid.subOrderId);
    job = await deliveryJobOf(customer, paid.orderId, paid.subOrderId);
    // The carrier is paid at most what the customer paid for the delivery (docs/domain.md, Logistics).
    expect(job.guidePriceMinor).toBeGreaterThan(10_000);
    expect(job.guidePriceMinor).toBeLessThanOrEqual(paid.totals.deliveryMinor);
  });

  it('a carrier, approved, bids with its vehicle; the customer awards it and the carrier confirms', async () => {
    const unapproved = await register('carrier');
    const refused = await ok<{ status: number }>(403, 'GET', '/api/v1/logistics/jobs', { token: unapproved.token });
    expect(refused.status).toBe(403);

    delivery = await bidAwardConfirm(customer, job, await carrierWithVehicle());
    const after = await ok<{ status: string }>(200, 'GET', `/api/v1/logistics/jobs/${job.id}`, {
      token: customer.token,
    });
    expect(after.status).toBe('assigned');
    const mine = await ok<{ items: Array<{ id: string; status: string; priceMinor: number }> }>(
      200,
      'GET',
      '/api/v1/logistics/me/deliveries',
      { token: delivery.carrier.token },
    );
    expect(mine.items.find((d) => d.id === delivery.deliveryId)).toMatchObject({
      status: 'awarded',
      priceMinor: delivery.priceMinor,
    });
  });

  it('the customer’s live stream receives every position the carrier posts', async () => {
    live = await Live.open(`/api/v1/logistics/deliveries/${delivery.deliveryId}/live`, customer.token);
    const snapshot = await live.next('snapshot');
    expect(snapshot.delivery).toMatchObject({ id: delivery.deliveryId, status: 'awarded' });

    await deliveryStatus(delivery.carrier, delivery.deliveryId, 'en_route_to_pickup');
    expect(await live.next('status')).toMatchObject({ status: 'en_route_to_pickup' });

    const before = await positionsPostedPerProcess();
    const fixes = route(POSITIONS);
    for (const fix of fixes) await postPosition(delivery.carrier, delivery.deliveryId, fix);
    for (const fix of fixes) {
      const got = await live.next('positions', (m) => (m.points as Array<{ at: string }>).some((p) => p.at === fix.at));
      expect(got.points).toEqual([{ lat: fix.lat, lon: fix.lon, at: fix.at, speedKmh: 36, heading: null }]);
    }
    const view = await ok<{ lastPosition: { lat: number; lon: number } | null }>(
      200,
      'GET',
      `/api/v1/logistics/deliveries/${delivery.deliveryId}`,
      { token: customer.token },
    );
    expect(view.lastPosition).toMatchObject({ lat: fixes.at(-1)!.lat, lon: fixes.at(-1)!.lon });

    // In the split stack, both logistics processes took some of the posts, so the subscriber (held
    // by one of them) got positions another process wrote: the LISTEN/NOTIFY fan-out (ADR 0015).
    const after = await positionsPostedPerProcess();
    if (before && after) {
      const taken = after.map((n, i) => n - before[i]!);
      expect(taken.reduce((a, b) => a + b, 0)).toBe(POSITIONS);
      for (const n of taken) expect(n).toBeGreaterThan(0);
    }
  });

  it('an estimate of a brick wall is priced with the seller’s bricks and totalled', async () => {
    const estimate = await estimateBrickWall(item);
    const brick = estimate.jobs[0]!.lines.find((l) => l.material === 'brick')!;
    expect(brick.offer?.id).toBe(item.offerId);
    expect(brick.priceMinor).toBe(1850);
    expect(brick.totalMinor).toBe(Math.round(Number(brick.orderQuantity) * 1850));
    expect(estimate.missing.map((m) => m.material)).not.toContain('brick');
    const seller = estimate.sellers.find((s) => s.sellerId === item.seller.id)!;
    expect(seller.goodsMinor).toBe(brick.totalMinor);
    expect(seller.deliveryMinor).toBeGreaterThan(0);
    expect(seller.totalMinor).toBe(seller.goodsMinor + seller.deliveryMinor);
    expect(estimate.totals.totalMinor).toBe(estimate.totals.goodsMinor + estimate.totals.deliveryMinor);
    expect(estimate.totals.goodsMinor).toBeGreaterThanOrEqual(brick.totalMinor!);
  });

  it('an approved seller sees the order it sold, paid', async () => {
    const other = await approved('seller');
    await ok(404, 'GET', `/api/v1/orders/${paid.orderId}/sub-orders/${paid.subOrderId}`, { token: other.token });
    const sub = await ok<{ status: string; totals: { totalMinor: number } }>(
      200,
      'GET',
      `/api/v1/orders/${paid.orderId}/sub-orders/${paid.subOrderId}`,
      { token: item.seller.token },
    );
    expect(sub.status).toBe('ready');
    expect(sub.totals.totalMinor).toBe(paid.totals.totalMinor);
  });
});
