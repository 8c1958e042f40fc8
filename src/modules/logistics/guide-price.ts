/**
 * The delivery guide price (docs/domain.md, The delivery guide price): checkout quotes it before
 * any bid exists and carriers bid against it. Per vehicle `max(minCharge, base + ratePerKm·roadKm +
 * ratePerTonne·t)`, times the vehicles the load needs by weight and volume, plus a crane surcharge
 * per vehicle when general cargo is unloaded by crane. Only classes whose body the load allows are
 * priced (body-types.ts: bulk cement → цементовоз, ready concrete → бетоновоз, sand and gravel →
 * самосвал, crane unloading → манипулятор; an item longer than the body rules a class out), and
 * the cheapest wins. A mixed load — sand and bagged goods in one sub-order — travels as one set of
 * trips per cargo kind, each priced so, and the price is their sum.
 */
import { DomainError, ValidationError, type FieldError } from '../../shared/errors.js';
import type { Point } from '../../shared/geo.js';
import {
  allowedBodies,
  BODY_NAMES,
  BODY_TYPES,
  CARGO_KINDS,
  vehicleFits,
  type BodyType,
  type CargoKind,
  type LoadNeeds,
} from './body-types.js';
import { roadDistance, type RoadDistance, type RoadStretch } from './road-distance.js';
import { DEFAULT_TARIFFS, type VehicleClassId, type VehicleTariff } from './vehicle-tariffs.js';

/** One kind of cargo in a load: all of it, whatever lines it came from. */
export interface CargoPart {
  cargo: CargoKind;
  weightKg: number;
  volumeM3: number;
  /** The longest item (rebar, timber, pipe); absent when nothing is long. */
  longestItemM?: number | undefined;
}

interface Trip {
  pickup: Point;
  dropoff: Point;
  /** General cargo must be unloaded by crane (pallets, no forklift on site): манипулятор only. */
  needsCrane: boolean;
  /** Only this body type (a customer's or carrier's choice); refused when it cannot carry the load. */
  body?: BodyType | undefined;
}

/** One kind of cargo (general when not said)… */
interface SingleLoad {
  cargo?: CargoKind | undefined;
  /** The whole load. */
  weightKg: number;
  volumeM3: number;
  longestItemM?: number | undefined;
  parts?: never;
}

/** …or a mixed load, by cargo kind (parts of one kind are added up). */
interface MixedLoad {
  parts: readonly CargoPart[];
  cargo?: never;
  weightKg?: never;
  volumeM3?: never;
  longestItemM?: never;
}

export type GuidePriceInput = Trip & (SingleLoad | MixedLoad);

/** One class's price for one cargo kind. */
export interface GuidePriceQuote {
  vehicleClass: VehicleClassId;
  vehicleName: string;
  bodyType: BodyType;
  /** The body's Russian name (тент, самосвал, цементовоз, …). */
  bodyName: string;
  vehicles: number;
  /** Whole roubles, in kopecks. */
  priceMinor: number;
}

/**
 * How a trip's price was made, line by line in whole kopecks, so a UI can print the arithmetic:
 * runMinor = baseMinor + distanceMinor + weightMinor; chargeMinor = max(runMinor, minChargeMinor);
 * priceMinor = chargeMinor + craneMinor + roundingMinor.
 */
export interface GuidePriceBreakdown {
  straightKm: number;
  /** Road km ÷ straight km over the whole trip (the stretches say how it was made). */
  circuity: number;
  stretches: RoadStretch[];
  roadKm: number;
  /** The weight charged: this cargo's weight rounded up to a whole kg. */
  billedWeightKg: number;
  vehiclesByWeight: number;
  vehiclesByVolume: number;
  tariff: Readonly<VehicleTariff>;
  /** vehicles × base. */
  baseMinor: number;
  /** vehicles × ratePerKm × roadKm. */
  distanceMinor: number;
  /** ratePerTonne × billed tonnes, for the whole cargo (each vehicle carries its share). */
  weightMinor: number;
  runMinor: number;
  /** vehicles × minCharge. */
  minChargeMinor: number;
  minChargeApplied: boolean;
  chargeMinor: number;
  /** vehicles × craneSurcharge when the cargo is unloaded by crane, else 0. */
  craneMinor: number;
  /** Up to the next whole rouble (0–99 kopecks): a guide price is quoted in roubles. */
  roundingMinor: number;
}

/** The trips one cargo kind takes: the class chosen, how it was priced and what else could go. */
export interface GuideTrip extends GuidePriceQuote {
  cargo: CargoKind;
  weightKg: number;
  volumeM3: number;
  longestItemM: number | null;
  breakdown: GuidePriceBreakdown;
  /** Every class that can carry this cargo, cheapest first (the chosen one first). */
  candidates: GuidePriceQuote[];
}

/**
 * The whole load's price. The class, name and body at the top are the dearest trip's (a mixed load
 * has several, all in `trips`); `vehicles` and `priceMinor` are every trip's together.
 */
export interface GuidePrice extends GuidePriceQuote {
  straightKm: number;
  roadKm: number;
  trips: GuideTrip[];
  /** The dearest trip's breakdown and candidates (the only trip's, for one cargo kind). */
  breakdown: GuidePriceBreakdown;
  candidates: GuidePriceQuote[];
}

/** No class can carry the load: `errors` names the input that rules them all out, and why. */
export class NoVehicleFitsError extends DomainError {
  constructor(
    readonly field: 'cargo' | 'longestItemM' | 'body',
    readonly reason: string,
    readonly facts: { cargo: CargoKind; longestItemM: number | null; needsCrane: boolean; body: BodyType | null },
    /** The field's name where the caller spells it otherwise (the quote's query says `lengthM`). */
    path: string = field,
  ) {
    super('unprocessable', 'LOGISTICS.NO_VEHICLE_FITS', `no vehicle can carry this load: ${reason}`, {
      ...facts,
      errors: [{ path, message: reason }],
    });
  }
}

export function guidePrice(
  input: GuidePriceInput,
  tariffs: readonly Readonly<VehicleTariff>[] = DEFAULT_TARIFFS,
): GuidePrice {
  const given = givenParts(input);
  validate(input, given);
  const parts = merged(given);
  tariffs.forEach(checkTariff);
  const distance = roadDistance(input.pickup, input.dropoff);
  const roadTenths = Math.round(distance.roadKm * 10);
  const trips = parts.map((part) => tripFor(part, input, distance, roadTenths, tariffs));
  // The dearest trip names the load; on a tie the first (parts go in CARGO_KINDS order).
  const main = trips.reduce((a, b) => (b.priceMinor > a.priceMinor ? b : a));
  return {
    vehicleClass: main.vehicleClass,
    vehicleName: main.vehicleName,
    bodyType: main.bodyType,
    bodyName: main.bodyName,
    vehicles: trips.reduce((n, t) => n + t.vehicles, 0),
    priceMinor: trips.reduce((n, t) => n + t.priceMinor, 0),
    straightKm: distance.straightKm,
    roadKm: distance.roadKm,
    trips,
    breakdown: main.breakdown,
    candidates: main.candidates,
  };
}

function givenParts(input: GuidePriceInput): readonly CargoPart[] {
  if (input.parts) return input.parts;
  const { weightKg, volumeM3, longestItemM } = input;
  return [{ cargo: input.cargo ?? 'general', weightKg, volumeM3, longestItemM }];
}

/** The load as parts, one per cargo kind present, in CARGO_KINDS order. */
function merged(given: readonly CargoPart[]): CargoPart[] {
  const byKind = new Map<CargoKind, CargoPart>();
  for (const part of given) {
    const into = byKind.get(part.cargo);
    if (!into) {
      byKind.set(part.cargo, { ...part });
      continue;
    }
    into.weightKg += part.weightKg;
    into.volumeM3 += part.volumeM3;
    const longest = Math.max(into.longestItemM ?? 0, part.longestItemM ?? 0);
    into.longestItemM = longest > 0 ? longest : undefined;
  }
  return CARGO_KINDS.flatMap((kind) => byKind.get(kind) ?? []);
}

function tripFor(
  part: CargoPart,
  input: GuidePriceInput,
  distance: RoadDistance,
  roadTenths: number,
  tariffs: readonly Readonly<VehicleTariff>[],
): GuideTrip {
  const needs: LoadNeeds = { cargo: part.cargo, longestItemM: part.longestItemM, needsCrane: input.needsCrane };
  const load: BilledLoad = {
    // Grams and litres first, so 0.1 + 0.2 m³ of sand is 300 litres, not 300.0000000004.
    weightKg: Math.ceil(Math.round(part.weightKg * 1000) / 1000),
    volumeL: Math.round(part.volumeM3 * 1000),
    roadTenths,
    // A crane lifts general cargo off; bulk is tipped, cement blown, concrete poured.
    craneUnloading: input.needsCrane && part.cargo === 'general',
  };
  // The shape test (body, crane, length) is the one the job board and bids use; the share of the
  // weight and volume each vehicle takes is what the count below makes fit.
  const empty = { ...needs, weightKg: 0, volumeM3: 0 };
  const fitting = tariffs.filter((t) => vehicleFits(t, empty) && (!input.body || t.bodyType === input.body));
  const priced = fitting
    .map((tariff) => price(tariff, load))
    // Cheapest; on a tie fewer vehicles (one truck is easier to schedule), then table order
    // (the sort is stable).
    .sort((a, b) => a.quote.priceMinor - b.quote.priceMinor || a.quote.vehicles - b.quote.vehicles);
  const best = priced[0];
  if (!best) throw whyNothingFits(needs, input.body, tariffs);
  return {
    ...best.quote,
    cargo: part.cargo,
    weightKg: part.weightKg,
    volumeM3: part.volumeM3,
    longestItemM: part.longestItemM ?? null,
    breakdown: {
      straightKm: distance.straightKm,
      circuity: distance.circuity,
      stretches: distance.stretches,
      ...best.lines,
    },
    candidates: priced.map((p) => p.quote),
  };
}

/** Which input rules every class out, said in words a customer reads. */
function whyNothingFits(
  needs: LoadNeeds,
  body: BodyType | undefined,
  tariffs: readonly Readonly<VehicleTariff>[],
): NoVehicleFitsError {
  const details = {
    cargo: needs.cargo,
    longestItemM: needs.longestItemM ?? null,
    needsCrane: needs.needsCrane,
    body: body ?? null,
  };
  const allowed = allowedBodies(needs);
  const what = cargoWords(needs);
  if (body && !allowed.includes(body)) {
    const names = allowed.map((b) => BODY_NAMES[b]).join(', ');
    return new NoVehicleFitsError('body', `a ${BODY_NAMES[body]} cannot carry ${what}; it needs: ${names}`, details);
  }
  const shaped = tariffs.filter(
    (t) =>
      allowed.includes(t.bodyType) &&
      (!body || t.bodyType === body) &&
      !(needs.cargo === 'general' && needs.needsCrane && !t.crane),
  );
  if (shaped.length === 0) {
    return body
      ? new NoVehicleFitsError('body', `no ${BODY_NAMES[body]} class is in the tariff table`, details)
      : new NoVehicleFitsError('cargo', `no class in the tariff table carries ${what}`, details);
  }
  const longest = Math.max(...shaped.map((t) => t.bodyLengthM));
  const kind = body ? `${BODY_NAMES[body]} ` : needs.needsCrane && needs.cargo === 'general' ? 'манипулятор ' : '';
  const reason = `an item of ${needs.longestItemM} m is longer than any ${kind}body (the longest is ${longest} m)`;
  return new NoVehicleFitsError(body ? 'body' : 'longestItemM', reason, details);
}

function cargoWords(needs: LoadNeeds): string {
  switch (needs.cargo) {
    case 'bulk_cement':
      return 'bulk cement';
    case 'ready_concrete':
      return 'ready concrete';
    case 'bulk':
      return 'bulk sand, gravel or soil';
    case 'general':
      return needs.needsCrane ? 'goods unloaded by crane' : 'general cargo';
  }
}

/** One cargo kind as charged: whole kg, litres, tenths of a road km. */
interface BilledLoad {
  weightKg: number;
  volumeL: number;
  roadTenths: number;
  craneUnloading: boolean;
}

/** One class's quote and the breakdown lines behind it (the caller adds the distance facts). */
function price(
  tariff: Readonly<VehicleTariff>,
  load: BilledLoad,
): {
  quote: GuidePriceQuote;
  lines: Omit<GuidePriceBreakdown, 'straightKm' | 'circuity' | 'stretches'>;
} {
  const vehiclesByWeight = Math.ceil(load.weightKg / tariff.payloadKg);
  const vehiclesByVolume = Math.ceil(load.volumeL / Math.round(tariff.volumeM3 * 1000));
  const vehicles = Math.max(1, vehiclesByWeight, vehiclesByVolume);
  // n·max(min, base + r·km + rT·t/n) = max(n·min, n·base + n·r·km + rT·t): with the load split
  // evenly, the fleet totals below are exactly the per-vehicle formula times the vehicles.
  const baseMinor = vehicles * tariff.baseMinor;
  const distanceMinor = vehicles * (tariff.ratePerKmMinor / 10) * load.roadTenths;
  const weightMinor = (tariff.ratePerTonneMinor / 1000) * load.weightKg;
  const runMinor = baseMinor + distanceMinor + weightMinor;
  const minChargeMinor = vehicles * tariff.minChargeMinor;
  const chargeMinor = Math.max(runMinor, minChargeMinor);
  const craneMinor = load.craneUnloading ? vehicles * tariff.craneSurchargeMinor : 0;
  const exact = chargeMinor + craneMinor;
  // The one rounding: up to the next whole rouble.
  const priceMinor = Math.ceil(exact / 100) * 100;
  return {
    quote: {
      vehicleClass: tariff.id,
      vehicleName: tariff.name,
      bodyType: tariff.bodyType,
      bodyName: BODY_NAMES[tariff.bodyType],
      vehicles,
      priceMinor,
    },
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
  if (!(t.payloadKg > 0 && t.volumeM3 > 0 && t.bodyLengthM > 0)) {
    throw new RangeError(`tariff ${t.id}: payload, volume and body length must be positive`);
  }
  if (!(BODY_TYPES as readonly string[]).includes(t.bodyType)) {
    throw new RangeError(`tariff ${t.id}: unknown body type ${String(t.bodyType)}`);
  }
}

function validate(input: GuidePriceInput, given: readonly CargoPart[]): void {
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
  if (input.body !== undefined && !(BODY_TYPES as readonly string[]).includes(input.body)) {
    errors.push({ path: 'body', message: `must be one of ${BODY_TYPES.join(', ')}` });
  }
  if (given.length === 0) errors.push({ path: 'parts', message: 'must name at least one cargo' });
  given.forEach((p, i) => checkPart(input.parts ? `parts.${i}.` : '', p));
  if (errors.length > 0) throw new ValidationError(errors);

  function checkPart(prefix: string, p: CargoPart) {
    if (!(CARGO_KINDS as readonly string[]).includes(p.cargo)) {
      errors.push({ path: `${prefix}cargo`, message: `must be one of ${CARGO_KINDS.join(', ')}` });
    }
    nonNegative(`${prefix}weightKg`, p.weightKg);
    nonNegative(`${prefix}volumeM3`, p.volumeM3);
    nonNegative(`${prefix}longestItemM`, p.longestItemM);
  }
}
