/**
 * Phone trackers (docs/domain.md, Tracking): the OsmAnd protocol as Traccar Client and OsmAnd send
 * it — a GET or a POST with query parameters, a form body, and the JSON body of the current Traccar
 * Client — by the device key issued for the vehicle. Each request below is the one the app sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { AwardedDelivery } from '../../../../test/fixtures/logistics.js';
import { between, LOGISTICS, TrackingFixture } from './tracking-fixture.js';

let ctx: TestContext;
let t: TrackingFixture;
let d: AwardedDelivery;
let key: string;
beforeAll(async () => {
  ctx = await createTestContext({ env: { ACCESS_TOKEN_TTL_SEC: '2592000' } });
  t = new TrackingFixture(ctx);
  d = await t.delivery('awarded');
  key = await t.trackerKey(d);
});
afterAll(() => ctx?.close());

const OSMAND = `${LOGISTICS}/osmand`;
/** Traccar Client for Android: HttpURLConnection, a POST with the fix in the query string and no body. */
const ANDROID_HEADERS = {
  'user-agent': 'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/UQ1A.240205.004)',
  'accept-encoding': 'gzip',
  connection: 'Keep-Alive',
  'content-length': '0',
};
const unix = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
const query = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

async function lastPosition() {
  const rows = await t.positions(d.deliveryId);
  return rows.at(-1)!;
}

describe('OsmAnd / Traccar Client', () => {
  it('a vehicle with no delivery under way: 409, nothing stored', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: `${OSMAND}?${query({ id: key, lat: d.pickup.lat, lon: d.pickup.lon, timestamp: unix(t.in(0)) })}`,
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'LOGISTICS.NO_ACTIVE_DELIVERY' });
    expect(await t.positions(d.deliveryId)).toEqual([]);
    await t.status(d, 'en_route_to_pickup');
  });

  it('GET as OsmAnd sends it: speed in knots becomes km/h, Unix seconds', async () => {
    const p = between(d.pickup, d.dropoff, -0.3);
    const res = await ctx.request({
      method: 'GET',
      url: `${OSMAND}/?${query({ id: key, lat: p.lat, lon: p.lon, timestamp: unix(t.in(5)), hdop: 6.0, altitude: 224.0, speed: 10.0 })}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ stored: 1, usable: 1 });
    expect(await lastPosition()).toMatchObject({
      lat: p.lat,
      lon: p.lon,
      speed_kmh: 18.52,
      flag: null,
      source: 'osmand',
    });
  });

  it('POST as Traccar Client for Android sends it: the fix in the query string, an empty body', async () => {
    const p = between(d.pickup, d.dropoff, -0.29);
    const res = await ctx.request({
      method: 'POST',
      url: `${OSMAND}?${query({
        id: key,
        timestamp: unix(t.in(30)),
        lat: p.lat,
        lon: p.lon,
        speed: 21.598272,
        bearing: 12.5,
        altitude: 180.0,
        accuracy: 4.8,
        batt: 87.0,
      })}`,
      headers: ANDROID_HEADERS,
    });
    expect(res.statusCode, res.body).toBe(200);
    const row = await lastPosition();
    expect(row.speed_kmh).toBeCloseTo(40, 1);
    expect(row).toMatchObject({ heading: 12.5, flag: null });
  });

  it('POST with a form body (no query string), milliseconds and the location=lat,lon form', async () => {
    const p = between(d.pickup, d.dropoff, -0.28);
    const res = await ctx.request({
      method: 'POST',
      url: OSMAND,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: query({
        deviceid: key,
        location: `${p.lat},${p.lon}`,
        timestamp: new Date(t.in(60)).getTime(),
        speed: 0,
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await lastPosition()).toMatchObject({ lat: p.lat, lon: p.lon, speed_kmh: 0 });
  });

  it('POST JSON as the current Traccar Client sends it: speed in m/s, heading −1 is unknown', async () => {
    const p = between(d.pickup, d.dropoff, -0.27);
    const timestamp = t.in(90);
    const body = {
      location: {
        timestamp,
        coords: { latitude: p.lat, longitude: p.lon, accuracy: 5, speed: 12.5, heading: -1, altitude: 5 },
        is_moving: true,
        odometer: 1200,
        event: 'motionchange',
        battery: { level: 0.79, is_charging: false },
        activity: { type: 'in_vehicle' },
        extras: {},
        _: `&id=${key}&lat=${p.lat}&lon=${p.lon}&timestamp=${timestamp}&`,
      },
      device_id: key,
    };
    const res = await ctx.request({
      method: 'POST',
      url: OSMAND,
      headers: { 'content-type': 'application/json', 'user-agent': 'okhttp/4.12.0' },
      payload: JSON.stringify(body),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await lastPosition()).toMatchObject({ speed_kmh: 45, heading: null, source: 'traccar_json' });
  });

  it('its batch form (location is a list) and an ISO timestamp in the query form', async () => {
    const a = between(d.pickup, d.dropoff, -0.26);
    const b = between(d.pickup, d.dropoff, -0.25);
    const loc = (p: { lat: number; lon: number }, at: string) => ({
      timestamp: at,
      coords: { latitude: p.lat, longitude: p.lon, accuracy: 3.8, speed: -1, heading: 63, altitude: 35.7 },
      is_moving: true,
      odometer: 0,
    });
    const res = await ctx.request({
      method: 'POST',
      url: OSMAND,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      payload: { device_id: key, location: [loc(a, t.in(120)), loc(b, t.in(150))] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ stored: 2, usable: 2 });
    const c = between(d.pickup, d.dropoff, -0.24);
    const iso = await ctx.request({
      method: 'GET',
      url: `${OSMAND}?${query({ id: key.toUpperCase(), lat: c.lat, lon: c.lon, timestamp: t.in(180) })}`,
    });
    expect(iso.statusCode, iso.body).toBe(200);
    expect(await lastPosition()).toMatchObject({ lat: c.lat, speed_kmh: null });
  });

  it('malformed requests are a 400 naming the parameter', async () => {
    const bad = async (url: string, path: string, init: { method?: 'GET' | 'POST'; payload?: object } = {}) => {
      const res = await ctx.request({
        method: init.method ?? 'GET',
        url,
        ...(init.payload ? { payload: init.payload } : {}),
      });
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    };
    await bad(`${OSMAND}?lat=55&lon=37`, 'id');
    await bad(`${OSMAND}?id=${key}&lat=abc&lon=37`, 'lat');
    await bad(`${OSMAND}?id=${key}&lat=95&lon=37`, 'lat');
    await bad(`${OSMAND}?id=${key}&lon=37`, 'lat');
    await bad(`${OSMAND}?id=${key}&lat=55&lon=37&timestamp=yesterday`, 'timestamp');
    await bad(`${OSMAND}?id=${key}&lat=55&lon=37&speed=fast`, 'speed');
    await bad(`${OSMAND}`, 'location.coords', {
      method: 'POST',
      payload: { device_id: key, location: { timestamp: t.in(0) } },
    });
    await bad(`${OSMAND}`, 'device_id', { method: 'POST', payload: { location: { timestamp: t.in(0), coords: {} } } });
  });

  it('an unknown key, and a revoked one, is a 404 problem (Traccar Client keeps the point and retries)', async () => {
    const p = between(d.pickup, d.dropoff, -0.23);
    const url = (k: string) => `${OSMAND}?${query({ id: k, lat: p.lat, lon: p.lon, timestamp: unix(t.in(200)) })}`;
    const unknown = await ctx.request({ method: 'GET', url: url('0123456789abcdef0123456789abcdef') });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'LOGISTICS.TRACKER_KEY_UNKNOWN' });
    expect((await ctx.request({ method: 'GET', url: url('not-a-key') })).statusCode).toBe(404);
    const revoked = await ctx.request({
      method: 'DELETE',
      url: `${LOGISTICS}/vehicles/${d.vehicleId}/tracker-key`,
      token: d.carrier.accessToken,
    });
    expect(revoked.statusCode).toBe(204);
    const before = (await t.positions(d.deliveryId)).length;
    const res = await ctx.request({ method: 'POST', url: url(key), headers: ANDROID_HEADERS });
    expect(res.statusCode).toBe(404);
    expect((await t.positions(d.deliveryId)).length).toBe(before);
  });

  it('is limited per device key, not per address: 600 reports a minute, then 429 for that device only', async () => {
    const flood = '00000000000000000000000000000001';
    const url = (k: string) => `${OSMAND}?${query({ id: k, lat: 55, lon: 37 })}`;
    for (let i = 0; i < 600; i++) {
      const res = await ctx.request({ method: 'GET', url: url(flood) });
      expect(res.statusCode).toBe(404);
    }
    const limited = await ctx.request({ method: 'GET', url: url(flood) });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another phone behind the same address is not held up.
    expect((await ctx.request({ method: 'GET', url: url('00000000000000000000000000000002') })).statusCode).toBe(404);
  });
});
