import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import {
  DEFAULT_TARIFFS,
  guidePrice,
  NoVehicleFitsError,
  roadDistance,
  roadDistanceOf,
  vehicleFits,
  type BodyType,
  type CargoKind,
  type GuidePriceInput,
  type VehicleTariff,
} from '../index.js';

// Points due north of a Moscow warehouse: along a meridian the great-circle distance is R·Δφ
// exactly (R = 6378.168 km, as in shared/geo.ts), so a test can place a point at 9.9 km.
const WAREHOUSE = { lat: 55.75, lon: 37.62 };
const kmNorth = (km: number) => ({ lat: WAREHOUSE.lat + ((km / 6378.168) * 180) / Math.PI, lon: WAREHOUSE.lon });

interface Over {
  km: number;
  weightKg?: number;
  volumeM3?: number;
  longestItemM?: number;
  cargo?: CargoKind;
  needsCrane?: boolean;
  body?: BodyType;
}
const load = ({ km, ...over }: Over): GuidePriceInput => ({
  pickup: WAREHOUSE,
  dropoff: kmNorth(km),
  weightKg: 100,
  volumeM3: 0.5,
  needsCrane: false,
  ...over,
});

const tariff = (id: VehicleTariff['id']) => DEFAULT_TARIFFS.find((t) => t.id === id)!;

function fitsError(fn: () => unknown): NoVehicleFitsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(NoVehicleFitsError);
    return err as NoVehicleFitsError;
  }
  throw new Error('expected NoVehicleFitsError');
}

describe('roadDistance: the circuity per stretch', () => {
  it.each([
    // straight km, road km = 1.4 × the first 10 + 1.3 × 10–50 + 1.2 beyond, half up to 0.1 km
    [0.25, 0.4], // 0.35 rounds half up
    [9.9, 13.9], // 13.86
    [10, 14], // the rule's own figures: 10 → 14, 50 → 66, 100 → 126
    [10.001, 14], // 14.0013
    [20, 27], // 14 + 13
    [50, 66],
    [50.001, 66], // 66.0012
    [51, 67.2],
    [100, 126],
    [300, 366],
  ])('%f km straight → %f road km', (km, road) => {
    const d = roadDistance(WAREHOUSE, kmNorth(km));
    expect(d).toMatchObject({ straightKm: km, roadKm: road });
  });

  it('names each stretch it reaches and the whole trip’s circuity', () => {
    expect(roadDistance(WAREHOUSE, kmNorth(100))).toEqual({
      straightKm: 100,
      roadKm: 126,
      circuity: 1.26,
      stretches: [
        { fromKm: 0, toKm: 10, factor: 1.4, roadKm: 14 },
        { fromKm: 10, toKm: 50, factor: 1.3, roadKm: 52 },
        { fromKm: 50, toKm: 100, factor: 1.2, roadKm: 60 },
      ],
    });
    expect(roadDistance(WAREHOUSE, kmNorth(9.9)).stretches).toEqual([
      { fromKm: 0, toKm: 9.9, factor: 1.4, roadKm: 13.86 },
    ]);
    expect(roadDistance(WAREHOUSE, kmNorth(50)).circuity).toBe(1.32);
  });

  it('is zero for the same point', () => {
    expect(roadDistance(WAREHOUSE, WAREHOUSE)).toEqual({
      straightKm: 0,
      roadKm: 0,
      circuity: 1.4,
      stretches: [{ fromKm: 0, toKm: 0, factor: 1.4, roadKm: 0 }],
    });
  });

  it('never jumps: a metre more straight is never less road, at most one tenth more', () => {
    // The rule in road decimetres (14, 13, 12 per 10 m straight), rounded half up to 0.1 km.
    const rule = (m: number) => {
      const dm =
        14 * Math.min(m, 10_000) + 13 * Math.min(Math.max(m - 10_000, 0), 40_000) + 12 * Math.max(m - 50_000, 0);
      return Math.floor((dm + 500) / 1000) / 10;
    };
    const metres = [
      ...Array.from({ length: 2_000 }, (_, i) => i),
      ...Array.from({ length: 41 }, (_, i) => 9_980 + i),
      ...Array.from({ length: 41 }, (_, i) => 49_980 + i),
      ...Array.from({ length: 1_200 }, (_, i) => 2_000 + i * 97),
    ];
    for (const m of metres) {
      const here = roadDistanceOf(m).roadKm;
      const next = roadDistanceOf(m + 1).roadKm;
      expect(here).toBe(rule(m));
      expect(next).toBeGreaterThanOrEqual(here);
      expect(next - here).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    expect(roadDistanceOf(9_999).roadKm).toBe(14); // 13.9986
    expect(roadDistanceOf(10_001).roadKm).toBe(14); // 14.0013
    expect(roadDistanceOf(49_999).roadKm).toBe(66); // 65.9987
    expect(roadDistanceOf(50_001).roadKm).toBe(66); // 66.0012
  });

  it('refuses a distance that is not whole metres', () => {
    expect(() => roadDistanceOf(1.5)).toThrow(RangeError);
    expect(() => roadDistanceOf(-1)).toThrow(RangeError);
  });
});

describe('guidePrice: general cargo', () => {
  it('charges the minimum when the formula comes to less', () => {
    // Газель, 13.9 road km, 500 kg: 1 500 + 45·13.9 + 300·0.5 = 2 275.50 ₽ < 4 500 ₽ minimum.
    const quote = guidePrice(load({ km: 9.9, weightKg: 500 }));
    expect(quote).toMatchObject({
      vehicleClass: 'gazelle',
      bodyType: 'tent',
      bodyName: 'тент',
      vehicles: 1,
      roadKm: 13.9,
      priceMinor: 450_000,
    });
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
    expect(quote.trips).toHaveLength(1);
    expect(quote.trips[0]).toMatchObject({ cargo: 'general', vehicleClass: 'gazelle', priceMinor: 450_000 });
  });

  it('charges the formula above the minimum and rounds once, up to a whole rouble', () => {
    // 51 km straight → 14 + 52 + 1.2 = 67.2 road km. Газель, 1 001 kg:
    // 1 500 + 45·67.2 + 300·1.001 = 1 500 + 3 024 + 300.30 = 4 824.30 ₽ → 4 825 ₽.
    // A 3 t van: 2 000 + 50·67.2 + 280·1.001 = 5 640.28 ₽ < its 6 000 ₽ minimum; a 5 t truck
    // 2 500 + 60·67.2 + 250·1.001 = 6 782.25 ₽ < 7 000 ₽.
    const quote = guidePrice(load({ km: 51, weightKg: 1001, volumeM3: 2 }));
    expect(quote).toMatchObject({ vehicleClass: 'gazelle', vehicles: 1, roadKm: 67.2, priceMinor: 482_500 });
    expect(quote.breakdown).toMatchObject({
      circuity: 1.318,
      baseMinor: 150_000,
      distanceMinor: 302_400,
      weightMinor: 30_030,
      runMinor: 482_430,
      minChargeApplied: false,
      chargeMinor: 482_430,
      roundingMinor: 70,
    });
    expect(quote.candidates.find((c) => c.vehicleClass === 'van-3t')).toMatchObject({ priceMinor: 600_000 });
    expect(quote.candidates.find((c) => c.vehicleClass === 'truck-5t')).toMatchObject({ priceMinor: 700_000 });
  });

  it('prices distance continuously across 10 and 50 km: a farther drop-off never costs less', () => {
    // A heavy Газель load so the formula, not the minimum, sets the price: 1 400 kg →
    // 1 500 + 45·road + 420 ₽.
    const at = (km: number) => guidePrice(load({ km, weightKg: 1400 }), [tariff('gazelle')]);
    expect(at(9.9)).toMatchObject({ roadKm: 13.9, priceMinor: 450_000 }); // 2 545.50 ₽ → minimum
    expect(at(10)).toMatchObject({ roadKm: 14, priceMinor: 450_000 });
    expect(at(50)).toMatchObject({ roadKm: 66, priceMinor: 489_000 }); // 1 500 + 2 970 + 420
    expect(at(50.001)).toMatchObject({ roadKm: 66, priceMinor: 489_000 });
    expect(at(51)).toMatchObject({ roadKm: 67.2, priceMinor: 494_400 }); // 1 500 + 3 024 + 420
    expect(at(100)).toMatchObject({ roadKm: 126, priceMinor: 759_000 }); // 1 500 + 5 670 + 420
    let last = 0;
    for (let km = 0; km <= 120; km += 0.5) {
      const p = at(km).priceMinor;
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
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
    // 300 km straight → 14 + 52 + 1.2·250 = 366 road km, so the formula beats the minimum:
    // run = 3·1 500 + 3·45·366 + 300·0.3 = 4 500 + 49 410 + 90 = 54 000 ₽ > 3·4 500 ₽.
    const quote = guidePrice(load({ km: 300, weightKg: 300, volumeM3: 20 }), [tariff('gazelle')]);
    expect(quote).toMatchObject({ vehicles: 3, roadKm: 366, priceMinor: 5_400_000 });
    expect(quote.breakdown).toMatchObject({ vehiclesByWeight: 1, vehiclesByVolume: 3, minChargeApplied: false });
  });

  it('picks the cheapest class and fleet for a heavy load', () => {
    // 25 t of cement in bags, 67.2 road km. Фура ×2: 2·5 000 + 2·100·67.2 + 150·25 = 27 190 ₽
    // < 2·15 000 ₽ → 30 000 ₽. 10 t ×3: 3·3 500 + 3·80·67.2 + 200·25 = 31 628 ₽. Длинномер ×2:
    // 29 534 ₽ < 2·17 000 ₽ → 34 000 ₽.
    const quote = guidePrice(load({ km: 51, weightKg: 25_000, volumeM3: 16 }));
    expect(quote).toMatchObject({ vehicleClass: 'semi-20t', vehicles: 2, priceMinor: 3_000_000 });
    expect(quote.breakdown).toMatchObject({ vehiclesByWeight: 2, runMinor: 2_719_000, minChargeApplied: true });
    expect(quote.candidates.slice(0, 3)).toEqual([
      expect.objectContaining({ vehicleClass: 'semi-20t', vehicles: 2, priceMinor: 3_000_000 }),
      expect.objectContaining({ vehicleClass: 'truck-10t', vehicles: 3, priceMinor: 3_162_800 }),
      expect.objectContaining({ vehicleClass: 'long-20t', vehicles: 2, priceMinor: 3_400_000 }),
    ]);
    // General cargo never goes in a tank, a drum or a tipper.
    const bodies = new Set(quote.candidates.map((c) => c.bodyType));
    for (const b of ['cement_tanker', 'concrete_mixer', 'dump'] as const) expect(bodies.has(b)).toBe(false);
  });

  it('picks the cheapest fleet for a bulky load', () => {
    // 100 m³ of insulation, 1.5 t, 13.9 road km: two 10 t trucks (50 m³ each) at their minimum,
    // 2·10 000 ₽, beat three 5 t (3·7 000 ₽) and two фуры (2·15 000 ₽).
    const quote = guidePrice(load({ km: 9.9, weightKg: 1500, volumeM3: 100 }));
    expect(quote).toMatchObject({ vehicleClass: 'truck-10t', vehicles: 2, priceMinor: 2_000_000 });
    expect(quote.breakdown).toMatchObject({ vehiclesByWeight: 1, vehiclesByVolume: 2 });
  });

  it('unloading by crane: a манипулятор with its surcharge, never a тент', () => {
    // 2 t of blocks on pallets: манипулятор 7 t, 4 000 + 90·13.9 + 250·2 = 5 751 ₽ → 12 000 ₽
    // minimum, plus 3 000 ₽ for the crane.
    const quote = guidePrice(load({ km: 9.9, weightKg: 2000, volumeM3: 3, needsCrane: true }));
    expect(quote).toMatchObject({ vehicleClass: 'crane-7t', bodyType: 'crane', bodyName: 'манипулятор' });
    expect(quote).toMatchObject({ vehicles: 1, priceMinor: 1_500_000 });
    expect(quote.breakdown).toMatchObject({ chargeMinor: 1_200_000, craneMinor: 300_000 });
    expect(quote.candidates.map((c) => c.vehicleClass)).toEqual(['crane-7t', 'crane-long-10t']);
    // The same load unloaded by hand goes in a 3 t van: 2 000 + 50·13.9 + 280·2 = 3 255 ₽ → 6 000 ₽.
    expect(guidePrice(load({ km: 9.9, weightKg: 2000, volumeM3: 3 }))).toMatchObject({
      vehicleClass: 'van-3t',
      bodyType: 'van',
      priceMinor: 600_000,
    });
  });

  it('counts the crane surcharge per vehicle when it chooses between crane fleets', () => {
    // 9 t: two манипуляторы 7 t = 2·12 000 + 2·3 000 = 30 000 ₽; one манипулятор-длинномер 10 t =
    // 18 000 + 4 000 = 22 000 ₽.
    const quote = guidePrice(load({ km: 9.9, weightKg: 9000, volumeM3: 6, needsCrane: true }));
    expect(quote).toMatchObject({ vehicleClass: 'crane-long-10t', vehicles: 1, priceMinor: 2_200_000 });
    expect(quote.candidates[1]).toEqual(
      expect.objectContaining({ vehicleClass: 'crane-7t', vehicles: 2, priceMinor: 3_000_000 }),
    );
  });

  it('117 пог. м of 11.7 m rebar goes on a body at least 11.7 m long, never a 3 m Газель', () => {
    // 12 mm bar: 0.00617·12² = 0.888 kg/m → 104 kg. Only the фура (13.6 m), the длинномер
    // (13.6 m) and the манипулятор-длинномер (12 m) take it; the фура's minimum is the least.
    const rebar = guidePrice(load({ km: 9.9, weightKg: 117 * 0.888, volumeM3: 0.0132, longestItemM: 11.7 }));
    expect(rebar).toMatchObject({ vehicleClass: 'semi-20t', vehicles: 1, priceMinor: 1_500_000 });
    expect(rebar.candidates.map((c) => c.vehicleClass)).toEqual(['semi-20t', 'long-20t', 'crane-long-10t']);
    for (const c of rebar.candidates) expect(tariff(c.vehicleClass).bodyLengthM).toBeGreaterThanOrEqual(11.7);
    expect(rebar.candidates.some((c) => c.vehicleClass === 'gazelle')).toBe(false);
    // Unloaded by crane: the манипулятор-длинномер.
    expect(guidePrice(load({ km: 9.9, longestItemM: 11.7, needsCrane: true }))).toMatchObject({
      vehicleClass: 'crane-long-10t',
    });
    // A 3 m board still fits a Газель; 3.01 m goes in the 4.2 m van; 4.21 m on a 6 m truck.
    expect(guidePrice(load({ km: 9.9, longestItemM: 3 })).vehicleClass).toBe('gazelle');
    expect(guidePrice(load({ km: 9.9, longestItemM: 3.01 })).vehicleClass).toBe('van-3t');
    expect(guidePrice(load({ km: 9.9, longestItemM: 4.21 })).vehicleClass).toBe('truck-5t');
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
    // ≈ 20 km straight: 14 + 1.3·9.96 ≈ 26.9 km by road (Ленинградское шоссе is about 25–30 km).
    expect(tonne.breakdown.straightKm).toBeCloseTo(19.96, 2);
    expect(tonne).toMatchObject({ vehicleClass: 'gazelle', roadKm: 26.9, priceMinor: 450_000 });
    const tenTonnes = guidePrice({
      pickup: redSquare,
      dropoff: khimki,
      weightKg: 10_000,
      volumeM3: 8,
      needsCrane: false,
    });
    // 10 t truck: 3 500 + 80·26.9 + 200·10 = 7 652 ₽ < 10 000 ₽ minimum.
    expect(tenTonnes).toMatchObject({ vehicleClass: 'truck-10t', vehicles: 1, priceMinor: 1_000_000 });
  });
});

describe('guidePrice: the body the cargo needs', () => {
  it('14 t of bulk cement goes in a цементовоз, never a тент', () => {
    // 14 t at 1.3 t/m³ ≈ 10.78 m³: one 25 t / 30 m³ цементовоз, 7 000 + 110·13.9 + 200·14 =
    // 11 329 ₽ < its 18 000 ₽ minimum.
    const quote = guidePrice(load({ km: 9.9, cargo: 'bulk_cement', weightKg: 14_000, volumeM3: 10.78 }));
    expect(quote).toMatchObject({
      vehicleClass: 'cement-tanker-25t',
      vehicleName: 'Цементовоз 25 т (30 м³)',
      bodyType: 'cement_tanker',
      bodyName: 'цементовоз',
      vehicles: 1,
      priceMinor: 1_800_000,
    });
    expect(quote.breakdown).toMatchObject({ runMinor: 1_132_900, minChargeApplied: true });
    expect(quote.candidates.every((c) => c.bodyType === 'cement_tanker')).toBe(true);
    // The same 14 t in 50 kg bags would go on тенты: the body, not the weight, decides.
    expect(guidePrice(load({ km: 9.9, weightKg: 14_000, volumeM3: 10.78 })).bodyType).toBe('tent');
    // 60 t: three tankers by weight (25 t each).
    expect(guidePrice(load({ km: 9.9, cargo: 'bulk_cement', weightKg: 60_000, volumeM3: 46.2 }))).toMatchObject({
      vehicleClass: 'cement-tanker-25t',
      vehicles: 3,
    });
  });

  it('sand and gravel go in a самосвал, the cheaper of the two', () => {
    // 5 m³ of sand, 8 t: one 10 t самосвал at its 9 000 ₽ minimum beats the 25 t one (14 000 ₽).
    const small = guidePrice(load({ km: 9.9, cargo: 'bulk', weightKg: 8_000, volumeM3: 5 }));
    expect(small).toMatchObject({ vehicleClass: 'dump-10t', bodyType: 'dump', bodyName: 'самосвал' });
    expect(small).toMatchObject({ vehicles: 1, priceMinor: 900_000 });
    expect(small.candidates.map((c) => c.vehicleClass)).toEqual(['dump-10t', 'dump-25t']);
    // 10 m³, 16 t: two 10 t (by weight and by 8 m³) = 18 000 ₽; one 25 t / 16 m³ = 14 000 ₽.
    const big = guidePrice(load({ km: 9.9, cargo: 'bulk', weightKg: 16_000, volumeM3: 10 }));
    expect(big).toMatchObject({ vehicleClass: 'dump-25t', vehicles: 1, priceMinor: 1_400_000 });
    expect(big.candidates[1]).toMatchObject({ vehicleClass: 'dump-10t', vehicles: 2, priceMinor: 1_800_000 });
    // Tipped, not lifted: a crane on site changes nothing for sand.
    expect(guidePrice(load({ km: 9.9, cargo: 'bulk', weightKg: 8_000, volumeM3: 5, needsCrane: true }))).toEqual(small);
  });

  it('ready concrete goes in a бетоновоз: the drum’s volume counts', () => {
    // 8 m³ (19.2 t): one 9 m³ миксер, 4 500 + 100·13.9 + 100·19.2 = 7 810 ₽ → 11 000 ₽ minimum.
    const eight = guidePrice(load({ km: 9.9, cargo: 'ready_concrete', weightKg: 19_200, volumeM3: 8 }));
    expect(eight).toMatchObject({ vehicleClass: 'mixer-9m3', bodyName: 'бетоновоз', vehicles: 1 });
    expect(eight).toMatchObject({ priceMinor: 1_100_000 });
    // 14 m³ (33.6 t): two 7 m³ миксеры (2·9 000 ₽) beat two 9 m³ (2·11 000 ₽).
    const fourteen = guidePrice(load({ km: 9.9, cargo: 'ready_concrete', weightKg: 33_600, volumeM3: 14 }));
    expect(fourteen).toMatchObject({ vehicleClass: 'mixer-7m3', vehicles: 2, priceMinor: 1_800_000 });
    expect(fourteen.breakdown).toMatchObject({ vehiclesByVolume: 2, vehiclesByWeight: 2 });
  });

  it('prices a mixed load as one set of trips per cargo kind, summed', () => {
    // 5 m³ of sand (8 t) in a 10 t самосвал, 9 000 ₽; 40 bags of cement (2 t, 1.4 m³) in a 3 t van,
    // 6 000 ₽. The dearer trip names the load.
    const quote = guidePrice({
      pickup: WAREHOUSE,
      dropoff: kmNorth(9.9),
      needsCrane: false,
      parts: [
        { cargo: 'bulk', weightKg: 8_000, volumeM3: 5 },
        { cargo: 'general', weightKg: 2_000, volumeM3: 1.4 },
      ],
    });
    expect(quote).toMatchObject({
      vehicleClass: 'dump-10t',
      bodyType: 'dump',
      vehicles: 2,
      roadKm: 13.9,
      priceMinor: 1_500_000,
    });
    expect(quote.trips).toEqual([
      expect.objectContaining({ cargo: 'general', vehicleClass: 'van-3t', bodyName: 'фургон', priceMinor: 600_000 }),
      expect.objectContaining({ cargo: 'bulk', vehicleClass: 'dump-10t', bodyName: 'самосвал', priceMinor: 900_000 }),
    ]);
    expect(quote.breakdown).toBe(quote.trips[1]!.breakdown);
    // Unloaded by crane: the bags on a манипулятор (12 000 + 3 000 ₽), the sand still tipped.
    const crane = guidePrice({
      pickup: WAREHOUSE,
      dropoff: kmNorth(9.9),
      needsCrane: true,
      parts: [
        { cargo: 'bulk', weightKg: 8_000, volumeM3: 5 },
        { cargo: 'general', weightKg: 2_000, volumeM3: 1.4 },
      ],
    });
    expect(crane).toMatchObject({ vehicleClass: 'crane-7t', bodyName: 'манипулятор', priceMinor: 2_400_000 });
    expect(crane.trips.map((t) => [t.vehicleClass, t.breakdown.craneMinor])).toEqual([
      ['crane-7t', 300_000],
      ['dump-10t', 0],
    ]);
  });

  it('adds up parts of one kind into one trip, the longest item of any', () => {
    // Two lines of general cargo, 1 t each, one of them 6 m long: one 5 t truck (6 m body).
    const quote = guidePrice({
      pickup: WAREHOUSE,
      dropoff: kmNorth(9.9),
      needsCrane: false,
      parts: [
        { cargo: 'general', weightKg: 1_000, volumeM3: 1, longestItemM: 3 },
        { cargo: 'general', weightKg: 1_000, volumeM3: 1, longestItemM: 6 },
      ],
    });
    expect(quote.trips).toHaveLength(1);
    expect(quote.trips[0]).toMatchObject({ weightKg: 2_000, volumeM3: 2, longestItemM: 6 });
    expect(quote).toMatchObject({ vehicleClass: 'truck-5t', priceMinor: 700_000 });
  });

  it('prices only classes whose shape vehicleFits passes, and each fleet carries its share', () => {
    const cases: GuidePriceInput[] = [
      load({ km: 20, cargo: 'bulk_cement', weightKg: 61_234, volumeM3: 47.1 }),
      load({ km: 20, cargo: 'bulk', weightKg: 33_000, volumeM3: 20 }),
      load({ km: 20, cargo: 'ready_concrete', weightKg: 40_800, volumeM3: 17 }),
      load({ km: 20, weightKg: 12_345, volumeM3: 70, longestItemM: 11.7 }),
      load({ km: 20, weightKg: 12_345, volumeM3: 70, longestItemM: 6, needsCrane: true }),
    ];
    for (const input of cases) {
      const quote = guidePrice(input);
      const trip = quote.trips[0]!;
      const needs = {
        cargo: trip.cargo,
        longestItemM: trip.longestItemM ?? undefined,
        needsCrane: input.needsCrane,
        weightKg: trip.weightKg,
        volumeM3: trip.volumeM3,
      };
      for (const c of trip.candidates) expect(vehicleFits(tariff(c.vehicleClass), needs, c.vehicles)).toBe(true);
      const left = DEFAULT_TARIFFS.filter((t) => !trip.candidates.some((c) => c.vehicleClass === t.id));
      for (const t of left) expect(vehicleFits(t, { ...needs, weightKg: 0, volumeM3: 0 })).toBe(false);
    }
  });

  it('a forced body keeps to that body, or says it cannot carry the load (naming body)', () => {
    const flatbed = guidePrice(load({ km: 9.9, weightKg: 2000, volumeM3: 3, body: 'flatbed' }));
    expect(flatbed).toMatchObject({ vehicleClass: 'flatbed-5t', bodyName: 'борт', priceMinor: 750_000 });
    expect(flatbed.candidates.map((c) => c.vehicleClass)).toEqual(['flatbed-5t']);
    const tent = guidePrice(load({ km: 9.9, weightKg: 117 * 0.888, longestItemM: 11.7, body: 'long_flatbed' }));
    expect(tent).toMatchObject({ vehicleClass: 'long-20t', bodyName: 'длинномер', priceMinor: 1_700_000 });

    const cement = fitsError(() =>
      guidePrice(load({ km: 9.9, cargo: 'bulk_cement', weightKg: 14_000, volumeM3: 10.78, body: 'tent' })),
    );
    expect(cement).toMatchObject({ code: 'LOGISTICS.NO_VEHICLE_FITS', kind: 'unprocessable', field: 'body' });
    expect(cement.details).toMatchObject({
      cargo: 'bulk_cement',
      body: 'tent',
      errors: [{ path: 'body', message: 'a тент cannot carry bulk cement; it needs: цементовоз' }],
    });
    const van = fitsError(() => guidePrice(load({ km: 9.9, longestItemM: 11.7, body: 'van' })));
    expect(van.details.errors).toEqual([
      { path: 'body', message: 'an item of 11.7 m is longer than any фургон body (the longest is 4.2 m)' },
    ]);
    // A body the rules allow but the tariff table has no class of.
    const reefer = fitsError(() => guidePrice(load({ km: 9.9, body: 'reefer' })));
    expect(reefer.details.errors).toEqual([{ path: 'body', message: 'no рефрижератор class is in the tariff table' }]);
    // Crane unloading allows only манипуляторы.
    expect(fitsError(() => guidePrice(load({ km: 9.9, needsCrane: true, body: 'tent' }))).field).toBe('body');
  });

  it('refuses a load no vehicle can carry, naming why', () => {
    const long = fitsError(() => guidePrice(load({ km: 5, longestItemM: 14 })));
    expect(long.details.errors).toEqual([
      { path: 'longestItemM', message: 'an item of 14 m is longer than any body (the longest is 13.6 m)' },
    ]);
    const tooLongForCrane = fitsError(() => guidePrice(load({ km: 5, longestItemM: 12.5, needsCrane: true })));
    expect(tooLongForCrane.details).toMatchObject({
      longestItemM: 12.5,
      needsCrane: true,
      errors: [
        {
          path: 'longestItemM',
          message: 'an item of 12.5 m is longer than any манипулятор body (the longest is 12 m)',
        },
      ],
    });
    // A tariff table without a самосвал cannot price sand.
    const noDump = fitsError(() =>
      guidePrice(load({ km: 5, cargo: 'bulk', weightKg: 8_000, volumeM3: 5 }), [tariff('gazelle'), tariff('semi-20t')]),
    );
    expect(noDump.details.errors).toEqual([
      { path: 'cargo', message: 'no class in the tariff table carries bulk sand, gravel or soil' },
    ]);
  });
});

describe('guidePrice: input', () => {
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

  it('names a bad cargo, body or part', () => {
    const paths = (input: GuidePriceInput) => {
      try {
        guidePrice(input);
      } catch (err) {
        return (err as ValidationError).errors.map((e) => e.path);
      }
      return [];
    };
    const base = { pickup: WAREHOUSE, dropoff: WAREHOUSE, needsCrane: false };
    expect(paths({ ...base, weightKg: 1, volumeM3: 1, cargo: 'gravel' as never, body: 'truck' as never })).toEqual([
      'body',
      'cargo',
    ]);
    expect(paths({ ...base, parts: [] })).toEqual(['parts']);
    expect(
      paths({
        ...base,
        parts: [
          { cargo: 'bulk', weightKg: 1, volumeM3: 1 },
          { cargo: 'general', weightKg: -1, volumeM3: 1, longestItemM: Number.POSITIVE_INFINITY },
        ],
      }),
    ).toEqual(['parts.1.weightKg', 'parts.1.longestItemM']);
  });

  it('refuses a tariff whose rates would make fractional kopecks', () => {
    const odd = { ...tariff('gazelle'), ratePerKmMinor: 4_555 };
    expect(() => guidePrice(load({ km: 5 }), [odd])).toThrow(RangeError);
  });
});
