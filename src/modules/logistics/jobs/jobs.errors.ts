import { DomainError, NotFoundError } from '../../../shared/errors.js';

export class JobNotFoundError extends NotFoundError {
  constructor() {
    super('delivery job', 'LOGISTICS.JOB_NOT_FOUND');
  }
}

export class BidNotFoundError extends NotFoundError {
  constructor() {
    super('bid', 'LOGISTICS.BID_NOT_FOUND');
  }
}

export class VehicleNotFoundForBidError extends DomainError {
  constructor() {
    super('unprocessable', 'LOGISTICS.VEHICLE_NOT_FOUND', 'vehicleId: no live vehicle of yours has this id', {
      errors: [{ path: 'vehicleId', message: 'not one of your vehicles' }],
    });
  }
}

/** The job takes no bids (closed, awarded, cancelled) or no longer takes this change. */
export class JobNotOpenError extends DomainError {
  constructor(status: string, message = `the job is ${status}: it takes no bids`) {
    super('conflict', 'LOGISTICS.JOB_NOT_OPEN', message, { status });
  }
}

export class VehicleDoesNotFitError extends DomainError {
  constructor(details: Record<string, unknown>) {
    super('unprocessable', 'LOGISTICS.VEHICLE_DOES_NOT_FIT', 'this vehicle cannot carry the load', details);
  }
}

export class BidNotLowerError extends DomainError {
  constructor(previousMinor: number) {
    super('conflict', 'LOGISTICS.BID_NOT_LOWER', `a new bid must be lower than your previous one (${previousMinor})`, {
      previousPriceMinor: previousMinor,
    });
  }
}

export class BidNotActiveError extends DomainError {
  constructor(status: string) {
    super('conflict', 'LOGISTICS.BID_NOT_ACTIVE', `the bid is ${status}`, { status });
  }
}

export class BidAboveGuideError extends DomainError {
  constructor(guideMinor: number) {
    super(
      'conflict',
      'LOGISTICS.BID_ABOVE_GUIDE',
      'this bid is above the guide price: only an admin may award it (the customer is never charged the difference)',
      { guidePriceMinor: guideMinor },
    );
  }
}

export class NotTheWinnerError extends DomainError {
  constructor(status: string) {
    super('conflict', 'LOGISTICS.NOT_AWAITING_CONFIRMATION', `the job is ${status}: nothing to confirm or decline`, {
      status,
    });
  }
}

export class SubOrderNotPostableError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('conflict', 'LOGISTICS.SUB_ORDER_NOT_POSTABLE', message, details);
  }
}
