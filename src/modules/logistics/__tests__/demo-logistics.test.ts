import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo.js';
import { queryRows } from '../../../shared/db/database.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  expect(await seedDemo(ctx.app)).toMatch(/6 vehicles, 3 bids, a delivery on the road/);
}, 120_000);
afterAll(() => ctx.close());

describe('the logistics demo', () => {
  it('gives both demo carriers vehicles, leaves one job open with bids from both', async () => {
    const fleets = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from logistics.vehicles group by carrier_id`,
    );
    expect(fleets.map((f) => f.n)).toEqual([3, 3]);
    const [open] = await queryRows<{ bidders: number }>(
      ctx.database.db,
      sql`select count(distinct b.carrier_id)::int as bidders from logistics.jobs j
          join logistics.bids b on b.job_id = j.id and b.status = 'active' where j.status = 'open'`,
    );
    expect(open!.bidders).toBe(2);
  });

  it('has a delivery in transit with a few hundred usable points along its road, mirrored on the order', async () => {
    const [d] = await queryRows<{ id: string; status: string; sub_order_id: string; points: number; flagged: number }>(
      ctx.database.db,
      sql`select d.id, d.status, d.sub_order_id,
                 count(p.*) filter (where p.flag is null)::int as points,
                 count(p.*) filter (where p.flag is not null)::int as flagged
          from logistics.deliveries d left join logistics.positions p on p.delivery_id = d.id
          group by d.id`,
    );
    expect(d).toMatchObject({ status: 'in_transit', flagged: 0 });
    expect(d!.points).toBeGreaterThan(200);
    const [sub] = await queryRows<{ status: string }>(
      ctx.database.db,
      sql`select status from orders.sub_orders where id = ${d!.sub_order_id}::uuid`,
    );
    expect(sub!.status).toBe('in_transit');
    // The timeline reads in order: awarded, on the way, loaded, in transit.
    const kinds = await queryRows<{ kind: string }>(
      ctx.database.db,
      sql`select kind from logistics.delivery_timeline where delivery_id = ${d!.id}::uuid order by at, id`,
    );
    expect(kinds.map((k) => k.kind).slice(0, 4)).toEqual(['awarded', 'en_route_to_pickup', 'loaded', 'in_transit']);
  });
});
