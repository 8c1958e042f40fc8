/**
 * Positions of a delivery (docs/domain.md, Tracking): the awarded carrier's batches, flagged points,
 * who may post and read, the ETA and distance left, geofences and «машина будет через ~N минут»,
 * the delivery's view and its replay.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { AwardedDelivery } from '../../../../test/fixtures/logistics.js';
import { roadDistance } from '../road-distance.js';
import { between, LOGISTICS, TrackingFixture } from './tracking-fixture.js';

let ctx: TestContext;
let t: TrackingFixture;
beforeAll(async () => {
  ctx = await createTestContext({ env: { ACCESS_TOKEN_TTL_SEC: '2592000' } });
  t = new TrackingFixture(ctx);
});
afterAll(() => ctx?.close());

const MINUTE = 60_000;

describe('a batch of positions', () => {
  let d: AwardedDelivery;
  // 20 km south-east of the pickup, heading for it.
  let start: { lat: number; lon: number };
  beforeAll(async () => {
    d = await t.delivery('en_route_to_pickup');
    start = { lat: d.pickup.lat - 0.15, lon: d.pickup.lon + 0.15 };
  });

  it('is stored; the newest usable point sets the distance left and the ETA (via the pickup, with its dwell)', async () => {
    const r = await t.report(d, [
      { ...between(start, d.pickup, 0), at: t.in(0), speedKmh: 50, heading: 330, accuracyM: 8 },
      { ...between(start, d.pickup, 0.02), at: t.in(30), speedKmh: 52 },
      { ...between(start, d.pickup, 0.04), at: t.in(60) },
    ]);
    expect(r).toMatchObject({ accepted: 3, usable: 3, flagged: { outOfOrder: 0, implausible: 0 } });
    const last = between(start, d.pickup, 0.04);
    const expectedKm = roadDistance(last, d.pickup).roadKm + roadDistance(d.pickup, d.dropoff).roadKm;
    expect(r.remainingKm).toBeCloseTo(expectedKm, 1);
    // Two legs and 30 minutes of loading: well over an hour, never under the dwell alone.
    expect(r.minutesLeft).toBeGreaterThan(60);
    expect(new Date(r.etaAt!).getTime()).toBeGreaterThan(ctx.clock.now().getTime() + 60 * MINUTE);
    const rows = await t.positions(d.deliveryId);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ speed_kmh: 50, heading: 330, flag: null, source: 'api' });
  });

  it('keeps out-of-order and implausible points, flagged, and leaves them out of the ETA', async () => {
    const before = await t.report(d, [{ ...between(start, d.pickup, 0.06), at: t.in(120) }]);
    const r = await t.report(d, [
      // Older than the newest usable point.
      { ...between(start, d.pickup, 0.05), at: t.in(90) },
      // 30 km in one minute: 1 800 km/h.
      { lat: d.pickup.lat + 0.17, lon: d.pickup.lon, at: t.in(180) },
      // Plausible again from the last usable point (not from the jump).
      { ...between(start, d.pickup, 0.065), at: t.in(240) },
    ]);
    expect(r).toMatchObject({ accepted: 3, usable: 1, flagged: { outOfOrder: 1, implausible: 1 } });
    expect(r.remainingKm).toBeLessThan(before.remainingKm!);
    const flags = (await t.positions(d.deliveryId)).slice(-3).map((p) => p.flag);
    // Stored in time order: the old one, the jump, the good one.
    expect(flags).toEqual(['out_of_order', 'implausible', null]);
  });

  it('is judged in time order, whatever order it came in', async () => {
    ctx.clock.advance(10 * MINUTE);
    const base = between(start, d.pickup, 0.2);
    const r = await t.report(d, [
      { ...base, lat: base.lat + 0.002, at: t.in(-30) },
      { ...base, at: t.in(-60) },
      { ...base, lat: base.lat + 0.001, at: t.in(-45) },
    ]);
    expect(r).toMatchObject({ accepted: 3, usable: 3, flagged: { outOfOrder: 0, implausible: 0 } });
  });

  it('a point older than the delivery itself (a tracker’s old buffer) is out of order', async () => {
    const old = new Date(ctx.clock.now().getTime() - 24 * 60 * MINUTE).toISOString();
    const r = await t.report(d, [{ ...d.pickup, at: old }]);
    expect(r).toMatchObject({ accepted: 1, usable: 0, flagged: { outOfOrder: 1, implausible: 0 } });
  });

  it('is refused with the field named: empty, over 500, out of range, ahead of the clock', async () => {
    const bad = async (points: unknown[], path: string) => {
      const res = await ctx.request({
        method: 'POST',
        url: `${LOGISTICS}/deliveries/${d.deliveryId}/positions`,
        token: d.carrier.accessToken,
        payload: { points },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    };
    await bad([], 'points');
    await bad(
      Array.from({ length: 501 }, (_, i) => ({ ...d.pickup, at: t.in(i) })),
      'points',
    );
    await bad([{ lat: 91, lon: 37, at: t.in(400) }], 'points.0.lat');
    await bad([{ lat: 55, lon: 37, at: 'yesterday' }], 'points.0.at');
    await bad(
      [
        { ...d.pickup, at: t.in(400) },
        { ...d.pickup, at: t.in(3600) },
      ],
      'points.1.at',
    );
  });
});

describe('who may post and read', () => {
  let d: AwardedDelivery;
  beforeAll(async () => {
    d = await t.delivery('awarded');
  });

  it('the awarded carrier posts in awarded; another carrier, a random id → 404; a customer → 403', async () => {
    await t.report(d, [{ ...d.pickup, lat: d.pickup.lat - 0.05, at: t.in(10) }]);
    const other = await ctx.make.carrier();
    const res = await t.post(d, [{ ...d.pickup, at: t.in(20) }], other);
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json()).toMatchObject({ code: 'LOGISTICS.DELIVERY_NOT_FOUND' });
    const random = await t.post({ deliveryId: randomUUID() }, [{ ...d.pickup, at: t.in(20) }], d.carrier);
    expect(random.statusCode).toBe(404);
    const customer = await t.post(d, [{ ...d.pickup, at: t.in(20) }], d.customer);
    expect(customer.statusCode).toBe(403);
  });

  it('the view: carrier and admin in full, customer and seller without the price, others 404', async () => {
    const carrier = (await t.view(d, d.carrier)).json();
    expect(carrier).toMatchObject({
      id: d.deliveryId,
      status: 'awarded',
      statusText: 'Перевозчик назначен',
      vehicle: { bodyType: 'tent', bodyName: 'тент' },
      contact: { name: expect.any(String) },
    });
    expect(carrier.priceMinor).toBeGreaterThan(0);
    expect(carrier.vehicle.plate).toMatch(/^[А-Я]\d{3}[А-Я]{2}\d{2,3}$/);
    for (const who of [d.customer, d.seller]) {
      const res = await t.view(d, who);
      expect(res.statusCode, res.body).toBe(200);
      const v = res.json();
      expect(v.vehicle.plate).toBe(carrier.vehicle.plate);
      expect(v).not.toHaveProperty('priceMinor');
      expect(v).not.toHaveProperty('contact');
      expect(v.lastPosition).toMatchObject({ lat: d.pickup.lat - 0.05 });
    }
    const admin = await ctx.make.admin();
    expect((await t.view(d, admin)).json()).toHaveProperty('priceMinor');
    for (const stranger of [await ctx.make.customer(), await ctx.make.seller(), await ctx.make.carrier()]) {
      const res = await t.view(d, stranger);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'LOGISTICS.DELIVERY_NOT_FOUND' });
    }
    expect((await t.view({ deliveryId: randomUUID() }, d.customer)).statusCode).toBe(404);
  });

  it('the timeline reads in Moscow time', async () => {
    const v = (await t.view(d, d.customer)).json() as { timeline: { kind: string; at: string; text: string }[] };
    expect(v.timeline[0]).toMatchObject({ kind: 'awarded', text: expect.stringMatching(/МСК — Перевозчик назначен$/) });
    const moscow = new Date(new Date(v.timeline[0]!.at).getTime() + 3 * 3_600_000).toISOString();
    expect(
      v.timeline[0]!.text.startsWith(
        `${moscow.slice(8, 10)}.${moscow.slice(5, 7)}.${moscow.slice(0, 4)} ${moscow.slice(11, 16)}`,
      ),
    ).toBe(true);
  });

  it('a finished delivery takes no more positions (409)', async () => {
    const f = await t.delivery('awarded');
    await t.status(f, 'failed', { reason: 'машина сломалась' });
    const res = await t.post(f, [{ ...f.pickup, at: t.in(30) }], f.carrier);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ code: 'LOGISTICS.DELIVERY_FINISHED', deliveryStatus: 'failed' });
  });
});

describe('the route so far', () => {
  it('is simplified: a straight run of 50 fixes is two points, a bend keeps its corner', async () => {
    const d = await t.delivery('loaded');
    ctx.clock.advance(15 * MINUTE);
    const corner = between(d.pickup, d.dropoff, 0.1);
    const straight = Array.from({ length: 50 }, (_, i) => ({
      ...between(d.pickup, corner, i / 49),
      at: t.in(-800 + i * 10),
    }));
    await t.report(d, straight);
    const bendEnd = { lat: corner.lat, lon: corner.lon + 0.02 };
    await t.report(
      d,
      Array.from({ length: 10 }, (_, i) => ({ ...between(corner, bendEnd, (i + 1) / 10), at: t.in(-200 + i * 10) })),
    );
    const v = (await t.view(d, d.customer)).json() as { route: { points: [number, number][]; positions: number } };
    expect(v.route.positions).toBe(60);
    expect(v.route.points).toHaveLength(3);
    expect(v.route.points[1]![0]).toBeCloseTo(corner.lat, 6);
    expect(v.route.points[1]![1]).toBeCloseTo(corner.lon, 6);
  });
});

describe('geofences and «машина будет через ~N минут»', () => {
  let d: AwardedDelivery;
  beforeAll(async () => {
    d = await t.delivery('en_route_to_pickup');
  });

  it('inside the pickup fence: arrived_at_pickup once, and loaded is suggested', async () => {
    const r = await t.report(d, [
      { lat: d.pickup.lat - 0.01, lon: d.pickup.lon, at: t.in(0) },
      { lat: d.pickup.lat - 0.001, lon: d.pickup.lon, at: t.in(120) },
    ]);
    expect(r.suggestedStatus).toMatchObject({ status: 'loaded', requiresProof: false });
    await t.report(d, [{ lat: d.pickup.lat + 0.001, lon: d.pickup.lon, at: t.in(180) }]);
    expect((await t.timelineKinds(d.deliveryId)).filter((k) => k === 'arrived_at_pickup')).toHaveLength(1);
    const v = (await t.view(d, d.carrier)).json();
    expect(v.suggestedStatus).toMatchObject({ status: 'loaded' });
    expect(v.timeline.find((e: { kind: string }) => e.kind === 'arrived_at_pickup').text).toMatch(
      /МСК — Машина прибыла на склад$/,
    );
  });

  it('no arriving-soon notice while the goods are not loaded, however close the drop-off', async () => {
    expect(await t.outbox('delivery.arriving_soon', d.deliveryId)).toEqual([]);
  });

  it('loaded and away: in_transit is suggested; the ETA no longer counts the dwell', async () => {
    await t.status(d, 'loaded');
    ctx.clock.advance(15 * MINUTE);
    const r = await t.report(d, [{ ...between(d.pickup, d.dropoff, 0.05), at: t.in(0) }]);
    expect(r.suggestedStatus).toMatchObject({ status: 'in_transit' });
    expect(r.remainingKm).toBeCloseTo(roadDistance(between(d.pickup, d.dropoff, 0.05), d.dropoff).roadKm, 1);
    await t.status(d, 'in_transit');
  });

  it('under 30 minutes away: arriving_soon on the timeline and delivery.arriving_soon in the outbox, once', async () => {
    ctx.clock.advance(30 * MINUTE);
    // 4 km before the drop-off: city pace, well under half an hour.
    const near = between(d.pickup, d.dropoff, 0.89);
    const r = await t.report(d, [{ ...near, at: t.in(0) }]);
    expect(r.minutesLeft).toBeLessThan(30);
    const events = await t.outbox('delivery.arriving_soon', d.deliveryId);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({
      deliveryId: d.deliveryId,
      subOrderId: d.subOrderId,
      orderId: d.orderId,
      etaAt: r.etaAt,
      minutes: r.minutesLeft,
    });
    expect(events[0]!.key).toBe(d.orderId);
    await t.report(d, [{ ...between(d.pickup, d.dropoff, 0.9), at: t.in(60) }]);
    expect(await t.outbox('delivery.arriving_soon', d.deliveryId)).toHaveLength(1);
    const v = (await t.view(d, d.customer)).json();
    expect(v.timeline.filter((e: { kind: string }) => e.kind === 'arriving_soon')).toHaveLength(1);
    expect(v.timeline.find((e: { kind: string }) => e.kind === 'arriving_soon').text).toMatch(
      /Машина будет через ~\d+ минут[уы]?$/,
    );
  });

  it('inside the drop-off fence: arrived_at_dropoff, and delivered is suggested — with proof still required', async () => {
    ctx.clock.advance(10 * MINUTE);
    const r = await t.report(d, [{ lat: d.dropoff.lat + 0.001, lon: d.dropoff.lon, at: t.in(0) }]);
    expect(r.suggestedStatus).toEqual({
      status: 'delivered',
      reason: expect.any(String),
      requiresProof: true,
    });
    expect(await t.timelineKinds(d.deliveryId)).toContain('arrived_at_dropoff');
    // The suggestion is only a suggestion: delivered without a recipient is still refused.
    const res = await ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/status`,
      token: d.carrier.accessToken,
      payload: { status: 'delivered' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('replay', () => {
  it('a finished delivery: every usable point in time order and the timeline; 409 while it runs', async () => {
    const d = await t.delivery('in_transit');
    const replay = (who: { accessToken: string }, id = d.deliveryId) =>
      ctx.request({ method: 'GET', url: `${LOGISTICS}/deliveries/${id}/replay`, token: who.accessToken });
    const running = await replay(d.customer);
    expect(running.statusCode).toBe(409);
    expect(running.json()).toMatchObject({ code: 'LOGISTICS.DELIVERY_NOT_FINISHED' });
    ctx.clock.advance(2 * 60 * MINUTE);
    const points = Array.from({ length: 12 }, (_, i) => ({
      ...between(d.pickup, d.dropoff, i / 11),
      at: t.in(-3600 + i * 300),
    }));
    await t.report(d, points.slice(6));
    await t.report(d, [...points.slice(0, 6), { lat: 60, lon: 30, at: t.in(0) }]);
    await t.status(d, 'delivered', { recipientName: 'Прораб Иванов' });

    const res = await replay(d.customer);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as { points: { lat: number; at: string }[]; timeline: { kind: string }[]; status: string };
    expect(r.status).toBe('delivered');
    // The first six came after the last six: out of order, left out; the jump to St Petersburg is implausible.
    expect(r.points.map((p) => p.at)).toEqual(points.slice(6).map((p) => p.at));
    expect(r.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['awarded', 'en_route_to_pickup', 'loaded', 'in_transit', 'delivered']),
    );
    for (const who of [d.seller, d.carrier, await ctx.make.admin()]) expect((await replay(who)).statusCode).toBe(200);
    expect((await replay(await ctx.make.customer())).statusCode).toBe(404);
    expect((await replay(d.customer, randomUUID())).statusCode).toBe(404);
  });
});
