import { and, desc, eq, gte, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../shared/db/database.js';
import { ForbiddenError } from '../../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../../shared/http/pagination.js';
import { MOSCOW_OFFSET_MS } from '../../../shared/moscow-time.js';
import { mayReadOwnTrade, type Principal } from '../../../shared/principal.js';
import { bidView } from '../jobs/jobs.views.js';
import { jobsRepository as repo } from '../jobs/jobs.repository.js';
import { bids, deliveries, jobs, type BidStatus } from '../logistics.tables.js';

const FINISHED = ['delivered', 'failed', 'cancelled'] as const;

function assertCarrier(p: Principal): void {
  if (p.role !== 'carrier') throw new ForbiddenError('the carrier cabinet is for carriers', 'LOGISTICS.CARRIERS_ONLY');
  if (!mayReadOwnTrade(p)) throw new ForbiddenError('the carrier account is not approved yet', 'USER.NOT_APPROVED');
}

/** A carrier's own side: its bids, its deliveries, what it earned per month. */
export class CarrierCabinet {
  constructor(private readonly db: Db) {}

  async bids(p: Principal, q: { status?: BidStatus | undefined; limit: number; cursor?: string | undefined }) {
    assertCarrier(p);
    const after = decodeCursor(q.cursor, timeIdCursor);
    const where: SQL[] = [eq(bids.carrierId, p.userId)];
    if (q.status) where.push(eq(bids.status, q.status));
    if (after) {
      const at = new Date(after[0]);
      where.push(or(lt(bids.createdAt, at), and(eq(bids.createdAt, at), lt(bids.id, after[1])))!);
    }
    const rows = await this.db
      .select({ bid: bids, job: { status: jobs.status, orderNumber: jobs.orderNumber, closesAt: jobs.closesAt } })
      .from(bids)
      .innerJoin(jobs, eq(jobs.id, bids.jobId))
      .where(and(...where))
      .orderBy(desc(bids.createdAt), desc(bids.id))
      .limit(q.limit + 1);
    const vehicles = new Map(
      (
        await repo.vehiclesByIds(
          this.db,
          rows.map((r) => r.bid.vehicleId),
        )
      ).map((v) => [v.id, v]),
    );
    return toPage(
      rows,
      q.limit,
      (r) => [r.bid.createdAt.toISOString(), r.bid.id],
      (r) => ({
        ...bidView(r.bid, vehicles.get(r.bid.vehicleId), undefined, null),
        job: { status: r.job.status, orderNumber: r.job.orderNumber, closesAt: r.job.closesAt.toISOString() },
      }),
    );
  }

  async deliveries(
    p: Principal,
    q: { state?: 'active' | 'done' | undefined; limit: number; cursor?: string | undefined },
  ) {
    assertCarrier(p);
    const after = decodeCursor(q.cursor, timeIdCursor);
    const where: SQL[] = [eq(deliveries.carrierId, p.userId)];
    if (q.state === 'active') where.push(notInArray(deliveries.status, [...FINISHED]));
    if (q.state === 'done') where.push(inArray(deliveries.status, [...FINISHED]));
    if (after) {
      const at = new Date(after[0]);
      where.push(or(lt(deliveries.createdAt, at), and(eq(deliveries.createdAt, at), lt(deliveries.id, after[1])))!);
    }
    const rows = await this.db
      .select({ d: deliveries, job: jobs })
      .from(deliveries)
      .innerJoin(jobs, eq(jobs.id, deliveries.jobId))
      .where(and(...where))
      .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
      .limit(q.limit + 1);
    return toPage(
      rows,
      q.limit,
      (r) => [r.d.createdAt.toISOString(), r.d.id],
      (r) => ({
        id: r.d.id,
        jobId: r.d.jobId,
        status: r.d.status,
        priceMinor: r.d.priceMinor,
        vehicleId: r.d.vehicleId,
        orderNumber: r.job.orderNumber,
        pickupAddress: r.job.pickupAddress,
        dropoffAddress: r.job.dropoffAddress,
        window: { from: r.job.windowFrom.toISOString(), to: r.job.windowTo.toISOString() },
        createdAt: r.d.createdAt.toISOString(),
        deliveredAt: r.d.deliveredAt?.toISOString() ?? null,
      }),
    );
  }

  /** Delivered deliveries' prices per Moscow calendar month of the year. */
  async earnings(p: Principal, year: number) {
    assertCarrier(p);
    const from = new Date(Date.UTC(year, 0, 1) - MOSCOW_OFFSET_MS);
    const to = new Date(Date.UTC(year + 1, 0, 1) - MOSCOW_OFFSET_MS);
    const month = sql<string>`to_char((${deliveries.deliveredAt} at time zone 'UTC') + interval '3 hours', 'YYYY-MM')`;
    const rows = await this.db
      .select({
        month,
        deliveries: sql<number>`count(*)::int`,
        earnedMinor: sql<string>`sum(${deliveries.priceMinor})`,
      })
      .from(deliveries)
      .where(
        and(
          eq(deliveries.carrierId, p.userId),
          eq(deliveries.status, 'delivered'),
          gte(deliveries.deliveredAt, from),
          lt(deliveries.deliveredAt, to),
        ),
      )
      .groupBy(month)
      .orderBy(month);
    const months = rows.map((r) => ({ month: r.month, deliveries: r.deliveries, earnedMinor: Number(r.earnedMinor) }));
    return { year, months, totalMinor: months.reduce((s, m) => s + m.earnedMinor, 0) };
  }
}
