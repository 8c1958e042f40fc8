import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { LOGISTICS, LogisticsFixture } from '../../../../test/fixtures/logistics.js';

let ctx: TestContext;
let fx: LogisticsFixture;

beforeAll(async () => {
  // The clock moves hours ahead here: tokens live long enough for that.
  ctx = await createTestContext({ env: { ACCESS_TOKEN_TTL_SEC: String(30 * 86_400) } });
  fx = new LogisticsFixture(ctx);
});
afterAll(() => ctx.close());

interface BidJson {
  id: string;
  status: string;
  priceMinor: number;
  carrier: { id: string; name: string } | null;
  reason: string | null;
  closesAt?: string;
}
interface JobJson {
  id: string;
  status: string;
  guidePriceMinor: number;
  lowestBidMinor: number | null;
  closesAt: string;
  awardedBidId: string | null;
  confirmBy: string | null;
  flagReason: string | null;
  round: number;
  contact: object | null;
  dropoff: { approximate: boolean };
  bids: BidJson[];
}

async function openJob() {
  const part = await fx.deliveryPart();
  const job = (await fx.jobOf(part.subOrderId))!;
  const view = (await fx.job(part.seller, job.id)).json() as JobJson;
  return { ...part, jobId: job.id, guide: view.guidePriceMinor, closesAt: Date.parse(view.closesAt) };
}

async function view(who: Account, jobId: string): Promise<JobJson> {
  const res = await fx.job(who, jobId);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as JobJson;
}

/** Moves the clock forward to `ms`. */
function setClock(ms: number) {
  ctx.clock.advance(Math.max(0, ms - ctx.clock.now().getTime()));
}

/** Moves the clock to `ms` and runs the relay (its deadlines fire). */
async function at(ms: number) {
  setClock(ms);
  await ctx.app.events.runOnce();
}

describe('bids', () => {
  it('need a vehicle of one’s own that fits, a pickup in time, and each new one lower', async () => {
    const job = await openJob();
    const { carrier, vehicleId } = await fx.carrier();
    const other = await fx.carrier();
    const notMine = await fx.bid(carrier, job.jobId, { vehicleId: other.vehicleId, priceMinor: 100_000 });
    expect(notMine.statusCode).toBe(422);
    expect(notMine.json().code).toBe('LOGISTICS.VEHICLE_NOT_FOUND');
    const small = await fx.vehicle(carrier, { payloadKg: 500, volumeM3: 3, bodyLengthM: 2.5, bodyType: 'фургон' });
    const tooSmall = await fx.bid(carrier, job.jobId, { vehicleId: small, priceMinor: 100_000 });
    expect(tooSmall.statusCode, tooSmall.body).toBe(422);
    expect(tooSmall.json().code).toBe('LOGISTICS.VEHICLE_DOES_NOT_FIT');
    const late = await fx.bid(carrier, job.jobId, {
      vehicleId,
      priceMinor: 100_000,
      pickupAt: new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString(),
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].path).toBe('pickupAt');
    for (const [field, value] of [
      ['priceMinor', 12.5],
      ['priceMinor', -1],
      ['vehicleId', 'x'],
      ['pickupAt', 'завтра'],
    ] as const) {
      const bad = await fx.bid(carrier, job.jobId, { vehicleId, priceMinor: 100_000, [field]: value });
      expect(bad.statusCode, `${field}=${value}`).toBe(400);
      expect(bad.json().errors[0].path).toBe(field);
    }

    const first = await fx.placedBid(carrier, job.jobId, vehicleId, 900_000);
    const same = await fx.bid(carrier, job.jobId, { vehicleId, priceMinor: 900_000 });
    expect(same.statusCode).toBe(409);
    expect(same.json()).toMatchObject({ code: 'LOGISTICS.BID_NOT_LOWER', previousPriceMinor: 900_000 });
    const lower = await fx.placedBid(carrier, job.jobId, vehicleId, 850_000);
    const seen = await view(carrier, job.jobId);
    expect(seen.bids.map((b) => [b.id, b.status])).toEqual(
      expect.arrayContaining([
        [first, 'superseded'],
        [lower, 'active'],
      ]),
    );
    expect(seen.lowestBidMinor).toBe(850_000);
    // The seller sees the live bid, anonymous, without the superseded one.
    const sellerView = await view(job.seller, job.jobId);
    expect(sellerView.bids.map((b) => b.id)).toEqual([lower]);
    expect(sellerView.bids[0]!.carrier).toBeNull();
  });

  it('may be withdrawn before the close, only by their carrier', async () => {
    const job = await openJob();
    const a = await fx.carrier();
    const b = await fx.carrier();
    const bid = await fx.placedBid(a.carrier, job.jobId, a.vehicleId, 700_000);
    const url = `${LOGISTICS}/jobs/${job.jobId}/bids/${bid}`;
    const stranger = await ctx.request({ method: 'DELETE', url, token: b.carrier.accessToken });
    expect(stranger.statusCode).toBe(404);
    const res = await ctx.request({ method: 'DELETE', url, token: a.carrier.accessToken });
    expect(res.statusCode, res.body).toBe(204);
    const again = await ctx.request({ method: 'DELETE', url, token: a.carrier.accessToken });
    expect(again.statusCode).toBe(409);
    expect((await view(job.seller, job.jobId)).bids).toEqual([]);
    // Withdrawing does not let a carrier come back higher: lower than anything it bid this round.
    const higher = await fx.bid(a.carrier, job.jobId, { vehicleId: a.vehicleId, priceMinor: 750_000 });
    expect(higher.statusCode).toBe(409);
    expect(higher.json()).toMatchObject({ code: 'LOGISTICS.BID_NOT_LOWER', previousPriceMinor: 700_000 });
    expect((await fx.bid(a.carrier, job.jobId, { vehicleId: a.vehicleId, priceMinor: 690_000 })).statusCode).toBe(201);
  });

  it('in the last 5 minutes move the close to 5 minutes after the bid; earlier ones do not', async () => {
    const job = await openJob();
    const { carrier, vehicleId } = await fx.carrier();
    setClock(job.closesAt - 10 * 60_000);
    const early = (await fx.bid(carrier, job.jobId, { vehicleId, priceMinor: job.guide - 1_000 })).json() as BidJson;
    expect(Date.parse(early.closesAt!)).toBe(job.closesAt);
    setClock(job.closesAt - 3 * 60_000);
    const sniped = (await fx.bid(carrier, job.jobId, { vehicleId, priceMinor: job.guide - 2_000 })).json() as BidJson;
    expect(Date.parse(sniped.closesAt!)).toBe(job.closesAt + 2 * 60_000);
    // The old close time passes: nothing is awarded yet.
    await at(job.closesAt + 60_000);
    expect((await view(job.seller, job.jobId)).status).toBe('open');
    await at(job.closesAt + 2 * 60_000);
    expect((await view(job.seller, job.jobId)).status).toBe('awarded');
  });
});

describe('the close', () => {
  it('awards the lowest bid, the earlier on a tie; the winner is named, confirms, the others lose', async () => {
    const job = await openJob();
    const a = await fx.carrier();
    const b = await fx.carrier();
    const c = await fx.carrier();
    await fx.placedBid(a.carrier, job.jobId, a.vehicleId, job.guide - 1_000);
    const tieFirst = await fx.placedBid(b.carrier, job.jobId, b.vehicleId, job.guide - 5_000);
    await fx.placedBid(c.carrier, job.jobId, c.vehicleId, job.guide - 5_000);
    await at(job.closesAt);
    const awarded = await view(job.customer, job.jobId);
    expect(awarded).toMatchObject({ status: 'awarded', awardedBidId: tieFirst });
    expect(awarded.bids.find((x) => x.id === tieFirst)!.carrier?.id).toBe(b.carrier.id);
    expect(awarded.bids.filter((x) => x.carrier !== null)).toHaveLength(1);
    // The winner now sees the address and the receiver; a loser still does not.
    const winner = await view(b.carrier, job.jobId);
    expect(winner.contact).not.toBeNull();
    expect(winner.dropoff.approximate).toBe(false);
    expect((await view(a.carrier, job.jobId)).contact).toBeNull();
    // Only the winner confirms.
    const loser = await fx.post(a.carrier, `/jobs/${job.jobId}/confirm`);
    expect(loser.statusCode).toBe(409);
    const ok = await fx.post(b.carrier, `/jobs/${job.jobId}/confirm`);
    expect(ok.statusCode, ok.body).toBe(200);
    const after = await view(job.customer, job.jobId);
    expect(after.status).toBe('assigned');
    expect(after.bids.filter((x) => x.status === 'lost')).toHaveLength(2);
    // Bids are over.
    const lateBid = await fx.bid(a.carrier, job.jobId, { vehicleId: a.vehicleId, priceMinor: 100_000 });
    expect(lateBid.statusCode).toBe(409);
  });

  it('a decline, or silence past the confirmation time, passes the award to the next-best bid', async () => {
    const job = await openJob();
    const a = await fx.carrier();
    const b = await fx.carrier();
    const c = await fx.carrier();
    const ba = await fx.placedBid(a.carrier, job.jobId, a.vehicleId, job.guide - 3_000);
    const bb = await fx.placedBid(b.carrier, job.jobId, b.vehicleId, job.guide - 2_000);
    const bc = await fx.placedBid(c.carrier, job.jobId, c.vehicleId, job.guide - 1_000);
    await at(job.closesAt);
    expect((await view(job.seller, job.jobId)).awardedBidId).toBe(ba);
    const empty = await fx.post(a.carrier, `/jobs/${job.jobId}/decline`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    const declined = await fx.post(a.carrier, `/jobs/${job.jobId}/decline`, { reason: 'машина сломалась' });
    expect(declined.statusCode, declined.body).toBe(204);
    const second = await view(job.seller, job.jobId);
    expect(second).toMatchObject({ status: 'awarded', awardedBidId: bb });
    expect(second.bids.find((x) => x.id === ba)).toMatchObject({ status: 'declined', reason: 'машина сломалась' });
    // b stays silent for 30 minutes: c wins.
    await at(Date.parse(second.confirmBy!));
    const third = await view(job.seller, job.jobId);
    expect(third).toMatchObject({ status: 'awarded', awardedBidId: bc });
    expect(third.bids.find((x) => x.id === bb)).toMatchObject({ status: 'declined', reason: 'no_confirmation' });
    // c declines too: nobody left, the job goes back out.
    await fx.post(c.carrier, `/jobs/${job.jobId}/decline`, { reason: 'занят' });
    const reopened = await view(job.seller, job.jobId);
    expect(reopened).toMatchObject({ status: 'open', awardedBidId: null });
    expect(reopened.round).toBeGreaterThan(0);
  });

  it('without bids re-opens once at +15 %, then is flagged for admins, who may award above the guide', async () => {
    const job = await openJob();
    await at(job.closesAt);
    const reopened = await view(job.seller, job.jobId);
    expect(reopened.status).toBe('open');
    expect(reopened.guidePriceMinor).toBe(Math.ceil((job.guide * 1.15) / 100) * 100);
    const { carrier, vehicleId } = await fx.carrier();
    const expensive = await fx.placedBid(carrier, job.jobId, vehicleId, reopened.guidePriceMinor + 100_000);
    await at(Date.parse(reopened.closesAt));
    const flagged = await view(job.seller, job.jobId);
    expect(flagged).toMatchObject({ status: 'flagged', flagReason: 'above_guide' });
    const admin = await ctx.make.admin();
    const list = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/admin/jobs?flagged=true`,
      token: admin.accessToken,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { items: JobJson[] }).items.map((j) => j.id)).toContain(job.jobId);
    // The customer may not award above the guide; an admin may.
    const byCustomer = await fx.post(job.customer, `/jobs/${job.jobId}/award`, { bidId: expensive });
    expect(byCustomer.statusCode).toBe(409);
    const byAdmin = await fx.post(admin, `/jobs/${job.jobId}/award`, { bidId: expensive });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect((byAdmin.json() as JobJson).status).toBe('awarded');
    const forbidden = await ctx.request({
      method: 'GET',
      url: `${LOGISTICS}/admin/jobs`,
      token: job.customer.accessToken,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('passes over a bid whose vehicle no longer fits (resized or deleted since) or whose carrier was suspended', async () => {
    const job = await openJob();
    const a = await fx.carrier();
    const b = await fx.carrier();
    const c = await fx.carrier();
    const shrunk = await fx.placedBid(a.carrier, job.jobId, a.vehicleId, job.guide - 3_000);
    await fx.placedBid(b.carrier, job.jobId, b.vehicleId, job.guide - 2_000);
    const fitting = await fx.placedBid(c.carrier, job.jobId, c.vehicleId, job.guide - 1_000);
    const patched = await ctx.request({
      method: 'PATCH',
      url: `${LOGISTICS}/vehicles/${a.vehicleId}`,
      token: a.carrier.accessToken,
      payload: { payloadKg: 300 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const deleted = await ctx.request({
      method: 'DELETE',
      url: `${LOGISTICS}/vehicles/${b.vehicleId}`,
      token: b.carrier.accessToken,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    // A suspended carrier's bid wins nothing either.
    const d = await fx.carrier();
    const suspendedBid = await fx.placedBid(d.carrier, job.jobId, d.vehicleId, job.guide - 9_000);
    const admin = await ctx.make.admin();
    const suspended = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${d.carrier.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'документы просрочены' },
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const early = await fx.post(job.seller, `/jobs/${job.jobId}/award`, { bidId: suspendedBid });
    expect(early.statusCode).toBe(409);
    await at(job.closesAt);
    const awarded = await view(job.seller, job.jobId);
    expect(awarded.awardedBidId).toBe(fitting);
    expect(awarded.bids.find((x) => x.id === shrunk)).toMatchObject({
      status: 'lost',
      reason: 'vehicle_no_longer_fits',
    });
    expect(awarded.bids.find((x) => x.id === suspendedBid)).toMatchObject({
      status: 'lost',
      reason: 'carrier_not_trading',
    });
  });

  it('a job with no bid at all is flagged no_bids after its second round', async () => {
    const job = await openJob();
    await at(job.closesAt);
    const reopened = await view(job.seller, job.jobId);
    await at(Date.parse(reopened.closesAt));
    expect(await view(job.seller, job.jobId)).toMatchObject({ status: 'flagged', flagReason: 'no_bids' });
  });
});

describe('an early award', () => {
  it('by the customer or seller of the part; strangers get 404; above the guide 409', async () => {
    const job = await openJob();
    const { carrier, vehicleId } = await fx.carrier();
    const cheap = await fx.placedBid(carrier, job.jobId, vehicleId, job.guide - 10_000);
    const stranger = await fx.post(await ctx.make.customer(), `/jobs/${job.jobId}/award`, { bidId: cheap });
    expect(stranger.statusCode).toBe(404);
    const otherSeller = await fx.post(await ctx.make.seller(), `/jobs/${job.jobId}/award`, { bidId: cheap });
    expect(otherSeller.statusCode).toBe(404);
    const unknown = await fx.post(job.seller, `/jobs/${job.jobId}/award`, { bidId: job.jobId });
    expect(unknown.statusCode).toBe(404);
    const res = await fx.post(job.seller, `/jobs/${job.jobId}/award`, { bidId: cheap });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as JobJson).status).toBe('awarded');
    const twice = await fx.post(job.customer, `/jobs/${job.jobId}/award`, { bidId: cheap });
    expect(twice.statusCode).toBe(409);
  });
});
