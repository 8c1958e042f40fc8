import { DomainError, ForbiddenError, NotFoundError } from '../../../shared/errors.js';

export class VehicleNotFoundError extends NotFoundError {
  constructor() {
    super('vehicle', 'LOGISTICS.VEHICLE_NOT_FOUND');
  }
}

/** A pending carrier has nothing to read or change yet; a suspended one only reads. */
export class CarrierNotApprovedError extends ForbiddenError {
  constructor() {
    super('only carriers an admin has approved can manage vehicles', 'LOGISTICS.CARRIER_NOT_APPROVED');
  }
}

export class PlateTakenError extends DomainError {
  constructor(plate: string) {
    super('conflict', 'LOGISTICS.PLATE_TAKEN', `the plate ${plate} is already on another vehicle`, { plate });
  }
}

/** What keeps a vehicle busy: a delivery it runs, or an award waiting for the carrier's confirmation. */
export interface VehicleWork {
  deliveryIds: string[];
  awardedJobIds: string[];
}

export class VehicleBusyError extends DomainError {
  constructor(what: 'delete' | 'resize', work: VehicleWork) {
    const why =
      work.deliveryIds.length > 0 ? 'it has a delivery under way' : 'it won a job that waits for your confirmation';
    super(
      'conflict',
      'LOGISTICS.VEHICLE_BUSY',
      what === 'delete'
        ? `the vehicle cannot be deleted: ${why}`
        : `the vehicle's body and size cannot change: ${why} (plate, name and base may)`,
      { ...work },
    );
  }
}
