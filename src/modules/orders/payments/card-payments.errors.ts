import { DomainError, NotFoundError } from '../../../shared/errors.js';

export class PaymentNotFoundError extends NotFoundError {
  constructor() {
    super('payment', 'PAYMENT.NOT_FOUND');
  }
}

/** A webhook URL naming a provider this deployment does not have. */
export class PaymentProviderNotFoundError extends NotFoundError {
  constructor() {
    super('payment provider', 'PAYMENT.PROVIDER_NOT_FOUND');
  }
}

/** The provider could not be asked; the payment is marked failed, so a new attempt (new key) is safe. */
export class PaymentProviderUnavailableError extends DomainError {
  constructor() {
    super('unavailable', 'PAYMENT.PROVIDER_UNAVAILABLE', 'the payment provider did not answer; try again');
  }
}

/** No card-payment provider is configured (production without PAYMENT_PROVIDER): cards are not taken. */
export class PaymentProviderNotConfiguredError extends DomainError {
  constructor() {
    super(
      'unavailable',
      'PAYMENT.PROVIDER_NOT_CONFIGURED',
      'card payments are not taken here: no payment provider is configured',
    );
  }
}

/** Another attempt of this order is talking to the provider right now: a second one could charge twice. */
export class PaymentInProgressError extends DomainError {
  constructor(paymentId: string) {
    super('conflict', 'PAYMENT.IN_PROGRESS', 'another payment of this order is being processed; wait for it', {
      paymentId,
    });
  }
}

/** A signed event whose amount is not what we asked for: never mark an order paid on it. */
export class WebhookAmountMismatchError extends DomainError {
  constructor(expectedMinor: number, gotMinor: number) {
    super(
      'conflict',
      'PAYMENT.WEBHOOK_AMOUNT_MISMATCH',
      `the event is for ${gotMinor} kopecks but the payment is for ${expectedMinor}`,
      { expectedMinor, gotMinor },
    );
  }
}
