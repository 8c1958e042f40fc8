import { DomainError } from '../../../shared/errors.js';

export class OrderNotInvoiceError extends DomainError {
  constructor() {
    super('conflict', 'ORDER.NOT_INVOICE', 'this order is paid by card, not by invoice');
  }
}

/** More than a part still awaits is refused, not kept (docs/domain.md, Payments). */
export class PaymentExceedsDueError extends DomainError {
  constructor(dueMinor: number) {
    super(
      'unprocessable',
      'PAYMENT.AMOUNT_EXCEEDS_DUE',
      `this part awaits ${dueMinor} kopecks: record no more than that (the rest goes back to the payer)`,
      { dueMinor, errors: [{ path: 'amountMinor', message: `must be at most ${dueMinor}` }] },
    );
  }
}
