/** Regions: the nearest of five city centres within 250 km, else `other`; the SQL form agrees with the TypeScript one. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/context.js';
import { queryRows, type Database } from '../../../shared/db/database.js';
import { isRegionCode, REGION_CODES, regionName, regionOf, regionSql, REGIONS } from '../regions.js';

describe('regionOf', () => {
  it('places the five cities and their suburbs in their regions', () => {
    expect(regionOf(55.75, 37.62)).toBe('moscow');
    expect(regionOf(55.43, 37.54)).toBe('moscow'); // Подольск
    expect(regionOf(54.19, 37.62)).toBe('moscow'); // Тула, ~175 km: within 250
    expect(regionOf(59.94, 30.31)).toBe('spb');
    expect(regionOf(59.57, 30.12)).toBe('spb'); // Гатчина
    expect(regionOf(55.79, 49.12)).toBe('kazan');
    expect(regionOf(56.84, 60.61)).toBe('ekb');
    expect(regionOf(55.03, 82.92)).toBe('nsk');
  });

  it('is other beyond 250 km of every centre, and without a point', () => {
    expect(regionOf(51.67, 39.18)).toBe('other'); // Воронеж, ~465 km from Москва
    expect(regionOf(56.13, 40.4)).toBe('moscow'); // Владимир, ~178 km
    expect(regionOf(58.52, 31.27)).toBe('spb'); // Великий Новгород, ~160 km from СПб
    expect(regionOf(43.59, 39.72)).toBe('other'); // Сочи
    expect(regionOf(null, 37.6)).toBe('other');
    expect(regionOf(55.7, undefined)).toBe('other');
    expect(regionOf(Number.NaN, 37.6)).toBe('other');
  });

  it('puts every demo warehouse in its city’s region', () => {
    // catalog/seed/demo-warehouses.ts, copied: the test reads no other module's insides.
    const warehouses: [string, number, number, string][] = [
      ['MSK-1', 55.6705, 37.5527, 'moscow'],
      ['MSK-2', 55.5551, 37.7124, 'moscow'],
      ['MSK-3', 55.9005, 37.4082, 'moscow'],
      ['SPB-1', 59.8637, 30.4284, 'spb'],
      ['SPB-2', 60.0706, 30.3824, 'spb'],
      ['SPB-3', 59.9063, 30.5133, 'spb'],
      ['KZN-1', 55.8301, 49.0669, 'kazan'],
      ['KZN-2', 55.7395, 49.1985, 'kazan'],
      ['EKB-1', 56.7829, 60.5548, 'ekb'],
      ['EKB-2', 56.9093, 60.7845, 'ekb'],
      ['NSK-1', 55.0172, 82.8396, 'nsk'],
      ['NSK-2', 54.9946, 82.7642, 'nsk'],
      ['NSK-3', 54.7776, 83.0834, 'nsk'],
    ];
    for (const [code, lat, lon, region] of warehouses) expect(regionOf(lat, lon), code).toBe(region);
  });

  it('names each region in Russian and knows its codes', () => {
    expect(REGION_CODES).toEqual(['moscow', 'spb', 'kazan', 'ekb', 'nsk', 'other']);
    expect(regionName('moscow')).toBe('Москва и область');
    expect(regionName('spb')).toBe('Санкт-Петербург и Ленинградская область');
    expect(REGIONS.every((r) => /[А-Яа-яЁё]/.test(r.name))).toBe(true);
    expect(isRegionCode('kazan')).toBe(true);
    expect(isRegionCode('all')).toBe(false);
    expect(isRegionCode('Moscow')).toBe(false);
  });
});

describe('regionSql', () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await openTestDatabase());
  });
  afterAll(() => drop?.());

  it('answers as regionOf does over a grid of Russia and at the edges of the radius', async () => {
    const points: { lat: number; lon: number }[] = [];
    for (let lat = 42; lat <= 62; lat += 0.75) for (let lon = 28; lon <= 86; lon += 1.25) points.push({ lat, lon });
    // On either side of 250 km north of each centre (1° of latitude ≈ 111.3 km on this sphere).
    for (const r of REGIONS) {
      if (!r.centre) continue;
      points.push({ lat: r.centre.lat + 2.24, lon: r.centre.lon }, { lat: r.centre.lat + 2.26, lon: r.centre.lon });
    }
    const values = sql.join(
      points.map((p, i) => sql`(${i}::int, ${p.lat}::float8, ${p.lon}::float8)`),
      sql`, `,
    );
    const rows = await queryRows<{ i: number; region: string }>(
      database.db,
      sql`select pt.i, ${regionSql(sql`pt.lat`, sql`pt.lon`)} as region
          from (values ${values}) as pt(i, lat, lon) order by pt.i`,
    );
    const fromSql = rows.map((r) => r.region);
    const fromTs = points.map((p) => regionOf(p.lat, p.lon));
    expect(fromSql).toEqual(fromTs);
    // The grid is not all `other`: each city's region is hit.
    expect(new Set(fromSql)).toEqual(new Set(REGION_CODES));
    const edges = fromTs.slice(-10);
    expect(edges).toEqual(['moscow', 'other', 'spb', 'other', 'kazan', 'other', 'ekb', 'other', 'nsk', 'other']);
  });

  it('is other for a missing point', async () => {
    const [row] = await queryRows<{ region: string }>(
      database.db,
      sql`select ${regionSql(sql`null::float8`, sql`37.6::float8`)} as region`,
    );
    expect(row?.region).toBe('other');
  });
});
