import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { bids, deliveries, jobs, vehicles, type BidStatus } from '../logistics.tables.js';

export type JobRow = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
export type BidRow = typeof bids.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type VehicleRow = typeof vehicles.$inferSelect;

/** Deliveries that are running: the job is taken, the vehicle is busy. */
export const RUNNING_DELIVERY = ['awarded', 'en_route_to_pickup', 'loaded', 'in_transit'] as const;

export const jobsRepository = {
  /** The job of a sub-order, or undefined; a second insert for the same sub-order does nothing. */
  async insertJob(tx: Executor, job: NewJob): Promise<JobRow | undefined> {
    const [row] = await tx.insert(jobs).values(job).onConflictDoNothing({ target: jobs.subOrderId }).returning();
    return row;
  },

  async job(ex: Executor, id: string, lock = false): Promise<JobRow | undefined> {
    const q = ex.select().from(jobs).where(eq(jobs.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  jobsByIds(ex: Executor, ids: readonly string[]): Promise<JobRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(jobs)
      .where(inArray(jobs.id, [...ids]));
  },

  async jobOfSubOrder(ex: Executor, subOrderId: string, lock = false): Promise<JobRow | undefined> {
    const q = ex.select().from(jobs).where(eq(jobs.subOrderId, subOrderId));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async updateJob(tx: Executor, id: string, set: Partial<NewJob>): Promise<JobRow> {
    const [row] = await tx.update(jobs).set(set).where(eq(jobs.id, id)).returning();
    return row!;
  },

  async bid(ex: Executor, id: string): Promise<BidRow | undefined> {
    const [row] = await ex.select().from(bids).where(eq(bids.id, id));
    return row;
  },

  async activeBidOf(tx: Executor, jobId: string, carrierId: string): Promise<BidRow | undefined> {
    const [row] = await tx
      .select()
      .from(bids)
      .where(and(eq(bids.jobId, jobId), eq(bids.carrierId, carrierId), eq(bids.status, 'active')));
    return row;
  },

  /** Whether the carrier has ever bid on the job (one index probe, however long the job's history). */
  async hasBidBy(ex: Executor, jobId: string, carrierId: string): Promise<boolean> {
    const [row] = await ex
      .select({ id: bids.id })
      .from(bids)
      .where(and(eq(bids.jobId, jobId), eq(bids.carrierId, carrierId)))
      .limit(1);
    return row !== undefined;
  },

  /** The carrier's lowest bid of this round, whatever became of it (withdrawn, superseded, active). */
  async lowestBidOfRound(tx: Executor, jobId: string, carrierId: string, round: number): Promise<number | undefined> {
    const [row] = await tx
      .select({ lowest: sql<string | null>`min(${bids.priceMinor})` })
      .from(bids)
      .where(and(eq(bids.jobId, jobId), eq(bids.carrierId, carrierId), eq(bids.round, round)));
    return row?.lowest == null ? undefined : Number(row.lowest);
  },

  /** The carrier's live bid on each of these jobs (one query for a page of the board). */
  activeBidsOfCarrier(ex: Executor, jobIds: readonly string[], carrierId: string): Promise<BidRow[]> {
    if (jobIds.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(bids)
      .where(and(inArray(bids.jobId, [...jobIds]), eq(bids.carrierId, carrierId), eq(bids.status, 'active')));
  },

  async insertBid(tx: Executor, bid: typeof bids.$inferInsert): Promise<BidRow> {
    const [row] = await tx.insert(bids).values(bid).returning();
    return row!;
  },

  async setBidStatus(tx: Executor, id: string, status: BidStatus, reason: string | null = null): Promise<void> {
    await tx.update(bids).set({ status, reason }).where(eq(bids.id, id));
  },

  /** Every active bid of the job becomes `status` (lost when another won, when the job is cancelled). */
  async closeActiveBids(tx: Executor, jobId: string, status: BidStatus): Promise<void> {
    await tx
      .update(bids)
      .set({ status })
      .where(and(eq(bids.jobId, jobId), eq(bids.status, 'active')));
  },

  /** Active bids, best first: the lowest price, then the earliest. */
  activeBids(ex: Executor, jobId: string): Promise<BidRow[]> {
    return ex
      .select()
      .from(bids)
      .where(and(eq(bids.jobId, jobId), eq(bids.status, 'active')))
      .orderBy(asc(bids.priceMinor), asc(bids.seq));
  },

  bidsOf(ex: Executor, jobIds: readonly string[]): Promise<BidRow[]> {
    if (jobIds.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(bids)
      .where(inArray(bids.jobId, [...jobIds]))
      .orderBy(asc(bids.priceMinor), asc(bids.seq));
  },

  async vehicle(ex: Executor, id: string): Promise<VehicleRow | undefined> {
    const [row] = await ex.select().from(vehicles).where(eq(vehicles.id, id));
    return row;
  },

  vehiclesByIds(ex: Executor, ids: readonly string[]): Promise<VehicleRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(vehicles)
      .where(inArray(vehicles.id, [...new Set(ids)]));
  },

  async insertDelivery(tx: Executor, d: typeof deliveries.$inferInsert): Promise<DeliveryRow> {
    const [row] = await tx.insert(deliveries).values(d).returning();
    return row!;
  },

  async runningDeliveryOfJob(ex: Executor, jobId: string, lock = false): Promise<DeliveryRow | undefined> {
    const q = ex
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.jobId, jobId), inArray(deliveries.status, [...RUNNING_DELIVERY])));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  /** The job's delivery: the running one, else the latest (a failed one is followed by a new round's). */
  async latestDeliveryOfJob(ex: Executor, jobId: string): Promise<Pick<DeliveryRow, 'id' | 'carrierId'> | undefined> {
    const [row] = await ex
      .select({ id: deliveries.id, carrierId: deliveries.carrierId })
      .from(deliveries)
      .where(eq(deliveries.jobId, jobId))
      .orderBy(
        sql`${inArray(deliveries.status, [...RUNNING_DELIVERY])} desc`,
        desc(deliveries.createdAt),
        desc(deliveries.updatedAt),
      )
      .limit(1);
    return row;
  },

  /** Per carrier: deliveries done, failed, and done within their window (the rating a bid shows). */
  async ratings(
    ex: Executor,
    carrierIds: readonly string[],
  ): Promise<Map<string, { delivered: number; failed: number; onTime: number }>> {
    if (carrierIds.length === 0) return new Map();
    const rows = await ex
      .select({
        carrierId: deliveries.carrierId,
        delivered: sql<number>`count(*) filter (where ${deliveries.status} = 'delivered')::int`,
        failed: sql<number>`count(*) filter (where ${deliveries.status} = 'failed')::int`,
        onTime: sql<number>`count(*) filter (where ${deliveries.status} = 'delivered' and ${deliveries.deliveredAt} <= ${jobs.windowTo})::int`,
      })
      .from(deliveries)
      .innerJoin(jobs, eq(jobs.id, deliveries.jobId))
      .where(inArray(deliveries.carrierId, [...new Set(carrierIds)]))
      .groupBy(deliveries.carrierId);
    return new Map(rows.map((r) => [r.carrierId, { delivered: r.delivered, failed: r.failed, onTime: r.onTime }]));
  },
};
