import { sql } from 'drizzle-orm';
import { boolean, check, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orderLines, orders, ordersSchema, subOrders } from '../orders.tables.js';
import { ts, kopecks } from '../../../shared/db/columns.js';

const qty = (name: string) => numeric(name, { precision: 14, scale: 3 });

export const RETURN_STATUSES = ['requested', 'accepted', 'refused'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/**
 * A customer's request to send back chosen lines of a sub-order it received, and the seller's
 * answer (docs/domain.md, Returns). One open request per sub-order at a time.
 */
export const returns = ordersSchema.table(
  'returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    subOrderId: uuid('sub_order_id')
      .notNull()
      .references(() => subOrders.id),
    /** Where the sub-order was when asked (picked_up or delivered): where it goes back to. */
    receivedStatus: text('received_status').notNull(),
    status: text('status').$type<ReturnStatus>().notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: ts('requested_at').notNull(),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: ts('resolved_at'),
    refusalReason: text('refusal_reason'),
    /** The warehouse the goods were put back on, when the seller restocked them. */
    restockWarehouseId: uuid('restock_warehouse_id'),
    /** The seller gave the delivery back too. */
    refundDelivery: boolean('refund_delivery').notNull().default(false),
    /** What the accepted return pays back: its lines, and delivery when given back. */
    refundMinor: kopecks('refund_minor').notNull().default(0),
  },
  (t) => [
    index('returns_order_idx').on(t.orderId),
    index('returns_sub_order_idx').on(t.subOrderId, t.requestedAt),
    uniqueIndex('returns_one_open_per_sub_order')
      .on(t.subOrderId)
      .where(sql`${t.status} = 'requested'`),
    check('returns_status_known', sql`${t.status} in ('requested', 'accepted', 'refused')`),
    check('returns_received_status', sql`${t.receivedStatus} in ('picked_up', 'delivered')`),
    check('returns_refund_non_negative', sql`${t.refundMinor} >= 0`),
    check(
      'returns_resolution_whole',
      sql`(${t.status} = 'requested') = (${t.resolvedAt} is null)
          and (${t.status} = 'refused') = (${t.refusalReason} is not null)`,
    ),
  ],
);

/** The lines and quantities a return asks for; `amountMinor` is their share of the line's total. */
export const returnLines = ordersSchema.table(
  'return_lines',
  {
    returnId: uuid('return_id')
      .notNull()
      .references(() => returns.id),
    lineId: uuid('line_id')
      .notNull()
      .references(() => orderLines.id),
    quantity: qty('quantity').notNull(),
    amountMinor: kopecks('amount_minor').notNull(),
  },
  (t) => [
    uniqueIndex('return_lines_key').on(t.returnId, t.lineId),
    index('return_lines_line_idx').on(t.lineId),
    check('return_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('return_lines_amount_non_negative', sql`${t.amountMinor} >= 0`),
  ],
);
