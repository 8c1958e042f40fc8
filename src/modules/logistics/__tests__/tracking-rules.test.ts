/** The pure rules of tracking: the ETA's speeds and dwell, the simplified route, geofences, the OsmAnd reader, the texts. */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import { haversineKm } from '../../../shared/geo.js';
import { roadDistance } from '../road-distance.js';
import {
  BIG_CITIES,
  CITY_KMH,
  driveTime,
  estimateEta,
  HIGHWAY_KMH,
  PICKUP_DWELL_MIN,
  REGIONAL_KMH,
} from '../tracking/eta.js';
import { arrivalAt, suggestStatus } from '../tracking/geofence.js';
import { readTrackerRequest } from '../tracking/osmand.js';
import { simplify } from '../tracking/polyline.js';
import { arrivingSoonText, minutesText } from '../tracking/texts.js';

const MOSCOW = BIG_CITIES[0]!;
/** A point `km` straight kilometres due north of `p` (a degree of latitude is 111.2 km on this sphere). */
const north = (p: { lat: number; lon: number }, km: number) => ({
  lat: p.lat + km / ((6378.168 * Math.PI) / 180),
  lon: p.lon,
});
/** Somewhere far from Moscow and Saint Petersburg: Voronezh. */
const VORONEZH = { lat: 51.67, lon: 39.18 };

describe('ETA', () => {
  it('the last 10 straight km of a stretch are driven at city pace: 14 road km at 25 km/h', () => {
    const t = driveTime(north(VORONEZH, 10), VORONEZH);
    expect(t.roadKm).toBe(14);
    expect(t.minutes).toBeCloseTo((14 / CITY_KMH) * 60, 1);
  });

  it('10–50 km out at 50 km/h, beyond at 65 km/h, by the circuity of each band', () => {
    const t = driveTime(north(VORONEZH, 100), VORONEZH);
    expect(t.roadKm).toBe(roadDistance(north(VORONEZH, 100), VORONEZH).roadKm);
    const expected = (10 * 1.4) / CITY_KMH + (40 * 1.3) / REGIONAL_KMH + (50 * 1.2) / HIGHWAY_KMH;
    expect(t.minutes).toBeCloseTo(expected * 60, 0);
  });

  it('within 30 km of the centre of Moscow every km is at city pace, whatever the band', () => {
    const from = north(MOSCOW, 25);
    const t = driveTime(from, MOSCOW);
    expect(t.minutes).toBeCloseTo(((10 * 1.4 + 15 * 1.3) / CITY_KMH) * 60, 0);
    // Outside the ring, the part beyond 30 km runs at the band's speed again.
    const far = driveTime(north(MOSCOW, 60), MOSCOW);
    const expected =
      (10 * 1.4) / CITY_KMH + (20 * 1.3) / CITY_KMH + (20 * 1.3) / REGIONAL_KMH + (10 * 1.2) / HIGHWAY_KMH;
    expect(far.minutes).toBeCloseTo(expected * 60, 0);
  });

  it('moves smoothly: one more km never takes less time, and nothing jumps at the band edges', () => {
    let previous = 0;
    for (let km = 0.5; km <= 120; km += 0.5) {
      const m = driveTime(north(VORONEZH, km), VORONEZH).minutes;
      expect(m).toBeGreaterThan(previous);
      // 0.5 km more is at most 0.5 × 1.4 km at 25 km/h: 1.7 minutes.
      expect(m - previous).toBeLessThan(1.7);
      previous = m;
    }
  });

  it('before loading: to the pickup, 30 minutes of loading, then on to the drop-off', () => {
    const now = new Date('2026-06-01T09:00:00Z');
    const pickup = VORONEZH;
    const dropoff = north(VORONEZH, 20);
    const position = north(VORONEZH, -5);
    const before = estimateEta({ position, fixAt: now, now, loaded: false, pickup, dropoff });
    const leg1 = driveTime(position, pickup);
    const leg2 = driveTime(pickup, dropoff);
    expect(before.remainingKm).toBeCloseTo(leg1.roadKm + leg2.roadKm, 1);
    expect(before.etaAt.getTime() - now.getTime()).toBeCloseTo(
      (leg1.minutes + PICKUP_DWELL_MIN + leg2.minutes) * 60_000,
      -3,
    );
    const after = estimateEta({ position: pickup, fixAt: now, now, loaded: true, pickup, dropoff });
    expect(after.remainingKm).toBe(leg2.roadKm);
    expect(after.minutes).toBe(Math.ceil(leg2.minutes));
  });

  it('counts from the fix: a truck reported 5 minutes ago has driven 5 minutes since; never before now', () => {
    const now = new Date('2026-06-01T09:00:00Z');
    const fixAt = new Date(now.getTime() - 5 * 60_000);
    const dropoff = north(VORONEZH, 10);
    const fresh = estimateEta({ position: VORONEZH, fixAt: now, now, loaded: true, pickup: VORONEZH, dropoff });
    const stale = estimateEta({ position: VORONEZH, fixAt, now, loaded: true, pickup: VORONEZH, dropoff });
    expect(fresh.etaAt.getTime() - stale.etaAt.getTime()).toBe(5 * 60_000);
    const old = estimateEta({ position: VORONEZH, fixAt: new Date(0), now, loaded: true, pickup: VORONEZH, dropoff });
    expect(old).toMatchObject({ etaAt: now, minutes: 0 });
  });
});

describe('the simplified route', () => {
  const line = (n: number) => Array.from({ length: n }, (_, i) => ({ lat: 55.5 + i * 0.001, lon: 37.5 + i * 0.001 }));

  it('a straight run is its two ends; a corner stays', () => {
    expect(simplify(line(100))).toEqual([line(100)[0], line(100)[99]]);
    const corner = [
      ...line(50),
      ...Array.from({ length: 50 }, (_, i) => ({ lat: 55.549, lon: 37.549 + (i + 1) * 0.001 })),
    ];
    expect(simplify(corner)).toEqual([corner[0], corner[49], corner[99]]);
  });

  it('a wobble within the tolerance (a few metres) is smoothed away, a real one kept', () => {
    const wobble = line(21).map((p, i) => ({ ...p, lon: p.lon + (i === 10 ? 0.00003 : 0) }));
    expect(simplify(wobble)).toHaveLength(2);
    const detour = line(21).map((p, i) => ({ ...p, lon: p.lon + (i === 10 ? 0.001 : 0) }));
    expect(simplify(detour)).toHaveLength(5);
  });

  it('short routes are kept as they are', () => {
    expect(simplify([])).toEqual([]);
    expect(simplify(line(2))).toEqual(line(2));
  });
});

describe('geofences', () => {
  const fences = { pickup: VORONEZH, dropoff: north(VORONEZH, 20), radiusM: 300 };
  const near = (p: { lat: number; lon: number }, m: number) => north(p, m / 1000);

  it('the pickup’s until loaded, the drop-off’s once loaded; 300 m is inside, 310 m is not', () => {
    expect(arrivalAt(near(VORONEZH, 299), 'en_route_to_pickup', fences)).toBe('arrived_at_pickup');
    expect(arrivalAt(near(VORONEZH, 310), 'en_route_to_pickup', fences)).toBeNull();
    expect(arrivalAt(near(VORONEZH, 10), 'in_transit', fences)).toBeNull();
    expect(arrivalAt(near(fences.dropoff, 100), 'loaded', fences)).toBe('arrived_at_dropoff');
    expect(arrivalAt(near(fences.dropoff, 100), 'en_route_to_pickup', fences)).toBeNull();
    expect(haversineKm(near(VORONEZH, 299), VORONEZH) * 1000).toBeCloseTo(299, 0);
  });

  it('suggests loaded at the pickup, in transit once away from it, delivered (with proof) at the drop-off', () => {
    expect(suggestStatus('en_route_to_pickup', near(VORONEZH, 50), fences)).toMatchObject({ status: 'loaded' });
    expect(suggestStatus('loaded', near(VORONEZH, 50), fences)).toBeNull();
    expect(suggestStatus('loaded', near(VORONEZH, 2000), fences)).toMatchObject({ status: 'in_transit' });
    expect(suggestStatus('in_transit', near(fences.dropoff, 50), fences)).toEqual({
      status: 'delivered',
      reason: expect.any(String),
      requiresProof: true,
    });
    expect(suggestStatus('in_transit', near(fences.dropoff, 5000), fences)).toBeNull();
    expect(suggestStatus('delivered', near(fences.dropoff, 5), fences)).toBeNull();
    expect(suggestStatus('in_transit', null, fences)).toBeNull();
  });
});

describe('the OsmAnd / Traccar Client reader', () => {
  const now = new Date('2026-06-01T09:00:00Z');
  const read = (query: Record<string, string | string[]>, body?: unknown, contentType?: string) =>
    readTrackerRequest({ query, body, contentType, now });
  const fieldsOf = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      if (err instanceof ValidationError) return err.errors.map((e) => e.path);
      throw err;
    }
    return [];
  };

  it('knots to km/h, bearing to heading, accuracy in metres', () => {
    const r = read({ id: 'k', lat: '55.75', lon: '37.62', speed: '10', bearing: '370', accuracy: '4.5', batt: '87.0' });
    expect(r).toEqual({
      key: 'k',
      source: 'osmand',
      points: [{ lat: 55.75, lon: 37.62, speedKmh: 18.52, heading: 10, accuracyM: 4.5, at: now }],
    });
  });

  it('timestamps: Unix seconds, milliseconds, ISO 8601, "yyyy-MM-dd HH:mm:ss" (UTC), absent = now', () => {
    const at = (timestamp?: string) =>
      read({ id: 'k', lat: '1', lon: '2', ...(timestamp ? { timestamp } : {}) }).points[0]!.at;
    expect(at('1780304400')).toEqual(new Date('2026-06-01T09:00:00Z'));
    expect(at('1780304400123')).toEqual(new Date('2026-06-01T09:00:00.123Z'));
    expect(at('2026-06-01T12:00:00+03:00')).toEqual(new Date('2026-06-01T09:00:00Z'));
    expect(at('2026-06-01T09:00:00')).toEqual(new Date('2026-06-01T09:00:00Z'));
    expect(at('2026-06-01 09:00:00')).toEqual(new Date('2026-06-01T09:00:00Z'));
    expect(at()).toEqual(now);
  });

  it('deviceid and location=lat,lon are read as Traccar reads them; a form body when the query has nothing', () => {
    expect(read({ deviceid: 'k', location: '55.1,37.2' }).points[0]).toMatchObject({ lat: 55.1, lon: 37.2 });
    expect(read({}, { id: 'f', lat: '1', lon: '2' }).key).toBe('f');
  });

  it('the JSON form: m/s to km/h, −1 is unknown, a list of locations', () => {
    const loc = (speed: number, heading: number) => ({
      timestamp: '2026-06-01T08:59:00.000Z',
      coords: { latitude: 55, longitude: 37, speed, heading, accuracy: -1, altitude: 120 },
    });
    const one = read({}, { device_id: 123456, location: loc(10, 90) }, 'application/json');
    expect(one).toEqual({
      key: '123456',
      source: 'traccar_json',
      points: [{ lat: 55, lon: 37, speedKmh: 36, heading: 90, accuracyM: null, at: new Date('2026-06-01T08:59:00Z') }],
    });
    const many = read({}, { device_id: 'k', location: [loc(-1, -1), loc(0, 0)] }, 'application/json');
    expect(many.points.map((p) => [p.speedKmh, p.heading])).toEqual([
      [null, null],
      [0, 0],
    ]);
  });

  it('refuses what it cannot read, naming the parameter', () => {
    expect(fieldsOf(() => read({ lat: '1', lon: '2' }))).toEqual(['id']);
    expect(fieldsOf(() => read({ id: 'k', lat: '1', lon: '2', timestamp: 'soon' }))).toEqual(['timestamp']);
    expect(fieldsOf(() => read({ id: 'k', lat: ['1', '2'], lon: '2' }))).toEqual(['lat']);
    expect(fieldsOf(() => read({ id: 'k', location: '1;2' }))).toEqual(['location']);
    expect(fieldsOf(() => read({ id: 'k', lat: 'NaN', lon: 'Infinity' }))).toEqual(['lat', 'lon']);
    expect(fieldsOf(() => read({ id: 'k', lat: '-91', lon: '181' }))).toEqual(['lat', 'lon']);
    expect(fieldsOf(() => read({}, { device_id: 'k', location: [] }, 'application/json'))).toEqual(['location']);
    expect(
      fieldsOf(() =>
        read(
          {},
          { device_id: 'k', location: [{ timestamp: 'x', coords: { latitude: 'a', longitude: 1 } }] },
          'application/json',
        ),
      ),
    ).toEqual(['location.0.coords.latitude', 'location.0.timestamp']);
  });
});

describe('texts', () => {
  it('minutes in Russian', () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map(minutesText)).toEqual([
      '1 минуту',
      '2 минуты',
      '5 минут',
      '11 минут',
      '12 минут',
      '21 минуту',
      '22 минуты',
      '25 минут',
      '111 минут',
    ]);
    expect(arrivingSoonText(0)).toBe('Машина будет через ~1 минуту');
  });
});
