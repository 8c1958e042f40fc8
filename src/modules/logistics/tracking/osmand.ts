/**
 * The OsmAnd / Traccar Client HTTP protocol (docs/domain.md, Tracking — phone trackers), read the
 * way Traccar's own server reads it:
 * - parameters `id` (or `deviceid`) = the device key, `lat` and `lon` (or `location=lat,lon`),
 *   `timestamp` (Unix seconds, Unix milliseconds, ISO 8601, or `yyyy-MM-dd HH:mm:ss` in UTC;
 *   now when absent), `speed` in knots, `bearing` (or `heading`) in degrees, `accuracy` in metres,
 *   and `altitude`, `batt`, `hdop`, `charge`… which are taken and not kept — in the query string
 *   of a GET or a POST (Traccar Client for Android sends a POST with an empty body), or as a
 *   form body (`application/x-www-form-urlencoded`) when the query string has none;
 * - the JSON body of the current Traccar Client (`Content-Type: application/json`):
 *   `{"device_id": …, "location": {"timestamp": ISO, "coords": {"latitude", "longitude",
 *   "speed" (m/s, −1 unknown), "heading" (−1 unknown), "accuracy", "altitude"}, …}}`, and its
 *   batch form with `location` an array.
 * Anything malformed is a 400 naming the parameter; nothing is guessed.
 */
import { ValidationError, type FieldError } from '../../../shared/errors.js';
import type { IncomingPoint, PositionSource } from './positions.service.js';
import { MAX_BATCH } from './positions.service.js';

export const KNOT_KMH = 1.852;
const MPS_KMH = 3.6;

export interface TrackerReport {
  key: string;
  points: IncomingPoint[];
  source: PositionSource;
}

type Params = Record<string, string | string[] | undefined>;

/** The report in a request: its query string, its body as parsed (form: an object of strings; JSON: as sent). */
export function readTrackerRequest(input: {
  query: Params;
  body: unknown;
  contentType: string | undefined;
  now: Date;
}): TrackerReport {
  const json = (input.contentType ?? '').toLowerCase().startsWith('application/json');
  if (json && input.body !== null && typeof input.body === 'object' && !Array.isArray(input.body)) {
    return readJson(input.body as Record<string, unknown>, input.query);
  }
  const params: Params = { ...(isParams(input.body) ? input.body : {}), ...input.query };
  return readParams(params, input.now);
}

function isParams(body: unknown): body is Params {
  return body !== null && typeof body === 'object' && !Array.isArray(body);
}

class Errors {
  readonly list: FieldError[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
  has(path: string): boolean {
    return this.list.some((e) => e.path === path);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationError(this.list);
  }
}

function one(params: Params, name: string, errors: Errors): string | undefined {
  const v = params[name];
  if (Array.isArray(v)) {
    errors.add(name, 'must be given once');
    return undefined;
  }
  return v === undefined || v === '' ? undefined : v;
}

function number(params: Params, name: string, errors: Errors): number | undefined {
  const raw = one(params, name, errors);
  if (raw === undefined) return undefined;
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n)) {
    errors.add(name, 'must be a number');
    return undefined;
  }
  return n;
}

function readParams(params: Params, now: Date): TrackerReport {
  const errors = new Errors();
  const key = one(params, 'id', errors) ?? one(params, 'deviceid', errors);
  if (key === undefined) errors.add('id', 'the device key is required');
  let lat = number(params, 'lat', errors);
  let lon = number(params, 'lon', errors);
  const location = one(params, 'location', errors);
  if (location !== undefined && (lat === undefined || lon === undefined)) {
    const [a, b, ...rest] = location.split(',').map((s) => Number(s.trim()));
    if (rest.length > 0 || !Number.isFinite(a) || !Number.isFinite(b)) errors.add('location', 'must be "lat,lon"');
    else [lat, lon] = [a, b];
  }
  for (const [name, v] of [
    ['lat', lat],
    ['lon', lon],
  ] as const) {
    if (v === undefined && !errors.has(name) && !errors.has('location')) errors.add(name, 'is required');
  }
  const at = timestampOf(one(params, 'timestamp', errors), now, 'timestamp', errors);
  const speedKn = number(params, 'speed', errors);
  const bearing = number(params, 'bearing', errors) ?? number(params, 'heading', errors);
  const accuracy = number(params, 'accuracy', errors);
  for (const name of ['altitude', 'batt', 'hdop']) number(params, name, errors);
  errors.throwIfAny();
  const point = checkedPoint(
    {
      lat: lat!,
      lon: lon!,
      at: at!,
      speedKmh: speedKn === undefined || speedKn < 0 ? null : round(speedKn * KNOT_KMH),
      heading: headingOf(bearing),
      accuracyM: accuracy === undefined || accuracy < 0 ? null : accuracy,
    },
    { lat: 'lat', lon: 'lon', speed: 'speed', accuracy: 'accuracy' },
    errors,
  );
  errors.throwIfAny();
  return { key: key!, points: [point], source: 'osmand' };
}

function readJson(body: Record<string, unknown>, query: Params): TrackerReport {
  const errors = new Errors();
  const rawKey = body.device_id ?? (typeof query.id === 'string' ? query.id : undefined);
  const key = typeof rawKey === 'string' || typeof rawKey === 'number' ? String(rawKey) : undefined;
  if (key === undefined || key === '') errors.add('device_id', 'the device key is required');
  const location = body.location;
  const list = Array.isArray(location) ? location : [location];
  if (location === undefined || location === null) errors.add('location', 'is required');
  else if (list.length === 0 || list.length > MAX_BATCH)
    errors.add('location', `must hold 1 to ${MAX_BATCH} locations`);
  errors.throwIfAny();
  const points: IncomingPoint[] = [];
  list.forEach((loc, i) => {
    const at = Array.isArray(location) ? `location.${i}` : 'location';
    const p = jsonPoint(loc, at, errors);
    if (p) points.push(p);
  });
  errors.throwIfAny();
  return { key: key!, points, source: 'traccar_json' };
}

function jsonPoint(loc: unknown, path: string, errors: Errors): IncomingPoint | undefined {
  if (loc === null || typeof loc !== 'object' || Array.isArray(loc)) {
    errors.add(path, 'must be an object');
    return undefined;
  }
  const l = loc as Record<string, unknown>;
  const coords = l.coords;
  if (coords === null || typeof coords !== 'object' || Array.isArray(coords)) {
    errors.add(`${path}.coords`, 'must be an object with latitude and longitude');
    return undefined;
  }
  const c = coords as Record<string, unknown>;
  const num = (name: string, required: boolean): number | undefined => {
    const v = c[name];
    if (v === undefined || v === null) {
      if (required) errors.add(`${path}.coords.${name}`, 'is required');
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      errors.add(`${path}.coords.${name}`, 'must be a number');
      return undefined;
    }
    return v;
  };
  const lat = num('latitude', true);
  const lon = num('longitude', true);
  const speed = num('speed', false);
  const heading = num('heading', false);
  const accuracy = num('accuracy', false);
  num('altitude', false);
  const ts = l.timestamp;
  let at: Date | undefined;
  if (typeof ts !== 'string') errors.add(`${path}.timestamp`, 'must be an ISO 8601 time');
  else at = timestampOf(ts, new Date(), `${path}.timestamp`, errors);
  if (lat === undefined || lon === undefined || at === undefined) return undefined;
  return checkedPoint(
    {
      lat,
      lon,
      at,
      speedKmh: speed === undefined || speed < 0 ? null : round(speed * MPS_KMH),
      heading: headingOf(heading),
      accuracyM: accuracy === undefined || accuracy < 0 ? null : accuracy,
    },
    {
      lat: `${path}.coords.latitude`,
      lon: `${path}.coords.longitude`,
      speed: `${path}.coords.speed`,
      accuracy: `${path}.coords.accuracy`,
    },
    errors,
  );
}

function checkedPoint(
  p: IncomingPoint,
  names: { lat: string; lon: string; speed: string; accuracy: string },
  errors: Errors,
): IncomingPoint {
  if (p.lat < -90 || p.lat > 90) errors.add(names.lat, 'must be between -90 and 90');
  if (p.lon < -180 || p.lon > 180) errors.add(names.lon, 'must be between -180 and 180');
  if (p.speedKmh !== null && p.speedKmh > 1000) errors.add(names.speed, 'is beyond any truck');
  if (p.accuracyM !== null && p.accuracyM > 100_000) errors.add(names.accuracy, 'must be at most 100 000 m');
  return p;
}

/** Unknown (−1, absent) is null; anything else wraps into [0, 360). */
function headingOf(v: number | undefined): number | null {
  if (v === undefined || v < 0) return null;
  return v % 360;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** 2^31: below it a number is Unix seconds, from it milliseconds (Traccar's own rule). */
const SECONDS_LIMIT = 2_147_483_647;
const PLAIN_UTC = /^(\d{4})-(\d{2})-(\d{2})[ +](\d{2}):(\d{2}):(\d{2})$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function timestampOf(raw: string | undefined, now: Date, path: string, errors: Errors): Date | undefined {
  if (raw === undefined) return now;
  const v = raw.trim();
  let at: Date | undefined;
  if (/^\d{1,16}$/.test(v)) {
    const n = Number(v);
    at = new Date(n < SECONDS_LIMIT ? n * 1000 : n);
  } else if (ISO.test(v)) {
    // A time without a zone is UTC, as Traccar reads it.
    at = new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`);
  } else {
    const m = PLAIN_UTC.exec(v);
    if (m) at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  }
  if (!at || Number.isNaN(at.getTime()) || at.getUTCFullYear() < 2000 || at.getUTCFullYear() > 9999) {
    errors.add(path, 'must be Unix seconds or milliseconds, ISO 8601, or yyyy-MM-dd HH:mm:ss');
    return undefined;
  }
  return at;
}
