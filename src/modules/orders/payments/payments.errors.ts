import { DomainError, type FieldError, NotFoundError, UnauthenticatedError } from '../../../shared/errors.js';

/**
 * A webhook whose sender we cannot authenticate: 401. Catch this base class to treat every
 * signature failure alike; the subclasses' codes say which check failed.
 */
export class WebhookSignatureError extends UnauthenticatedError {}

export class WebhookSignatureMissingError extends WebhookSignatureError {
  constructor(header: string) {
    super(`the webhook has no ${header} header`, 'PAYMENT.WEBHOOK_SIGNATURE_MISSING');
  }
}

export class WebhookSignatureMalformedError extends WebhookSignatureError {
  constructor(header: string, why: string) {
    super(`the ${header} header is malformed: ${why}`, 'PAYMENT.WEBHOOK_SIGNATURE_MALFORMED');
  }
}

/** A genuine signature outside the tolerance: most likely a replayed request. */
export class WebhookTimestampOutOfToleranceError extends WebhookSignatureError {
  constructor(toleranceSec: number) {
    super(
      `the webhook was signed more than ${toleranceSec} s away from now; it may be a replay`,
      'PAYMENT.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE',
    );
  }
}

export class WebhookSignatureInvalidError extends WebhookSignatureError {
  constructor() {
    super('no webhook signature matches the body with our secret', 'PAYMENT.WEBHOOK_SIGNATURE_INVALID');
  }
}

/** Correctly signed, but not an event we understand: 400. */
export class WebhookBodyInvalidError extends DomainError {
  constructor(errors: FieldError[]) {
    super(
      'validation',
      'PAYMENT.WEBHOOK_BODY_INVALID',
      `the webhook body is not a payment event: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    );
  }
}

export class ThreeDsPaymentNotFoundError extends NotFoundError {
  constructor() {
    super('3-D Secure payment', 'PAYMENT.THREE_DS_NOT_FOUND');
  }
}

export class ThreeDsAlreadyCompletedError extends DomainError {
  constructor(outcome: string) {
    super('conflict', 'PAYMENT.THREE_DS_ALREADY_COMPLETED', `3-D Secure for this payment already ended: ${outcome}`, {
      outcome,
    });
  }
}

/** The 3-D Secure challenge lapsed unanswered: the payment is declined and no button can charge it any more. */
export class ThreeDsExpiredError extends DomainError {
  constructor() {
    super('conflict', 'PAYMENT.THREE_DS_EXPIRED', 'the time to confirm this payment ran out; pay again');
  }
}

/** The payment was cancelled (by the customer, or because its order can no longer take it): nothing can charge it. */
export class ThreeDsCancelledError extends DomainError {
  constructor() {
    super('conflict', 'PAYMENT.THREE_DS_CANCELLED', 'this payment was cancelled; nothing was charged');
  }
}
