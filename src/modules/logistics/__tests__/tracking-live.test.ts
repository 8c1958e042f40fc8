/**
 * The live stream of a delivery (docs/domain.md, Tracking — live stream) over a real socket: a
 * WebSocket and SSE, the snapshot first, positions, ETA and status as they commit, who may watch
 * (404 before the upgrade), a batch too big for one NOTIFY, share links and their end.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { expectNoSecretsIn, LogCapture } from '../../../../test/log-capture.js';
import type { AwardedDelivery } from '../../../../test/fixtures/logistics.js';
import { openEvents, openSocket, type LiveClient } from './live-client.js';
import { between, LOGISTICS, TrackingFixture } from './tracking-fixture.js';

let ctx: TestContext;
let t: TrackingFixture;
let base: string;
const open: LiveClient[] = [];
const logs = new LogCapture();
beforeAll(async () => {
  ctx = await createTestContext({ env: { ACCESS_TOKEN_TTL_SEC: '2592000', LOG_LEVEL: 'trace' }, logStream: logs });
  t = new TrackingFixture(ctx);
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  base = `127.0.0.1:${(ctx.app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  for (const c of open) c.close();
  await ctx?.close();
});

const liveUrl = (id: string, scheme = 'ws') => `${scheme}://${base}${LOGISTICS}/deliveries/${id}/live`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
async function socket(url: string, headers: Record<string, string> = {}) {
  const c = await openSocket(url, headers);
  open.push(c);
  return c;
}
async function refused(url: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    (await socket(url, headers)).close();
    return 101;
  } catch (err) {
    return (err as { status?: number }).status ?? 0;
  }
}

describe('the live stream over WebSocket', () => {
  let d: AwardedDelivery;
  let watcher: LiveClient;
  beforeAll(async () => {
    d = await t.delivery('awarded');
    watcher = await socket(liveUrl(d.deliveryId), bearer(d.customer.accessToken));
  });

  it('starts with a snapshot of the delivery as the customer sees it', async () => {
    const snap = await watcher.next('snapshot');
    expect(snap.delivery).toMatchObject({ id: d.deliveryId, status: 'awarded', lastPosition: null });
    expect(snap.delivery).not.toHaveProperty('priceMinor');
  });

  it('carries positions, the ETA and status changes as they commit', async () => {
    await t.status(d, 'en_route_to_pickup');
    const status = await watcher.next('status');
    expect(status).toMatchObject({
      status: 'en_route_to_pickup',
      text: expect.stringMatching(/Машина едет на склад$/),
    });
    const p = between(d.pickup, d.dropoff, -0.2);
    await t.report(d, [{ ...p, at: t.in(5), speedKmh: 40 }]);
    const positions = await watcher.next('positions');
    expect(positions.points).toEqual([{ lat: p.lat, lon: p.lon, at: t.in(5), speedKmh: 40, heading: null }]);
    const eta = await watcher.next('eta');
    expect(eta).toMatchObject({
      remainingKm: expect.any(Number),
      minutes: expect.any(Number),
      etaText: expect.stringMatching(/МСК$/),
    });
  });

  it('leaves flagged points out of the stream', async () => {
    const p = between(d.pickup, d.dropoff, -0.19);
    await t.report(d, [
      { lat: 59.9, lon: 30.3, at: t.in(10) },
      { ...p, at: t.in(15) },
    ]);
    const positions = await watcher.next('positions');
    expect(positions.points).toEqual([expect.objectContaining({ lat: p.lat, lon: p.lon })]);
  });

  it('a batch too big for one NOTIFY (300 points) arrives whole, read back by reference', async () => {
    // 7 km to the pickup in 150 s (166 km/h: plausible, if brisk).
    const from = between(d.pickup, d.dropoff, -0.19);
    const points = Array.from({ length: 300 }, (_, i) => ({
      ...between(from, d.pickup, (i + 1) / 300),
      at: new Date(new Date(t.in(16)).getTime() + i * 500).toISOString(),
      speedKmh: 50,
      heading: 350,
      accuracyM: 5,
    }));
    const r = await t.report(d, points);
    expect(r.usable).toBe(300);
    const positions = await watcher.next('positions');
    expect((positions.points as unknown[]).length).toBe(300);
    expect((positions.points as { at: string }[]).map((x) => x.at)).toEqual(points.map((x) => x.at));
    // The arrival at the pickup it made came after it, in the same commit.
    expect(await watcher.next('geofence')).toMatchObject({ kind: 'arrived_at_pickup' });
  });

  it('the seller watches with ?access_token= (a browser’s WebSocket cannot send headers)', async () => {
    const seller = await socket(`${liveUrl(d.deliveryId)}?access_token=${d.seller.accessToken}`);
    expect((await seller.next('snapshot')).delivery).toMatchObject({ id: d.deliveryId, status: 'en_route_to_pickup' });
    seller.close();
  });

  it('anyone else is refused before the upgrade: 404 like a missing id; no token 401', async () => {
    const url = liveUrl(d.deliveryId);
    expect(await refused(url, bearer((await ctx.make.customer()).accessToken))).toBe(404);
    expect(await refused(url, bearer((await ctx.make.seller()).accessToken))).toBe(404);
    // The carrier reports; it does not watch.
    expect(await refused(url, bearer(d.carrier.accessToken))).toBe(404);
    expect(await refused(liveUrl(randomUUID()), bearer(d.customer.accessToken))).toBe(404);
    expect(await refused(url)).toBe(401);
    expect(await refused(`${url}?access_token=forged`)).toBe(401);
    expect(await refused(liveUrl('not-a-uuid'), bearer(d.customer.accessToken))).toBe(400);
  });

  it('admins watch any delivery', async () => {
    const admin = await ctx.make.admin();
    const c = await socket(liveUrl(d.deliveryId), bearer(admin.accessToken));
    expect((await c.next('snapshot')).delivery).toMatchObject({ id: d.deliveryId });
    c.close();
  });
});

describe('the live stream over SSE, and as a plain GET', () => {
  it('Accept: text/event-stream streams the same messages as Server-Sent Events', async () => {
    const d = await t.delivery('en_route_to_pickup');
    const admin = await ctx.make.admin();
    const sse = await openEvents(liveUrl(d.deliveryId, 'http'), bearer(admin.accessToken));
    open.push(sse);
    expect(sse.contentType).toMatch(/^text\/event-stream/);
    expect((await sse.next('snapshot')).delivery).toMatchObject({ id: d.deliveryId, status: 'en_route_to_pickup' });
    const p = between(d.pickup, d.dropoff, -0.1);
    await t.report(d, [{ ...p, at: t.in(5) }]);
    expect((await sse.next('positions')).points).toEqual([expect.objectContaining({ lat: p.lat, lon: p.lon })]);
    await t.status(d, 'failed', { reason: 'колесо' });
    expect(await sse.next('status')).toMatchObject({ status: 'failed', reason: 'колесо' });
    // A finished delivery sends nothing more: the stream ends.
    await sse.closed;
  });

  it('SSE refuses strangers with a 404 problem before any event', async () => {
    const d = await t.delivery('awarded');
    const stranger = await ctx.make.customer();
    await expect(openEvents(liveUrl(d.deliveryId, 'http'), bearer(stranger.accessToken))).rejects.toMatchObject({
      status: 404,
    });
  });

  it('a plain GET answers the snapshot as JSON', async () => {
    const d = await t.delivery('awarded');
    const res = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/live`,
      token: d.customer.accessToken,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ type: 'snapshot', delivery: { id: d.deliveryId, status: 'awarded' } });
  });
});

describe('share links', () => {
  it('live: the snapshot without ids, prices or phones; revoking the link ends its stream and its view', async () => {
    const d = await t.delivery('en_route_to_pickup');
    const made = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links`,
      token: d.customer.accessToken,
    });
    expect(made.statusCode, made.body).toBe(201);
    const link = made.json() as { id: string; token: string; url: string; liveUrl: string };
    expect(link.url).toBe(`/api/v1/logistics/track/${link.token}`);
    expect(link.liveUrl).toBe(`/api/v1/logistics/track/${link.token}/live`);

    const view = await ctx.request({ method: 'GET', url: link.url });
    expect(view.statusCode, view.body).toBe(200);
    const v = view.json();
    expect(v).toMatchObject({ status: 'en_route_to_pickup', vehicle: { bodyName: 'тент' } });
    for (const hidden of ['id', 'orderId', 'orderNumber', 'priceMinor', 'contact', 'recipientName']) {
      expect(v).not.toHaveProperty(hidden);
    }
    expect(JSON.stringify(v)).not.toMatch(/\+7|phone/i);

    const foreman = await socket(`ws://${base}${link.liveUrl}`);
    expect((await foreman.next('snapshot')).delivery).not.toHaveProperty('id');
    const p = between(d.pickup, d.dropoff, -0.1);
    await t.report(d, [{ ...p, at: t.in(5) }]);
    expect((await foreman.next('positions')).points).toEqual([expect.objectContaining({ lat: p.lat })]);

    // Another customer cannot revoke it; the owner can.
    const other = await ctx.make.customer();
    const del = (who: { accessToken: string }) =>
      ctx.request({
        method: 'DELETE',
        url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links/${link.id}`,
        token: who.accessToken,
      });
    expect((await del(other)).statusCode).toBe(404);
    expect((await del(d.customer)).statusCode).toBe(204);
    await foreman.closed;
    expect((await ctx.request({ method: 'GET', url: link.url })).statusCode).toBe(404);
    expect(await refused(`ws://${base}${link.liveUrl}`)).toBe(404);
    expect((await del(d.customer)).statusCode).toBe(204);
  });

  it('a part cancelled while its truck is on the way to the warehouse ends the delivery and its streams', async () => {
    const d = await t.delivery('en_route_to_pickup');
    const customer = await socket(liveUrl(d.deliveryId), bearer(d.customer.accessToken));
    await customer.next('snapshot');
    const res = await t.logistics.orders.transition(d.seller, d.subOrderId, 'cancelled', 'покупатель отказался');
    expect(res.statusCode, res.body).toBe(200);
    await ctx.app.events.runOnce();
    expect(await customer.next('status')).toMatchObject({ status: 'cancelled' });
    await customer.closed;
    const view = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}`,
      token: d.customer.accessToken,
    });
    expect(view.json()).toMatchObject({ status: 'cancelled' });
  });

  it('dead once the delivery has ended; a status reason never reaches the foreman', async () => {
    const d = await t.delivery('in_transit');
    const made = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links`,
      token: d.customer.accessToken,
    });
    const link = made.json() as { token: string; url: string; liveUrl: string };
    const foreman = await socket(`ws://${base}${link.liveUrl}`);
    const customer = await socket(liveUrl(d.deliveryId), bearer(d.customer.accessToken));
    await foreman.next('snapshot');
    await customer.next('snapshot');
    await t.status(d, 'failed', { reason: 'не пустили на объект' });
    expect(await customer.next('status')).toMatchObject({ status: 'failed', reason: 'не пустили на объект' });
    const seen = await foreman.next('status');
    expect(seen).toMatchObject({ status: 'failed' });
    expect(seen).not.toHaveProperty('reason');
    await Promise.all([foreman.closed, customer.closed]);
    expect((await ctx.request({ method: 'GET', url: link.url })).statusCode).toBe(404);
    const again = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links`,
      token: d.customer.accessToken,
    });
    expect(again.statusCode).toBe(409);
  });

  it('only the order’s customer makes one; a malformed or unknown token is a 404', async () => {
    const d = await t.delivery('awarded');
    for (const who of [d.seller, await ctx.make.customer()]) {
      const res = await ctx.request({
        method: 'POST',
        url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links`,
        token: who.accessToken,
      });
      expect([403, 404]).toContain(res.statusCode);
    }
    for (const token of ['x', 'A'.repeat(43), '%2e%2e']) {
      expect((await ctx.request({ method: 'GET', url: `${LOGISTICS}/track/${token}` })).statusCode).toBe(404);
    }
  });
});

describe('tokens in URLs', () => {
  it('?access_token= and a share link’s token never reach a log line', async () => {
    const d = await t.delivery('en_route_to_pickup');
    const made = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/share-links`,
      token: d.customer.accessToken,
    });
    const link = made.json() as { token: string; url: string; liveUrl: string };
    const log = await logs.of(async () => {
      const c = await socket(`${liveUrl(d.deliveryId)}?access_token=${d.customer.accessToken}`);
      await c.next('snapshot');
      c.close();
      const f = await socket(`ws://${base}${link.liveUrl}`);
      await f.next('snapshot');
      f.close();
      await ctx.request({ method: 'GET', url: link.url });
      await ctx.request({
        method: 'GET',
        url: `${LOGISTICS}/deliveries/${d.deliveryId}/live?access_token=${d.customer.accessToken}`,
      });
    });
    expectNoSecretsIn(log, [d.customer.accessToken, link.token]);
    expect(log).toContain('access_token=[redacted]');
    expect(log).toContain('/track/[redacted]');
  });
});
