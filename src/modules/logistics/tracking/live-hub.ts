/**
 * The live fan-out of delivery tracking (docs/domain.md, Tracking — live stream). Whatever changes
 * a delivery — a batch of positions, a status, an arrival — `publish`es its messages in the
 * transaction of the change: a NOTIFY on LIVE_CHANNEL, delivered when (and only if) it commits, to
 * every process listening, in commit order. Each process listens through its one connection
 * (src/shared/db/listener.ts) and hands every message to the subscribers it holds for that
 * delivery — WebSockets and SSE streams of customers, sellers, admins and share links.
 *
 * A NOTIFY payload must stay under 8 000 bytes: a message too big travels as a reference (a batch
 * of positions by the times of its first and last usable points — usable points of a delivery
 * only ever move forward in time, so that range is the batch) and each process reads it back
 * once, whatever its number of subscribers; anything else too big is a `resync` and subscribers
 * get a fresh snapshot.
 */
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../shared/db/database.js';
import type { NotificationListener } from '../../../shared/db/listener.js';
import type { DeliveryStatus } from '../logistics.tables.js';
import type { DeliveryView } from './deliveries-view.js';
import type { SuggestedStatus } from './geofence.js';
import { trackingRepository as repo, type StoredPoint } from './tracking.repository.js';

export const LIVE_CHANNEL = 'tutuu_live';
/** PostgreSQL refuses payloads of 8 000 bytes or more; the envelope stays below with room to spare. */
export const MAX_NOTIFY_BYTES = 7_900;
/** A subscriber hears something at least this often (a comment on SSE, a ping on WebSocket). */
export const HEARTBEAT_MS = 25_000;

export interface LivePoint {
  lat: number;
  lon: number;
  at: string;
  speedKmh: number | null;
  heading: number | null;
}

/** The first message of every stream: the delivery as its audience sees it. */
export interface SnapshotMessage {
  type: 'snapshot';
  delivery: DeliveryView;
}

/** Everything a live stream carries, as JSON `{type, …}`. */
export type LiveMessage =
  | SnapshotMessage
  | { type: 'positions'; points: LivePoint[] }
  | {
      type: 'eta';
      remainingKm: number;
      etaAt: string;
      etaText: string;
      minutes: number;
      suggestedStatus: SuggestedStatus | null;
    }
  | { type: 'geofence'; kind: 'arrived_at_pickup' | 'arrived_at_dropoff'; at: string; text: string }
  | { type: 'arriving_soon'; etaAt: string; minutes: number; text: string }
  | { type: 'status'; status: DeliveryStatus; at: string; text: string; reason?: string | null };

/** What a process sends through NOTIFY: a message, or a batch of positions by the times to read back. */
type Wire =
  | LiveMessage
  | { type: 'positions_ref'; from: string; to: string }
  | { type: 'resync' }
  | { type: 'link_revoked'; linkId: string };
interface Envelope {
  d: string;
  m: Wire[];
}

/** A positions message that can travel as a reference when too big: its first and last point's times. */
export interface PositionsWithRange {
  type: 'positions';
  points: LivePoint[];
  range: { from: string; to: string };
}

/** Who listens: parties see status reasons; share-link viewers (`public`) do not. */
export type Audience = 'party' | 'public';

export interface LiveSubscriber {
  audience: Audience;
  /** The share link a public viewer came through: revoking it ends the stream. */
  linkId?: string;
  send(text: string): void;
  /** Ends the stream (the delivery ended, or the app is closing). */
  close(): void;
  /** Something to keep the connection alive (and notice a dead peer). */
  heartbeat(): void;
}

export interface LiveHubLog {
  warn(obj: object, msg: string): void;
}

const TERMINAL: ReadonlySet<string> = new Set(['delivered', 'failed', 'cancelled']);

export function livePoint(p: Pick<StoredPoint, 'lat' | 'lon' | 'at' | 'speedKmh' | 'heading'>): LivePoint {
  return { lat: p.lat, lon: p.lon, at: p.at.toISOString(), speedKmh: p.speedKmh, heading: p.heading };
}

export class LiveHub {
  private readonly subscribers = new Map<string, Set<LiveSubscriber>>();
  /** Per delivery, the delivery of the previous notification: messages go out in commit order. */
  private readonly chains = new Map<string, Promise<void>>();
  private listening: Promise<(() => Promise<void>) | undefined> | undefined;
  private stopReconnect: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly deps: {
      db: Db;
      listener: NotificationListener;
      /** A delivery's snapshot for an audience (a resync, or after the listening connection came back). */
      snapshot: (deliveryId: string, audience: Audience) => Promise<SnapshotMessage | null>;
      log?: LiveHubLog | undefined;
    },
  ) {}

  /**
   * Sends `messages` to every subscriber of the delivery, on every process, once the caller's
   * transaction commits (nothing if it rolls back). This is what a status change calls.
   */
  async publish(
    tx: Executor,
    deliveryId: string,
    messages: LiveMessage | PositionsWithRange | readonly (LiveMessage | PositionsWithRange)[],
  ): Promise<void> {
    const list = (Array.isArray(messages) ? messages : [messages]) as (LiveMessage | PositionsWithRange)[];
    if (list.length === 0) return;
    await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${this.payload(deliveryId, list)})`);
  }

  /** The NOTIFY payload of `messages` on LIVE_CHANNEL, for a caller that notifies in a statement of its own. */
  payload(deliveryId: string, messages: readonly (LiveMessage | PositionsWithRange)[]): string {
    return envelope(deliveryId, messages);
  }

  /** Ends the streams opened through a share link, on every process, once the revocation commits. */
  async linkRevoked(tx: Executor, deliveryId: string, linkId: string): Promise<void> {
    const payload = JSON.stringify({ d: deliveryId, m: [{ type: 'link_revoked', linkId }] } satisfies Envelope);
    await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`);
  }

  /** Adds a subscriber to the delivery's messages (listening starts with the first); the answer removes it. */
  async subscribe(deliveryId: string, sub: LiveSubscriber): Promise<() => void> {
    if (this.closed) throw new Error('the live hub is closed');
    let set = this.subscribers.get(deliveryId);
    if (!set) this.subscribers.set(deliveryId, (set = new Set()));
    set.add(sub);
    this.startHeartbeat();
    let removed = false;
    const unsubscribe = () => {
      if (removed) return;
      removed = true;
      const current = this.subscribers.get(deliveryId);
      current?.delete(sub);
      if (current?.size === 0) this.subscribers.delete(deliveryId);
      if (this.subscribers.size === 0) this.stopHeartbeat();
    };
    try {
      await this.listen();
    } catch (err) {
      unsubscribe();
      throw err;
    }
    return unsubscribe;
  }

  /** How many subscribers this process holds (all deliveries). */
  get size(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /** Ends every stream and stops listening (the app is closing). */
  async close(): Promise<void> {
    this.closed = true;
    this.stopHeartbeat();
    for (const set of this.subscribers.values()) for (const sub of set) sub.close();
    this.subscribers.clear();
    this.stopReconnect?.();
    const stop = await this.listening?.catch(() => undefined);
    await stop?.();
  }

  private listen(): Promise<unknown> {
    this.listening ??= (async () => {
      this.stopReconnect = this.deps.listener.onReconnect(() => this.resyncAll());
      return this.deps.listener.listen(LIVE_CHANNEL, (payload) => this.onNotify(payload));
    })();
    return this.listening;
  }

  private onNotify(payload: string): void {
    let env: Envelope;
    try {
      env = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    if (typeof env?.d !== 'string' || !Array.isArray(env.m)) return;
    // Nobody here watches this delivery: nothing to read, nothing to send.
    if (!this.subscribers.has(env.d)) return;
    this.enqueue(env.d, () => this.deliver(env));
  }

  private enqueue(deliveryId: string, work: () => Promise<void>): void {
    const previous = this.chains.get(deliveryId) ?? Promise.resolve();
    const next = previous.then(work).catch((err: unknown) => {
      this.deps.log?.warn({ err, deliveryId }, 'a live message could not be delivered');
    });
    this.chains.set(deliveryId, next);
    void next.then(() => {
      if (this.chains.get(deliveryId) === next) this.chains.delete(deliveryId);
    });
  }

  private async deliver(env: Envelope): Promise<void> {
    for (const wire of env.m) {
      if (!this.subscribers.has(env.d)) return;
      if (wire.type === 'positions_ref') {
        const points = await repo.usableBetween(this.deps.db, env.d, new Date(wire.from), new Date(wire.to));
        if (points.length > 0) this.fanOut(env.d, { type: 'positions', points: points.map(livePoint) });
      } else if (wire.type === 'resync') {
        await this.resync(env.d);
      } else if (wire.type === 'link_revoked') {
        for (const sub of [...(this.subscribers.get(env.d) ?? [])]) if (sub.linkId === wire.linkId) sub.close();
      } else {
        this.fanOut(env.d, wire);
      }
    }
  }

  private fanOut(deliveryId: string, message: LiveMessage): void {
    const set = this.subscribers.get(deliveryId);
    if (!set) return;
    // Serialised once for all: a thousand subscribers share one string.
    const party = JSON.stringify(message);
    let pub: string | undefined;
    for (const sub of [...set]) {
      if (sub.audience === 'public') {
        pub ??= JSON.stringify(publicMessage(message));
        sub.send(pub);
      } else {
        sub.send(party);
      }
    }
    // A finished delivery sends nothing more; a share link is dead with it.
    if (message.type === 'status' && TERMINAL.has(message.status)) for (const sub of [...set]) sub.close();
  }

  private async resync(deliveryId: string): Promise<void> {
    const set = this.subscribers.get(deliveryId);
    if (!set) return;
    const byAudience = new Map<Audience, string | null>();
    for (const sub of [...set]) {
      if (!byAudience.has(sub.audience)) {
        const snap = await this.deps.snapshot(deliveryId, sub.audience);
        byAudience.set(sub.audience, snap ? JSON.stringify(snap) : null);
      }
      const text = byAudience.get(sub.audience);
      if (text) sub.send(text);
      else sub.close();
    }
  }

  /** The listening connection was lost and is back: what was missed comes as fresh snapshots. */
  private resyncAll(): void {
    for (const deliveryId of this.subscribers.keys()) this.enqueue(deliveryId, () => this.resync(deliveryId));
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const set of this.subscribers.values()) for (const sub of [...set]) sub.heartbeat();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}

/** What a share link's viewer sees of a message: a status without its reason. */
function publicMessage(message: LiveMessage): LiveMessage {
  if (message.type !== 'status' || message.reason === undefined) return message;
  const { reason: _reason, ...rest } = message;
  return rest;
}

/** The NOTIFY payload: the messages as they are, or by reference when that is too big. */
function envelope(deliveryId: string, list: readonly (LiveMessage | PositionsWithRange)[]): string {
  const plain = (m: LiveMessage | PositionsWithRange): LiveMessage =>
    m.type === 'positions' ? { type: 'positions', points: m.points } : m;
  const full = JSON.stringify({ d: deliveryId, m: list.map(plain) } satisfies Envelope);
  if (Buffer.byteLength(full) <= MAX_NOTIFY_BYTES) return full;
  const slim: Wire[] = list.map((m) =>
    m.type === 'positions' && 'range' in m ? { type: 'positions_ref', from: m.range.from, to: m.range.to } : plain(m),
  );
  const reduced = JSON.stringify({ d: deliveryId, m: slim } satisfies Envelope);
  if (Buffer.byteLength(reduced) <= MAX_NOTIFY_BYTES) return reduced;
  return JSON.stringify({ d: deliveryId, m: [{ type: 'resync' }] } satisfies Envelope);
}
