import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { LOGISTICS, LogisticsFixture, type AwardedDelivery } from '../../../../test/fixtures/logistics.js';

let ctx: TestContext;
let fx: LogisticsFixture;

beforeAll(async () => {
  ctx = await createTestContext({
    env: {
      ACCESS_TOKEN_TTL_SEC: String(30 * 86_400),
      LOGISTICS_UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'tutuu-proof-')),
      LOGISTICS_PHOTO_MAX_BYTES: '20000',
    },
  });
  fx = new LogisticsFixture(ctx);
});
afterAll(() => ctx.close());

function move(who: Account, id: string, body: object) {
  return fx.post(who, `/deliveries/${id}/status`, body);
}

async function subOrder(d: AwardedDelivery) {
  const order = await fx.orders.order(d.customer, d.orderId);
  return order.subOrders[0]!;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);

function multipart(field: string, data: Buffer, type = 'image/png') {
  const boundary = '----tutuu' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="p.png"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('a delivery, step by step, mirrored on the sub-order', () => {
  it('goes en route, loaded (stock ships), in transit, delivered with proof; the job is delivered', async () => {
    const d = await fx.awardedDelivery();
    const before = await fx.orders.stockRow(d.listed.offerId, d.listed.warehouseId);
    expect(before).toEqual({ onHand: '1000', reserved: '20' });

    const skip = await move(d.carrier, d.deliveryId, { status: 'in_transit' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ code: 'LOGISTICS.ILLEGAL_STATUS', allowed: ['en_route_to_pickup', 'failed'] });

    for (const status of ['en_route_to_pickup', 'loaded']) {
      const res = await move(d.carrier, d.deliveryId, { status });
      expect(res.statusCode, res.body).toBe(200);
    }
    await ctx.app.events.runOnce();
    expect((await subOrder(d)).status).toBe('handed_to_carrier');
    // The customer's order names the delivery to follow, and how far it is.
    expect(await subOrder(d)).toMatchObject({ deliveryId: d.deliveryId, deliveryState: 'loaded' });
    expect(await fx.orders.stockRow(d.listed.offerId, d.listed.warehouseId)).toEqual({ onHand: '980', reserved: '0' });

    await move(d.carrier, d.deliveryId, { status: 'in_transit' });
    await ctx.app.events.runOnce();
    expect((await subOrder(d)).status).toBe('in_transit');

    const noProof = await move(d.carrier, d.deliveryId, { status: 'delivered' });
    expect(noProof.statusCode).toBe(400);
    expect(noProof.json().errors[0].path).toBe('recipientName');

    // A photo first: checked by its bytes, not its declared type.
    const fake = multipart('photo', Buffer.from('<html>not an image</html>'));
    const wrong = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/proof-photo`,
      token: d.carrier.accessToken,
      ...fake,
    });
    expect(wrong.statusCode).toBe(415);
    const big = multipart('photo', Buffer.concat([PNG, Buffer.alloc(30_000)]));
    const tooBig = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/proof-photo`,
      token: d.carrier.accessToken,
      ...big,
    });
    expect(tooBig.statusCode).toBe(413);
    const up = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/proof-photo`,
      token: d.carrier.accessToken,
      ...multipart('photo', PNG),
    });
    expect(up.statusCode, up.body).toBe(201);

    const done = await move(d.carrier, d.deliveryId, { status: 'delivered', recipientName: 'Прораб Сидоров' });
    expect(done.statusCode, done.body).toBe(200);
    await ctx.app.events.runOnce();
    expect((await subOrder(d)).status).toBe('delivered');
    expect((await fx.jobOf(d.subOrderId))?.status).toBe('delivered');

    const photo = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/proof-photo`,
      token: d.customer.accessToken,
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG)).toBe(true);
    const stranger = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/proof-photo`,
      token: (await ctx.make.customer()).accessToken,
    });
    expect(stranger.statusCode).toBe(404);
    const after = await move(d.carrier, d.deliveryId, { status: 'failed', reason: 'x' });
    expect(after.statusCode).toBe(409);
    // The proof stands: a second photo after delivery is refused.
    const replace = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/proof-photo`,
      token: d.carrier.accessToken,
      ...multipart('photo', PNG),
    });
    expect(replace.statusCode).toBe(409);
    expect(replace.json().code).toBe('LOGISTICS.PROOF_PHOTO_TAKEN');
  });

  it('only its carrier moves it: another carrier gets 404, a customer 403', async () => {
    const d = await fx.awardedDelivery();
    const other = await fx.carrier();
    // The job names its delivery to the customer, the seller and the carrier running it; to nobody else.
    for (const who of [d.customer, d.seller, d.carrier]) {
      expect((await fx.job(who, d.jobId)).json()).toMatchObject({ deliveryId: d.deliveryId });
    }
    const seen = await fx.job(other.carrier, d.jobId);
    if (seen.statusCode === 200) expect(seen.json()).toMatchObject({ deliveryId: null });
    else expect(seen.statusCode).toBe(404);
    expect((await move(other.carrier, d.deliveryId, { status: 'en_route_to_pickup' })).statusCode).toBe(404);
    expect((await move(d.customer, d.deliveryId, { status: 'en_route_to_pickup' })).statusCode).toBe(403);
    expect((await move(d.carrier, d.customer.id, { status: 'en_route_to_pickup' })).statusCode).toBe(404);
    const bad = await move(d.carrier, d.deliveryId, { status: 'teleported' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('status');
  });

  it('a failed delivery puts the part back to ready (stock reserved again) and the job back out; a second carrier delivers', async () => {
    const d = await fx.awardedDelivery();
    await move(d.carrier, d.deliveryId, { status: 'en_route_to_pickup' });
    await move(d.carrier, d.deliveryId, { status: 'loaded' });
    await ctx.app.events.runOnce();
    const noReason = await move(d.carrier, d.deliveryId, { status: 'failed' });
    expect(noReason.statusCode).toBe(400);
    const failed = await move(d.carrier, d.deliveryId, { status: 'failed', reason: 'объект закрыт' });
    expect(failed.statusCode, failed.body).toBe(200);
    await ctx.app.events.runOnce();
    expect((await subOrder(d)).status).toBe('ready');
    expect(await fx.orders.stockRow(d.listed.offerId, d.listed.warehouseId)).toEqual({
      onHand: '1000',
      reserved: '20',
    });
    const job = (await fx.job(d.seller, d.jobId)).json() as { status: string; round: number; guidePriceMinor: number };
    expect(job.status).toBe('open');
    expect(job.round).toBeGreaterThan(0);

    const next = await fx.carrier();
    const bid = await fx.placedBid(next.carrier, d.jobId, next.vehicleId, job.guidePriceMinor);
    expect((await fx.post(d.seller, `/jobs/${d.jobId}/award`, { bidId: bid })).statusCode).toBe(200);
    const confirmed = await fx.post(next.carrier, `/jobs/${d.jobId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const second = (confirmed.json() as { deliveryId: string }).deliveryId;
    expect(second).not.toBe(d.deliveryId);
    // The job now names the new round's delivery; the carrier that failed no longer sees one.
    expect((await fx.job(d.customer, d.jobId)).json()).toMatchObject({ deliveryId: second });
    const former = await fx.job(d.carrier, d.jobId);
    if (former.statusCode === 200) expect(former.json()).toMatchObject({ deliveryId: null });
    for (const status of ['en_route_to_pickup', 'loaded', 'in_transit']) await move(next.carrier, second, { status });
    await move(next.carrier, second, { status: 'delivered', recipientName: 'Иванов' });
    await ctx.app.events.runOnce();
    expect((await subOrder(d)).status).toBe('delivered');
    expect(await fx.orders.stockRow(d.listed.offerId, d.listed.warehouseId)).toEqual({ onHand: '980', reserved: '0' });
  });

  it('loaded goods ship at once: the part can no longer be cancelled; a part cancelled first is not loaded', async () => {
    const d = await fx.awardedDelivery();
    await move(d.carrier, d.deliveryId, { status: 'en_route_to_pickup' });
    expect((await move(d.carrier, d.deliveryId, { status: 'loaded' })).statusCode).toBe(200);
    // No relay run: the part is handed to the carrier in the carrier's own transaction.
    expect((await subOrder(d)).status).toBe('handed_to_carrier');
    const cancel = await fx.orders.transition(d.seller, d.subOrderId, 'cancelled', 'передумали');
    expect(cancel.statusCode).toBe(409);
    expect(await fx.orders.stockRow(d.listed.offerId, d.listed.warehouseId)).toEqual({ onHand: '980', reserved: '0' });

    const e = await fx.awardedDelivery();
    await move(e.carrier, e.deliveryId, { status: 'en_route_to_pickup' });
    const cancelled = await fx.orders.transition(e.seller, e.subOrderId, 'cancelled', 'передумали');
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const loaded = await move(e.carrier, e.deliveryId, { status: 'loaded' });
    expect(loaded.statusCode).toBe(409);
    expect(loaded.json().code).toBe('ORDER.PART_NOT_LOADABLE');
    await ctx.app.events.runOnce();
    expect(await fx.orders.stockRow(e.listed.offerId, e.listed.warehouseId)).toEqual({ onHand: '1000', reserved: '0' });
    const view = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/deliveries/${e.deliveryId}`,
      token: e.carrier.accessToken,
    });
    expect(view.json()).toMatchObject({ status: 'cancelled' });
  });

  it('a suspended carrier’s phone tracker is refused; a fix at 0,0 is kept but flagged', async () => {
    const d = await fx.awardedDelivery();
    await move(d.carrier, d.deliveryId, { status: 'en_route_to_pickup' });
    const key = ((await fx.post(d.carrier, `/vehicles/${d.vehicleId}/tracker-key`)).json() as { key: string }).key;
    const at = () => Math.floor(ctx.clock.now().getTime() / 1000);
    const report = (lat: number, lon: number) =>
      ctx.request({
        method: 'POST',
        url: `${LOGISTICS}/osmand?id=${key}&lat=${lat}&lon=${lon}&timestamp=${at()}&speed=10`,
      });
    const nowhere = await report(0, 0);
    expect(nowhere.statusCode, nowhere.body).toBe(200);
    expect(nowhere.json()).toMatchObject({ stored: 1, usable: 0 });
    ctx.clock.advance(30_000);
    expect((await report(d.pickup.lat, d.pickup.lon)).json()).toMatchObject({ stored: 1, usable: 1 });
    const admin = await ctx.make.admin();
    const suspended = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${d.carrier.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'проверка' },
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    ctx.clock.advance(30_000);
    const refused = await report(d.pickup.lat, d.pickup.lon);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('USER.SUSPENDED');
  });

  it('a vehicle runs one delivery at a time', async () => {
    const a = await fx.awardedDelivery();
    const b = await fx.deliveryPart();
    const jobB = (await fx.jobOf(b.subOrderId))!;
    const guide = ((await fx.job(b.seller, jobB.id)).json() as { guidePriceMinor: number }).guidePriceMinor;
    const bid = await fx.placedBid(a.carrier, jobB.id, a.vehicleId, guide);
    await fx.post(b.customer, `/jobs/${jobB.id}/award`, { bidId: bid });
    const second = ((await fx.post(a.carrier, `/jobs/${jobB.id}/confirm`)).json() as { deliveryId: string }).deliveryId;
    expect((await move(a.carrier, a.deliveryId, { status: 'en_route_to_pickup' })).statusCode).toBe(200);
    const busy = await move(a.carrier, second, { status: 'en_route_to_pickup' });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('LOGISTICS.VEHICLE_BUSY');
  });
});

describe('the carrier cabinet', () => {
  it('lists my bids and deliveries and sums what delivered deliveries earned per month', async () => {
    const d = await fx.awardedDelivery();
    for (const status of ['en_route_to_pickup', 'loaded', 'in_transit'])
      await move(d.carrier, d.deliveryId, { status });
    await move(d.carrier, d.deliveryId, { status: 'delivered', recipientName: 'Петров' });
    const get = (url: string) =>
      ctx.request({ method: 'GET', url: `${LOGISTICS}${url}`, token: d.carrier.accessToken });
    const bids = (await get('/me/bids')).json() as { items: { id: string; status: string }[] };
    expect(bids.items).toEqual([expect.objectContaining({ id: d.bidId, status: 'won' })]);
    const done = (await get('/me/deliveries?state=done')).json() as { items: { id: string; priceMinor: number }[] };
    expect(done.items.map((i) => i.id)).toEqual([d.deliveryId]);
    expect(((await get('/me/deliveries?state=active')).json() as { items: unknown[] }).items).toEqual([]);
    const year = ctx.clock.now().getUTCFullYear();
    const earnings = (await get(`/me/earnings?year=${year}`)).json() as {
      months: { month: string; deliveries: number; earnedMinor: number }[];
      totalMinor: number;
    };
    expect(earnings.months).toHaveLength(1);
    expect(earnings.months[0]).toMatchObject({ deliveries: 1, earnedMinor: done.items[0]!.priceMinor });
    expect(earnings.totalMinor).toBe(done.items[0]!.priceMinor);
    const customer = await ctx.request({ method: 'GET', url: `${LOGISTICS}/me/bids`, token: d.customer.accessToken });
    expect(customer.statusCode).toBe(403);
    const badYear = await get('/me/earnings?year=20x');
    expect(badYear.statusCode).toBe(400);
  });
});
