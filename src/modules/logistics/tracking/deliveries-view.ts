/**
 * How a delivery is shown (docs/domain.md, Tracking): to the carrier and admins in full (its
 * price, who receives the goods), to the customer and the seller without the carrier's price,
 * and through a share link without ids, prices, phones or reasons. The live snapshot is the
 * customer's view (or the share link's).
 */
import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import type { Principal } from '../../../shared/principal.js';
import { BODY_NAMES, type BodyType } from '../body-types.js';
import type { DeliveryStatus } from '../logistics.tables.js';
import { suggestStatus, type SuggestedStatus } from './geofence.js';
import { livePoint, type LivePoint } from './live-hub.js';
import { ROUTE_TOLERANCE_M, simplify } from './polyline.js';
import { etaText, statusText, timelineText } from './texts.js';
import { DeliveryNotFinishedError, DeliveryNotFoundError } from './tracking.errors.js';
import {
  isFinished,
  trackingRepository as repo,
  type TimelineRow,
  type TrackedDelivery,
} from './tracking.repository.js';

/** Who looks: the carrier and admins see everything, customer and seller no price, a share link less. */
export type ViewLevel = 'full' | 'watcher' | 'public';
export type Party = 'carrier' | 'customer' | 'seller' | 'admin';

/** The caller's part in the delivery, or null: a stranger (who gets a 404). */
export function partyOf(p: Pick<Principal, 'userId' | 'role'>, d: TrackedDelivery): Party | null {
  if (p.role === 'admin') return 'admin';
  if (p.role === 'carrier' && d.carrierId === p.userId) return 'carrier';
  if (p.role === 'customer' && d.customerId === p.userId) return 'customer';
  if (p.role === 'seller' && d.sellerId === p.userId) return 'seller';
  return null;
}

export const levelOf = (party: Party): ViewLevel => (party === 'carrier' || party === 'admin' ? 'full' : 'watcher');

export interface TimelineEntry {
  kind: string;
  at: string;
  /** With Moscow time, as a person reads it. */
  text: string;
  reason?: string | null;
}

export interface RouteView {
  /** The route so far, simplified: [lat, lon] pairs in order. */
  points: [number, number][];
  /** How many usable positions it was drawn from. */
  positions: number;
  toleranceM: number;
}

/** Everything any view shows; the levels leave parts out. */
export interface DeliveryView {
  id?: string;
  jobId?: string;
  orderId?: string;
  orderNumber?: string;
  subOrderId?: string;
  status: DeliveryStatus;
  statusText: string;
  pickup: { name: string; address: string; lat: number; lon: number };
  dropoff: { address: string; lat: number; lon: number };
  window: { from: string; to: string };
  vehicle: { bodyType: string; bodyName: string; name?: string; plate: string };
  priceMinor?: number;
  contact?: { name: string; company: string | null; phone: string | null };
  recipientName?: string | null;
  lastPosition: LivePoint | null;
  route: RouteView;
  remainingKm: number | null;
  etaAt: string | null;
  etaText: string | null;
  minutesLeft: number | null;
  suggestedStatus: SuggestedStatus | null;
  timeline: TimelineEntry[];
  createdAt?: string;
  deliveredAt?: string | null;
}

export interface ReplayView {
  id: string;
  status: DeliveryStatus;
  statusText: string;
  points: LivePoint[];
  timeline: TimelineEntry[];
  startedAt: string | null;
  endedAt: string | null;
}

export class DeliveryViews {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly geofenceM: number,
  ) {}

  /** The delivery as the caller may see it; a stranger's or a missing id is a 404. */
  async forCaller(p: Principal, id: string): Promise<DeliveryView> {
    const d = await repo.delivery(this.db, id);
    const party = d ? partyOf(p, d) : null;
    if (!d || !party) throw new DeliveryNotFoundError();
    return this.build(this.db, d, levelOf(party));
  }

  /** Every usable point in order and the timeline of a finished delivery, to play it back. */
  async replay(p: Principal, id: string): Promise<ReplayView> {
    const d = await repo.delivery(this.db, id);
    const party = d ? partyOf(p, d) : null;
    if (!d || !party) throw new DeliveryNotFoundError();
    if (!isFinished(d.status)) throw new DeliveryNotFinishedError(d.status);
    const [points, timeline] = await Promise.all([repo.usablePoints(this.db, d.id), repo.timeline(this.db, d.id)]);
    return {
      id: d.id,
      status: d.status,
      statusText: statusText(d.status),
      points: points.map(livePoint),
      timeline: timeline.map((t) => entry(t, 'watcher')),
      startedAt: points[0]?.at.toISOString() ?? null,
      endedAt: points.at(-1)?.at.toISOString() ?? null,
    };
  }

  async build(ex: Executor, d: TrackedDelivery, level: ViewLevel): Promise<DeliveryView> {
    const [points, timeline] = await Promise.all([repo.usablePoints(ex, d.id), repo.timeline(ex, d.id)]);
    const last = points.at(-1) ?? null;
    const now = this.clock.now();
    const running = !isFinished(d.status);
    const fences = {
      pickup: { lat: d.pickupLat, lon: d.pickupLon },
      dropoff: { lat: d.dropoffLat, lon: d.dropoffLon },
      radiusM: this.geofenceM,
    };
    const view: DeliveryView = {
      status: d.status,
      statusText: statusText(d.status),
      pickup: { name: d.pickupName, address: d.pickupAddress, lat: d.pickupLat, lon: d.pickupLon },
      dropoff: { address: d.dropoffAddress, lat: d.dropoffLat, lon: d.dropoffLon },
      window: { from: d.windowFrom.toISOString(), to: d.windowTo.toISOString() },
      vehicle: { bodyType: d.bodyType, bodyName: BODY_NAMES[d.bodyType as BodyType] ?? d.bodyType, plate: d.plate },
      lastPosition: last ? livePoint(last) : null,
      route: {
        points: simplify(points).map((p) => [p.lat, p.lon] as [number, number]),
        positions: points.length,
        toleranceM: ROUTE_TOLERANCE_M,
      },
      remainingKm: running && d.remainingKm !== null ? Number(d.remainingKm) : null,
      etaAt: running && d.etaAt ? d.etaAt.toISOString() : null,
      etaText: running && d.etaAt ? etaText(d.etaAt) : null,
      minutesLeft: running && d.etaAt ? Math.max(0, Math.ceil((d.etaAt.getTime() - now.getTime()) / 60_000)) : null,
      suggestedStatus: running ? suggestStatus(d.status, last, fences) : null,
      timeline: timeline.map((t) => entry(t, level)),
    };
    if (level === 'public') return view;
    Object.assign(view, {
      id: d.id,
      jobId: d.jobId,
      orderId: d.orderId,
      orderNumber: d.orderNumber,
      subOrderId: d.subOrderId,
      recipientName: d.recipientName,
      createdAt: d.createdAt.toISOString(),
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
    });
    view.vehicle.name = d.vehicleName;
    if (level === 'full') {
      view.priceMinor = d.priceMinor;
      view.contact = d.contact;
    }
    return view;
  }
}

function entry(t: TimelineRow, level: ViewLevel): TimelineEntry {
  const e: TimelineEntry = { kind: t.kind, at: t.at.toISOString(), text: timelineText(t.kind, t.at, t.data) };
  if (level !== 'public' && typeof t.data.reason === 'string') e.reason = t.data.reason;
  return e;
}
