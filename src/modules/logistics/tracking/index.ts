/**
 * Live tracking of deliveries (docs/domain.md, Tracking): positions from the carrier's app and
 * from phone trackers, the ETA, geofences, the live stream (WebSocket / SSE over LISTEN/NOTIFY),
 * share links and replays. What the rest of logistics calls:
 * - `tracking.statusChanged(tx, {deliveryId, status, at, reason})` in the transaction of every
 *   status change of a delivery: the live stream hears it when it commits, the ETA is counted again;
 * - `tracking.liveHub.publish(tx, deliveryId, message)` for any other live message.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import type { NotificationListener } from '../../../shared/db/listener.js';
import type { Outbox } from '../../../shared/events/index.js';
import type { Principal } from '../../../shared/principal.js';
import { DeliveryViews, partyOf } from './deliveries-view.js';
import { LiveHub, type Audience, type LiveMessage, type LiveSubscriber, type SnapshotMessage } from './live-hub.js';
import { liveRoutes } from './live.routes.js';
import { osmandRoutes } from './osmand.routes.js';
import { PositionsService } from './positions.service.js';
import { ShareLinks } from './share-links.js';
import { DeliveryNotFoundError } from './tracking.errors.js';
import { trackingRepository as repo, type TrackedDelivery } from './tracking.repository.js';
import { trackingRoutes } from './tracking.routes.js';

export { DELIVERY_ARRIVING_SOON } from './positions.service.js';
export { LIVE_CHANNEL, LiveHub, type LiveMessage, type SnapshotMessage } from './live-hub.js';

export interface TrackingDeps {
  db: Db;
  clock: Clock;
  events: Outbox;
  listener: NotificationListener;
  geofenceM: number;
  publicUrl?: string | undefined;
  carrierStatus?: ((tx: Executor, carrierId: string) => Promise<string | undefined>) | undefined;
  log?: { warn(obj: object, msg: string): void } | undefined;
}

/** Who a live stream is for: a delivery, an audience, and the share link it came through. */
export interface LiveTarget {
  deliveryId: string;
  audience: Audience;
  linkId?: string;
}

/** Something a stream writes to: a WebSocket or an SSE response. */
export type LiveSink = Omit<LiveSubscriber, 'audience' | 'linkId'>;

export class Tracking {
  readonly liveHub: LiveHub;
  readonly views: DeliveryViews;
  readonly positions: PositionsService;
  readonly shareLinks: ShareLinks;

  constructor(private readonly deps: TrackingDeps) {
    this.views = new DeliveryViews(deps.db, deps.clock, deps.geofenceM);
    this.liveHub = new LiveHub({
      db: deps.db,
      listener: deps.listener,
      log: deps.log,
      snapshot: (id, audience) => this.snapshotOf(id, audience),
    });
    this.positions = new PositionsService({
      db: deps.db,
      clock: deps.clock,
      events: deps.events,
      hub: this.liveHub,
      geofenceM: deps.geofenceM,
      carrierStatus: deps.carrierStatus,
    });
    this.shareLinks = new ShareLinks(deps.db, deps.clock, this.liveHub, deps.publicUrl);
  }

  /** Call in the transaction of a delivery's status change (its row locked): live stream and ETA follow. */
  statusChanged(
    tx: Executor,
    change: { deliveryId: string; status: TrackedDelivery['status']; at: Date; reason?: string | null },
  ): Promise<void> {
    return this.positions.statusChanged(tx, change);
  }

  /**
   * The status endpoint's hook (deliveries.service.ts `live`): a status message goes through
   * statusChanged (ETA counted again), anything else out as it is.
   */
  readonly livePublisher = (tx: Executor, deliveryId: string, message: Record<string, unknown>): Promise<void> => {
    if (message.type === 'status' && typeof message.status === 'string') {
      const at = typeof message.at === 'string' ? new Date(message.at) : this.deps.clock.now();
      return this.statusChanged(tx, {
        deliveryId,
        status: message.status as TrackedDelivery['status'],
        at,
        reason: typeof message.reason === 'string' ? message.reason : null,
      });
    }
    return this.liveHub.publish(tx, deliveryId, message as LiveMessage);
  };

  /** Now, by the app's clock. */
  now(): Date {
    return this.deps.clock.now();
  }

  /** The order's customer, the seller and admins watch a delivery live; anyone else gets a 404. */
  async liveTarget(p: Principal, deliveryId: string): Promise<LiveTarget> {
    const d = await repo.delivery(this.deps.db, deliveryId);
    const party = d ? partyOf(p, d) : null;
    if (!d || !party || party === 'carrier') throw new DeliveryNotFoundError();
    return { deliveryId: d.id, audience: 'party' };
  }

  /** A live share link's stream (404 when dead). */
  async liveTargetByToken(token: string): Promise<LiveTarget> {
    const { delivery, linkId } = await this.shareLinks.resolve(token);
    return { deliveryId: delivery.id, audience: 'public', linkId };
  }

  /** The read-only view of a live share link. */
  async trackView(token: string) {
    const { delivery } = await this.shareLinks.resolve(token);
    return this.views.build(this.deps.db, delivery, 'public');
  }

  /** The first message of a stream: the delivery as its audience sees it. */
  async snapshot(target: LiveTarget): Promise<SnapshotMessage> {
    const snap = await this.snapshotOf(target.deliveryId, target.audience);
    if (!snap) throw new DeliveryNotFoundError();
    return snap;
  }

  /**
   * Subscribes `sink`, sends it the snapshot, then what happened meanwhile (subscribed first, so
   * nothing falls between the snapshot and the stream; a message may repeat what the snapshot
   * already shows). The answer ends the subscription.
   */
  async attach(target: LiveTarget, sink: LiveSink): Promise<() => void> {
    let ready = false;
    const held: string[] = [];
    let closedEarly = false;
    const unsubscribe = await this.liveHub.subscribe(target.deliveryId, {
      audience: target.audience,
      ...(target.linkId ? { linkId: target.linkId } : {}),
      send: (text) => (ready ? sink.send(text) : void held.push(text)),
      close: () => (ready ? sink.close() : void (closedEarly = true)),
      heartbeat: () => sink.heartbeat(),
    });
    try {
      sink.send(JSON.stringify(await this.snapshot(target)));
    } catch (err) {
      unsubscribe();
      throw err;
    }
    ready = true;
    for (const text of held) sink.send(text);
    if (closedEarly) sink.close();
    return unsubscribe;
  }

  routes = async (app: FastifyInstance): Promise<void> => {
    await app.register(trackingRoutes, { tracking: this });
    await app.register(osmandRoutes, { tracking: this });
    await app.register(liveRoutes, { tracking: this });
    app.addHook('preClose', async () => {
      // SSE streams would hold the server open; WebSockets are closed by @fastify/websocket.
      await this.liveHub.close();
    });
  };

  private async snapshotOf(deliveryId: string, audience: Audience): Promise<SnapshotMessage | null> {
    const d = await repo.delivery(this.deps.db, deliveryId);
    if (!d) return null;
    const view = await this.views.build(this.deps.db, d, audience === 'public' ? 'public' : 'watcher');
    return { type: 'snapshot', delivery: view };
  }
}

export function createTracking(deps: TrackingDeps): Tracking {
  return new Tracking(deps);
}
