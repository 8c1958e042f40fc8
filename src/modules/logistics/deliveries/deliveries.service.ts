import { eq } from 'drizzle-orm';
import type { Clock } from '../../../shared/clock.js';
import { UNIQUE_VIOLATION, sqlState } from '../../../shared/db/errors.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import { ForbiddenError, ValidationError } from '../../../shared/errors.js';
import type { Outbox } from '../../../shared/events/index.js';
import { canTrade, type Principal } from '../../../shared/principal.js';
import type { OrdersModule } from '../../orders/index.js';
import type { Auction } from '../jobs/auction.js';
import { jobsRepository as jobsRepo, type DeliveryRow, type JobRow } from '../jobs/jobs.repository.js';
import { deliveries, deliveryTimeline, type DeliveryStatus } from '../logistics.tables.js';
import {
  DeliveryNotFoundError,
  IllegalDeliveryStatusError,
  NoProofPhotoError,
  ProofPhotoTakenError,
  VehicleOnAnotherDeliveryError,
} from './deliveries.errors.js';
import type { ProofPhotos } from './proof-photos.js';
import { DELIVERY_STATUS_CHANGED, MIRRORED, nextDeliveryStatuses } from './delivery-status.js';

/** Pushes a message to a delivery's live subscribers when the transaction commits (tracking/). */
export type LivePublisher = (tx: Executor, deliveryId: string, message: Record<string, unknown>) => Promise<void>;

export interface StatusChange {
  status: DeliveryStatus;
  recipientName?: string | undefined;
  reason?: string | undefined;
}

/** Who may look at a delivery: its carrier, the order's customer, the sub-order's seller, admins. */
export function deliveryParty(
  p: Principal,
  d: DeliveryRow,
  job: JobRow,
): 'carrier' | 'customer' | 'seller' | 'admin' | null {
  if (p.role === 'admin') return 'admin';
  if (p.role === 'carrier' && d.carrierId === p.userId) return 'carrier';
  if (p.role === 'customer' && job.customerId === p.userId) return 'customer';
  if (p.role === 'seller' && job.sellerId === p.userId) return 'seller';
  return null;
}

/** The carrier moves its delivery; each step is mirrored onto the sub-order through the outbox. */
export class DeliveriesService {
  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      events: Outbox;
      auction: Auction;
      orders: Pick<OrdersModule, 'loadDelivery'>;
      photos: ProofPhotos;
      live?: LivePublisher | undefined;
    },
  ) {}

  /** The carrier's photo of the goods handed over: kept on disk, its name on the delivery. */
  async attachPhoto(p: Principal, id: string, data: Buffer): Promise<{ photoUrl: string }> {
    const { delivery } = await this.visible(this.deps.db, p, id);
    if (p.role !== 'carrier' || delivery.carrierId !== p.userId) throw new DeliveryNotFoundError();
    if (delivery.status === 'failed' || delivery.status === 'cancelled' || delivery.status === 'awarded') {
      throw new IllegalDeliveryStatusError(delivery.status, 'proof photo', [
        'en_route_to_pickup',
        'loaded',
        'in_transit',
        'delivered',
      ]);
    }
    // The proof stands once the goods are delivered: a photo may follow the delivery, never replace one.
    if (delivery.status === 'delivered' && delivery.proofPhoto) throw new ProofPhotoTakenError();
    const name = await this.deps.photos.save(delivery.id, data);
    const now = this.deps.clock.now();
    await this.deps.db.transaction(async (tx) => {
      await tx.update(deliveries).set({ proofPhoto: name, updatedAt: now }).where(eq(deliveries.id, delivery.id));
      await tx.insert(deliveryTimeline).values({ deliveryId: delivery.id, kind: 'proof_photo', at: now, data: {} });
    });
    // A photo replaced before delivery leaves no file behind.
    if (delivery.proofPhoto) await this.deps.photos.remove(delivery.proofPhoto);
    return { photoUrl: `/api/v1/logistics/deliveries/${delivery.id}/proof-photo` };
  }

  async photo(p: Principal, id: string): Promise<{ data: Buffer; type: string }> {
    const { delivery } = await this.visible(this.deps.db, p, id);
    if (!delivery.proofPhoto) throw new NoProofPhotoError();
    return this.deps.photos.read(delivery.proofPhoto);
  }

  /** A delivery and its job, when `p` may see it; else 404. */
  async visible(ex: Executor, p: Principal, id: string, lock = false): Promise<{ delivery: DeliveryRow; job: JobRow }> {
    const q = ex.select().from(deliveries).where(eq(deliveries.id, id));
    const [delivery] = lock ? await q.for('update') : await q;
    if (!delivery) throw new DeliveryNotFoundError();
    const job = await jobsRepo.job(ex, delivery.jobId, lock);
    if (!job || !deliveryParty(p, delivery, job)) throw new DeliveryNotFoundError();
    return { delivery, job };
  }

  async move(p: Principal, id: string, change: StatusChange): Promise<DeliveryRow> {
    if (p.role !== 'carrier' && p.role !== 'admin') {
      throw new ForbiddenError('deliveries are moved by their carrier', 'LOGISTICS.CARRIERS_ONLY');
    }
    if (p.role === 'carrier' && !canTrade(p))
      throw new ForbiddenError('the carrier account is not approved', 'USER.NOT_APPROVED');
    try {
      return await this.deps.db.transaction(async (tx) => {
        // The job first, then the delivery: the auction locks jobs, and every writer takes them in this order.
        const [row] = await tx.select({ jobId: deliveries.jobId }).from(deliveries).where(eq(deliveries.id, id));
        if (row) await jobsRepo.job(tx, row.jobId, true);
        const { delivery, job } = await this.visible(tx, p, id, true);
        if (p.role === 'carrier' && delivery.carrierId !== p.userId) throw new DeliveryNotFoundError();
        return this.apply(tx, delivery, job, change, p);
      });
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) throw new VehicleOnAnotherDeliveryError();
      throw err;
    }
  }

  private async apply(tx: Executor, d: DeliveryRow, job: JobRow, change: StatusChange, p: Principal) {
    const allowed = nextDeliveryStatuses(d.status);
    if (!allowed.includes(change.status)) throw new IllegalDeliveryStatusError(d.status, change.status, allowed);
    if (change.status === 'delivered' && !change.recipientName) {
      throw new ValidationError([{ path: 'recipientName', message: 'who took the goods: the proof of delivery' }]);
    }
    if (change.status === 'failed' && !change.reason) {
      throw new ValidationError([{ path: 'reason', message: 'say why the delivery failed' }]);
    }
    const now = this.deps.clock.now();
    const [updated] = await tx
      .update(deliveries)
      .set({
        status: change.status,
        updatedAt: now,
        ...(change.status === 'delivered' ? { deliveredAt: now, recipientName: change.recipientName } : {}),
        ...(change.status === 'failed' ? { failReason: change.reason } : {}),
      })
      .where(eq(deliveries.id, d.id))
      .returning();
    const data = {
      by: p.role,
      ...(change.recipientName ? { recipientName: change.recipientName } : {}),
      ...(change.reason ? { reason: change.reason } : {}),
    };
    await tx.insert(deliveryTimeline).values({ deliveryId: d.id, kind: change.status, at: now, data });
    if (MIRRORED.has(change.status)) {
      const report = {
        deliveryId: d.id,
        jobId: job.id,
        subOrderId: job.subOrderId,
        orderId: job.orderId,
        carrierId: d.carrierId,
        to: change.status as 'loaded' | 'in_transit' | 'delivered' | 'failed',
        reason: change.reason ?? null,
        at: now.toISOString(),
      };
      // Loading ships the goods at once: from here the part cannot be cancelled (docs/domain.md).
      if (change.status === 'loaded') await this.deps.orders.loadDelivery(tx, report);
      await this.deps.events.publish(tx, { type: DELIVERY_STATUS_CHANGED, key: job.orderId, payload: report });
    }
    if (change.status === 'delivered') await jobsRepo.updateJob(tx, job.id, { status: 'delivered', updatedAt: now });
    // A failed delivery puts the job back out; the part goes back to ready (orders mirrors it).
    if (change.status === 'failed') await this.deps.auction.reopen(tx, job);
    await this.deps.live?.(tx, d.id, { type: 'status', status: change.status, at: now.toISOString(), ...data });
    return updated!;
  }
}
