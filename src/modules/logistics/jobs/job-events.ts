import type { EventBus } from '../../../shared/events/index.js';
import type { Auction } from './auction.js';
import { AUCTION_CLOSE, AWARD_CONFIRM, type JobPosting } from './job-posting.js';
import { jobsRepository as repo } from './jobs.repository.js';

interface SubOrderChanged {
  subOrderId: string;
  to: string;
  deliveryMethod: 'delivery' | 'pickup';
  reason: string | null;
}

/**
 * Jobs follow their sub-orders through the outbox (a ready delivery part is put out, a cancelled
 * one takes its job with it), and the auction's deadlines fire through the relay.
 */
export function subscribeJobs(events: EventBus, posting: JobPosting, auction: Auction): void {
  events.on<SubOrderChanged & Record<string, unknown>>(
    'suborder.status_changed',
    'logistics.jobs',
    async (event, tx) => {
      const { subOrderId, to, deliveryMethod } = event.payload;
      if (deliveryMethod !== 'delivery') return;
      if (to === 'ready') {
        await posting.onReady(tx, subOrderId);
      } else if (to === 'cancelled') {
        const job = await repo.jobOfSubOrder(tx, subOrderId, true);
        if (job) await auction.cancel(tx, job, event.payload.reason);
      }
    },
  );
  events.onDeadline<{ jobId: string }>(AUCTION_CLOSE, async (deadline, tx) => {
    const job = await repo.job(tx, deadline.payload.jobId, true);
    if (job) await auction.close(tx, job);
  });
  events.onDeadline<{ jobId: string }>(AWARD_CONFIRM, async (deadline, tx) => {
    const job = await repo.job(tx, deadline.payload.jobId, true);
    if (job) await auction.confirmExpired(tx, job);
  });
}
