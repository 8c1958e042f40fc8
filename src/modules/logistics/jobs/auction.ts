/**
 * The reverse auction (docs/domain.md, Logistics). Every change to a job locks its row first, so
 * bids, the close, an early award and the winner's answer are serialized per job: one award, to
 * the lowest fitting bid, however many carriers and relays race. Deadlines never wait on a job
 * lock held by a bid (bids only move `closes_at`; the close handler re-schedules itself).
 */
import { eq } from 'drizzle-orm';
import type { Clock } from '../../../shared/clock.js';
import type { Executor } from '../../../shared/db/database.js';
import { ValidationError } from '../../../shared/errors.js';
import type { Outbox } from '../../../shared/events/index.js';
import { vehicleFits, type Load } from '../body-types.js';
import type { LivePublisher } from '../deliveries/deliveries.service.js';
import { deliveries, deliveryTimeline } from '../logistics.tables.js';
import { shapeOf, vehiclesApi } from '../vehicles/index.js';
import { AUCTION_CLOSE, AWARD_CONFIRM } from './job-posting.js';
import { closeTime, extendedClose, raisedGuide } from './job-rules.js';
import {
  BidAboveGuideError,
  BidNotActiveError,
  BidNotFoundError,
  BidNotLowerError,
  JobNotOpenError,
  NotTheWinnerError,
  VehicleDoesNotFitError,
  VehicleNotFoundForBidError,
} from './jobs.errors.js';
import { jobsRepository as repo, type BidRow, type DeliveryRow, type JobRow } from './jobs.repository.js';

export const JOB_AWARDED = 'delivery_job.awarded';
export const JOB_FLAGGED = 'delivery_job.flagged';

export interface NewBid {
  vehicleId: string;
  priceMinor: number;
  pickupAt: Date;
}

/** Who awarded: the close, the customer or seller early, an admin, or the next-best after a decline. */
export type AwardedBy = 'auction' | 'customer' | 'seller' | 'admin' | 'next_best';

export function jobLoad(job: JobRow): Load {
  return {
    cargo: job.cargo as Load['cargo'],
    weightKg: Number(job.weightKg),
    volumeM3: Number(job.volumeM3),
    longestItemM: job.longestItemM === null ? undefined : Number(job.longestItemM),
    needsCrane: job.needsCrane,
  };
}

export class Auction {
  constructor(
    private readonly deps: {
      clock: Clock;
      events: Outbox;
      auctionMinutes: number;
      confirmMinutes: number;
      /** A carrier's account status (`approved`, `suspended`, …); a suspended carrier wins nothing. */
      carrierStatus: (tx: Executor, carrierId: string) => Promise<string | undefined>;
      /** Tells a delivery's live viewers it ended (tracking's publisher, as for the carrier's steps). */
      live?: LivePublisher | undefined;
    },
  ) {}

  /** A carrier's bid (locked job): its vehicle must fit, a new bid must undercut its last one. */
  async bid(tx: Executor, job: JobRow, carrierId: string, input: NewBid): Promise<{ bid: BidRow; job: JobRow }> {
    const now = this.deps.clock.now();
    if (job.status !== 'open' || now >= job.closesAt)
      throw new JobNotOpenError(job.status === 'open' ? 'closing' : job.status);
    // A share lock: the vehicle cannot be deleted or resized until this bid is in.
    const vehicle = await vehiclesApi.ownLive(tx, carrierId, input.vehicleId);
    if (!vehicle) throw new VehicleNotFoundForBidError();
    if (!vehicleFits(shapeOf(vehicle), jobLoad(job), job.vehicles)) {
      throw new VehicleDoesNotFitError({
        errors: [{ path: 'vehicleId', message: 'this vehicle cannot carry the load' }],
        bodies: job.bodies,
        needsCrane: job.needsCrane,
        longestItemM: job.longestItemM === null ? null : Number(job.longestItemM),
        weightKgPerVehicle: Number(job.weightKg) / job.vehicles,
        volumeM3PerVehicle: Number(job.volumeM3) / job.vehicles,
      });
    }
    if (input.pickupAt < now || input.pickupAt > job.windowTo) {
      throw new ValidationError([
        {
          path: 'pickupAt',
          message: `must be between now and the end of the delivery window (${job.windowTo.toISOString()})`,
        },
      ]);
    }
    // Lower than anything the carrier bid this round: withdrawing a bid does not let it bid higher.
    const lowest = await repo.lowestBidOfRound(tx, job.id, carrierId, job.round);
    if (lowest !== undefined && input.priceMinor >= lowest) throw new BidNotLowerError(lowest);
    const previous = await repo.activeBidOf(tx, job.id, carrierId);
    if (previous) await repo.setBidStatus(tx, previous.id, 'superseded');
    const bid = await repo.insertBid(tx, {
      jobId: job.id,
      round: job.round,
      carrierId,
      vehicleId: vehicle.id,
      priceMinor: input.priceMinor,
      pickupAt: input.pickupAt,
      status: 'active',
      createdAt: now,
    });
    const closesAt = extendedClose(job.closesAt, now);
    const updated =
      closesAt.getTime() === job.closesAt.getTime()
        ? job
        : await repo.updateJob(tx, job.id, { closesAt, updatedAt: now });
    return { bid, job: updated };
  }

  /** Takes a bid back before the close. */
  async withdraw(tx: Executor, job: JobRow, carrierId: string, bidId: string): Promise<void> {
    const bid = await repo.bid(tx, bidId);
    if (!bid || bid.jobId !== job.id || bid.carrierId !== carrierId) throw new BidNotFoundError();
    if (bid.status !== 'active') throw new BidNotActiveError(bid.status);
    if (job.status !== 'open' || this.deps.clock.now() >= job.closesAt) {
      throw new JobNotOpenError(
        job.status === 'open' ? 'closing' : job.status,
        'the auction has closed: a bid can no longer be withdrawn',
      );
    }
    await repo.setBidStatus(tx, bid.id, 'withdrawn');
  }

  /**
   * The close (locked job): the lowest active bid within the guide price wins, the earlier on a tie.
   * Without one the job re-opens once at +15 %, then is flagged for admins.
   */
  async close(tx: Executor, job: JobRow): Promise<void> {
    if (job.status !== 'open') return;
    const now = this.deps.clock.now();
    if (job.closesAt > now) {
      // A late bid moved the close: fire again then.
      await this.scheduleClose(tx, job);
      return;
    }
    const bids = await repo.activeBids(tx, job.id);
    const winner = await this.bestStanding(tx, job, bids);
    if (winner) {
      await this.award(tx, job, winner, 'auction');
      return;
    }
    if (!job.reopenedNoBids) {
      const reopened = await repo.updateJob(tx, job.id, {
        guidePriceMinor: raisedGuide(job.guidePriceMinor),
        reopenedNoBids: true,
        round: job.round + 1,
        closesAt: closeTime(now, job.windowFrom, this.deps.auctionMinutes),
        updatedAt: now,
      });
      await this.scheduleClose(tx, reopened);
      return;
    }
    const reason = bids.length > 0 ? 'above_guide' : 'no_bids';
    await repo.updateJob(tx, job.id, { status: 'flagged', flagReason: reason, flaggedAt: now, updatedAt: now });
    await this.deps.events.publish(tx, {
      type: JOB_FLAGGED,
      key: job.orderId,
      payload: { jobId: job.id, subOrderId: job.subOrderId, reason },
    });
  }

  /**
   * An award before the close, by the customer, the seller or an admin: any active bid within
   * the guide price (an admin may go above it: the marketplace pays the difference, never the customer).
   */
  async awardEarly(tx: Executor, job: JobRow, bidId: string, by: AwardedBy): Promise<void> {
    const open = job.status === 'open' || (by === 'admin' && job.status === 'flagged');
    if (!open) throw new JobNotOpenError(job.status, `the job is ${job.status}: it cannot be awarded now`);
    const bid = await repo.bid(tx, bidId);
    if (!bid || bid.jobId !== job.id) throw new BidNotFoundError();
    if (bid.status !== 'active') throw new BidNotActiveError(bid.status);
    if (by !== 'admin' && bid.priceMinor > job.guidePriceMinor) throw new BidAboveGuideError(job.guidePriceMinor);
    const problem = await this.cannotWin(tx, job, bid);
    if (problem === 'carrier_not_trading') throw new BidNotActiveError('from a carrier that is suspended');
    if (problem) throw new VehicleDoesNotFitError({ bidId: bid.id });
    await this.award(tx, job, bid, by);
  }

  /** The winner confirms: its delivery is made, every other bid has lost. */
  async confirm(tx: Executor, job: JobRow, carrierId: string): Promise<DeliveryRow> {
    const winner = await this.awaitingWinner(tx, job, carrierId);
    const now = this.deps.clock.now();
    const delivery = await repo.insertDelivery(tx, {
      jobId: job.id,
      bidId: winner.id,
      carrierId,
      vehicleId: winner.vehicleId,
      subOrderId: job.subOrderId,
      status: 'awarded',
      priceMinor: winner.priceMinor,
      createdAt: now,
      updatedAt: now,
    });
    await tx
      .insert(deliveryTimeline)
      .values({ deliveryId: delivery.id, kind: 'awarded', at: now, data: { bidId: winner.id } });
    await repo.updateJob(tx, job.id, { status: 'assigned', confirmBy: null, updatedAt: now });
    await repo.closeActiveBids(tx, job.id, 'lost');
    await this.deps.events.cancelDeadline(tx, AWARD_CONFIRM, job.id);
    return delivery;
  }

  /** The winner declines (or stays silent): the next-best bid wins, or the job goes back out. */
  async decline(tx: Executor, job: JobRow, carrierId: string | null, reason: string): Promise<void> {
    const winner = await this.awaitingWinner(tx, job, carrierId);
    await repo.setBidStatus(tx, winner.id, 'declined', reason);
    await this.deps.events.cancelDeadline(tx, AWARD_CONFIRM, job.id);
    const next = await this.bestStanding(tx, job, await repo.activeBids(tx, job.id));
    if (next) {
      await this.award(tx, job, next, 'next_best');
      return;
    }
    await this.reopen(tx, job);
  }

  /** The confirmation deadline: silence is a decline. */
  async confirmExpired(tx: Executor, job: JobRow): Promise<void> {
    if (job.status !== 'awarded' || !job.confirmBy) return;
    if (job.confirmBy > this.deps.clock.now()) {
      await this.deps.events.scheduleDeadline(tx, {
        kind: AWARD_CONFIRM,
        key: job.id,
        dueAt: job.confirmBy,
        payload: { jobId: job.id },
      });
      return;
    }
    await this.decline(tx, job, null, 'no_confirmation');
  }

  /** The sub-order was cancelled: the job, its bids and a delivery not yet loaded end with it. */
  async cancel(tx: Executor, job: JobRow, reason: string | null): Promise<void> {
    if (job.status === 'cancelled' || job.status === 'delivered') return;
    const now = this.deps.clock.now();
    await repo.closeActiveBids(tx, job.id, 'lost');
    const running = await repo.runningDeliveryOfJob(tx, job.id, true);
    if (running) {
      await tx
        .update(deliveries)
        .set({ status: 'cancelled', failReason: reason, updatedAt: now })
        .where(eq(deliveries.id, running.id));
      await tx
        .insert(deliveryTimeline)
        .values({ deliveryId: running.id, kind: 'cancelled', at: now, data: { reason } });
      await this.deps.live?.(tx, running.id, { type: 'status', status: 'cancelled', at: now.toISOString(), reason });
    }
    await repo.updateJob(tx, job.id, { status: 'cancelled', confirmBy: null, updatedAt: now });
    await this.deps.events.cancelDeadline(tx, AUCTION_CLOSE, job.id);
    await this.deps.events.cancelDeadline(tx, AWARD_CONFIRM, job.id);
  }

  /** The job goes back out for a new round (nobody left to award, or the delivery failed). */
  async reopen(tx: Executor, job: JobRow): Promise<JobRow> {
    const now = this.deps.clock.now();
    await repo.closeActiveBids(tx, job.id, 'lost');
    const reopened = await repo.updateJob(tx, job.id, {
      status: 'open',
      awardedBidId: null,
      confirmBy: null,
      round: job.round + 1,
      closesAt: closeTime(now, job.windowFrom, this.deps.auctionMinutes),
      updatedAt: now,
    });
    await this.scheduleClose(tx, reopened);
    return reopened;
  }

  private async award(tx: Executor, job: JobRow, bid: BidRow, by: AwardedBy): Promise<void> {
    const now = this.deps.clock.now();
    const confirmBy = new Date(now.getTime() + this.deps.confirmMinutes * 60_000);
    await repo.setBidStatus(tx, bid.id, 'won');
    await repo.updateJob(tx, job.id, { status: 'awarded', awardedBidId: bid.id, confirmBy, updatedAt: now });
    await this.deps.events.cancelDeadline(tx, AUCTION_CLOSE, job.id);
    await this.deps.events.scheduleDeadline(tx, {
      kind: AWARD_CONFIRM,
      key: job.id,
      dueAt: confirmBy,
      payload: { jobId: job.id },
    });
    await this.deps.events.publish(tx, {
      type: JOB_AWARDED,
      key: job.orderId,
      payload: { jobId: job.id, bidId: bid.id, carrierId: bid.carrierId, priceMinor: bid.priceMinor, by },
    });
  }

  /**
   * The best active bid within the guide price whose carrier may still trade and whose vehicle is
   * still there and still fits (a carrier may have resized it since); others lose on the way.
   */
  private async bestStanding(tx: Executor, job: JobRow, bids: readonly BidRow[]): Promise<BidRow | undefined> {
    for (const bid of bids) {
      if (bid.priceMinor > job.guidePriceMinor) return undefined;
      const problem = await this.cannotWin(tx, job, bid);
      if (!problem) return bid;
      await repo.setBidStatus(tx, bid.id, 'lost', problem);
    }
    return undefined;
  }

  private async cannotWin(tx: Executor, job: JobRow, bid: BidRow): Promise<string | null> {
    if ((await this.deps.carrierStatus(tx, bid.carrierId)) !== 'approved') return 'carrier_not_trading';
    return (await this.stillFits(tx, job, bid)) ? null : 'vehicle_no_longer_fits';
  }

  private async stillFits(tx: Executor, job: JobRow, bid: BidRow): Promise<boolean> {
    const vehicle = await vehiclesApi.ownLive(tx, bid.carrierId, bid.vehicleId);
    return vehicle !== undefined && vehicleFits(shapeOf(vehicle), jobLoad(job), job.vehicles);
  }

  private async awaitingWinner(tx: Executor, job: JobRow, carrierId: string | null): Promise<BidRow> {
    if (job.status !== 'awarded' || !job.awardedBidId) throw new NotTheWinnerError(job.status);
    const winner = await repo.bid(tx, job.awardedBidId);
    if (!winner || (carrierId !== null && winner.carrierId !== carrierId))
      throw new NotTheWinnerError('awarded to another carrier');
    return winner;
  }

  private scheduleClose(tx: Executor, job: JobRow): Promise<string> {
    return this.deps.events.scheduleDeadline(tx, {
      kind: AUCTION_CLOSE,
      key: job.id,
      dueAt: job.closesAt,
      payload: { jobId: job.id },
    });
  }
}
