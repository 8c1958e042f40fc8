/**
 * Carriers' vehicles and their trackers' device keys (docs/domain.md, Logistics — Vehicles). The
 * rest of logistics reads vehicles only through `vehiclesApi` and `vehicleForTrackerKey`.
 */
import { asc, and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import type { VehicleShape } from '../body-types.js';
import { vehicles } from '../logistics.tables.js';
import * as repo from './vehicles.repository.js';

export { normalizePlate, PLATE_LETTERS, type PlateKind } from './plate.js';
export { hashTrackerKey, vehicleForTrackerKey } from './tracker-keys.js';
export {
  CarrierNotApprovedError,
  PlateTakenError,
  VehicleBusyError,
  VehicleNotFoundError,
  type VehicleWork,
} from './vehicles.errors.js';
export { BUSY_DELIVERY_STATUSES, shapeOf, type VehicleRow } from './vehicles.repository.js';
export { vehiclesRoutes } from './vehicles.routes.js';
export { VehiclesService } from './vehicles.service.js';

/** A live vehicle as the job board and bids need it: its fit, where it stands, how people know it. */
export interface LiveVehicle extends VehicleShape {
  id: string;
  name: string;
  plate: string;
  tailLift: boolean;
  base: { address: string; lat: number; lon: number };
}

export const vehiclesApi = {
  /**
   * The carrier's live vehicle, or undefined (someone else's, deleted, missing). Its row is locked
   * for share: inside a transaction (a bid, a confirmation) a delete of the vehicle waits for it.
   */
  ownLive: (ex: Executor, carrierId: string, vehicleId: string): Promise<repo.VehicleRow | undefined> =>
    repo.findLive(ex, vehicleId, 'share', carrierId),

  /** Every live vehicle of the carrier, oldest first. */
  async liveOf(ex: Executor, carrierId: string): Promise<LiveVehicle[]> {
    const rows = await ex
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.carrierId, carrierId), isNull(vehicles.deletedAt)))
      .orderBy(asc(vehicles.createdAt), asc(vehicles.id));
    return rows.map((v) => ({
      id: v.id,
      ...repo.shapeOf(v),
      name: v.name,
      plate: v.plate,
      tailLift: v.tailLift,
      base: { address: v.baseAddress, lat: v.baseLat, lon: v.baseLon },
    }));
  },

  /** A delivery under way (awarded … in transit) or an award waiting for the carrier's confirmation. */
  isBusy: async (ex: Executor, vehicleId: string): Promise<boolean> =>
    repo.isBusyWork(await repo.workOf(ex, vehicleId)),
};
