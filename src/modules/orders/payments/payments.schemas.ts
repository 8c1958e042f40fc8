/** Request and answer shapes of payments' own routes (the card payment's view is in orders.schemas.ts). */
import { z } from 'zod';
import { pageOf, pageQuery } from '../../../shared/http/pagination.js';
import { MAX_SAFE_MINOR } from '../../../shared/limits.js';
import { paymentView } from '../orders.schemas.js';
import { REFUND_CAUSES, REFUND_STATUSES } from './refunds.tables.js';

export const paymentParams = z.object({ id: z.uuid('must be a UUID'), paymentId: z.uuid('must be a UUID') });

const documentNumber = z
  .string('the payment order’s number is required')
  .trim()
  .min(1, 'the payment order’s number is required')
  .max(40)
  .describe('The payment order (платёжное поручение) №');
const paidOn = z.iso.date('must be a date, YYYY-MM-DD').describe('The payment order’s date (Moscow), YYYY-MM-DD');

export const invoicePaymentBody = z.object({
  amountMinor: z
    .number('must be a whole number of kopecks')
    .int('must be a whole number of kopecks')
    .min(1, 'must be at least 1 kopeck')
    .max(MAX_SAFE_MINOR)
    .describe('What arrived on the seller’s account, kopecks; at most what the part still awaits'),
  paidOn,
  documentNumber,
});

export const paidBackBody = z.object({ documentNumber, paidOn });

export const refundView = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  subOrderId: z.uuid().nullable(),
  paymentId: z.uuid().nullable().describe('Card refunds: the payment it goes back to'),
  returnId: z.uuid().nullable(),
  method: z.enum(['card', 'invoice']),
  status: z
    .enum(REFUND_STATUSES)
    .describe('card: pending → succeeded | failed; invoice: due → paid_back (by the seller or an admin)'),
  cause: z.enum(REFUND_CAUSES),
  amountMinor: z.number().int(),
  reason: z.string().nullable(),
  failureCode: z.string().nullable(),
  failureMessage: z.string().nullable(),
  documentNumber: z.string().nullable(),
  paidBackOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const orderMoney = z.object({
  items: z.array(paymentView).describe('Payments, card and invoice, oldest first'),
  refunds: z.array(refundView).describe('Refunds, oldest first'),
});

export const subOrderMoney = orderMoney.extend({
  receivedMinor: z.number().int(),
  dueMinor: z.number().int(),
});

export const refundsQuery = z.object({ status: z.enum(REFUND_STATUSES).optional(), ...pageQuery });
export const refundPage = pageOf(refundView);
