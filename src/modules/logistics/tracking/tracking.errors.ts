import { DomainError, NotFoundError } from '../../../shared/errors.js';

/** Missing, or not one the caller may see: the same 404 (docs/domain.md, object-level authorization). */
export class DeliveryNotFoundError extends NotFoundError {
  constructor() {
    super('delivery', 'LOGISTICS.DELIVERY_NOT_FOUND');
  }
}

/** Delivered, failed or cancelled: it takes no more positions. */
export class DeliveryFinishedError extends DomainError {
  constructor(status: string) {
    super('conflict', 'LOGISTICS.DELIVERY_FINISHED', `the delivery is ${status}: it takes no more positions`, {
      deliveryStatus: status,
    });
  }
}

/** A replay is of a finished delivery only; while it runs, the live view shows it. */
export class DeliveryNotFinishedError extends DomainError {
  constructor(status: string) {
    super('conflict', 'LOGISTICS.DELIVERY_NOT_FINISHED', `the delivery is ${status}: replay it once it has ended`, {
      deliveryStatus: status,
    });
  }
}

/** A device key nobody issued, or one revoked (OsmAnd / Traccar Client). */
export class TrackerKeyUnknownError extends NotFoundError {
  constructor() {
    super('tracker key', 'LOGISTICS.TRACKER_KEY_UNKNOWN');
  }
}

/** The key's vehicle has no delivery under way (en route to the pickup, loaded or in transit). */
export class NoActiveDeliveryError extends DomainError {
  constructor() {
    super(
      'conflict',
      'LOGISTICS.NO_ACTIVE_DELIVERY',
      'this vehicle has no delivery under way (en route to the pickup, loaded or in transit) to report positions for',
    );
  }
}

export class ShareLinkNotFoundError extends NotFoundError {
  constructor() {
    super('share link', 'LOGISTICS.SHARE_LINK_NOT_FOUND');
  }
}

/** Each delivery keeps a handful of live share links at most: revoke one first. */
export class TooManyShareLinksError extends DomainError {
  constructor(max: number) {
    super(
      'conflict',
      'LOGISTICS.TOO_MANY_SHARE_LINKS',
      `a delivery has at most ${max} live share links: revoke one first`,
      {
        max,
      },
    );
  }
}

/** A carrier not (or no longer) approved reports nothing. */
export class CarrierNotApprovedError extends DomainError {
  constructor() {
    super('forbidden', 'LOGISTICS.CARRIER_NOT_APPROVED', 'only carriers an admin has approved can report positions');
  }
}
