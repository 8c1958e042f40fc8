import { haversineKm, type Point } from '../../shared/geo.js';

/**
 * Road km estimated from the straight line (docs/domain.md, Logistics): roads wind more on short
 * city trips than on highways, so the circuity factor is 1.4 under 10 km, 1.3 up to and
 * including 50 km, 1.2 beyond. The band is chosen by the whole trip's straight distance, as the
 * rule says; so 9.9 km straight (13.9 road km) prices above 10 km straight (13.0 road km).
 */
export interface RoadDistance {
  /** Great-circle km, rounded to the metre (3 decimals). */
  straightKm: number;
  circuity: 1.4 | 1.3 | 1.2;
  /** straightKm × circuity, rounded half up to 0.1 km: the distance the guide price charges. */
  roadKm: number;
}

/** The circuity factor in tenths, so road km is integer arithmetic on metres. */
function circuityTenths(straightM: number): 14 | 13 | 12 {
  if (straightM < 10_000) return 14;
  if (straightM <= 50_000) return 13;
  return 12;
}

export function roadDistance(from: Point, to: Point): RoadDistance {
  // Rounded to the metre first, so a point placed exactly 10 km away is not 9.999999999 km.
  const straightM = Math.round(haversineKm(from, to) * 1000);
  const factor = circuityTenths(straightM);
  // metres × tenths-of-factor / 1000 = tenths of a road km; the product is an exact integer.
  const roadTenths = Math.round((straightM * factor) / 1000);
  return { straightKm: straightM / 1000, circuity: (factor / 10) as RoadDistance['circuity'], roadKm: roadTenths / 10 };
}
