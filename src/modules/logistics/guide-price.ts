/**
 * The delivery guide price (docs/domain.md, Logistics): checkout quotes it before any bid exists and
 * carriers bid against it. Per vehicle `max(minCharge, base + ratePerKm·roadKm + ratePerTonne·t)`,
 * times the vehicles the load needs (by weight and volume; an item longer than the body rules a
 * class out), plus a crane surcharge per vehicle when the load must be lifted off. Every class
 * that can carry the load is priced and the cheapest wins.
 */
import { DomainError, ValidationError, type FieldError } from '../../shared/errors.js';
import type { Point } from '../../shared/geo.js';
import { roadDistance } from './road-distance.js';
import { DEFAULT_TARIFFS, type VehicleClassId, type VehicleTariff } from './vehicle-tariffs.js';

export interface GuidePriceInput {
  pickup: Point;
  dropoff: Point;
  /** The whole load, all lines together. */
  weightKg: number;
  volumeM3: number;
  /** The longest item (rebar, timber, pipe); absent when nothing is long. */
  longestItemM?: number;
  /** The load must be unloaded by crane (pallets, no forklift on site). */
  needsCrane: boolean;
}

/** One class's price for the load. */
export interface GuidePriceQuote {
  vehicleClass: VehicleClassId;
  vehicleName: string;
  vehicles: number;
  /** Whole roubles, in kopecks. */
  priceMinor: number;
}

/**
 * How the price was made, line by line in whole kopecks, so a UI can print the arithmetic:
 * runMinor = baseMinor + distanceMinor + weightMinor; chargeMinor = max(runMinor, minChargeMinor);
 * priceMinor = chargeMinor + craneMinor + roundingMinor.
 */
export interface GuidePriceBreakdown {
  straightKm: number;
  circuity: number;
  roadKm: number;
  /** The weight charged: the load's weight rounded up to a whole kg. */
  billedWeightKg: number;
  vehiclesByWeight: number;
  vehiclesByVolume: number;
  tariff: Readonly<VehicleTariff>;
  /** vehicles × base. */
  baseMinor: number;
  /** vehicles × ratePerKm × roadKm. */
  distanceMinor: number;
  /** ratePerTonne × billed tonnes, for the whole load (each vehicle carries its share). */
  weightMinor: number;
  runMinor: number;
  /** vehicles × minCharge. */
  minChargeMinor: number;
  minChargeApplied: boolean;
  chargeMinor: number;
  /** vehicles × craneSurcharge when the load needs a crane, else 0. */
  craneMinor: number;
  /** Up to the next whole rouble (0–99 kopecks): a guide price is quoted in roubles. */
  roundingMinor: number;
}

export interface GuidePrice extends GuidePriceQuote {
  roadKm: number;
  breakdown: GuidePriceBreakdown;
  /** Every class that can carry the load, cheapest first (the chosen one first). */
  candidates: GuidePriceQuote[];
}

/** No class in the tariff table can carry the load (too long, or too long for a crane truck). */
export class NoVehicleFitsError extends DomainError {
  constructor(details: { longestItemM: number | null; needsCrane: boolean }) {
    super('unprocessable', 'LOGISTICS.NO_VEHICLE_FITS', 'no vehicle class can carry this load', details);
  }
}

export function guidePrice(
  input: GuidePriceInput,
  tariffs: readonly Readonly<VehicleTariff>[] = DEFAULT_TARIFFS,
): GuidePrice {
  validate(input);
  const distance = roadDistance(input.pickup, input.dropoff);
  const load: BilledLoad = {
    // Grams and litres first, so 0.1 + 0.2 m³ of sand is 300 litres, not 300.0000000004.
    weightKg: Math.ceil(Math.round(input.weightKg * 1000) / 1000),
    volumeL: Math.round(input.volumeM3 * 1000),
    roadTenths: Math.round(distance.roadKm * 10),
    needsCrane: input.needsCrane,
  };
  const longestCm = input.longestItemM === undefined ? 0 : Math.round(input.longestItemM * 100);

  const priced = tariffs
    .filter((t) => (!input.needsCrane || t.crane) && longestCm <= Math.round(t.bodyLengthM * 100))
    .map((tariff) => price(tariff, load))
    // Cheapest; on a tie fewer vehicles (one truck is easier to schedule), then table order
    // (the sort is stable).
    .sort((a, b) => a.quote.priceMinor - b.quote.priceMinor || a.quote.vehicles - b.quote.vehicles);

  const best = priced[0];
  if (!best) throw new NoVehicleFitsError({ longestItemM: input.longestItemM ?? null, needsCrane: input.needsCrane });
  return {
    ...best.quote,
    roadKm: distance.roadKm,
    breakdown: { straightKm: distance.straightKm, circuity: distance.circuity, ...best.lines },
    candidates: priced.map((p) => p.quote),
  };
}

/** The load as charged: whole kg, litres, tenths of a road km. */
interface BilledLoad {
  weightKg: number;
  volumeL: number;
  roadTenths: number;
  needsCrane: boolean;
}

/** One class's quote and the breakdown lines behind it (the caller adds the distance facts). */
function price(
  tariff: Readonly<VehicleTariff>,
  load: BilledLoad,
): { quote: GuidePriceQuote; lines: Omit<GuidePriceBreakdown, 'straightKm' | 'circuity'> } {
  checkTariff(tariff);
  const vehiclesByWeight = Math.ceil(load.weightKg / tariff.payloadKg);
  const vehiclesByVolume = Math.ceil(load.volumeL / Math.round(tariff.bodyVolumeM3 * 1000));
  const vehicles = Math.max(1, vehiclesByWeight, vehiclesByVolume);
  // n·max(min, base + r·km + rT·t/n) = max(n·min, n·base + n·r·km + rT·t): with the load split
  // evenly, the fleet totals below are exactly the per-vehicle formula times the vehicles.
  const baseMinor = vehicles * tariff.baseMinor;
  const distanceMinor = vehicles * (tariff.ratePerKmMinor / 10) * load.roadTenths;
  const weightMinor = (tariff.ratePerTonneMinor / 1000) * load.weightKg;
  const runMinor = baseMinor + distanceMinor + weightMinor;
  const minChargeMinor = vehicles * tariff.minChargeMinor;
  const chargeMinor = Math.max(runMinor, minChargeMinor);
  const craneMinor = load.needsCrane ? vehicles * tariff.craneSurchargeMinor : 0;
  const exact = chargeMinor + craneMinor;
  // The one rounding: up to the next whole rouble.
  const priceMinor = Math.ceil(exact / 100) * 100;
  return {
    quote: { vehicleClass: tariff.id, vehicleName: tariff.name, vehicles, priceMinor },
    lines: {
      roadKm: load.roadTenths / 10,
      billedWeightKg: load.weightKg,
      vehiclesByWeight,
      vehiclesByVolume,
      tariff,
      baseMinor,
      distanceMinor,
      weightMinor,
      runMinor,
      minChargeMinor,
      minChargeApplied: minChargeMinor > runMinor,
      chargeMinor,
      craneMinor,
      roundingMinor: priceMinor - exact,
    },
  };
}

/** The rate granularity that keeps every breakdown line in whole kopecks (see VehicleTariff). */
function checkTariff(t: Readonly<VehicleTariff>): void {
  const whole = [t.baseMinor, t.minChargeMinor, t.craneSurchargeMinor].every((v) => Number.isSafeInteger(v) && v >= 0);
  if (!whole || t.ratePerKmMinor % 10 !== 0 || t.ratePerTonneMinor % 1000 !== 0 || t.ratePerKmMinor < 0) {
    throw new RangeError(`tariff ${t.id}: kopeck amounts must be whole, per-km a multiple of 10, per-tonne of 1000`);
  }
  if (!(t.payloadKg > 0 && t.bodyVolumeM3 > 0 && t.bodyLengthM > 0)) {
    throw new RangeError(`tariff ${t.id}: payload, volume and body length must be positive`);
  }
}

function validate(input: GuidePriceInput): void {
  const errors: FieldError[] = [];
  const nonNegative = (path: string, v: number | undefined) => {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) errors.push({ path, message: 'must be a number ≥ 0' });
  };
  for (const end of ['pickup', 'dropoff'] as const) {
    const { lat, lon } = input[end];
    if (!(Number.isFinite(lat) && Math.abs(lat) <= 90)) errors.push({ path: `${end}.lat`, message: 'must be -90…90' });
    if (!(Number.isFinite(lon) && Math.abs(lon) <= 180))
      errors.push({ path: `${end}.lon`, message: 'must be -180…180' });
  }
  nonNegative('weightKg', input.weightKg);
  nonNegative('volumeM3', input.volumeM3);
  nonNegative('longestItemM', input.longestItemM);
  if (errors.length > 0) throw new ValidationError(errors);
}
