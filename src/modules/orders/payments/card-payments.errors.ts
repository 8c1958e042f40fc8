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

/**
 * Another attempt of this order is still open: being sent to the provider (`pending`) or waiting
 * for 3-D Secure (`requires_action`, with the link to resume it). A second one could charge twice.
 */
export class PaymentInProgressError extends DomainError {
  constructor(payment: { id: string; status: string; action: { type: 'redirect_3ds'; url: string } | null }) {
    super(
      'conflict',
      'PAYMENT.IN_PROGRESS',
      payment.status === 'requires_action'
        ? 'another payment of this order waits for 3-D Secure: finish it at action.url, or cancel it first'
        : 'another payment of this order is being processed; wait for it',
      { paymentId: payment.id, paymentStatus: payment.status, action: payment.action },
    );
  }
}

/** One charge per order (docs/domain.md, Payments): a paid order takes no new payment. */
export class OrderAlreadyPaidError extends DomainError {
  constructor() {
    super('conflict', 'ORDER.ALREADY_PAID', 'the order is already paid');
  }
}

/** Only a payment waiting for 3-D Secure can be abandoned; `status` says where this one is. */
export class PaymentNotCancellableError extends DomainError {
  constructor(status: string) {
    const why =
      status === 'pending'
        ? 'it is being sent to the payment provider; wait for its answer'
        : `it is already ${status}`;
    super('conflict', 'PAYMENT.NOT_CANCELLABLE', `this payment cannot be cancelled: ${why}`, { status });
  }
}

/** Why an open payment can no longer take the customer's money (its 3-D Secure page says so). */
export type UnpayableReason = 'payment_ended' | 'order_paid' | 'order_cancelled' | 'pay_by_passed' | 'amount_changed';

export const UNPAYABLE_MESSAGES: Record<UnpayableReason, string> = {
  payment_ended: 'this payment was already ended',
  order_paid: 'the order is already paid',
  order_cancelled: 'the order was cancelled',
  pay_by_passed: 'the time to pay the order ran out',
  amount_changed: 'what the order costs has changed since this payment was made; pay again',
};

/** A 3-D Secure confirmation for a payment that can no longer succeed: nothing is charged. */
export class PaymentNoLongerPayableError extends DomainError {
  constructor(reason: UnpayableReason) {
    super('conflict', 'PAYMENT.NO_LONGER_PAYABLE', `nothing was charged: ${UNPAYABLE_MESSAGES[reason]}`, { reason });
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
