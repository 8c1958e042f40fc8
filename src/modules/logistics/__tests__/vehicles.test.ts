/**
 * Carriers' vehicles (docs/domain.md, Logistics — Vehicles): what a carrier adds, reads, edits and
 * removes; every bad field named; plates unique among live vehicles; who may see what; a busy
 * vehicle kept; what other parts of logistics read through vehiclesApi.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { vehiclesApi } from '../vehicles/index.js';
import { VehiclesFixture } from './vehicles-fixture.js';

let ctx: TestContext;
let fx: VehiclesFixture;
let carrier: Account;
let rival: Account;
let admin: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = new VehiclesFixture(ctx);
  [carrier, rival, admin] = await Promise.all([ctx.make.carrier(), ctx.make.carrier(), ctx.make.admin()]);
});
afterAll(() => ctx?.close());

const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((v) => v.id);

describe('a carrier’s vehicles', () => {
  it('adds, reads, lists, edits and removes its own vehicles', async () => {
    const own = await ctx.make.carrier();
    const created = await fx.call('POST', '/vehicles', own, {
      bodyType: 'самосвал',
      name: 'КамАЗ 65115',
      payloadKg: 15000,
      volumeM3: 12.5,
      bodyLengthM: '5.6',
      plate: 'a 321 bc 750',
      base: { lat: 55.75, lon: 37.62 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const v = created.json();
    expect(v).toMatchObject({
      carrierId: own.id,
      bodyType: 'dump',
      bodyName: 'самосвал',
      name: 'КамАЗ 65115',
      payloadKg: 15000,
      volumeM3: '12.5',
      bodyLengthM: '5.6',
      crane: false,
      tailLift: false,
      plate: 'А321ВС750',
      base: { address: '', lat: 55.75, lon: 37.62 },
      trackerKey: { active: false, prefix: null, issuedAt: null },
    });
    expect((await fx.call('GET', `/vehicles/${v.id}`, own)).json()).toEqual(v);

    ctx.clock.advance(1000);
    const second = await fx.vehicle(own, { bodyType: 'crane', tailLift: true });
    expect((await fx.call('GET', `/vehicles/${second.id}`, own)).json()).toMatchObject({ crane: true, tailLift: true });
    expect(ids(await fx.call('GET', '/vehicles', own))).toEqual([second.id, v.id]);

    ctx.clock.advance(1000);
    const edited = await fx.call('PATCH', `/vehicles/${v.id}`, own, {
      name: 'КамАЗ 65115 №2',
      plate: 'Х777ХХ77',
      base: { address: 'Химки', lat: 55.89, lon: 37.44 },
      volumeM3: '14',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'КамАЗ 65115 №2',
      plate: 'Х777ХХ77',
      base: { address: 'Химки', lat: 55.89, lon: 37.44 },
      volumeM3: '14',
      bodyType: 'dump',
    });
    expect(edited.json().updatedAt > v.updatedAt).toBe(true);

    const removed = await fx.call('DELETE', `/vehicles/${v.id}`, own);
    expect(removed.statusCode, removed.body).toBe(204);
    expectProblem(await fx.call('GET', `/vehicles/${v.id}`, own), 404, 'LOGISTICS.VEHICLE_NOT_FOUND');
    expectProblem(await fx.call('DELETE', `/vehicles/${v.id}`, own), 404, 'LOGISTICS.VEHICLE_NOT_FOUND');
    expect(ids(await fx.call('GET', '/vehicles', own))).toEqual([second.id]);
  });

  it('pages its list newest first with a cursor, in a stable order', async () => {
    const own = await ctx.make.carrier();
    // Three at one instant (ordered among themselves by id), two later.
    const made: { id: string; at: number }[] = [];
    for (let i = 0; i < 5; i++) {
      if (i >= 3) ctx.clock.advance(1000);
      made.push({ id: (await fx.vehicle(own)).id, at: ctx.clock.now().getTime() });
    }
    const newestFirst = made.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).map((v) => v.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await fx.call('GET', `/vehicles?limit=2${cursor ? `&cursor=${cursor}` : ''}`, own);
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...ids(res));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(newestFirst);
    expect(errorPaths(await fx.call('GET', '/vehicles?cursor=bm9wZQ', own))).toEqual(['cursor']);
  });

  it('answers every bad field with a 400 naming it', async () => {
    const cases: [string, unknown][] = [
      ['bodyType', 'кабриолет'],
      ['bodyType', 7],
      ['payloadKg', 0],
      ['payloadKg', 60001],
      ['payloadKg', 1500.5],
      ['payloadKg', '1500'],
      ['volumeM3', 0],
      ['volumeM3', '-1'],
      ['volumeM3', 200.01],
      ['volumeM3', '9.123'],
      ['volumeM3', 'девять'],
      ['bodyLengthM', '0'],
      ['bodyLengthM', 30.5],
      ['crane', 'yes'],
      ['tailLift', 1],
      ['plate', 'Б123ВС77'],
      ['plate', 'А000ВС77'],
      ['plate', 'А123ВС00'],
      ['plate', 12345],
      ['name', 'x'.repeat(201)],
      ['base.lat', 91],
      ['base.lon', -181],
      ['base.address', 'x'.repeat(501)],
    ];
    for (const [field, value] of cases) {
      const payload = fx.body();
      const [head, tail] = field.split('.') as [keyof typeof payload, string | undefined];
      if (tail) (payload[head] as Record<string, unknown>) = { ...(payload[head] as object), [tail]: value };
      else (payload as Record<string, unknown>)[head] = value;
      const res = await fx.call('POST', '/vehicles', carrier, payload);
      expect(errorPaths(res), `${field}=${JSON.stringify(value)}`).toEqual([field]);
    }
    for (const field of ['bodyType', 'payloadKg', 'volumeM3', 'bodyLengthM', 'plate', 'base']) {
      const payload: Record<string, unknown> = fx.body();
      delete payload[field];
      expect(errorPaths(await fx.call('POST', '/vehicles', carrier, payload)), `without ${field}`).toEqual([field]);
    }
    const v = await fx.vehicle(carrier);
    for (const [field, value] of cases) {
      if (field.includes('.')) continue;
      const res = await fx.call('PATCH', `/vehicles/${v.id}`, carrier, { [field]: value });
      expect(errorPaths(res), `PATCH ${field}=${JSON.stringify(value)}`).toEqual([field]);
    }
    // A манипулятор has a crane.
    expect(
      errorPaths(await fx.call('POST', '/vehicles', carrier, fx.body({ bodyType: 'crane', crane: false }))),
    ).toEqual(['crane']);
    const crane = await fx.vehicle(carrier, { bodyType: 'манипулятор' });
    expect(errorPaths(await fx.call('PATCH', `/vehicles/${crane.id}`, carrier, { crane: false }))).toEqual(['crane']);
    const turned = await fx.call('PATCH', `/vehicles/${v.id}`, carrier, { bodyType: 'crane' });
    expect(turned.json()).toMatchObject({ bodyType: 'crane', bodyName: 'манипулятор', crane: true });
  });

  it('keeps a plate on one live vehicle: 409 LOGISTICS.PLATE_TAKEN, also for two at once; free again once deleted', async () => {
    const first = await fx.vehicle(carrier, { plate: 'К555КК99' });
    const same = await fx.call('POST', '/vehicles', rival, fx.body({ plate: 'k 555 kk 99' }));
    expect(expectProblem(same, 409, 'LOGISTICS.PLATE_TAKEN').plate).toBe('К555КК99');
    const other = await fx.vehicle(carrier);
    expectProblem(
      await fx.call('PATCH', `/vehicles/${other.id}`, carrier, { plate: 'К555КК99' }),
      409,
      'LOGISTICS.PLATE_TAKEN',
    );

    const racing = await Promise.all(
      [carrier, rival, carrier, rival].map((who) => fx.call('POST', '/vehicles', who, fx.body({ plate: 'Н321НН177' }))),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const r of racing.filter((x) => x.statusCode === 409)) expectProblem(r, 409, 'LOGISTICS.PLATE_TAKEN');

    expect((await fx.call('DELETE', `/vehicles/${first.id}`, carrier)).statusCode).toBe(204);
    expect((await fx.call('POST', '/vehicles', rival, fx.body({ plate: 'К555КК99' }))).statusCode).toBe(201);
  });
});

describe('who may see and change a vehicle', () => {
  it('answers another carrier’s vehicle exactly like a missing one (404) on every route', async () => {
    const v = await fx.vehicle(carrier);
    for (const id of [v.id, randomUUID()]) {
      for (const [method, url, body] of [
        ['GET', `/vehicles/${id}`, undefined],
        ['PATCH', `/vehicles/${id}`, { name: 'чужой' }],
        ['DELETE', `/vehicles/${id}`, undefined],
        ['POST', `/vehicles/${id}/tracker-key`, undefined],
        ['DELETE', `/vehicles/${id}/tracker-key`, undefined],
      ] as const) {
        expectProblem(await fx.call(method, url, rival, body), 404, 'LOGISTICS.VEHICLE_NOT_FOUND');
      }
    }
    expect(ids(await fx.call('GET', '/vehicles', rival))).not.toContain(v.id);
    expect((await fx.call('GET', `/vehicles/${v.id}`, carrier)).json().name).toBe('ГАЗель Next');
    expectProblem(await fx.call('GET', `/vehicles?carrierId=${carrier.id}`, rival), 403, 'AUTH.FORBIDDEN');
  });

  it('lets admins read any vehicle and list one carrier’s, but not change them', async () => {
    const own = await ctx.make.carrier();
    const v = await fx.vehicle(own);
    expect((await fx.call('GET', `/vehicles/${v.id}`, admin)).json()).toMatchObject({ id: v.id, carrierId: own.id });
    expect(ids(await fx.call('GET', `/vehicles?carrierId=${own.id}`, admin))).toEqual([v.id]);
    expect(ids(await fx.call('GET', '/vehicles?limit=100', admin))).toContain(v.id);
    expectProblem(await fx.call('PATCH', `/vehicles/${v.id}`, admin, { name: 'x' }), 403, 'AUTH.FORBIDDEN');
    expectProblem(await fx.call('POST', '/vehicles', admin, fx.body()), 403, 'AUTH.FORBIDDEN');
  });

  it('refuses a pending carrier (403), lets a suspended one read only, and refuses other roles', async () => {
    const pending = await ctx.make.carrier({ approved: false });
    expectProblem(await fx.call('GET', '/vehicles', pending), 403, 'LOGISTICS.CARRIER_NOT_APPROVED');
    expectProblem(await fx.call('POST', '/vehicles', pending, fx.body()), 403, 'LOGISTICS.CARRIER_NOT_APPROVED');

    const later = await ctx.make.carrier();
    const v = await fx.vehicle(later);
    const suspend = await ctx.request({
      method: 'POST',
      url: `/api/v1/users/${later.id}/suspend`,
      token: admin.accessToken,
      payload: { reason: 'проверка документов' },
    });
    expect(suspend.statusCode, suspend.body).toBe(200);
    const readOnly = await ctx.make.login(later.email, later.password);
    expect(ids(await fx.call('GET', '/vehicles', readOnly))).toEqual([v.id]);
    expect((await fx.call('GET', `/vehicles/${v.id}`, readOnly)).statusCode).toBe(200);
    expectProblem(await fx.call('POST', '/vehicles', readOnly, fx.body()), 403, 'USER.SUSPENDED');
    expectProblem(await fx.call('PATCH', `/vehicles/${v.id}`, readOnly, { name: 'x' }), 403, 'USER.SUSPENDED');
    expectProblem(await fx.call('DELETE', `/vehicles/${v.id}`, readOnly), 403, 'USER.SUSPENDED');

    for (const who of [await ctx.make.customer(), await ctx.make.seller()]) {
      expectProblem(await fx.call('GET', '/vehicles', who), 403, 'AUTH.FORBIDDEN');
      expectProblem(await fx.call('POST', '/vehicles', who, fx.body()), 403, 'AUTH.FORBIDDEN');
    }
    expectProblem(await fx.call('GET', '/vehicles'), 401, 'AUTH.UNAUTHENTICATED');
  });
});

describe('a busy vehicle', () => {
  it('cannot be deleted or resized while it runs a delivery or waits to confirm an award', async () => {
    for (const busy of ['awarded', 'en_route_to_pickup', 'loaded', 'in_transit', 'award'] as const) {
      const v = await fx.vehicle(carrier);
      const work =
        busy === 'award'
          ? { awardedJobIds: [(await fx.awarded(carrier, v.id)).jobId], deliveryIds: [] }
          : { deliveryIds: [await fx.delivery(carrier, v.id, busy)], awardedJobIds: [] };
      const refused = expectProblem(
        await fx.call('DELETE', `/vehicles/${v.id}`, carrier),
        409,
        'LOGISTICS.VEHICLE_BUSY',
      );
      expect(refused, busy).toMatchObject(work);
      expect(await vehiclesApi.isBusy(ctx.database.db, v.id)).toBe(true);
      for (const change of [
        { bodyType: 'van' },
        { payloadKg: 900 },
        { volumeM3: 1 },
        { bodyLengthM: 2 },
        { crane: true },
      ]) {
        expectProblem(await fx.call('PATCH', `/vehicles/${v.id}`, carrier, change), 409, 'LOGISTICS.VEHICLE_BUSY');
      }
      const allowed = await fx.call('PATCH', `/vehicles/${v.id}`, carrier, {
        name: 'подменная',
        plate: fx.plate(),
        base: { lat: 55.6, lon: 37.7 },
        tailLift: true,
        payloadKg: 1500, // unchanged
        bodyType: 'тент', // unchanged
      });
      expect(allowed.statusCode, allowed.body).toBe(200);
      expect((await fx.call('GET', `/vehicles/${v.id}`, carrier)).statusCode).toBe(200);
    }
  });

  it('is free again once its delivery is delivered, failed or cancelled; deleting withdraws its live bids only', async () => {
    for (const done of ['delivered', 'failed', 'cancelled'] as const) {
      const v = await fx.vehicle(carrier);
      await fx.delivery(carrier, v.id, done);
      expect(await vehiclesApi.isBusy(ctx.database.db, v.id)).toBe(false);
      expect((await fx.call('PATCH', `/vehicles/${v.id}`, carrier, { payloadKg: 1400 })).statusCode).toBe(200);
    }
    const v = await fx.vehicle(carrier);
    const other = await fx.vehicle(carrier);
    const live = await fx.bid(await fx.job(), carrier, v.id);
    const lost = await fx.bid(await fx.job(), carrier, v.id, 'lost');
    const elsewhere = await fx.bid(await fx.job(), carrier, other.id);
    expect(await vehiclesApi.isBusy(ctx.database.db, v.id)).toBe(false);
    expect((await fx.call('DELETE', `/vehicles/${v.id}`, carrier)).statusCode).toBe(204);
    expect(await fx.bidStatus(live)).toBe('withdrawn');
    expect(await fx.bidStatus(lost)).toBe('lost');
    expect(await fx.bidStatus(elsewhere)).toBe('active');
  });

  it('keeps its live bids when the delete is refused', async () => {
    const v = await fx.vehicle(carrier);
    const live = await fx.bid(await fx.job(), carrier, v.id);
    await fx.awarded(carrier, v.id);
    expectProblem(await fx.call('DELETE', `/vehicles/${v.id}`, carrier), 409, 'LOGISTICS.VEHICLE_BUSY');
    expect(await fx.bidStatus(live)).toBe('active');
  });
});

describe('vehiclesApi', () => {
  it('gives a carrier’s own live vehicles, never another’s or a deleted one', async () => {
    const own = await ctx.make.carrier();
    const a = await fx.vehicle(own, { bodyType: 'длинномер', payloadKg: 20000, volumeM3: 80, bodyLengthM: 13.6 });
    ctx.clock.advance(1000);
    const b = await fx.vehicle(own);
    const db = ctx.database.db;
    expect((await vehiclesApi.ownLive(db, own.id, a.id))?.plate).toBe(a.plate);
    expect(await vehiclesApi.ownLive(db, rival.id, a.id)).toBeUndefined();
    expect(await vehiclesApi.ownLive(db, own.id, randomUUID())).toBeUndefined();
    expect(await vehiclesApi.liveOf(db, own.id)).toEqual([
      {
        id: a.id,
        bodyType: 'long_flatbed',
        payloadKg: 20000,
        volumeM3: 80,
        bodyLengthM: 13.6,
        crane: false,
        name: 'ГАЗель Next',
        plate: a.plate,
        tailLift: false,
        base: { address: 'Москва, Варшавское ш., 170', lat: 55.58, lon: 37.6 },
      },
      expect.objectContaining({ id: b.id, bodyType: 'tent', volumeM3: 9, bodyLengthM: 3.1 }),
    ]);
    await fx.call('DELETE', `/vehicles/${a.id}`, own);
    expect(await vehiclesApi.ownLive(db, own.id, a.id)).toBeUndefined();
    expect((await vehiclesApi.liveOf(db, own.id)).map((v) => v.id)).toEqual([b.id]);
  });
});
