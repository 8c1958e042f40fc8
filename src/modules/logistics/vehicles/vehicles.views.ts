import type { Executor } from '../../../shared/db/database.js';
import { normalizeDecimal } from '../../../shared/decimal.js';
import { BODY_NAMES, type BodyType } from '../body-types.js';
import { activeKeysOf, type ActiveKey } from './tracker-keys.js';
import type { VehicleRow } from './vehicles.repository.js';

export function toVehicleView(v: VehicleRow, key: ActiveKey | undefined) {
  const bodyType = v.bodyType as BodyType;
  return {
    id: v.id,
    carrierId: v.carrierId,
    bodyType,
    bodyName: BODY_NAMES[bodyType],
    name: v.name,
    payloadKg: v.payloadKg,
    volumeM3: normalizeDecimal(v.volumeM3),
    bodyLengthM: normalizeDecimal(v.bodyLengthM),
    crane: v.crane,
    tailLift: v.tailLift,
    plate: v.plate,
    base: { address: v.baseAddress, lat: v.baseLat, lon: v.baseLon },
    trackerKey: {
      active: key !== undefined,
      prefix: key?.prefix ?? null,
      issuedAt: key?.issuedAt.toISOString() ?? null,
    },
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** Views of the rows in order, each with the state of its tracker key (one query for all). */
export async function toVehicleViews(ex: Executor, rows: VehicleRow[]) {
  const keys = await activeKeysOf(
    ex,
    rows.map((v) => v.id),
  );
  return rows.map((v) => toVehicleView(v, keys.get(v.id)));
}
