import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import {
  DEFAULT_TARIFFS,
  guidePrice,
  NoVehicleFitsError,
  roadDistance,
  type GuidePriceInput,
  type VehicleTariff,
} from '../index.js';

// Points due north of a Moscow warehouse: along a meridian the great-circle distance is R·Δφ
// exactly (R = 6378.168 km, as in shared/geo.ts), so a test can place a point at 9.9 km.
const WAREHOUSE = { lat: 55.75, lon: 37.62 };
const kmNorth = (km: number) => ({ lat: WAREHOUSE.lat + ((km / 6378.168) * 180) / Math.PI, lon: WAREHOUSE.lon });

const load = (over: Partial<GuidePriceInput> & { km: number }): GuidePriceInput => ({
  pickup: WAREHOUSE,
  dropoff: kmNorth(over.km),
  weightKg: 100,
  volumeM3: 0.5,
  needsCrane: false,
  ...over,
});

const tariff = (id: VehicleTariff['id']) => DEFAULT_TARIFFS.find((t) => t.id === id)!;

describe('roadDistance', () => {
  it.each([
    // straight km, circuity, road km (straight × circuity, half up to 0.1 km)
    [9.9, 1.4, 13.9], // 13.86
    [9.999, 1.4, 14.0], // 13.9986
    [10, 1.3, 13.0], // 10 km is no longer "under 10 km"
    [50, 1.3, 65.0], // "to 50 km" includes 50
    [50.001, 1.2, 60.0], // 60.0012
    [51, 1.2, 61.2],
    [0.25, 1.4, 0.4], // 0.35 rounds half up
    [300, 1.2, 360.0],
  ])('%f km straight → ×%f → %f road km', (km, circuity, road) => {
    expect(roadDistance(WAREHOUSE, kmNorth(km))).toEqual({ straightKm: km, circuity, roadKm: road });
  });

  it('is zero for the same point', () => {
    expect(roadDistance(WAREHOUSE, WAREHOUSE)).toEqual({ straightKm: 0, circuity: 1.4, roadKm: 0 });
  });
});

describe('guidePrice', () => {
  it('charges the minimum when the formula comes to less', () => {
    // Газель, 13.9 road km, 500 kg: 1 500 + 45·13.9 + 300·0.5 = 2 275.50 ₽ < 4 500 ₽ minimum.
    const quote = guidePrice(load({ km: 9.9, weightKg: 500 }));
    expect(quote).toMatchObject({ vehicleClass: 'gazelle', vehicles: 1, roadKm: 13.9, priceMinor: 450_000 });
    expect(quote.breakdown).toMatchObject({
      straightKm: 9.9,
      circuity: 1.4,
      billedWeightKg: 500,
      baseMinor: 150_000,
      distanceMinor: 62_550,
      weightMinor: 15_000,
      runMinor: 227_550,
      minChargeMinor: 450_000,
      minChargeApplied: true,
      chargeMinor: 450_000,
      craneMinor: 0,
      roundingMinor: 0,
    });
  });

  it('charges the formula above the minimum and rounds once, up to a whole rouble', () => {
    // 51 km straight → 61.2 road km. Газель, 1 001 kg:
    // 1 500 + 45·61.2 + 300·1.001 = 1 500 + 2 754 + 300.30 = 4 554.30 ₽ → 4 555 ₽.
    // A 5-tonne truck: 2 500 + 60·61.2 + 250·1.001 = 6 422.25 ₽ < its 7 000 ₽ minimum.
    const quote = guidePrice(load({ km: 51, weightKg: 1001, volumeM3: 2 }));
    expect(quote).toMatchObject({ vehicleClass: 'gazelle', vehicles: 1, roadKm: 61.2, priceMinor: 455_500 });
    expect(quote.breakdown).toMatchObject({
      circuity: 1.2,
      baseMinor: 150_000,
      distanceMinor: 275_400,
      weightMinor: 30_030,
      runMinor: 455_430,
      minChargeApplied: false,
      chargeMinor: 455_430,
      roundingMinor: 70,
    });
    expect(quote.candidates.find((c) => c.vehicleClass === 'truck-5t')).toMatchObject({ priceMinor: 700_000 });
  });

  it('prices the circuity bands on either side of 10 and 50 km', () => {
    // A heavy Газель load so the formula, not the minimum, sets the price:
    // 1 400 kg → 1 500 + 45·road + 420 ₽.
    const at = (km: number) => guidePrice(load({ km, weightKg: 1400 }), [tariff('gazelle')]);
    expect(at(9.9)).toMatchObject({ roadKm: 13.9, priceMinor: 450_000 }); // 2 545.50 ₽ → minimum
    expect(at(10)).toMatchObject({ roadKm: 13, priceMinor: 450_000 });
    expect(at(50)).toMatchObject({ roadKm: 65, priceMinor: 484_500 }); // 1 500 + 2 925 + 420
    expect(at(51)).toMatchObject({ roadKm: 61.2, priceMinor: 467_400 }); // 1 500 + 2 754 + 420
  });

  it('splits a load by weight across vehicles of one class', () => {
    // 4 000 kg on Газели of 1.5 t: ceil(4 000 / 1 500) = 3 vehicles.
    // run = 3·1 500 + 3·45·13.9 + 300·4 = 4 500 + 1 876.50 + 1 200 = 7 576.50 ₽ < 3·4 500 ₽.
    const quote = guidePrice(load({ km: 9.9, weightKg: 4000, volumeM3: 2 }), [tariff('gazelle')]);
    expect(quote).toMatchObject({ vehicles: 3, priceMinor: 1_350_000 });
    expect(quote.breakdown).toMatchObject({
      vehiclesByWeight: 3,
      vehiclesByVolume: 1,
      runMinor: 757_650,
      minChargeMinor: 1_350_000,
    });
  });

  it('splits a load by volume across vehicles of one class', () => {
    // 20 m³ of mineral wool, 300 kg, in Газели of 9 m³: ceil(20 / 9) = 3 vehicles.
    // 300 km straight → 360 road km, so the formula beats the minimum:
    // run = 3·1 500 + 3·45·360 + 300·0.3 = 4 500 + 48 600 + 90 = 53 190 ₽ > 3·4 500 ₽.
    const quote = guidePrice(load({ km: 300, weightKg: 300, volumeM3: 20 }), [tariff('gazelle')]);
    expect(quote).toMatchObject({ vehicles: 3, roadKm: 360, priceMinor: 5_319_000 });
    expect(quote.breakdown).toMatchObject({ vehiclesByWeight: 1, vehiclesByVolume: 3, minChargeApplied: false });
  });

  it('picks the cheapest class and fleet for a heavy load', () => {
    // 25 t of cement, 61.2 road km. Фура ×2: 2·5 000 + 2·100·61.2 + 150·25 = 25 990 ₽ < 2·15 000 ₽
    // → 30 000 ₽. 10 t ×3: 3·3 500 + 3·80·61.2 + 200·25 = 30 188 ₽. 5 t ×5: 37 110 ₽.
    const quote = guidePrice(load({ km: 51, weightKg: 25_000, volumeM3: 16 }));
    expect(quote).toMatchObject({ vehicleClass: 'semi-20t', vehicles: 2, priceMinor: 3_000_000 });
    expect(quote.breakdown).toMatchObject({ vehiclesByWeight: 2, runMinor: 2_599_000, minChargeApplied: true });
    expect(quote.candidates.slice(0, 3)).toEqual([
      expect.objectContaining({ vehicleClass: 'semi-20t', vehicles: 2, priceMinor: 3_000_000 }),
      expect.objectContaining({ vehicleClass: 'truck-10t', vehicles: 3, priceMinor: 3_018_800 }),
      expect.objectContaining({ vehicleClass: 'truck-5t', vehicles: 5, priceMinor: 3_711_000 }),
    ]);
  });

  it('picks the cheapest fleet for a bulky load', () => {
    // 100 m³ of insulation, 1.5 t, 13.9 road km: two 10 t trucks (50 m³ each) at their minimum,
    // 2·10 000 ₽, beat three 5 t (3·7 000 ₽) and two фуры (2·15 000 ₽).
    const quote = guidePrice(load({ km: 9.9, weightKg: 1500, volumeM3: 100 }));
    expect(quote).toMatchObject({ vehicleClass: 'truck-10t', vehicles: 2, priceMinor: 2_000_000 });
    expect(quote.breakdown).toMatchObject({ vehiclesByWeight: 1, vehiclesByVolume: 2 });
  });

  it('adds the crane surcharge and keeps to crane trucks when the load needs a crane', () => {
    // 2 t of blocks on pallets: манипулятор 7 t, 4 000 + 90·13.9 + 250·2 = 5 751 ₽ → 12 000 ₽
    // minimum, plus 3 000 ₽ for the crane.
    const quote = guidePrice(load({ km: 9.9, weightKg: 2000, volumeM3: 3, needsCrane: true }));
    expect(quote).toMatchObject({ vehicleClass: 'crane-7t', vehicles: 1, priceMinor: 1_500_000 });
    expect(quote.breakdown).toMatchObject({ chargeMinor: 1_200_000, craneMinor: 300_000 });
    expect(quote.candidates.map((c) => c.vehicleClass)).toEqual(['crane-7t', 'crane-long-10t']);
    // The same load without a crane goes on a 5 t truck at its minimum.
    expect(guidePrice(load({ km: 9.9, weightKg: 2000, volumeM3: 3 }))).toMatchObject({
      vehicleClass: 'truck-5t',
      priceMinor: 700_000,
    });
  });

  it('counts the crane surcharge per vehicle when it chooses between crane fleets', () => {
    // 9 t: two манипуляторы 7 t = 2·12 000 + 2·3 000 = 30 000 ₽; one длинномер 10 t =
    // 18 000 + 4 000 = 22 000 ₽.
    const quote = guidePrice(load({ km: 9.9, weightKg: 9000, volumeM3: 6, needsCrane: true }));
    expect(quote).toMatchObject({ vehicleClass: 'crane-long-10t', vehicles: 1, priceMinor: 2_200_000 });
    expect(quote.candidates[1]).toEqual(
      expect.objectContaining({ vehicleClass: 'crane-7t', vehicles: 2, priceMinor: 3_000_000 }),
    );
  });

  it('rules out bodies shorter than the longest item', () => {
    // 11.7 m rebar: only the фура's 13.6 m body and the длинномер's 12 m take it.
    const rebar = guidePrice(load({ km: 9.9, weightKg: 800, longestItemM: 11.7 }));
    expect(rebar).toMatchObject({ vehicleClass: 'semi-20t', priceMinor: 1_500_000 });
    expect(rebar.candidates.map((c) => c.vehicleClass)).toEqual(['semi-20t', 'crane-long-10t']);
    expect(guidePrice(load({ km: 9.9, longestItemM: 11.7, needsCrane: true }))).toMatchObject({
      vehicleClass: 'crane-long-10t',
    });
    // A 3 m board still fits a Газель; 3.01 m does not.
    expect(guidePrice(load({ km: 9.9, longestItemM: 3 })).vehicleClass).toBe('gazelle');
    expect(guidePrice(load({ km: 9.9, longestItemM: 3.01 })).vehicleClass).toBe('truck-5t');
  });

  it('refuses a load no vehicle can carry', () => {
    expect(() => guidePrice(load({ km: 5, longestItemM: 14 }))).toThrow(NoVehicleFitsError);
    const tooLongForCrane = () => guidePrice(load({ km: 5, longestItemM: 12.5, needsCrane: true }));
    expect(tooLongForCrane).toThrow(
      expect.objectContaining({ code: 'LOGISTICS.NO_VEHICLE_FITS', kind: 'unprocessable' }),
    );
  });

  it('charges one trip at the minimum when pickup and drop-off are the same place', () => {
    const quote = guidePrice({
      pickup: WAREHOUSE,
      dropoff: WAREHOUSE,
      weightKg: 100,
      volumeM3: 0.5,
      needsCrane: false,
    });
    expect(quote).toMatchObject({ vehicleClass: 'gazelle', vehicles: 1, roadKm: 0, priceMinor: 450_000 });
    expect(quote.breakdown).toMatchObject({ straightKm: 0, distanceMinor: 0, runMinor: 153_000 });
  });

  it('still sends one vehicle for an empty load', () => {
    expect(guidePrice(load({ km: 5, weightKg: 0, volumeM3: 0 }))).toMatchObject({ vehicles: 1, priceMinor: 450_000 });
  });

  it('bills weight up to a whole kg and measures volume in litres, free of float noise', () => {
    const quote = guidePrice(load({ km: 51, weightKg: 1000.2, volumeM3: 0.1 + 0.2 }), [tariff('gazelle')]);
    expect(quote.breakdown).toMatchObject({ billedWeightKg: 1001, weightMinor: 30_030 });
    // 9 m³ exactly (4.5 + 4.5) is one Газель; 9.001 m³ is two.
    expect(guidePrice(load({ km: 5, volumeM3: 4.5 + 4.5 }), [tariff('gazelle')]).vehicles).toBe(1);
    expect(guidePrice(load({ km: 5, volumeM3: 9.001 }), [tariff('gazelle')]).vehicles).toBe(2);
  });

  it('returns integer kopecks in every money field', () => {
    const quote = guidePrice(load({ km: 37.3, weightKg: 7777.7, volumeM3: 33.3, needsCrane: true }));
    const money = Object.entries(quote.breakdown).filter(([k]) => k.endsWith('Minor'));
    expect(money.length).toBeGreaterThan(5);
    for (const [, v] of money) expect(Number.isSafeInteger(v)).toBe(true);
    expect(quote.priceMinor % 100).toBe(0);
  });

  it('is about 4 500 ₽ for a tonne from central Moscow to Химки, 10 000 ₽ for 10 t', () => {
    const redSquare = { lat: 55.753544, lon: 37.621202 };
    const khimki = { lat: 55.897, lon: 37.4297 }; // Химки, city centre
    const tonne = guidePrice({ pickup: redSquare, dropoff: khimki, weightKg: 1000, volumeM3: 1, needsCrane: false });
    // ≈ 20 km straight, 26 km by road (Ленинградское шоссе is about 25–30 km).
    expect(tonne.breakdown.straightKm).toBeCloseTo(19.96, 2);
    expect(tonne).toMatchObject({ vehicleClass: 'gazelle', roadKm: 25.9, priceMinor: 450_000 });
    const tenTonnes = guidePrice({
      pickup: redSquare,
      dropoff: khimki,
      weightKg: 10_000,
      volumeM3: 8,
      needsCrane: false,
    });
    // 10 t truck: 3 500 + 80·25.9 + 200·10 = 7 572 ₽ < 10 000 ₽ minimum.
    expect(tenTonnes).toMatchObject({ vehicleClass: 'truck-10t', vehicles: 1, priceMinor: 1_000_000 });
  });

  it('rejects impossible input with the fields named', () => {
    const bad = () =>
      guidePrice({
        pickup: { lat: 91, lon: 0 },
        dropoff: WAREHOUSE,
        weightKg: -1,
        volumeM3: Number.NaN,
        needsCrane: false,
      });
    expect(bad).toThrow(ValidationError);
    try {
      bad();
    } catch (err) {
      expect((err as ValidationError).errors.map((e) => e.path)).toEqual(['pickup.lat', 'weightKg', 'volumeM3']);
    }
  });

  it('refuses a tariff whose rates would make fractional kopecks', () => {
    const odd = { ...tariff('gazelle'), ratePerKmMinor: 4_555 };
    expect(() => guidePrice(load({ km: 5 }), [odd])).toThrow(RangeError);
  });
});
