import type { DeliveryStatus } from '../logistics.tables.js';

/**
 * A delivery's life (docs/domain.md, Logistics): the carrier moves it one step at a time —
 * awarded → en_route_to_pickup → loaded → in_transit → delivered (with proof) — or reports it
 * failed with a reason at any step before delivered.
 */
const NEXT: Record<DeliveryStatus, readonly DeliveryStatus[]> = {
  awarded: ['en_route_to_pickup', 'failed'],
  en_route_to_pickup: ['loaded', 'failed'],
  loaded: ['in_transit', 'failed'],
  in_transit: ['delivered', 'failed'],
  delivered: [],
  failed: [],
  cancelled: [],
};

export function nextDeliveryStatuses(from: DeliveryStatus): readonly DeliveryStatus[] {
  return NEXT[from];
}

/** What the carrier reports that the order mirrors (docs/domain.md, Orders: delivery parts). */
export const MIRRORED: ReadonlySet<DeliveryStatus> = new Set(['loaded', 'in_transit', 'delivered', 'failed']);

/** The delivery is under way: the truck is on its way to the goods or with them. */
export const MOVING: ReadonlySet<DeliveryStatus> = new Set(['en_route_to_pickup', 'loaded', 'in_transit']);

export const DELIVERY_STATUS_CHANGED = 'delivery.status_changed';
