import { DomainError, NotFoundError } from '../../../shared/errors.js';

export class RefundNotFoundError extends NotFoundError {
  constructor() {
    super('refund', 'REFUND.NOT_FOUND');
  }
}

/** More back than a part received (less what is already on its way back). */
export class RefundExceedsReceivedError extends DomainError {
  constructor(refundableMinor: number) {
    super(
      'conflict',
      'REFUND.EXCEEDS_RECEIVED',
      `at most ${refundableMinor} kopecks of this part can be refunded: that is what it received and has not refunded`,
      { refundableMinor },
    );
  }
}

/** A card order whose succeeded payments have less left to refund than a part received: the ledger is broken. */
export class RefundNoCardPaymentError extends DomainError {
  constructor(missingMinor: number) {
    super(
      'conflict',
      'REFUND.NO_CARD_PAYMENT',
      `no card payment of the order has ${missingMinor} kopecks left to refund`,
      {
        missingMinor,
      },
    );
  }
}

/** Only a refund due (invoice money) is paid back by hand. */
export class RefundNotDueError extends DomainError {
  constructor(status: string) {
    super('conflict', 'REFUND.NOT_DUE', `this refund is ${status}, not due: it is not paid back by hand`, { status });
  }
}

/** Only a card refund that could not reach the provider is tried again. */
export class RefundNotFailedError extends DomainError {
  constructor(status: string, failureCode: string | null) {
    const why =
      status === 'failed'
        ? `the provider refused it (${failureCode}): trying again would be refused again`
        : `it is ${status}, not failed`;
    super('conflict', 'REFUND.NOT_RETRYABLE', `this refund is not tried again: ${why}`, { status, failureCode });
  }
}
