/**
 * The auction under real parallelism (PostgreSQL; PGlite has one connection): 50 carriers
 * bidding and undercutting in the last minute while the clock runs and two relays — two app
 * instances on one database, as two worker processes would be — race to fire the close.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.js';
import { queryRows } from '../../../shared/db/database.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { LogisticsFixture } from '../../../../test/fixtures/logistics.js';

const CARRIERS = 50;
const MIN = 60_000;
let ctx: TestContext;
let fx: LogisticsFixture;
let secondRelay: FastifyInstance;
const bidders: { carrier: Account; vehicleId: string }[] = [];

describe.skipIf(!process.env.TEST_DATABASE_URL)('the auction, racing (PostgreSQL)', () => {
  beforeAll(async () => {
    ctx = await createTestContext({ env: { ACCESS_TOKEN_TTL_SEC: String(30 * 86_400) } });
    fx = new LogisticsFixture(ctx);
    // The second relay: another app on the same database and clock.
    secondRelay = await buildApp({ config: ctx.config, services: { database: ctx.database, clock: ctx.clock } });
    await secondRelay.ready();
    for (let i = 0; i < CARRIERS; i++) bidders.push(await fx.carrier());
  }, 120_000);
  afterAll(async () => {
    await secondRelay?.close();
    await ctx?.close();
  });

  it('one award, to the lowest bid; every late bid moved the close exactly by the rule', async () => {
    const part = await fx.deliveryPart();
    const job = (await fx.jobOf(part.subOrderId))!;
    const view = (await fx.job(part.seller, job.id)).json() as { closesAt: string; guidePriceMinor: number };
    const firstClose = Date.parse(view.closesAt);
    const guide = view.guidePriceMinor;
    ctx.clock.advance(firstClose - 60_000 - ctx.clock.now().getTime());

    // Each carrier bids three times, lower each time; prices are distinct across carriers.
    const attempts = bidders.map(async ({ carrier, vehicleId }, i) => {
      const results: number[] = [];
      for (let k = 0; k < 3; k++) {
        // Staggered, so bids keep arriving while the clock runs.
        await new Promise((resolve) => setTimeout(resolve, (i * 7 + k * 13) % 40));
        const price = guide - 100 * (1 + i + CARRIERS * k);
        const res = await fx.bid(carrier, job.id, {
          vehicleId,
          priceMinor: price,
          pickupAt: new Date(firstClose + 86_400_000).toISOString(),
        });
        results.push(res.statusCode);
        expect([201, 409], res.body).toContain(res.statusCode);
      }
      return results;
    });
    // The clock runs 10 s of auction per tick, and now and then 6 min (past any close a bid
    // could have set), while both relays fire whatever is due: the close comes while bids arrive.
    // It stops once the job is awarded: on a slow run it would otherwise pass the winner's
    // 30 minutes to confirm, and the award rightly moving on to the next bid is a second award.
    let bidding = true;
    const ticker = (async () => {
      for (let tick = 1; bidding; tick++) {
        ctx.clock.advance(tick % 8 === 0 ? 6 * MIN : 10_000);
        await Promise.all([ctx.app.events.runOnce(), secondRelay.events.runOnce()]);
        const [now] = await queryRows<{ status: string }>(
          ctx.database.db,
          sql`select status from logistics.jobs where id = ${job.id}::uuid`,
        );
        if (now!.status !== 'open') break;
      }
    })();
    const statuses = (await Promise.all(attempts)).flat();
    bidding = false;
    await ticker;
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);

    // Past any close: both relays together, several times.
    ctx.clock.advance(10 * MIN);
    for (let i = 0; i < 3; i++) await Promise.all([ctx.app.events.runOnce(), secondRelay.events.runOnce()]);

    const bids = await queryRows<{ id: string; price_minor: string; status: string; created_at: Date; seq: string }>(
      ctx.database.db,
      sql`select id, price_minor, status, created_at, seq from logistics.bids where job_id = ${job.id}::uuid order by seq`,
    );
    const [state] = await queryRows<{ status: string; awarded_bid_id: string; closes_at: Date }>(
      ctx.database.db,
      sql`select status, awarded_bid_id, closes_at from logistics.jobs where id = ${job.id}::uuid`,
    );
    const won = bids.filter((b) => b.status === 'won');
    expect(won).toHaveLength(1);
    expect(state).toMatchObject({ status: 'awarded', awarded_bid_id: won[0]!.id });
    // The winner is the lowest of the bids standing at the close (each carrier's last).
    const standing = bids.filter((b) => b.status === 'active' || b.status === 'won');
    const lowest = Math.min(...standing.map((b) => Number(b.price_minor)));
    expect(Number(won[0]!.price_minor)).toBe(lowest);
    expect(standing.filter((b) => Number(b.price_minor) === lowest)).toHaveLength(1);
    // Replaying the accepted bids in order gives exactly the close the job ended with.
    let close = firstClose;
    for (const b of bids) {
      const at = new Date(b.created_at).getTime();
      expect(at, 'no bid accepted at or after the close').toBeLessThan(close);
      if (close - at <= 5 * MIN) close = at + 5 * MIN;
    }
    expect(new Date(state!.closes_at).getTime()).toBe(close);
    const [awards] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from events.outbox where type = 'delivery_job.awarded' and payload->>'jobId' = ${job.id}`,
    );
    expect(awards!.n).toBe(1);
  }, 120_000);

  it('two relays firing the same close award once', async () => {
    for (let round = 0; round < 5; round++) {
      const part = await fx.deliveryPart();
      const job = (await fx.jobOf(part.subOrderId))!;
      const guide = ((await fx.job(part.seller, job.id)).json() as { guidePriceMinor: number }).guidePriceMinor;
      await fx.placedBid(bidders[0]!.carrier, job.id, bidders[0]!.vehicleId, guide - 100);
      await fx.placedBid(bidders[1]!.carrier, job.id, bidders[1]!.vehicleId, guide - 200);
      ctx.clock.advance(3 * 3_600_000);
      await Promise.all([ctx.app.events.runOnce(), secondRelay.events.runOnce(), ctx.app.events.runOnce()]);
      const [awards] = await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from events.outbox where type = 'delivery_job.awarded' and payload->>'jobId' = ${job.id}`,
      );
      expect(awards!.n).toBe(1);
      const [won] = await queryRows<{ carrier_id: string }>(
        ctx.database.db,
        sql`select carrier_id from logistics.bids where job_id = ${job.id}::uuid and status = 'won'`,
      );
      expect(won!.carrier_id).toBe(bidders[1]!.carrier.id);
    }
  }, 120_000);
});
