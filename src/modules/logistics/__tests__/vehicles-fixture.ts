/**
 * Vehicles made through the API, and the work that keeps one busy written straight into the tables
 * (a job, a bid, a delivery), so the vehicles' rules are tested without running an auction.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { bids, deliveries, jobs, type BidStatus, type DeliveryStatus, type JobStatus } from '../logistics.tables.js';

export const LOGISTICS = '/api/v1/logistics';
const LETTERS = 'АВЕКМНОРСТУХ';

export class VehiclesFixture {
  private n = 0;
  constructor(private readonly ctx: TestContext) {}

  /** A plate no other vehicle of this database has: А001ВС77, А002ВС77, … */
  plate(): string {
    const n = ++this.n;
    return `${LETTERS[Math.floor(n / 999) % 12]}${String((n % 999) + 1).padStart(3, '0')}ВС77`;
  }

  body(over: Record<string, unknown> = {}) {
    return {
      bodyType: 'tent',
      name: 'ГАЗель Next',
      payloadKg: 1500,
      volumeM3: '9',
      bodyLengthM: '3.1',
      plate: this.plate(),
      base: { address: 'Москва, Варшавское ш., 170', lat: 55.58, lon: 37.6 },
      ...over,
    };
  }

  call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who?: Account, payload?: object) {
    return this.ctx.request({
      method,
      url: `${LOGISTICS}${url}`,
      token: who?.accessToken,
      ...(payload ? { payload } : {}),
    });
  }

  async vehicle(carrier: Account, over: Record<string, unknown> = {}): Promise<{ id: string; plate: string }> {
    const res = await this.call('POST', '/vehicles', carrier, this.body(over));
    if (res.statusCode !== 201) throw new Error(`vehicle: ${res.statusCode} ${res.body}`);
    return res.json();
  }

  /** An open job, as the lead's posting would write it (only what the tables demand). */
  async job(status: JobStatus = 'open'): Promise<string> {
    const now = this.ctx.clock.now();
    const [row] = await this.ctx.database.db
      .insert(jobs)
      .values({
        subOrderId: randomUUID(),
        orderId: randomUUID(),
        orderNumber: 'T-000001',
        sellerId: randomUUID(),
        customerId: randomUUID(),
        status: 'open',
        warehouseId: randomUUID(),
        pickupName: 'Склад',
        pickupAddress: 'Москва',
        pickupLat: 55.7,
        pickupLon: 37.6,
        dropoffAddress: 'Москва',
        dropoffLat: 55.8,
        dropoffLon: 37.5,
        contact: { name: 'Прораб', company: null, phone: null },
        windowFrom: new Date(now.getTime() + 86_400_000),
        windowTo: new Date(now.getTime() + 90_000_000),
        unloading: 'manual',
        weightKg: '500',
        volumeM3: '1',
        cargo: 'general',
        needsCrane: false,
        bodies: ['tent'],
        vehicles: 1,
        roadKm: '20',
        guidePriceMinor: 500_000,
        paidDeliveryMinor: 500_000,
        postedAt: now,
        closesAt: new Date(now.getTime() + 7_200_000),
        updatedAt: now,
      })
      .returning({ id: jobs.id });
    if (status !== 'open') await this.ctx.database.db.update(jobs).set({ status }).where(eq(jobs.id, row!.id));
    return row!.id;
  }

  async bid(jobId: string, carrier: Account, vehicleId: string, status: BidStatus = 'active'): Promise<string> {
    const [row] = await this.ctx.database.db
      .insert(bids)
      .values({
        jobId,
        round: 0,
        carrierId: carrier.id,
        vehicleId,
        priceMinor: 450_000,
        pickupAt: new Date(this.ctx.clock.now().getTime() + 86_400_000),
        status,
        createdAt: this.ctx.clock.now(),
      })
      .returning({ id: bids.id });
    return row!.id;
  }

  /** A job awarded to the vehicle's bid, waiting for the carrier to confirm. */
  async awarded(carrier: Account, vehicleId: string): Promise<{ jobId: string; bidId: string }> {
    const jobId = await this.job();
    const bidId = await this.bid(jobId, carrier, vehicleId, 'won');
    await this.ctx.database.db
      .update(jobs)
      .set({ status: 'awarded', awardedBidId: bidId, confirmBy: new Date(this.ctx.clock.now().getTime() + 1_800_000) })
      .where(eq(jobs.id, jobId));
    return { jobId, bidId };
  }

  /** A delivery the vehicle runs, in `status`. */
  async delivery(carrier: Account, vehicleId: string, status: DeliveryStatus): Promise<string> {
    const { jobId, bidId } = await this.awarded(carrier, vehicleId);
    await this.ctx.database.db.update(jobs).set({ status: 'assigned' }).where(eq(jobs.id, jobId));
    const now = this.ctx.clock.now();
    const [row] = await this.ctx.database.db
      .insert(deliveries)
      .values({
        jobId,
        bidId,
        carrierId: carrier.id,
        vehicleId,
        subOrderId: randomUUID(),
        status,
        priceMinor: 450_000,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: deliveries.id });
    return row!.id;
  }

  async bidStatus(bidId: string): Promise<string> {
    const [row] = await this.ctx.database.db.select({ status: bids.status }).from(bids).where(eq(bids.id, bidId));
    return row!.status;
  }
}
