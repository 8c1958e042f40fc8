import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../shared/db/database.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { LOGISTICS, LogisticsFixture } from '../../../../test/fixtures/logistics.js';
import { delivery } from '../../../../test/fixtures/orders.js';

let ctx: TestContext;
let fx: LogisticsFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = new LogisticsFixture(ctx);
});
afterAll(() => ctx.close());

interface JobJson {
  id: string;
  status: string;
  subOrderId: string;
  dropoff: { address: string | null; lat: number; lon: number; approximate: boolean };
  contact: { name: string; phone: string | null } | null;
  guidePriceMinor: number;
  lowestBidMinor: number | null;
  bidCount: number;
  closesAt: string;
  postedAt: string;
  window: { from: string; to: string; text: string };
  load: { weightKg: number; bodies: { bodyType: string }[] };
  bids: { id: string; priceMinor: number; carrier: { name: string } | null; rating: object; vehicle: object }[];
}

describe('a delivery job is posted when its sub-order is ready', () => {
  it('once, from the event, with the load, window, guide price and a close time by the rule', async () => {
    const part = await fx.deliveryPart();
    const job = await fx.jobOf(part.subOrderId);
    expect(job?.status).toBe('open');
    const res = await fx.job(part.seller, job!.id);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as JobJson;
    expect(view.load.weightKg).toBe(1000); // 20 bags × 50 kg
    expect(view.load.bodies.map((b) => b.bodyType)).toContain('tent');
    expect(view.guidePriceMinor).toBeGreaterThan(0);
    expect(view.dropoff).toMatchObject({ address: 'г. Москва, ул. Тверская, д. 1', approximate: false });
    // Window 10 days ahead: the default 2 hours win over half-way.
    expect(Date.parse(view.closesAt) - Date.parse(view.postedAt)).toBe(2 * 3_600_000);
    expect(view.window.text).toMatch(/МСК/);
    const placed = await fx.orders.order(part.customer, part.orderId);
    expect(view.guidePriceMinor).toBe(
      (placed.subOrders[0] as { totals: { deliveryMinor: number } }).totals.deliveryMinor,
    );

    // The same event delivered again: still one job.
    const [event] = await queryRows<{ payload: object }>(
      ctx.database.db,
      sql`select payload from events.outbox where type = 'suborder.status_changed'
          and payload->>'subOrderId' = ${part.subOrderId} and payload->>'to' = 'ready'`,
    );
    await fx.orders.publish('suborder.status_changed', event!.payload);
    const [count] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from logistics.jobs where sub_order_id = ${part.subOrderId}::uuid`,
    );
    expect(count!.n).toBe(1);
    // And the order shows it (orders keeps the job id from delivery_job.posted).
    const order = await fx.orders.order(part.customer, part.orderId);
    expect((order.subOrders[0] as { deliveryJobId?: string }).deliveryJobId).toBe(job!.id);
  });

  it('asks carriers the price the customer paid, a mixed load as the kind that weighs most', async () => {
    const seller = await ctx.make.seller();
    const customer = await ctx.make.customer();
    const bags = await fx.orders.listed(seller, '1000');
    // Sand in the same warehouse: one sub-order, two cargo kinds.
    const sandProduct = await fx.orders.product(seller, {
      name: 'Песок строительный',
      unit: 'т',
      weightKg: '1000',
      volumeM3: '0.65',
      attributes: { cargo: 'bulk' },
    });
    const sand = { offerId: await fx.orders.offer(seller, sandProduct, { priceMinor: 90_000 }) };
    await fx.orders.stock(seller, bags.warehouseId, sand.offerId, '100');
    for (const [offerId, q] of [
      [bags.offerId, '10'],
      [sand.offerId, '3'],
    ] as const) {
      const added = await fx.orders.add(customer, offerId, q);
      expect(added.statusCode, added.body).toBe(201);
    }
    const body = delivery({ paymentMethod: 'invoice' }, ctx.clock.now().getTime());
    const placed = await fx.orders.checkout(customer, body);
    expect(placed.statusCode, placed.body).toBe(201);
    const order = placed.json() as { subOrders: { id: string; totals: { deliveryMinor: number } }[] };
    const sub = order.subOrders[0]!;
    expect(order.subOrders).toHaveLength(1);
    await fx.orders.markPaid(seller, sub.id);
    for (const to of ['confirmed', 'assembling', 'ready']) await fx.orders.transition(seller, sub.id, to);
    await ctx.app.events.runOnce();
    const job = (await fx.job(seller, (await fx.jobOf(sub.id))!.id)).json() as JobJson & { load: { cargo: string } };
    expect(job.load.cargo).toBe('bulk'); // 3 t of sand outweigh 500 kg of bags
    expect(job.load.weightKg).toBe(3500);
    expect(job.guidePriceMinor).toBe(sub.totals.deliveryMinor);
  });

  it('the seller may post it early from confirmed; not a pickup part, not someone else’s', async () => {
    const part = await fx.deliveryPart({ upTo: 'confirmed' });
    expect(await fx.jobOf(part.subOrderId)).toBeUndefined();
    const other = await ctx.make.seller();
    const stranger = await fx.post(other, '/jobs', { subOrderId: part.subOrderId });
    expect(stranger.statusCode).toBe(404);
    const posted = await fx.post(part.seller, '/jobs', { subOrderId: part.subOrderId });
    expect(posted.statusCode, posted.body).toBe(201);
    const again = await fx.post(part.seller, '/jobs', { subOrderId: part.subOrderId });
    expect(again.statusCode).toBe(200);
    expect((again.json() as JobJson).id).toBe((posted.json() as JobJson).id);
    // Reaching ready later keeps the one job.
    for (const to of ['assembling', 'ready']) await fx.orders.transition(part.seller, part.subOrderId, to);
    await ctx.app.events.runOnce();
    expect((await fx.jobOf(part.subOrderId))?.id).toBe((posted.json() as JobJson).id);
    const customer = await fx.post(part.customer, '/jobs', { subOrderId: part.subOrderId });
    expect(customer.statusCode).toBe(403);
  });

  it('a cancelled part cancels its job and its bids', async () => {
    const part = await fx.deliveryPart();
    const job = (await fx.jobOf(part.subOrderId))!;
    const { carrier, vehicleId } = await fx.carrier();
    await fx.placedBid(carrier, job.id, vehicleId, 500_000);
    const res = await fx.orders.transition(part.seller, part.subOrderId, 'cancelled', 'нет товара');
    expect(res.statusCode, res.body).toBe(200);
    await ctx.app.events.runOnce();
    expect((await fx.jobOf(part.subOrderId))?.status).toBe('cancelled');
    const view = (await fx.job(part.seller, job.id)).json() as JobJson;
    expect(view.bids.every((b) => (b as unknown as { status: string }).status === 'lost')).toBe(true);
  });
});

describe('the job board', () => {
  it('shows a fitting carrier the open job with the drop-off to ~1 km and no receiver; others get 404', async () => {
    const part = await fx.deliveryPart();
    const job = (await fx.jobOf(part.subOrderId))!;
    const { carrier } = await fx.carrier();
    const board = await ctx.request({ method: 'GET', url: `${LOGISTICS}/jobs?limit=100`, token: carrier.accessToken });
    expect(board.statusCode, board.body).toBe(200);
    const item = (board.json() as { items: JobJson[] }).items.find((j) => j.id === job.id);
    expect(item).toBeDefined();
    expect(item!.contact).toBeNull();
    expect(item!.dropoff.address).toBeNull();
    expect(item!.dropoff.approximate).toBe(true);
    const full = (await fx.job(part.seller, job.id)).json() as JobJson;
    const offM =
      Math.hypot(
        (item!.dropoff.lat - full.dropoff.lat) * 111_320,
        (item!.dropoff.lon - full.dropoff.lon) * 111_320 * Math.cos((full.dropoff.lat * Math.PI) / 180),
      ) || 0;
    expect(offM).toBeLessThan(1000);

    // A carrier with only a самосвал does not see a job of bagged cement.
    const { carrier: dumpOnly } = await fx.carrier({ bodyType: 'самосвал', volumeM3: 10, bodyLengthM: 5 });
    const theirs = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/jobs?limit=100`,
      token: dumpOnly.accessToken,
    });
    expect((theirs.json() as { items: JobJson[] }).items.some((j) => j.id === job.id)).toBe(false);
    expect((await fx.job(dumpOnly, job.id)).statusCode).toBe(404);
    // Another customer, another seller: 404.
    expect((await fx.job(await ctx.make.customer(), job.id)).statusCode).toBe(404);
    expect((await fx.job(await ctx.make.seller(), job.id)).statusCode).toBe(404);
  });

  it('orders jobs nearest first and pages them with a cursor; radius and body filter', async () => {
    const near = await fx.deliveryPart();
    const { carrier } = await fx.carrier();
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${LOGISTICS}/jobs?limit=1&near=55.43,37.54${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await ctx.request({ method: 'GET', url, token: carrier.accessToken })).json() as {
        items: (JobJson & { distanceKm: number })[];
        nextCursor: string | null;
      };
      all.push(...page.items.map((i) => `${i.distanceKm}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect([...all].map(Number)).toEqual([...all].map(Number).sort((a, b) => a - b));
    const far = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/jobs?near=59.93,30.33&radiusKm=50`,
      token: carrier.accessToken,
    });
    expect((far.json() as { items: JobJson[] }).items).toEqual([]);
    const bad = await ctx.request({ method: 'GET', url: `${LOGISTICS}/jobs?body=ракета`, token: carrier.accessToken });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body');
    const named = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/jobs?body=тент&limit=100`,
      token: carrier.accessToken,
    });
    expect((named.json() as { items: JobJson[] }).items.map((j) => j.subOrderId)).toContain(near.subOrderId);
    const forged = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/jobs?cursor=abc`,
      token: carrier.accessToken,
    });
    expect(forged.statusCode).toBe(400);
    const customer = await ctx.request({ method: 'GET', url: `${LOGISTICS}/jobs`, token: near.customer.accessToken });
    expect(customer.statusCode).toBe(403);
  });

  it('a job stays open to a fitting carrier however many open jobs share its warehouse', async () => {
    const part = await fx.deliveryPart();
    const job = (await fx.jobOf(part.subOrderId))!;
    // 120 more open jobs at the same pickup, all with ids that sort before this one.
    await ctx.database.db.execute(sql`
      insert into logistics.jobs
      select r.* from logistics.jobs j, generate_series(1, 120) g,
        jsonb_populate_record(null::logistics.jobs, to_jsonb(j) || jsonb_build_object(
          'id', '00000000-0000-4000-8000-' || lpad(g::text, 12, '0'), 'sub_order_id', gen_random_uuid())) r
      where j.id = ${job.id}::uuid`);
    const { carrier, vehicleId } = await fx.carrier();
    expect((await fx.job(carrier, job.id)).statusCode).toBe(200);
    const view = (await fx.job(part.seller, job.id)).json() as JobJson;
    expect((await fx.bid(carrier, job.id, { vehicleId, priceMinor: view.guidePriceMinor })).statusCode).toBe(201);
  });

  it('a pending carrier cannot see the board', async () => {
    const pending = await ctx.make.carrier({ approved: false });
    const res = await ctx.request({ method: 'GET', url: `${LOGISTICS}/jobs`, token: pending.accessToken });
    expect(res.statusCode).toBe(403);
  });
});
