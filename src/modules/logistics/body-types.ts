/**
 * Vehicle bodies and what a load needs of them (docs/domain.md, Logistics): bulk cement travels
 * in a цементовоз, ready concrete in a бетоновоз, sand and gravel in a самосвал; an item longer
 * than the body rules the vehicle out; pallets unloaded by crane need a манипулятор. The guide
 * price, the job board and every bid use these same rules.
 */
export const BODY_TYPES = [
  'tent',
  'flatbed',
  'dump',
  'crane',
  'cement_tanker',
  'concrete_mixer',
  'long_flatbed',
  'van',
  'reefer',
] as const;
export type BodyType = (typeof BODY_TYPES)[number];

/** What people call each body; the API also takes these names for `body=`. */
export const BODY_NAMES: Readonly<Record<BodyType, string>> = Object.freeze({
  tent: 'тент',
  flatbed: 'борт',
  dump: 'самосвал',
  crane: 'манипулятор',
  cement_tanker: 'цементовоз',
  concrete_mixer: 'бетоновоз',
  long_flatbed: 'длинномер',
  van: 'фургон',
  reefer: 'рефрижератор',
});

/** A body type from its id or its Russian name (any case); undefined when it is neither. */
export function parseBodyType(value: string): BodyType | undefined {
  const v = value.trim().toLowerCase();
  if ((BODY_TYPES as readonly string[]).includes(v)) return v as BodyType;
  return BODY_TYPES.find((b) => BODY_NAMES[b] === v);
}

/**
 * How goods travel, from the product's `cargo` attribute: `bulk_cement` (навалом, not in bags),
 * `ready_concrete`, `bulk` (sand, gravel, crushed stone, soil), else `general` (pallets, bags,
 * boards, rolls, long items).
 */
export const CARGO_KINDS = ['general', 'bulk_cement', 'ready_concrete', 'bulk'] as const;
export type CargoKind = (typeof CARGO_KINDS)[number];

export function cargoKindOf(attributes: Readonly<Record<string, unknown>> | null | undefined): CargoKind {
  const v = attributes?.cargo;
  return typeof v === 'string' && (CARGO_KINDS as readonly string[]).includes(v) ? (v as CargoKind) : 'general';
}

/** The longest item of a product in metres, from `length_m` or `length_mm`; undefined when not said. */
export function itemLengthM(attributes: Readonly<Record<string, unknown>> | null | undefined): number | undefined {
  const m = Number(attributes?.length_m);
  if (Number.isFinite(m) && m > 0) return m;
  const mm = Number(attributes?.length_mm);
  if (Number.isFinite(mm) && mm > 0) return mm / 1000;
  return undefined;
}

/** Loads longer than this need a длинномер or a body at least that long (docs/domain.md). */
export const LONG_LOAD_M = 6;

/** What a load asks of a vehicle. */
export interface LoadNeeds {
  cargo: CargoKind;
  /** The longest item; absent when nothing is long. */
  longestItemM?: number | undefined;
  /** Pallets the customer cannot take off without a crane (unloading "crane"). */
  needsCrane: boolean;
}

const GENERAL_BODIES: readonly BodyType[] = ['tent', 'flatbed', 'van', 'long_flatbed', 'crane', 'reefer'];

/** The bodies that may carry this load; the vehicle's length and crane are checked by `vehicleFits`. */
export function allowedBodies(needs: LoadNeeds): BodyType[] {
  switch (needs.cargo) {
    case 'bulk_cement':
      return ['cement_tanker'];
    case 'ready_concrete':
      return ['concrete_mixer'];
    case 'bulk':
      return ['dump'];
    case 'general':
      return needs.needsCrane ? ['crane'] : [...GENERAL_BODIES];
  }
}

/** The body and size of one vehicle (a carrier's truck or a tariff class). */
export interface VehicleShape {
  bodyType: BodyType;
  payloadKg: number;
  volumeM3: number;
  bodyLengthM: number;
  crane: boolean;
}

/** A load to carry: its needs and its size. */
export interface Load extends LoadNeeds {
  weightKg: number;
  volumeM3: number;
}

/**
 * Whether the vehicle can take its share of the load: the right body, a crane when one is needed,
 * a body at least as long as the longest item, and `1/vehicles` of the weight and volume (a job
 * that needs two trucks is bid on with one of them; the carrier brings or repeats it).
 */
export function vehicleFits(vehicle: VehicleShape, load: Load, vehicles = 1): boolean {
  if (!allowedBodies(load).includes(vehicle.bodyType)) return false;
  if (load.needsCrane && load.cargo === 'general' && !vehicle.crane) return false;
  if (load.cargo === 'general' && (load.longestItemM ?? 0) > vehicle.bodyLengthM + 1e-9) return false;
  const n = Math.max(1, vehicles);
  return load.weightKg / n <= vehicle.payloadKg + 1e-9 && load.volumeM3 / n <= vehicle.volumeM3 + 1e-9;
}
