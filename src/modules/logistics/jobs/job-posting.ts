import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import type { Outbox } from '../../../shared/events/index.js';
import type { CatalogModule } from '../../catalog/index.js';
import type { DeliveryFacts, OrdersModule } from '../../orders/index.js';
import { allowedBodies, type Load } from '../body-types.js';
import { guidePrice, NoVehicleFitsError, type CargoPart } from '../guide-price.js';
import { roadDistance } from '../road-distance.js';
import { SubOrderNotPostableError } from './jobs.errors.js';
import { jobsRepository as repo, type JobRow } from './jobs.repository.js';
import { closeTime, loadOf } from './job-rules.js';

export const AUCTION_CLOSE = 'logistics.auction_close';
export const AWARD_CONFIRM = 'logistics.award_confirm';
export const JOB_POSTED = 'delivery_job.posted';

/** Sub-order statuses a seller may post its delivery from, before it is ready. */
const POSTABLE_EARLY = new Set(['confirmed', 'assembling', 'ready']);

/**
 * Puts a delivery sub-order out to carriers (docs/domain.md, Logistics): one job per sub-order,
 * whoever posts it and however often the event comes.
 */
export class JobPosting {
  constructor(
    private readonly deps: {
      clock: Clock;
      events: Outbox;
      catalog: Pick<CatalogModule, 'transport'>;
      orders: Pick<OrdersModule, 'delivery'>;
      auctionMinutes: number;
    },
  ) {}

  /** `suborder.status_changed` to `ready`: post the job unless it is there already. */
  async onReady(tx: Executor, subOrderId: string): Promise<JobRow | undefined> {
    const facts = await this.deps.orders.delivery.facts(tx, subOrderId);
    if (!facts || facts.method !== 'delivery' || !facts.dropoff || !facts.window) return undefined;
    if (facts.status !== 'ready') return repo.jobOfSubOrder(tx, subOrderId);
    return this.post(tx, facts);
  }

  /** The seller posts its delivery early, from `confirmed` on; the same job when it is posted already. */
  async postEarly(tx: Executor, facts: DeliveryFacts): Promise<{ job: JobRow; created: boolean }> {
    const existing = await repo.jobOfSubOrder(tx, facts.subOrderId);
    if (existing) return { job: existing, created: false };
    if (facts.method !== 'delivery' || !facts.dropoff || !facts.window) {
      throw new SubOrderNotPostableError('a pickup part has no delivery to put out', { method: facts.method });
    }
    if (!POSTABLE_EARLY.has(facts.status)) {
      throw new SubOrderNotPostableError(`a ${facts.status} part cannot be put out to carriers`, {
        status: facts.status,
        allowedFrom: [...POSTABLE_EARLY],
      });
    }
    const job = await this.post(tx, facts);
    return { job: job!, created: true };
  }

  private async post(tx: Executor, facts: DeliveryFacts): Promise<JobRow | undefined> {
    const existing = await repo.jobOfSubOrder(tx, facts.subOrderId);
    if (existing) return existing;
    const dropoff = facts.dropoff!;
    const window = facts.window!;
    const attributes = await this.deps.catalog.transport.productAttributes(
      tx,
      facts.lines.map((l) => l.productId),
    );
    const load = loadOf(facts.lines, attributes, facts.unloading);
    const quote = this.quote(facts, load);
    const now = this.deps.clock.now();
    const windowFrom = new Date(window.from);
    const job = await repo.insertJob(tx, {
      subOrderId: facts.subOrderId,
      orderId: facts.orderId,
      orderNumber: facts.subOrderNumber,
      sellerId: facts.sellerId,
      customerId: facts.customerId,
      status: 'open',
      warehouseId: facts.warehouse.id,
      pickupName: facts.warehouse.name,
      pickupAddress: facts.warehouse.address,
      pickupLat: facts.warehouse.lat,
      pickupLon: facts.warehouse.lon,
      pickupHours: await this.deps.catalog.transport.warehouseHours(tx, facts.warehouse.id),
      dropoffAddress: dropoff.address,
      dropoffLat: dropoff.lat,
      dropoffLon: dropoff.lon,
      contact: facts.contact,
      windowFrom,
      windowTo: new Date(window.to),
      unloading: facts.unloading,
      weightKg: String(load.weightKg),
      volumeM3: String(load.volumeM3),
      longestItemM: load.longestItemM === undefined ? null : String(load.longestItemM),
      cargo: load.cargo,
      needsCrane: load.needsCrane,
      bodies: allowedBodies(load),
      vehicles: quote.vehicles,
      roadKm: String(quote.roadKm),
      guidePriceMinor: quote.priceMinor,
      paidDeliveryMinor: facts.deliveryMinor,
      postedAt: now,
      closesAt: closeTime(now, windowFrom, this.deps.auctionMinutes),
      updatedAt: now,
    });
    // Two posts raced (the event and the seller): the other one's job stands.
    if (!job) return repo.jobOfSubOrder(tx, facts.subOrderId);
    await this.deps.events.scheduleDeadline(tx, {
      kind: AUCTION_CLOSE,
      key: job.id,
      dueAt: job.closesAt,
      payload: { jobId: job.id },
    });
    await this.deps.events.publish(tx, {
      type: JOB_POSTED,
      key: facts.orderId,
      payload: { jobId: job.id, subOrderId: facts.subOrderId, orderId: facts.orderId },
    });
    return job;
  }

  /**
   * The guide price carriers bid against. A load no class in the table can carry (a freight
   * contract) is still put out, at what the customer paid, for carriers with such a vehicle.
   */
  private quote(
    facts: DeliveryFacts,
    load: Load & { parts: CargoPart[] },
  ): { vehicles: number; roadKm: number; priceMinor: number } {
    const input = { pickup: facts.warehouse, dropoff: facts.dropoff!, needsCrane: load.needsCrane, parts: load.parts };
    try {
      const q = guidePrice(input);
      return { vehicles: q.vehicles, roadKm: q.roadKm, priceMinor: q.priceMinor };
    } catch (err) {
      if (!(err instanceof NoVehicleFitsError)) throw err;
      return { vehicles: 1, roadKm: roadDistance(input.pickup, input.dropoff).roadKm, priceMinor: facts.deliveryMinor };
    }
  }
}
