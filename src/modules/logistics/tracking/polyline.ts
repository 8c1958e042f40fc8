/**
 * The route so far as a map draws it (docs/domain.md, Tracking): the usable points simplified by
 * Douglas–Peucker with a tolerance of a few metres, so a straight road of 300 fixes is 2 points
 * and every bend keeps its shape.
 */
import type { Point } from '../../../shared/geo.js';

/** A point further than this from the line its neighbours would draw is kept. */
export const ROUTE_TOLERANCE_M = 5;

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQUATOR = 111_320;

/**
 * The points to keep (the first and the last always): iterative, so a long route does not run out
 * of stack. Distances are in metres on a plane around the route's first point — at the size of
 * a delivery the flat-earth error is far below the tolerance.
 */
export function simplify<T extends Point>(points: readonly T[], toleranceM = ROUTE_TOLERANCE_M): T[] {
  if (points.length <= 2) return [...points];
  const kx = Math.cos((points[0]!.lat * Math.PI) / 180) * M_PER_DEG_LON_EQUATOR;
  const xy = points.map((p) => ({ x: p.lon * kx, y: p.lat * M_PER_DEG_LAT }));
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDist = toleranceM;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(xy[i]!, xy[first]!, xy[last]!);
      if (d > farthestDist) {
        farthest = i;
        farthestDist = d;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
