/**
 * Domain errors: a stable `code` (`USER.EMAIL_TAKEN`) and a `kind` saying what went wrong in
 * business terms. Services throw them and know nothing of HTTP; `shared/http/problem.ts` is
 * the one place that turns a kind into a status code.
 */
export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    /** Extra members for the problem document (e.g. `allowed`, `available`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly errors: FieldError[],
    message = errors.map((e) => `${e.path}: ${e.message}`).join('; '),
  ) {
    super('validation', 'VALIDATION', message, { errors });
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, code = 'NOT_FOUND') {
    super('not_found', code, `${what} not found`);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'authentication required', code = 'AUTH.UNAUTHENTICATED') {
    super('unauthenticated', code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'not allowed', code = 'AUTH.FORBIDDEN') {
    super('forbidden', code, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    readonly retryAfterSec: number,
    message = 'too many requests',
    code = 'RATE_LIMITED',
  ) {
    super('rate_limited', code, message, { retryAfter: retryAfterSec });
  }
}
