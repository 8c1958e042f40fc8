import { DomainError, RateLimitedError, UnauthenticatedError, ValidationError } from '../../shared/errors.js';

export class EmailTakenError extends DomainError {
  constructor() {
    super('conflict', 'USER.EMAIL_TAKEN', 'an account with this email already exists');
  }
}

export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('email or password is wrong', 'AUTH.INVALID_CREDENTIALS');
  }
}

export class InvalidTokenError extends UnauthenticatedError {
  constructor(message = 'the access token is invalid or expired') {
    super(message, 'AUTH.INVALID_TOKEN');
  }
}

export class InvalidRefreshTokenError extends UnauthenticatedError {
  constructor(message = 'the refresh token is invalid, expired or revoked') {
    super(message, 'AUTH.INVALID_REFRESH_TOKEN');
  }
}

/** A rotated refresh token came back: someone else holds a copy, so the whole family dies. */
export class RefreshTokenReusedError extends UnauthenticatedError {
  constructor() {
    super(
      'this refresh token was already used; every session of this login has been revoked',
      'AUTH.REFRESH_TOKEN_REUSED',
    );
  }
}

export class AccountSuspendedError extends DomainError {
  constructor() {
    super('forbidden', 'AUTH.ACCOUNT_SUSPENDED', 'this account is suspended; contact support');
  }
}

export class SessionRevokedError extends UnauthenticatedError {
  constructor() {
    super('this session has ended (logged out, revoked or expired); log in again', 'AUTH.SESSION_REVOKED');
  }
}

export class DeviceNotFoundError extends DomainError {
  constructor() {
    super('not_found', 'USER.DEVICE_NOT_FOUND', 'no active session on this device');
  }
}

export class UserNotFoundError extends DomainError {
  constructor() {
    super('not_found', 'USER.NOT_FOUND', 'user not found');
  }
}

export class InnLockedError extends DomainError {
  constructor() {
    super(
      'conflict',
      'USER.INN_LOCKED',
      'the ИНН of an approved trading company cannot be changed here; contact support',
    );
  }
}

export class LoginThrottledError extends RateLimitedError {
  constructor(retryAfterSec: number) {
    super(retryAfterSec, `too many failed logins; try again in ${retryAfterSec} s`, 'AUTH.TOO_MANY_ATTEMPTS');
  }
}

export class WeakPasswordError extends ValidationError {
  constructor(path: string, message: string) {
    super([{ path, message }]);
  }
}

export class InvalidStatusTransitionError extends DomainError {
  constructor(action: string, status: string) {
    // Not `status`: that member of a problem document is the HTTP status code.
    super('conflict', 'USER.INVALID_STATUS', `cannot ${action} an account that is ${status}`, {
      currentStatus: status,
    });
  }
}

export class WrongPasswordError extends DomainError {
  constructor() {
    super('validation', 'USER.WRONG_PASSWORD', 'the current password is wrong', {
      errors: [{ path: 'currentPassword', message: 'the current password is wrong' }],
    });
  }
}

/** Bank requisites and a tax regime belong to sellers and carriers, who are paid. */
export class NotTraderError extends DomainError {
  constructor() {
    super('conflict', 'USER.NOT_A_TRADER', 'only sellers and carriers keep bank requisites and a tax regime');
  }
}
