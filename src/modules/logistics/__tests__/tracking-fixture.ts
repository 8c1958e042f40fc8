/** Helpers of the tracking tests: deliveries from the real flow (test/fixtures/logistics.ts), points along a line, requests. */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { LOGISTICS, LogisticsFixture, type AwardedDelivery } from '../../../../test/fixtures/logistics.js';
import { queryRows } from '../../../shared/db/database.js';

export { LOGISTICS };

export interface Fix {
  lat: number;
  lon: number;
  at: string;
  speedKmh?: number;
  heading?: number;
  accuracyM?: number;
}

/** A point `f` of the way from `a` to `b` (0 … 1), on a straight line. */
export function between(a: { lat: number; lon: number }, b: { lat: number; lon: number }, f: number) {
  return { lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f };
}

export class TrackingFixture {
  readonly logistics: LogisticsFixture;

  constructor(readonly ctx: TestContext) {
    this.logistics = new LogisticsFixture(ctx);
  }

  /** A confirmed delivery (status awarded), Podolsk → Moscow, moved on to `upTo` by its carrier. */
  async delivery(
    upTo: 'awarded' | 'en_route_to_pickup' | 'loaded' | 'in_transit' = 'awarded',
  ): Promise<AwardedDelivery> {
    const d = await this.logistics.awardedDelivery();
    const steps = ['en_route_to_pickup', 'loaded', 'in_transit'];
    for (const status of steps.slice(0, steps.indexOf(upTo) + 1)) await this.status(d, status);
    return d;
  }

  async status(d: AwardedDelivery, status: string, extra: Record<string, unknown> = {}) {
    const res = await this.ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/status`,
      token: d.carrier.accessToken,
      payload: { status, ...extra },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  /** ISO time `sec` seconds from the test clock's now. */
  in(sec: number): string {
    return new Date(this.ctx.clock.now().getTime() + sec * 1000).toISOString();
  }

  post(d: Pick<AwardedDelivery, 'deliveryId'>, points: Fix[], who: Account) {
    return this.ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/deliveries/${d.deliveryId}/positions`,
      token: who.accessToken,
      payload: { points },
    });
  }

  /** Posts as the delivery's carrier and expects 201; the answer. */
  async report(d: AwardedDelivery, points: Fix[]) {
    const res = await this.post(d, points, d.carrier);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as {
      accepted: number;
      usable: number;
      flagged: { outOfOrder: number; implausible: number };
      remainingKm: number | null;
      etaAt: string | null;
      minutesLeft: number | null;
      suggestedStatus: { status: string; requiresProof: boolean } | null;
    };
  }

  view(d: Pick<AwardedDelivery, 'deliveryId'>, who: Account) {
    return this.ctx.request({ method: 'GET', url: `${LOGISTICS}/deliveries/${d.deliveryId}`, token: who.accessToken });
  }

  /** Stored positions of a delivery, in id order. */
  positions(deliveryId: string) {
    return queryRows<{
      lat: number;
      lon: number;
      speed_kmh: number | null;
      heading: number | null;
      flag: string | null;
      source: string;
    }>(
      this.ctx.database.db,
      sql`select lat, lon, speed_kmh, heading, flag, source from logistics.positions where delivery_id = ${deliveryId}::uuid order by id`,
    );
  }

  timelineKinds(deliveryId: string) {
    return queryRows<{ kind: string }>(
      this.ctx.database.db,
      sql`select kind from logistics.delivery_timeline where delivery_id = ${deliveryId}::uuid order by at, id`,
    ).then((rows) => rows.map((r) => r.kind));
  }

  outbox(type: string, deliveryId: string) {
    return queryRows<{ payload: Record<string, unknown>; key: string }>(
      this.ctx.database.db,
      sql`select payload, key from events.outbox where type = ${type} and payload->>'deliveryId' = ${deliveryId} order by seq`,
    );
  }

  /** A device key for the delivery's vehicle (Traccar Client's identifier). */
  async trackerKey(d: AwardedDelivery): Promise<string> {
    const res = await this.ctx.request({
      method: 'POST',
      url: `${LOGISTICS}/vehicles/${d.vehicleId}/tracker-key`,
      token: d.carrier.accessToken,
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { key: string }).key;
  }
}
