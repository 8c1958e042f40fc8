/**
 * The ETA of a delivery (docs/domain.md, Tracking — ETA): road km left ÷ an average speed, plus a
 * dwell at the pickup while the goods are not loaded yet.
 *
 * Each stretch (truck → pickup, pickup → drop-off, or truck → drop-off) is cut by the straight
 * distance still to go to its end, the way road-distance.ts bands the circuity:
 * - the last 10 km (road ×1.4) at city speed, 25 km/h: the streets at either end of a trip;
 * - 10 to 50 km out (×1.3) at regional speed, 50 km/h;
 * - beyond 50 km (×1.2) at highway speed, 65 km/h;
 * - and at city speed, whatever the band, every part of the straight line within 30 km of the
 *   centre of Moscow or Saint Petersburg.
 * So the ETA moves smoothly as the truck moves (no speed jumps at a threshold), and a truck 8 km
 * from a village drop-off is timed at town pace like one 8 km from a Moscow one.
 */
import type { Point } from '../../../shared/geo.js';
import { haversineKm } from '../../../shared/geo.js';
import { roadDistance } from '../road-distance.js';

export const CITY_KMH = 25;
export const REGIONAL_KMH = 50;
export const HIGHWAY_KMH = 65;
/** Loading at the warehouse, added while the goods are not on the truck yet. */
export const PICKUP_DWELL_MIN = 30;
/** Around these centres the streets set the pace. */
export const BIG_CITY_RADIUS_KM = 30;
export const BIG_CITIES: readonly (Point & { name: string })[] = [
  { name: 'Москва', lat: 55.7558, lon: 37.6173 },
  { name: 'Санкт-Петербург', lat: 59.9386, lon: 30.3141 },
];

/** Bands by straight km still to go to the stretch's end: circuity factor and speed outside a big city. */
const BANDS: readonly { untilKm: number; factor: number; kmh: number }[] = [
  { untilKm: 10, factor: 1.4, kmh: CITY_KMH },
  { untilKm: 50, factor: 1.3, kmh: REGIONAL_KMH },
  { untilKm: Number.POSITIVE_INFINITY, factor: 1.2, kmh: HIGHWAY_KMH },
];

export interface StretchTime {
  roadKm: number;
  /** Driving minutes, unrounded. */
  minutes: number;
}

/** Road km (road-distance.ts) and driving minutes from `from` to `to` by the bands above. */
export function driveTime(from: Point, to: Point): StretchTime {
  const roadKm = roadDistance(from, to).roadKm;
  const straightKm = haversineKm(from, to);
  if (straightKm === 0) return { roadKm, minutes: 0 };
  // Cut points along the line, as km to go to `to`: band edges and big-city circle edges.
  const cuts = new Set<number>([0, straightKm]);
  for (const b of BANDS) if (b.untilKm < straightKm) cuts.add(b.untilKm);
  const inCity = BIG_CITIES.map((c) => cityInterval(to, from, straightKm, c)).filter(
    (i): i is [number, number] => i !== null,
  );
  for (const [a, b] of inCity) {
    cuts.add(a);
    cuts.add(b);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  let hours = 0;
  for (let i = 1; i < sorted.length; i++) {
    const s0 = sorted[i - 1]!;
    const s1 = sorted[i]!;
    if (s1 <= s0) continue;
    const mid = (s0 + s1) / 2;
    const band = BANDS.find((b) => mid < b.untilKm)!;
    const city = inCity.some(([a, b]) => mid >= a && mid <= b);
    hours += ((s1 - s0) * band.factor) / (city ? CITY_KMH : band.kmh);
  }
  return { roadKm, minutes: hours * 60 };
}

/**
 * The part of the straight line from `end` (0 km to go) back to `start` (`lengthKm` to go) that
 * lies within BIG_CITY_RADIUS_KM of `centre`, as [from, to] km to go; null when none. Flat-earth
 * geometry around the centre: at 30 km the error is metres.
 */
function cityInterval(end: Point, start: Point, lengthKm: number, centre: Point): [number, number] | null {
  const kx = Math.cos((centre.lat * Math.PI) / 180) * 111.32;
  const ky = 110.574;
  const bx = (end.lon - centre.lon) * kx;
  const by = (end.lat - centre.lat) * ky;
  const dx = (start.lon - centre.lon) * kx - bx;
  const dy = (start.lat - centre.lat) * ky - by;
  const a = dx * dx + dy * dy;
  const c = bx * bx + by * by - BIG_CITY_RADIUS_KM ** 2;
  if (a === 0) return c <= 0 ? [0, lengthKm] : null;
  const b = 2 * (bx * dx + by * dy);
  const disc = b * b - 4 * a * c;
  if (disc < 0) return null;
  const root = Math.sqrt(disc);
  const u1 = Math.max(0, (-b - root) / (2 * a));
  const u2 = Math.min(1, (-b + root) / (2 * a));
  if (u2 <= u1) return null;
  return [u1 * lengthKm, u2 * lengthKm];
}

export interface EtaInput {
  /** Where the truck was, and when (the newest usable point). */
  position: Point;
  fixAt: Date;
  now: Date;
  /** Before `loaded` the truck still goes to the pickup and loads there. */
  loaded: boolean;
  pickup: Point;
  dropoff: Point;
}

export interface Eta {
  /** Road km still to drive to the drop-off (via the pickup before loading), to 0.1 km. */
  remainingKm: number;
  etaAt: Date;
  /** Whole minutes from now to the ETA, rounded up; 0 when it is due. */
  minutes: number;
}

/**
 * The ETA counted from the fix's time (a truck reported 5 minutes ago has driven since), never
 * from a time later than now and never before now.
 */
export function estimateEta(input: EtaInput): Eta {
  const legs = input.loaded
    ? [driveTime(input.position, input.dropoff)]
    : [driveTime(input.position, input.pickup), driveTime(input.pickup, input.dropoff)];
  const roadKm = legs.reduce((sum, l) => sum + l.roadKm, 0);
  const minutes = legs.reduce((sum, l) => sum + l.minutes, 0) + (input.loaded ? 0 : PICKUP_DWELL_MIN);
  const from = Math.min(input.fixAt.getTime(), input.now.getTime());
  const etaMs = Math.max(input.now.getTime(), from + Math.round(minutes * 60_000));
  return {
    remainingKm: Math.round(roadKm * 10) / 10,
    etaAt: new Date(etaMs),
    minutes: Math.ceil((etaMs - input.now.getTime()) / 60_000),
  };
}
