/**
 * The regions insights counts sales in (docs/insights.md, Regions): the five cities the
 * marketplace's sellers stand in, each the area within 250 km of its centre, and `other`.
 * An order belongs to the region of where its goods went: the delivery point, or for a pickup
 * the warehouse of its first part. The projection (ingest/sold-lines.sql.ts) decides it in SQL
 * with `regionSql`, the same rule as `regionOf`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { haversineKm } from '../../shared/geo.js';

export type RegionCode = 'moscow' | 'spb' | 'kazan' | 'ekb' | 'nsk' | 'other';

/** The aggregate rows over every region (`product_popularity`, `basket_totals`, …). */
export const ALL = 'all';

export interface Region {
  code: RegionCode;
  name: string;
  /** The city centre; `other` has none. */
  centre: { lat: number; lon: number } | null;
}

/** A place farther than this from every city centre is `other`. */
export const REGION_RADIUS_KM = 250;

export const REGIONS: readonly Region[] = [
  { code: 'moscow', name: 'Москва и область', centre: { lat: 55.7558, lon: 37.6173 } },
  { code: 'spb', name: 'Санкт-Петербург и Ленинградская область', centre: { lat: 59.9386, lon: 30.3141 } },
  { code: 'kazan', name: 'Казань и Татарстан', centre: { lat: 55.7963, lon: 49.1088 } },
  { code: 'ekb', name: 'Екатеринбург и Свердловская область', centre: { lat: 56.8389, lon: 60.6057 } },
  { code: 'nsk', name: 'Новосибирск и область', centre: { lat: 55.0084, lon: 82.9357 } },
  { code: 'other', name: 'Другие регионы', centre: null },
];

export const REGION_CODES = REGIONS.map((r) => r.code) as [RegionCode, ...RegionCode[]];

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}

export function regionName(code: RegionCode): string {
  return REGIONS.find((r) => r.code === code)!.name;
}

/** The nearest city centre within REGION_RADIUS_KM, else `other`; no point at all is `other`. */
export function regionOf(lat: number | null | undefined, lon: number | null | undefined): RegionCode {
  if (lat == null || lon == null || !Number.isFinite(lat) || !Number.isFinite(lon)) return 'other';
  let best: { code: RegionCode; km: number } | null = null;
  for (const r of REGIONS) {
    if (!r.centre) continue;
    const km = haversineKm({ lat, lon }, r.centre);
    if (km <= REGION_RADIUS_KM && (!best || km < best.km)) best = { code: r.code, km };
  }
  return best?.code ?? 'other';
}

/**
 * `regionOf` as an SQL expression over two double precision expressions: the same sphere and
 * formula as geo.ts's haversine, so a set-based rebuild and a test in TypeScript agree.
 */
export function regionSql(lat: SQL, lon: SQL): SQL {
  const centres = REGIONS.filter((r) => r.centre).map(
    (r) => sql`(${r.code}::text, ${r.centre!.lat}::float8, ${r.centre!.lon}::float8)`,
  );
  const km = sql`2 * 6378.168 * asin(least(1, sqrt(
      power(sin(radians(c.lat - (${lat})) / 2), 2)
      + cos(radians(${lat})) * cos(radians(c.lat)) * power(sin(radians(c.lon - (${lon})) / 2), 2))))`;
  return sql`coalesce((
    select c.code from (values ${sql.join(centres, sql`, `)}) as c(code, lat, lon)
    where ${km} <= ${REGION_RADIUS_KM}
    order by ${km}
    limit 1), 'other')`;
}
