import { haversineKm, type Point } from '../../shared/geo.js';

/**
 * Road km estimated from the straight line (docs/domain.md, The delivery guide price): roads wind
 * more near the ends of a trip, in town, than on the highway between, so the circuity applies per
 * stretch of the straight distance — ×1.4 for the first 10 km, ×1.3 for the part from 10 to 50 km,
 * ×1.2 for the part beyond 50 km. It is continuous: one more straight km never costs less road, and
 * nothing jumps at the edges (10 km → 14 road km, 50 km → 66, 100 km → 126).
 */
export interface RoadDistance {
  /** Great-circle km, rounded to the metre (3 decimals). */
  straightKm: number;
  /** The road km charged: the stretches' road km summed, rounded half up to 0.1 km. */
  roadKm: number;
  /** Road km ÷ straight km over the whole trip, to 3 decimals (1.4 for a trip of 10 km or less). */
  circuity: number;
  /** How the straight distance splits into stretches and what each adds by road (only those it reaches). */
  stretches: RoadStretch[];
}

export interface RoadStretch {
  /** Where the stretch starts and ends, straight km from the pickup. */
  fromKm: number;
  toKm: number;
  factor: number;
  /** (toKm − fromKm) × factor, to the metre. */
  roadKm: number;
}

/** The circuity bands: up to `untilM` straight metres, × `tenths`/10. */
const BANDS: readonly { untilM: number; tenths: number }[] = [
  { untilM: 10_000, tenths: 14 },
  { untilM: 50_000, tenths: 13 },
  { untilM: Number.POSITIVE_INFINITY, tenths: 12 },
];

export function roadDistance(from: Point, to: Point): RoadDistance {
  // Rounded to the metre first, so a point placed exactly 10 km away is not 9.999999999 km.
  return roadDistanceOf(Math.round(haversineKm(from, to) * 1000));
}

/** The same for a straight distance in whole metres. */
export function roadDistanceOf(straightM: number): RoadDistance {
  if (!(Number.isSafeInteger(straightM) && straightM >= 0)) throw new RangeError('straight metres must be whole, ≥ 0');
  const stretches: RoadStretch[] = [];
  // Road decimetres: metres × tenths-of-factor, an exact integer.
  let roadDm = 0;
  let fromM = 0;
  for (const band of BANDS) {
    const toM = Math.min(straightM, band.untilM);
    const dm = (toM - fromM) * band.tenths;
    roadDm += dm;
    stretches.push({
      fromKm: fromM / 1000,
      toKm: toM / 1000,
      factor: band.tenths / 10,
      roadKm: Math.round(dm / 10) / 1000,
    });
    fromM = toM;
    if (toM === straightM) break;
  }
  // Decimetres → tenths of a km, half up: 1 000 dm per tenth.
  const roadTenths = Math.floor((roadDm + 500) / 1000);
  return {
    straightKm: straightM / 1000,
    roadKm: roadTenths / 10,
    circuity: straightM === 0 ? 1.4 : Math.round((roadDm / 10 / straightM) * 1000) / 1000,
    stretches,
  };
}
