/**
 * Positions of a delivery's truck (docs/domain.md, Tracking): a batch from the carrier's app or
 * a point from a phone tracker (OsmAnd / Traccar Client). Each batch is one transaction on the
 * delivery's row (so two batches of one truck are judged one after the other): its points are
 * flagged, inserted in one statement, then the usable ones move the ETA, cross the geofences,
 * maybe announce «машина будет через ~N минут», and go out on the live stream when it commits.
 *
 * Flags (points kept, not used for the ETA):
 * - `out_of_order`: not newer than the newest usable point, or older than the delivery itself
 *   (a phone's buffer from the previous job);
 * - `implausible`: more than 200 km/h from the previous usable point.
 * A batch is judged in time order, whatever order it came in.
 *
 * A batch that writes positions only (no arrival, no «скоро» notice, no event) commits without
 * waiting for the WAL flush (synchronous_commit off for that transaction): a database crash may
 * lose the last fraction of a second of positions already answered — the next fix covers them —
 * and in return the notifying commits, which PostgreSQL serialises, no longer queue behind one
 * disk flush each. Anything else a batch writes commits as every other transaction does.
 */
import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import { ValidationError } from '../../../shared/errors.js';
import type { Outbox } from '../../../shared/events/index.js';
import { haversineKm } from '../../../shared/geo.js';
import { AccountReadOnlyError, canTrade, type Principal } from '../../../shared/principal.js';
import { vehicleForTrackerKey } from '../vehicles/index.js';
import { estimateEta, type Eta } from './eta.js';
import { arrivalAt, suggestStatus, type ArrivalKind, type SuggestedStatus } from './geofence.js';
import { LIVE_CHANNEL, livePoint, type LiveHub, type LiveMessage, type PositionsWithRange } from './live-hub.js';
import { arrivingSoonText, etaText, timelineText } from './texts.js';
import {
  CarrierNotApprovedError,
  DeliveryFinishedError,
  DeliveryNotFoundError,
  NoActiveDeliveryError,
  TrackerKeyUnknownError,
} from './tracking.errors.js';
import {
  isTracked,
  trackingRepository as repo,
  type IngestTarget,
  type NewPositionRow,
  type StoredPoint,
  type TrackedDelivery,
} from './tracking.repository.js';

/** Faster than this between two points is a bad fix, not a truck. */
export const MAX_PLAUSIBLE_KMH = 200;
/** A fix further ahead of the server's clock than this is refused: it would make every later fix look old. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
/** «Машина будет через ~N минут» when the ETA first comes closer than this. */
export const ARRIVING_SOON_MS = 30 * 60_000;
export const MAX_BATCH = 500;

export const DELIVERY_ARRIVING_SOON = 'delivery.arriving_soon';

export interface IncomingPoint {
  lat: number;
  lon: number;
  speedKmh: number | null;
  heading: number | null;
  accuracyM: number | null;
  at: Date;
}

export type PositionSource = 'api' | 'osmand' | 'traccar_json';

export interface IngestResult {
  accepted: number;
  usable: number;
  flagged: { outOfOrder: number; implausible: number };
  remainingKm: number | null;
  etaAt: string | null;
  minutesLeft: number | null;
  suggestedStatus: SuggestedStatus | null;
}

export interface PositionsDeps {
  db: Db;
  clock: Clock;
  events: Outbox;
  hub: LiveHub;
  geofenceM: number;
  /** A carrier's account status: a suspended carrier's phone trackers are refused (read-only account). */
  carrierStatus?: ((tx: Executor, carrierId: string) => Promise<string | undefined>) | undefined;
}

export class PositionsService {
  constructor(private readonly deps: PositionsDeps) {}

  /** The awarded carrier's batch; anyone else's, or a missing delivery, is a 404. */
  async postBatch(p: Principal, deliveryId: string, points: readonly IncomingPoint[]): Promise<IngestResult> {
    if (p.role !== 'carrier' || !canTrade(p)) throw new CarrierNotApprovedError();
    this.assertNotAhead(points, (i) => `points.${i}.at`);
    return this.deps.db.transaction(async (tx) => {
      const d = await repo.lockForIngest(tx, { deliveryId });
      if (!d || d.carrierId !== p.userId) throw new DeliveryNotFoundError();
      return this.ingest(tx, d, points, 'api');
    });
  }

  /**
   * A phone tracker's points, by its device key: they go to the delivery the key's vehicle is on
   * the road for. An unknown or revoked key is a 404, a vehicle with no delivery under way a 409.
   */
  async postFromTracker(key: string, points: readonly IncomingPoint[], source: PositionSource): Promise<IngestResult> {
    this.assertNotAhead(points, (i) => (points.length === 1 ? 'timestamp' : `location.${i}.timestamp`));
    return this.deps.db.transaction(async (tx) => {
      const vehicle = await vehicleForTrackerKey(tx, key);
      if (!vehicle) throw new TrackerKeyUnknownError();
      if (this.deps.carrierStatus && (await this.deps.carrierStatus(tx, vehicle.carrierId)) !== 'approved') {
        throw new AccountReadOnlyError();
      }
      const d = await repo.lockForIngest(tx, { vehicleId: vehicle.vehicleId });
      if (!d) throw new NoActiveDeliveryError();
      return this.ingest(tx, d, points, source);
    });
  }

  /**
   * After the delivery's status changed (in the caller's transaction, the delivery row locked):
   * the live stream hears it, and the ETA is counted again (loaded: no more dwell at the pickup).
   */
  async statusChanged(
    tx: Executor,
    change: { deliveryId: string; status: TrackedDelivery['status']; at: Date; reason?: string | null },
  ): Promise<void> {
    const messages: LiveMessage[] = [
      {
        type: 'status',
        status: change.status,
        at: change.at.toISOString(),
        text: timelineText(change.status, change.at, {}),
        ...(change.reason ? { reason: change.reason } : {}),
      },
    ];
    const d = await repo.lockForIngest(tx, { deliveryId: change.deliveryId });
    if (d?.newest && isTracked(d.status)) {
      const eta = this.eta(d, d.newest);
      await repo.setEta(tx, d.id, eta);
      messages.push(this.etaMessage(d, d.newest, eta));
    }
    await this.deps.hub.publish(tx, change.deliveryId, messages);
  }

  private assertNotAhead(points: readonly IncomingPoint[], path: (i: number) => string): void {
    const limit = this.deps.clock.now().getTime() + MAX_CLOCK_AHEAD_MS;
    const errors = points
      .map((pt, i) => ({ pt, i }))
      .filter(({ pt }) => pt.at.getTime() > limit)
      .map(({ i }) => ({ path: path(i), message: 'is in the future: check the device clock' }));
    if (errors.length > 0) throw new ValidationError(errors.slice(0, 10));
  }

  private async ingest(
    tx: Executor,
    d: IngestTarget,
    incoming: readonly IncomingPoint[],
    source: PositionSource,
  ): Promise<IngestResult> {
    if (!isTracked(d.status)) throw new DeliveryFinishedError(d.status);
    const now = this.deps.clock.now();
    let newest: Pick<StoredPoint, 'lat' | 'lon' | 'at'> | null = d.newest;
    const sorted = [...incoming].sort((a, b) => a.at.getTime() - b.at.getTime());
    const rows: NewPositionRow[] = [];
    const usable: NewPositionRow[] = [];
    let outOfOrder = 0;
    let implausible = 0;
    for (const pt of sorted) {
      let flag: NewPositionRow['flag'] = null;
      if (pt.at < d.createdAt || (newest && pt.at <= newest.at)) flag = 'out_of_order';
      // 0,0 is a phone with no fix yet: taken as the first point it would make every real one implausible.
      else if (pt.lat === 0 && pt.lon === 0) flag = 'implausible';
      else if (newest && speedKmh(newest, pt) > MAX_PLAUSIBLE_KMH) flag = 'implausible';
      const row = { ...pt, flag };
      rows.push(row);
      if (flag === 'out_of_order') outOfOrder++;
      else if (flag === 'implausible') implausible++;
      else {
        usable.push(row);
        newest = pt;
      }
    }
    const result: IngestResult = {
      accepted: rows.length,
      usable: usable.length,
      flagged: { outOfOrder, implausible },
      remainingKm: d.remainingKm,
      etaAt: d.etaAt?.toISOString() ?? null,
      minutesLeft: d.etaAt ? Math.max(0, Math.ceil((d.etaAt.getTime() - now.getTime()) / 60_000)) : null,
      suggestedStatus: null,
    };
    const first = usable[0];
    const last = usable.at(-1);
    if (!first || !last) {
      await repo.storeBatch(tx, { deliveryId: d.id, rows, receivedAt: now, source, asyncCommit: true });
      return result;
    }

    const messages: (LiveMessage | PositionsWithRange)[] = [
      {
        type: 'positions',
        points: usable.map((p) => livePoint(p)),
        range: { from: first.at.toISOString(), to: last.at.toISOString() },
      },
    ];
    const arrivals = await this.arrivals(tx, d, usable);
    messages.push(...arrivals);
    const eta = this.eta(d, last);
    const etaMessage = this.etaMessage(d, last, eta);
    messages.push(etaMessage);
    const soon = await this.arrivingSoon(tx, d, eta, now);
    if (soon) messages.push(soon);
    await repo.storeBatch(tx, {
      deliveryId: d.id,
      rows,
      receivedAt: now,
      source,
      eta: {
        remainingKm: eta.remainingKm,
        etaAt: eta.etaAt,
        soonNotifiedAt: soon ? now : null,
        channel: LIVE_CHANNEL,
        payload: this.deps.hub.payload(d.id, messages),
      },
      asyncCommit: arrivals.length === 0 && !soon,
    });
    return {
      ...result,
      remainingKm: eta.remainingKm,
      etaAt: eta.etaAt.toISOString(),
      minutesLeft: eta.minutes,
      suggestedStatus: etaMessage.suggestedStatus,
    };
  }

  private fences(d: IngestTarget) {
    return { pickup: d.pickup, dropoff: d.dropoff, radiusM: this.deps.geofenceM };
  }

  private eta(d: IngestTarget, last: Pick<StoredPoint, 'lat' | 'lon' | 'at'>): Eta {
    const f = this.fences(d);
    return estimateEta({
      position: last,
      fixAt: last.at,
      now: this.deps.clock.now(),
      loaded: d.status === 'loaded' || d.status === 'in_transit',
      pickup: f.pickup,
      dropoff: f.dropoff,
    });
  }

  private etaMessage(d: IngestTarget, last: Pick<StoredPoint, 'lat' | 'lon'>, eta: Eta) {
    return {
      type: 'eta' as const,
      remainingKm: eta.remainingKm,
      etaAt: eta.etaAt.toISOString(),
      etaText: etaText(eta.etaAt),
      minutes: eta.minutes,
      suggestedStatus: suggestStatus(d.status, last, this.fences(d)),
    };
  }

  /** Arrivals the batch's usable points record (once per delivery, at the first point inside). */
  private async arrivals(tx: Executor, d: IngestTarget, usable: readonly NewPositionRow[]): Promise<LiveMessage[]> {
    const f = this.fences(d);
    const seen = new Set<ArrivalKind>();
    const messages: LiveMessage[] = [];
    for (const p of usable) {
      const kind = arrivalAt(p, d.status, f);
      if (!kind || seen.has(kind)) continue;
      seen.add(kind);
      if (await repo.recordOnce(tx, d.id, kind, p.at, { lat: p.lat, lon: p.lon })) {
        messages.push({ type: 'geofence', kind, at: p.at.toISOString(), text: timelineText(kind, p.at, {}) });
      }
    }
    return messages;
  }

  /** The first time the ETA is under 30 minutes with the goods on board: timeline, outbox, live. */
  private async arrivingSoon(tx: Executor, d: IngestTarget, eta: Eta, now: Date): Promise<LiveMessage | null> {
    if (d.soonNotifiedAt || !(d.status === 'loaded' || d.status === 'in_transit')) return null;
    if (eta.etaAt.getTime() - now.getTime() >= ARRIVING_SOON_MS) return null;
    const minutes = eta.minutes;
    if (!(await repo.recordOnce(tx, d.id, 'arriving_soon', now, { minutes, etaAt: eta.etaAt.toISOString() }))) {
      return null;
    }
    await this.deps.events.publish(tx, {
      type: DELIVERY_ARRIVING_SOON,
      key: d.orderId,
      payload: {
        deliveryId: d.id,
        subOrderId: d.subOrderId,
        orderId: d.orderId,
        etaAt: eta.etaAt.toISOString(),
        minutes,
      },
    });
    return { type: 'arriving_soon', etaAt: eta.etaAt.toISOString(), minutes, text: arrivingSoonText(minutes) };
  }
}

function speedKmh(from: Pick<StoredPoint, 'lat' | 'lon' | 'at'>, to: IncomingPoint): number {
  const hours = (to.at.getTime() - from.at.getTime()) / 3_600_000;
  return hours > 0 ? haversineKm(from, to) / hours : Number.POSITIVE_INFINITY;
}
