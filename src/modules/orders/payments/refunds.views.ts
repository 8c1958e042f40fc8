import type { RefundRow } from './refunds.repository.js';

export function toRefundView(r: RefundRow) {
  return {
    id: r.id,
    orderId: r.orderId,
    subOrderId: r.subOrderId,
    paymentId: r.paymentId,
    returnId: r.returnId,
    method: r.method,
    status: r.status,
    cause: r.cause,
    amountMinor: r.amountMinor,
    reason: r.reason,
    failureCode: r.failureCode,
    failureMessage: r.failureMessage,
    documentNumber: r.documentNumber,
    paidBackOn: r.paidBackOn,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type RefundView = ReturnType<typeof toRefundView>;
