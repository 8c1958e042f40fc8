/**
 * GET /api/v1/logistics/quote: the guide price for any load, public, the same function the cart and
 * checkout use (docs/domain.md, The delivery guide price).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { guidePrice } from '../index.js';

const URL = '/api/v1/logistics/quote';
// Подольск → Москва, Тверская: ≈ 36 km straight, 14 + 1.3·26 ≈ 47.8 km by road.
const PODOLSK = { lat: 55.43, lon: 37.54 };
const MOSCOW = { lat: 55.75, lon: 37.62 };
const route = { from: '55.43,37.54', to: '55.75,37.62' };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const ask = (query: Record<string, string>, token?: string) =>
  ctx.request({ method: 'GET', url: URL, query, ...(token ? { token } : {}) });

async function ok(query: Record<string, string>) {
  const res = await ask({ ...route, ...query });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /logistics/quote', () => {
  it('14 t of bulk cement: one цементовоз, with the road, the breakdown and the candidates', async () => {
    const quote = await ok({ weightKg: '14000', volumeM3: '10.78', cargo: 'bulk_cement' });
    expect(quote).toMatchObject({
      from: PODOLSK,
      to: MOSCOW,
      cargo: 'bulk_cement',
      unloading: 'manual',
      vehicleClass: 'cement-tanker-25t',
      vehicleName: 'Цементовоз 25 т (30 м³)',
      bodyType: 'cement_tanker',
      bodyName: 'цементовоз',
      vehicles: 1,
      roadKm: 47.8,
      priceMinor: 1_800_000,
    });
    expect(quote.straightKm).toBeCloseTo(35.98, 1);
    expect(quote.stretches).toEqual([
      { fromKm: 0, toKm: 10, factor: 1.4, roadKm: 14 },
      { fromKm: 10, toKm: quote.straightKm, factor: 1.3, roadKm: expect.closeTo((quote.straightKm - 10) * 1.3, 2) },
    ]);
    // 7 000 + 110·47.8 + 200·14 = 15 058 ₽ < the 18 000 ₽ minimum.
    expect(quote.breakdown).toMatchObject({
      tariff: { id: 'cement-tanker-25t', bodyType: 'cement_tanker', payloadKg: 25_000, volumeM3: 30 },
      billedWeightKg: 14_000,
      baseMinor: 700_000,
      distanceMinor: 525_800,
      weightMinor: 280_000,
      runMinor: 1_505_800,
      minChargeMinor: 1_800_000,
      minChargeApplied: true,
      chargeMinor: 1_800_000,
      craneMinor: 0,
      roundingMinor: 0,
    });
    expect(quote.candidates).toEqual([
      {
        vehicleClass: 'cement-tanker-25t',
        vehicleName: 'Цементовоз 25 т (30 м³)',
        bodyType: 'cement_tanker',
        bodyName: 'цементовоз',
        vehicles: 1,
        priceMinor: 1_800_000,
      },
    ]);
    // The function the cart and checkout call gives the same figure.
    const direct = guidePrice({
      pickup: PODOLSK,
      dropoff: MOSCOW,
      cargo: 'bulk_cement',
      weightKg: 14_000,
      volumeM3: 10.78,
      needsCrane: false,
    });
    expect(quote.priceMinor).toBe(direct.priceMinor);
    // A body named in Russian is the same body.
    expect(await ok({ weightKg: '14000', volumeM3: '10.78', cargo: 'bulk_cement', body: 'Цементовоз' })).toEqual(quote);
  });

  it('11.7 m rebar on a body at least that long; unloaded by crane on the 12 m манипулятор', async () => {
    const rebar = await ok({ weightKg: '104', volumeM3: '0.0132', lengthM: '11.7' });
    expect(rebar).toMatchObject({ vehicleClass: 'semi-20t', bodyType: 'tent', vehicles: 1, priceMinor: 1_500_000 });
    expect(rebar.candidates.map((c: { vehicleClass: string }) => c.vehicleClass)).toEqual([
      'semi-20t',
      'long-20t',
      'crane-long-10t',
    ]);
    const crane = await ok({ weightKg: '104', lengthM: '11.7', unloading: 'crane' });
    // 6 000 + 120·47.8 + 250·0.104 = 11 762 ₽ → 18 000 ₽, + 4 000 ₽ for the crane.
    expect(crane).toMatchObject({ vehicleClass: 'crane-long-10t', bodyName: 'манипулятор', priceMinor: 2_200_000 });
    expect(crane.breakdown).toMatchObject({ chargeMinor: 1_800_000, craneMinor: 400_000 });
    const onLong = await ok({ weightKg: '104', lengthM: '11.7', body: 'длинномер' });
    expect(onLong).toMatchObject({ vehicleClass: 'long-20t', bodyType: 'long_flatbed', priceMinor: 1_700_000 });
  });

  it('sand in a самосвал, ready concrete in a бетоновоз, a small load in a Газель', async () => {
    // 5 m³ of sand, 8 t: 3 000 + 70·47.8 + 150·8 = 7 546 ₽ → 9 000 ₽.
    expect(await ok({ weightKg: '8000', volumeM3: '5', cargo: 'bulk' })).toMatchObject({
      vehicleClass: 'dump-10t',
      bodyName: 'самосвал',
      priceMinor: 900_000,
    });
    // 8 m³ of concrete, 19.2 t: 4 500 + 100·47.8 + 100·19.2 = 11 200 ₽ > the 11 000 ₽ minimum.
    const concrete = await ok({ weightKg: '19200', volumeM3: '8', cargo: 'ready_concrete' });
    expect(concrete).toMatchObject({ vehicleClass: 'mixer-9m3', bodyName: 'бетоновоз', priceMinor: 1_120_000 });
    expect(concrete.breakdown).toMatchObject({ runMinor: 1_120_000, minChargeApplied: false });
    // 300 kg, no volume given: 1 500 + 45·47.8 + 300·0.3 = 3 741 ₽ → the Газель's 4 500 ₽.
    const small = await ok({ weightKg: '300' });
    expect(small).toMatchObject({
      cargo: 'general',
      unloading: 'manual',
      vehicleClass: 'gazelle',
      priceMinor: 450_000,
    });
    const b = small.breakdown;
    expect(b.runMinor).toBe(b.baseMinor + b.distanceMinor + b.weightMinor);
    expect(small.priceMinor).toBe(b.chargeMinor + b.craneMinor + b.roundingMinor);
  });

  it('is public: no account needed, and an account changes nothing', async () => {
    const customer = await ctx.make.customer();
    const anonymous = await ask({ ...route, weightKg: '500' });
    const signedIn = await ask({ ...route, weightKg: '500' }, customer.accessToken);
    expect(anonymous.statusCode).toBe(200);
    expect(signedIn.json()).toEqual(anonymous.json());
  });

  it('names every bad or missing field (400)', async () => {
    const bad = async (query: Record<string, string>) => errorPaths(await ask(query));
    const good = { ...route, weightKg: '1000' };
    const without = (key: keyof typeof good) => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));
    expect(await bad(without('from'))).toEqual(['from']);
    expect(await bad(without('to'))).toEqual(['to']);
    expect(await bad(without('weightKg'))).toEqual(['weightKg']);
    for (const from of ['55.75', '91,0', '55.75,181', 'Москва', '55,75;37,62', '']) {
      expect(await bad({ ...good, from }), from).toEqual(['from']);
    }
    expect(await bad({ ...good, to: 'abc' })).toEqual(['to']);
    for (const weightKg of ['-1', 'abc', '1e3', '', '1000001', 'Infinity']) {
      expect(await bad({ ...good, weightKg }), weightKg).toEqual(['weightKg']);
    }
    expect(await bad({ ...good, volumeM3: 'x' })).toEqual(['volumeM3']);
    expect(await bad({ ...good, volumeM3: '100001' })).toEqual(['volumeM3']);
    expect(await bad({ ...good, lengthM: '-2' })).toEqual(['lengthM']);
    expect(await bad({ ...good, lengthM: '101' })).toEqual(['lengthM']);
    expect(await bad({ ...good, body: 'грузовик' })).toEqual(['body']);
    expect(await bad({ ...good, cargo: 'gravel' })).toEqual(['cargo']);
    expect(await bad({ ...good, unloading: 'helicopter' })).toEqual(['unloading']);
    expect((await bad({ from: 'x', to: 'y', weightKg: 'z', cargo: 'sand' })).sort()).toEqual([
      'cargo',
      'from',
      'to',
      'weightKg',
    ]);
  });

  it('names the field that rules every vehicle out (422 LOGISTICS.NO_VEHICLE_FITS)', async () => {
    const refused = async (query: Record<string, string>) => {
      const problem = expectProblem(await ask({ ...route, ...query }), 422, 'LOGISTICS.NO_VEHICLE_FITS');
      return problem.errors as { path: string; message: string }[];
    };
    expect(await refused({ weightKg: '14000', cargo: 'bulk_cement', body: 'тент' })).toEqual([
      { path: 'body', message: 'a тент cannot carry bulk cement; it needs: цементовоз' },
    ]);
    expect(await refused({ weightKg: '100', lengthM: '14' })).toEqual([
      { path: 'lengthM', message: 'an item of 14 m is longer than any body (the longest is 13.6 m)' },
    ]);
    expect(await refused({ weightKg: '100', lengthM: '12.5', unloading: 'crane' })).toEqual([
      { path: 'lengthM', message: 'an item of 12.5 m is longer than any манипулятор body (the longest is 12 m)' },
    ]);
    expect(await refused({ weightKg: '100', lengthM: '11.7', body: 'van' })).toEqual([
      { path: 'body', message: 'an item of 11.7 m is longer than any фургон body (the longest is 4.2 m)' },
    ]);
    expect(await refused({ weightKg: '100', body: 'рефрижератор' })).toEqual([
      { path: 'body', message: 'no рефрижератор class is in the tariff table' },
    ]);
    const problem = expectProblem(
      await ask({ ...route, weightKg: '8000', cargo: 'bulk', body: 'борт' }),
      422,
      'LOGISTICS.NO_VEHICLE_FITS',
    );
    expect(problem).toMatchObject({ cargo: 'bulk', body: 'flatbed', needsCrane: false, longestItemM: null });
  });
});
