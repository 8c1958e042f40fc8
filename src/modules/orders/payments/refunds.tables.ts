import { sql } from 'drizzle-orm';
import { check, date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MAX_SAFE_MINOR, sqlNumber } from '../../../shared/limits.js';
import { orders, ordersSchema, payments, subOrders } from '../orders.tables.js';
import { ts, kopecks, inList } from '../../../shared/db/columns.js';

/**
 * A card refund is `pending` until the relay has the provider pay it back (`succeeded`) or the
 * provider refuses it (`failed`, for an admin to look at); money received by bank transfer is a
 * refund `due` until the seller or an admin says it was paid back (`paid_back`).
 */
export const REFUND_STATUSES = ['pending', 'succeeded', 'failed', 'due', 'paid_back'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
/** Why money goes back: a paid part cancelled, goods returned, or money that paid for nothing. */
export const REFUND_CAUSES = ['cancellation', 'return', 'late_payment'] as const;
export type RefundCause = (typeof REFUND_CAUSES)[number];

/** Money going back to the customer (docs/domain.md, Payments): written with the change that owes it. */
export const refunds = ordersSchema.table(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    /** The part the money was for; none for money that paid for nothing (a late charge). */
    subOrderId: uuid('sub_order_id').references(() => subOrders.id),
    /** The card payment it goes back to; none for money received by bank transfer. */
    paymentId: uuid('payment_id').references(() => payments.id),
    /** The accepted return it pays for, if any (returns/). */
    returnId: uuid('return_id'),
    method: text('method').$type<'card' | 'invoice'>().notNull(),
    status: text('status').$type<RefundStatus>().notNull(),
    cause: text('cause').$type<RefundCause>().notNull(),
    amountMinor: kopecks('amount_minor').notNull(),
    reason: text('reason'),
    requestedBy: uuid('requested_by'),
    requestedRole: text('requested_role').notNull(),
    provider: text('provider'),
    providerRefundId: text('provider_refund_id'),
    failureCode: text('failure_code'),
    failureMessage: text('failure_message'),
    /** Provider calls that could not be made (it was unreachable); failed after too many. */
    attempts: integer('attempts').notNull().default(0),
    /** How an invoice refund was paid back: the payment order (платёжное поручение) and its date. */
    documentNumber: text('document_number'),
    paidBackOn: date('paid_back_on', { mode: 'string' }),
    paidBackBy: uuid('paid_back_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('refunds_order_idx').on(t.orderId, t.createdAt),
    index('refunds_sub_order_idx').on(t.subOrderId),
    index('refunds_payment_idx').on(t.paymentId),
    index('refunds_status_created_idx').on(t.status, t.createdAt, t.id),
    check('refunds_status_known', sql`${t.status} in (${inList(REFUND_STATUSES)})`),
    check('refunds_cause_known', sql`${t.cause} in (${inList(REFUND_CAUSES)})`),
    check(
      'refunds_method_status',
      sql`(${t.method} = 'card' and ${t.status} in ('pending', 'succeeded', 'failed') and ${t.paymentId} is not null)
          or (${t.method} = 'invoice' and ${t.status} in ('due', 'paid_back'))`,
    ),
    check(
      'refunds_paid_back_documented',
      sql`(${t.status} = 'paid_back') = (${t.documentNumber} is not null and ${t.paidBackOn} is not null)`,
    ),
    check('refunds_amount_positive', sql`${t.amountMinor} > 0 and ${t.amountMinor} <= ${sqlNumber(MAX_SAFE_MINOR)}`),
  ],
);

/**
 * The built-in test provider's refunds (test-card-provider.ts), kept on "its side" like its
 * payments: the same refund id asked again answers the first result.
 */
export const testProviderRefunds = ordersSchema.table(
  'test_provider_refunds',
  {
    providerRefundId: text('provider_refund_id').primaryKey(),
    /** Our refund's id. */
    idempotencyKey: text('idempotency_key').notNull(),
    providerPaymentId: text('provider_payment_id').notNull(),
    amountMinor: kopecks('amount_minor').notNull(),
    status: text('status').$type<'succeeded' | 'failed'>().notNull(),
    failureCode: text('failure_code'),
    failureMessage: text('failure_message'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('test_provider_refunds_idempotency_key').on(t.idempotencyKey),
    index('test_provider_refunds_payment_idx').on(t.providerPaymentId),
    check('test_provider_refunds_status_known', sql`${t.status} in ('succeeded', 'failed')`),
  ],
);
