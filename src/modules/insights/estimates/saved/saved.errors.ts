import { DomainError, ForbiddenError, NotFoundError } from '../../../../shared/errors.js';
import type { Principal } from '../../../../shared/principal.js';

/** Estimates are kept by customers; the routes' role guard says so first, the service again. */
export function assertCustomer(p: Principal): void {
  if (p.role !== 'customer') throw new ForbiddenError('only customers keep estimates', 'ESTIMATE.CUSTOMERS_ONLY');
}

/** Missing, or another customer's: the same 404 (docs/domain.md, object-level authorization). */
export class EstimateNotFoundError extends NotFoundError {
  constructor() {
    super('estimate', 'ESTIMATE.NOT_FOUND');
  }
}

export class EstimateVersionNotFoundError extends NotFoundError {
  constructor() {
    super('estimate version', 'ESTIMATE.VERSION_NOT_FOUND');
  }
}

/** A save names the version it edits; someone saved since (another tab, another device). */
export class EstimateVersionConflictError extends DomainError {
  constructor(given: number, current: number) {
    super(
      'conflict',
      'ESTIMATE.VERSION_CONFLICT',
      `the estimate is at version ${current}, not ${given}: reload it and apply the change again`,
      { currentVersion: current },
    );
  }
}

export class TooManyEstimatesError extends DomainError {
  constructor(max: number) {
    super('conflict', 'ESTIMATE.TOO_MANY', `a customer keeps at most ${max} estimates: delete some first`, { max });
  }
}

/** Unknown, revoked, malformed, or its estimate deleted: all the same 404. */
export class EstimateShareNotFoundError extends NotFoundError {
  constructor() {
    super('estimate share', 'ESTIMATE.SHARE_NOT_FOUND');
  }
}

export class TooManySharesError extends DomainError {
  constructor(max: number) {
    super('conflict', 'ESTIMATE.TOO_MANY_SHARES', `an estimate has at most ${max} live share links: revoke one first`, {
      max,
    });
  }
}
