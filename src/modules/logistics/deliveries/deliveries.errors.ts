import { DomainError, NotFoundError } from '../../../shared/errors.js';

export class DeliveryNotFoundError extends NotFoundError {
  constructor() {
    super('delivery', 'LOGISTICS.DELIVERY_NOT_FOUND');
  }
}

export class IllegalDeliveryStatusError extends DomainError {
  constructor(from: string, to: string, allowed: readonly string[]) {
    super('conflict', 'LOGISTICS.ILLEGAL_STATUS', `a ${from} delivery cannot become ${to}`, { from, to, allowed });
  }
}

export class VehicleOnAnotherDeliveryError extends DomainError {
  constructor() {
    super(
      'conflict',
      'LOGISTICS.VEHICLE_BUSY',
      'this vehicle is on another delivery: finish that one first (or report it failed)',
    );
  }
}

export class NoProofPhotoError extends NotFoundError {
  constructor() {
    super('proof photo', 'LOGISTICS.NO_PROOF_PHOTO');
  }
}

export class PhotoTooLargeError extends DomainError {
  constructor(max: number) {
    super('too_large', 'LOGISTICS.PHOTO_TOO_LARGE', `a photo may be at most ${max} bytes`, { max });
  }
}

export class PhotoTypeError extends DomainError {
  constructor() {
    super('unsupported_media_type', 'LOGISTICS.PHOTO_TYPE', 'the photo must be a JPEG, PNG, WebP or HEIC image', {
      errors: [{ path: 'photo', message: 'must be a JPEG, PNG, WebP or HEIC image' }],
    });
  }
}

export class ProofPhotoTakenError extends DomainError {
  constructor() {
    super(
      'conflict',
      'LOGISTICS.PROOF_PHOTO_TAKEN',
      'the delivery is delivered and has its proof photo: it is not replaced',
    );
  }
}
