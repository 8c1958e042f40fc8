/**
 * Geofences around the pickup and the drop-off (docs/domain.md, Tracking — geofences): a usable
 * position within LOGISTICS_GEOFENCE_M (300 m by default) records the arrival once on the
 * timeline, from the positions alone, and offers the carrier the next status. Delivered is only
 * ever offered: it still takes the proof of delivery.
 */
import { haversineKm, type Point } from '../../../shared/geo.js';
import type { DeliveryStatus } from '../logistics.tables.js';

export type ArrivalKind = 'arrived_at_pickup' | 'arrived_at_dropoff';

export interface Fences {
  pickup: Point;
  dropoff: Point;
  radiusM: number;
}

export function inside(p: Point, centre: Point, radiusM: number): boolean {
  return haversineKm(p, centre) * 1000 <= radiusM;
}

/**
 * The arrival a point inside a fence records in this status: the pickup's until the goods are
 * loaded, the drop-off's once they are (a truck passing its warehouse again on the way out does
 * not arrive there a second time, and one that has not loaded has not arrived with the goods).
 */
export function arrivalAt(p: Point, status: DeliveryStatus, f: Fences): ArrivalKind | null {
  if (status === 'awarded' || status === 'en_route_to_pickup') {
    return inside(p, f.pickup, f.radiusM) ? 'arrived_at_pickup' : null;
  }
  if (status === 'loaded' || status === 'in_transit') {
    return inside(p, f.dropoff, f.radiusM) ? 'arrived_at_dropoff' : null;
  }
  return null;
}

export interface SuggestedStatus {
  status: 'loaded' | 'in_transit' | 'delivered';
  /** Why, for the carrier's screen. */
  reason: string;
  /** Delivered still takes the recipient's name (and a photo if the carrier has one). */
  requiresProof: boolean;
}

/** The status the carrier's screen offers from where the truck last was; null when none. */
export function suggestStatus(status: DeliveryStatus, last: Point | null, f: Fences): SuggestedStatus | null {
  if (!last) return null;
  if (status === 'en_route_to_pickup' && inside(last, f.pickup, f.radiusM)) {
    return { status: 'loaded', reason: 'the truck is at the pickup', requiresProof: false };
  }
  if (status === 'loaded' && !inside(last, f.pickup, f.radiusM)) {
    return { status: 'in_transit', reason: 'the truck has left the pickup', requiresProof: false };
  }
  if (status === 'in_transit' && inside(last, f.dropoff, f.radiusM)) {
    return { status: 'delivered', reason: 'the truck is at the drop-off', requiresProof: true };
  }
  return null;
}
