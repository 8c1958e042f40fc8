import { z } from 'zod';
import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import { ForbiddenError, NotFoundError } from '../../../shared/errors.js';
import { cursorPart, decodeCursor, toPage } from '../../../shared/http/pagination.js';
import { canTrade, type Principal } from '../../../shared/principal.js';
import type { OrdersModule } from '../../orders/index.js';
import type { UsersApi } from '../../users/index.js';
import { vehiclesApi } from '../vehicles/index.js';
import type { Auction, NewBid } from './auction.js';
import { bidSummaries, boardRows } from './board.repository.js';
import { JobNotFoundError } from './jobs.errors.js';
import { jobsRepository as repo, type JobRow } from './jobs.repository.js';
import { bidView, jobView, type JobAudience } from './jobs.views.js';
import type { JobPosting } from './job-posting.js';

const boardCursor = z.tuple([cursorPart.number, cursorPart.uuid]);

export interface BoardParams {
  near?: { lat: number; lon: number } | undefined;
  radiusKm?: number | undefined;
  body?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Carriers trade once approved; everyone else reads only what is theirs. */
function assertCarrierTrading(p: Principal): void {
  if (p.role !== 'carrier') throw new ForbiddenError('only carriers bid on deliveries', 'LOGISTICS.CARRIERS_ONLY');
  if (!canTrade(p)) throw new ForbiddenError('the carrier account is not approved yet', 'USER.NOT_APPROVED');
}

/** Delivery jobs as their viewers see them, and the auction's commands with their permissions. */
export class JobsService {
  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      posting: JobPosting;
      auction: Auction;
      orders: Pick<OrdersModule, 'delivery'>;
      users: UsersApi;
    },
  ) {}

  /** The seller posts its delivery part before it is ready (or again: the same job). */
  async post(p: Principal, subOrderId: string) {
    if (p.role !== 'seller' && p.role !== 'admin') {
      throw new ForbiddenError('sellers post their deliveries', 'LOGISTICS.SELLERS_ONLY');
    }
    const made = await this.deps.db.transaction(async (tx) => {
      const facts = await this.deps.orders.delivery.facts(tx, subOrderId);
      if (!facts || (p.role !== 'admin' && facts.sellerId !== p.userId))
        throw new NotFoundError('sub-order', 'ORDER.NOT_FOUND');
      return this.deps.posting.postEarly(tx, facts);
    });
    return { job: await this.get(p, made.job.id), created: made.created };
  }

  /** The board: open jobs one of the carrier's vehicles fits, nearest first. */
  async board(p: Principal, q: BoardParams) {
    assertCarrierTrading(p);
    const { db } = this.deps;
    const near = q.near ?? (await this.firstBase(db, p.userId));
    if (!near) return { items: [], nextCursor: null };
    const after = decodeCursor(q.cursor, boardCursor);
    const rows = await boardRows(db, {
      carrierId: p.userId,
      near,
      radiusKm: q.radiusKm,
      body: q.body,
      limit: q.limit,
      after,
    });
    const ids = rows.slice(0, q.limit).map((r) => r.id);
    const jobs = new Map((await repo.jobsByIds(db, ids)).map((j) => [j.id, j]));
    const mine = new Map((await repo.activeBidsOfCarrier(db, ids, p.userId)).map((b) => [b.jobId, b.id]));
    const now = this.deps.clock.now();
    return toPage(
      rows,
      q.limit,
      (r) => [Number(r.distance_m), r.id],
      (r) => ({
        ...jobView(jobs.get(r.id)!, now, 'carrier', {
          lowestBidMinor: r.lowest_bid === null ? null : Number(r.lowest_bid),
          bidCount: r.bid_count,
          distanceKm: Math.round(Number(r.distance_m) / 100) / 10,
        }),
        myBidId: mine.get(r.id) ?? null,
      }),
    );
  }

  /** One job: in full to its customer, seller, admins and the winner; to other carriers as on the board. */
  async get(p: Principal, id: string) {
    const { db } = this.deps;
    const job = await repo.job(db, id);
    if (!job) throw new JobNotFoundError();
    const audience = await this.audience(db, p, job);
    const summary = (await bidSummaries(db, [job.id])).get(job.id);
    const delivery = await repo.latestDeliveryOfJob(db, job.id);
    const view = {
      ...jobView(job, this.deps.clock.now(), audience, {
        lowestBidMinor: summary?.lowest ?? null,
        bidCount: summary?.count ?? 0,
      }),
      // Where the customer and seller follow the goods; a carrier sees only its own delivery.
      deliveryId: delivery && (p.role !== 'carrier' || delivery.carrierId === p.userId) ? delivery.id : null,
    };
    if (p.role === 'carrier') {
      const own = (await repo.bidsOf(db, [job.id])).filter((b) => b.carrierId === p.userId);
      const vehiclesById = new Map(
        (
          await repo.vehiclesByIds(
            db,
            own.map((b) => b.vehicleId),
          )
        ).map((v) => [v.id, v]),
      );
      return { ...view, bids: own.map((b) => bidView(b, vehiclesById.get(b.vehicleId), undefined, null)) };
    }
    return { ...view, bids: await this.bidsFor(db, job) };
  }

  async bid(p: Principal, jobId: string, input: NewBid) {
    assertCarrierTrading(p);
    const made = await this.deps.db.transaction(async (tx) => {
      const job = await this.visibleToCarrier(tx, p, jobId, true);
      return this.deps.auction.bid(tx, job, p.userId, input);
    });
    const vehicle = await repo.vehicle(this.deps.db, made.bid.vehicleId);
    return { ...bidView(made.bid, vehicle, undefined, null), closesAt: made.job.closesAt.toISOString() };
  }

  async withdraw(p: Principal, jobId: string, bidId: string): Promise<void> {
    assertCarrierTrading(p);
    await this.deps.db.transaction(async (tx) => {
      const job = await this.visibleToCarrier(tx, p, jobId, true);
      await this.deps.auction.withdraw(tx, job, p.userId, bidId);
    });
  }

  /** The customer, the seller or an admin awards a bid before the close. */
  async award(p: Principal, jobId: string, bidId: string) {
    await this.deps.db.transaction(async (tx) => {
      const job = await repo.job(tx, jobId, true);
      if (!job || !this.isParty(p, job)) throw new JobNotFoundError();
      const by = p.role === 'admin' ? 'admin' : p.role === 'seller' ? 'seller' : 'customer';
      await this.deps.auction.awardEarly(tx, job, bidId, by);
    });
    return this.get(p, jobId);
  }

  async confirm(p: Principal, jobId: string) {
    assertCarrierTrading(p);
    const delivery = await this.deps.db.transaction(async (tx) => {
      const job = await this.visibleToCarrier(tx, p, jobId, true);
      return this.deps.auction.confirm(tx, job, p.userId);
    });
    return { deliveryId: delivery.id, job: await this.get(p, jobId) };
  }

  async decline(p: Principal, jobId: string, reason: string) {
    assertCarrierTrading(p);
    await this.deps.db.transaction(async (tx) => {
      const job = await this.visibleToCarrier(tx, p, jobId, true);
      await this.deps.auction.decline(tx, job, p.userId, reason);
    });
  }

  private isParty(p: Principal, job: JobRow): boolean {
    return (
      p.role === 'admin' ||
      (p.role === 'seller' && job.sellerId === p.userId) ||
      (p.role === 'customer' && job.customerId === p.userId)
    );
  }

  /** What this viewer may see of the job; 404 for anyone it is not for. */
  private async audience(ex: Executor, p: Principal, job: JobRow): Promise<JobAudience> {
    if (this.isParty(p, job)) return 'full';
    if (p.role !== 'carrier') throw new JobNotFoundError();
    const won = job.awardedBidId ? await repo.bid(ex, job.awardedBidId) : undefined;
    if (won && won.carrierId === p.userId && job.status !== 'open') return 'winner';
    if (await repo.hasBidBy(ex, job.id, p.userId)) return 'carrier';
    if (job.status === 'open' && (await this.fitsAny(ex, p.userId, job))) return 'carrier';
    throw new JobNotFoundError();
  }

  /** The job, locked, when this carrier may see it (open and fitting, or bid on); else 404. */
  private async visibleToCarrier(tx: Executor, p: Principal, jobId: string, lock: boolean): Promise<JobRow> {
    const job = await repo.job(tx, jobId, lock);
    if (!job) throw new JobNotFoundError();
    await this.audience(tx, p, job);
    return job;
  }

  private async fitsAny(ex: Executor, carrierId: string, job: JobRow): Promise<boolean> {
    const rows = await boardRows(ex, {
      carrierId,
      near: { lat: job.pickupLat, lon: job.pickupLon },
      limit: 1,
      jobId: job.id,
    });
    return rows.length > 0;
  }

  /** Where the carrier's first (oldest) live vehicle stands: the board's default `near`. */
  private async firstBase(ex: Executor, carrierId: string): Promise<{ lat: number; lon: number } | undefined> {
    const [first] = await vehiclesApi.liveOf(ex, carrierId);
    return first ? { lat: first.base.lat, lon: first.base.lon } : undefined;
  }

  /** The bids the customer and seller weigh: amounts, bodies, ratings; a name only for the winner. */
  private async bidsFor(ex: Executor, job: JobRow) {
    const bids = (await repo.bidsOf(ex, [job.id])).filter((b) => b.status !== 'superseded' && b.status !== 'withdrawn');
    const vehiclesById = new Map(
      (
        await repo.vehiclesByIds(
          ex,
          bids.map((b) => b.vehicleId),
        )
      ).map((v) => [v.id, v]),
    );
    const ratings = await repo.ratings(
      ex,
      bids.map((b) => b.carrierId),
    );
    const out = [];
    for (const b of bids) {
      let carrier: { id: string; name: string } | null = null;
      if (b.id === job.awardedBidId) {
        const user = await this.deps.users.getUser(b.carrierId, ex);
        carrier = user ? { id: user.id, name: user.company?.name ?? user.name } : null;
      }
      out.push(bidView(b, vehiclesById.get(b.vehicleId), ratings.get(b.carrierId), carrier));
    }
    return out;
  }
}
