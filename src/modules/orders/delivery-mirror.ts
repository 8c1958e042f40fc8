import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../../shared/clock.js';
import type { Executor } from '../../shared/db/database.js';
import type { OrderLifecycle } from './order-lifecycle.js';
import { PartNotLoadableError } from './orders.errors.js';
import type { SubOrderRow } from './orders.repository.js';
import { DELIVERY_STATES, subOrders, type DeliveryState, type SubOrderStatus } from './orders.tables.js';
import { deliverySteps, MIRRORED, unships } from './state-machine.js';

/** Logistics' events orders listens to (docs/domain.md, Logistics). */
export const DELIVERY_STATUS_CHANGED = 'delivery.status_changed';
export const DELIVERY_JOB_POSTED = 'delivery_job.posted';

const uuid = z.uuid();
const deliveryStatusChanged = z.object({
  deliveryId: uuid,
  jobId: uuid,
  subOrderId: uuid,
  orderId: uuid,
  carrierId: uuid,
  to: z.enum(DELIVERY_STATES),
  reason: z.string().nullish(),
  /** When the carrier reported it: orders a delivery's reports, and one delivery after another. */
  at: z.iso.datetime({ offset: true }),
});
/** `delivery.status_changed`, as logistics publishes it. */
export type DeliveryStatusChanged = z.input<typeof deliveryStatusChanged>;
const deliveryJobPosted = z.object({ jobId: uuid, subOrderId: uuid, orderId: uuid });
/** `delivery_job.posted`, as logistics publishes it. */
export type DeliveryJobPosted = z.input<typeof deliveryJobPosted>;

/** Where the mirror reports what it leaves alone; Fastify's (pino) logger fits. */
export interface MirrorLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}
const silentLog: MirrorLog = { info: () => undefined, warn: () => undefined };

/** A delivery's reports in the order the carrier makes them; `failed` ends it. */
const RANK: Record<DeliveryState, number> = { loaded: 1, in_transit: 2, delivered: 3, failed: 4 };
/** The history's reason when the report gives none. */
const SAID: Record<DeliveryState, string> = {
  loaded: 'loaded by the carrier',
  in_transit: 'in transit',
  delivered: 'delivered by the carrier',
  failed: 'delivery failed',
};
/** Where a part is before its goods are loaded: a delivery failing then leaves it as it is. */
const NOT_LOADED: ReadonlySet<SubOrderStatus> = new Set(['confirmed', 'assembling', 'ready']);
/** Parts no delivery report moves: nothing to carry (cancelled) or nothing paid for yet. */
const OUT_OF_REACH: ReadonlySet<SubOrderStatus> = new Set(['cancelled', 'pending_payment', 'paid']);

/**
 * Mirrors a delivery onto its part (docs/domain.md, Logistics): what the carrier reports to
 * logistics moves the delivery sub-order, under the order lock like every other writer of it.
 * loaded → handed_to_carrier (the stock ships), in_transit, delivered (the return window starts);
 * failed → back to ready from handed_to_carrier or in_transit, the goods on hand and reserved again
 * (nothing when the goods were never loaded). The history names the carrier.
 *
 * Reports may come twice, late or out of order. The part remembers the delivery last mirrored,
 * its state and when it was reported: a report of that delivery is taken only if it goes further
 * (a repeat or a late earlier one changes nothing; after `failed` nothing does), a report of
 * another delivery only if it was made later (a newer delivery after a failed one; an older one's
 * late reports are left alone). A report that skips a step passes through it. Pickup parts and
 * parts cancelled or unpaid are never moved: that is logged, not retried.
 */
export class DeliveryMirror {
  private log: MirrorLog = silentLog;

  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly clock: Clock,
  ) {}

  /** Set once the app's logger exists. */
  useLog(log: MirrorLog): void {
    this.log = log;
  }

  /** `delivery_job.posted`: the part keeps its job's id, so the order shows where to find it. */
  async jobPosted(tx: Executor, payload: unknown): Promise<void> {
    const e = parse(deliveryJobPosted, DELIVERY_JOB_POSTED, payload);
    const locked = await this.lifecycle.lock(tx, e.orderId);
    const sub = locked?.subs.find((s) => s.id === e.subOrderId);
    if (!sub) {
      this.log.warn({ ...e }, 'delivery job posted for a sub-order that is not there; ignored');
      return;
    }
    if (sub.deliveryJobId === e.jobId) return;
    await tx
      .update(subOrders)
      .set({ deliveryJobId: e.jobId, updatedAt: this.clock.now() })
      .where(eq(subOrders.id, sub.id));
  }

  /**
   * The carrier's `loaded`, in the carrier's own transaction (logistics calls it before it commits
   * the step): the goods ship now, so the part can no longer be cancelled while they are on the
   * truck; a part cancelled (or not yet paid) refuses the loading. The event that follows is then
   * no news.
   */
  async loadNow(tx: Executor, payload: DeliveryStatusChanged): Promise<void> {
    const e = parse(deliveryStatusChanged, DELIVERY_STATUS_CHANGED, payload);
    const locked = await this.lifecycle.lock(tx, e.orderId);
    const sub = locked?.subs.find((s) => s.id === e.subOrderId);
    if (sub && OUT_OF_REACH.has(sub.status)) throw new PartNotLoadableError(sub.status);
    await this.statusChanged(tx, payload);
  }

  /** `delivery.status_changed`: see the class. */
  async statusChanged(tx: Executor, payload: unknown): Promise<void> {
    const e = parse(deliveryStatusChanged, DELIVERY_STATUS_CHANGED, payload);
    const at = new Date(e.at);
    const about = { deliveryId: e.deliveryId, subOrderId: e.subOrderId, orderId: e.orderId, to: e.to };
    let locked = await this.lifecycle.lock(tx, e.orderId);
    const sub = locked?.subs.find((s) => s.id === e.subOrderId);
    if (!locked || !sub) {
      this.log.warn(about, 'delivery report for a sub-order that is not there; ignored');
      return;
    }
    if (locked.order.delivery.method !== 'delivery') {
      this.log.warn(about, 'delivery report for a pickup sub-order; ignored');
      return;
    }
    if (!isNews(sub, e.deliveryId, e.to, at)) return;
    await tx
      .update(subOrders)
      .set({ deliveryId: e.deliveryId, deliveryState: e.to, deliveryStateAt: at })
      .where(eq(subOrders.id, sub.id));

    const actor = { actorId: e.carrierId, actorRole: 'carrier', reason: e.reason ?? SAID[e.to] };
    if (e.to === 'failed') {
      if (unships(sub.status, 'ready')) await this.lifecycle.move(tx, locked, [sub], 'ready', actor);
      else if (!NOT_LOADED.has(sub.status)) {
        this.log.info({ ...about, status: sub.status }, 'failed delivery of a sub-order past it: nothing to undo');
      }
      return;
    }
    const steps = deliverySteps(sub.status, MIRRORED[e.to]);
    if (steps.length === 0 && OUT_OF_REACH.has(sub.status)) {
      this.log.warn({ ...about, status: sub.status }, 'delivery report for a sub-order no delivery moves; ignored');
    }
    for (const to of steps) {
      const current = locked.subs.find((s) => s.id === sub.id)!;
      await this.lifecycle.move(tx, locked, [current], to, actor);
      // The next step starts from what this one wrote (the order's status, the part's).
      locked = (await this.lifecycle.lock(tx, e.orderId))!;
    }
  }
}

/**
 * Whether a report tells the part something it does not know: the delivery mirrored last going
 * further, or another delivery reported after it (on the same instant only after a failed one).
 */
function isNews(sub: SubOrderRow, deliveryId: string, to: DeliveryState, at: Date): boolean {
  if (!sub.deliveryId || !sub.deliveryState || !sub.deliveryStateAt) return true;
  if (sub.deliveryId === deliveryId) return RANK[to] > RANK[sub.deliveryState];
  const last = sub.deliveryStateAt.getTime();
  return at.getTime() > last || (at.getTime() === last && sub.deliveryState === 'failed');
}

/** An event that does not say what the contract says is a publisher's mistake: parked for an admin. */
function parse<T extends z.ZodType>(schema: T, type: string, payload: unknown): z.output<T> {
  const r = schema.safeParse(payload);
  if (!r.success) {
    throw new Error(
      `${type}: ${r.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ')}`,
    );
  }
  return r.data;
}
