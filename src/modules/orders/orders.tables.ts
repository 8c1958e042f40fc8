import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  numeric,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  sqlNumber,
  MAX_LINE_QUANTITY,
  MAX_LINE_TOTAL_MINOR,
  MAX_PRICE_MINOR,
  MAX_SAFE_MINOR,
} from '../../shared/limits.js';
import type { TaxRegime } from '../../shared/tax-regimes.js';
import { ts, kopecks, inList } from '../../shared/db/columns.js';

export const ordersSchema = pgSchema('orders');
/** Order numbers people read: `T-000123`. */
export const orderNumberSeq = ordersSchema.sequence('order_number_seq');

/** Quantities as exact decimals, read and written as strings (as in the catalog). */
const qty = (name: string) => numeric(name, { precision: 14, scale: 3 });

export const SUB_ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'confirmed',
  'assembling',
  'ready',
  'picked_up',
  'handed_to_carrier',
  'in_transit',
  'delivered',
  'return_requested',
  'completed',
  'cancelled',
  'returned',
] as const;
export type SubOrderStatus = (typeof SUB_ORDER_STATUSES)[number];
export const PAYMENT_METHODS = ['card', 'invoice'] as const;
export const UNLOADING = ['crane', 'manual', 'forklift'] as const;
export type Unloading = (typeof UNLOADING)[number];
/** What a carrier reports of a delivery (logistics' `delivery.status_changed`), as mirrored onto its part. */
export const DELIVERY_STATES = ['loaded', 'in_transit', 'delivered', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export const PAYMENT_STATUSES = ['pending', 'requires_action', 'succeeded', 'declined', 'failed', 'cancelled'] as const;

/** One cart per customer; the address is where the delivery quote is computed to. */
export const carts = ordersSchema.table(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id').notNull(),
    address: text('address'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** How the goods come off the truck: the delivery quote (a crane truck costs more) depends on it. */
    unloading: text('unloading').$type<Unloading>(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('carts_customer_key').on(t.customerId),
    check('carts_unloading_known', sql`${t.unloading} is null or ${t.unloading} in ('crane', 'manual', 'forklift')`),
    check('carts_point_whole', sql`(${t.lat} is null) = (${t.lon} is null)`),
  ],
);

export const cartItems = ordersSchema.table(
  'cart_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id').notNull(),
    quantity: qty('quantity').notNull(),
    /** The price the customer last saw (cart shown or item added): checkout compares against it. */
    seenPriceMinor: kopecks('seen_price_minor').notNull(),
    addedAt: ts('added_at').notNull(),
  },
  (t) => [
    uniqueIndex('cart_items_cart_offer_key').on(t.cartId, t.offerId),
    check('cart_items_quantity_positive', sql`${t.quantity} > 0`),
    check('cart_items_seen_price_positive', sql`${t.seenPriceMinor} > 0`),
    check(
      'cart_items_within_limits',
      sql`${t.quantity} <= ${sqlNumber(MAX_LINE_QUANTITY)} and ${t.seenPriceMinor} <= ${sqlNumber(MAX_PRICE_MINOR)}`,
    ),
  ],
);

export const orders = ordersSchema.table(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What people read and say on the phone: `T-000123`. */
    number: text('number').notNull(),
    customerId: uuid('customer_id').notNull(),
    status: text('status').$type<SubOrderStatus>().notNull(),
    paymentMethod: text('payment_method').$type<(typeof PAYMENT_METHODS)[number]>().notNull(),
    delivery: jsonb('delivery').$type<OrderDelivery>().notNull(),
    buyer: jsonb('buyer').$type<OrderBuyer>().notNull(),
    goodsMinor: kopecks('goods_minor').notNull(),
    deliveryMinor: kopecks('delivery_minor').notNull(),
    vatMinor: kopecks('vat_minor').notNull(),
    totalMinor: kopecks('total_minor').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the checkout body: the same key with another body is refused. */
    requestHash: text('request_hash').notNull(),
    payBy: ts('pay_by').notNull(),
    /** Completed, but some lines came back (docs/domain.md, Orders). */
    returnedPartially: boolean('returned_partially').notNull().default(false),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    uniqueIndex('orders_customer_idempotency_key').on(t.customerId, t.idempotencyKey),
    index('orders_customer_created_idx').on(t.customerId, t.createdAt, t.id),
    index('orders_created_idx').on(t.createdAt, t.id),
    check('orders_status_known', sql`${t.status} in (${inList(SUB_ORDER_STATUSES)})`),
    check('orders_payment_method_known', sql`${t.paymentMethod} in (${inList(PAYMENT_METHODS)})`),
    check(
      'orders_totals_add_up',
      sql`${t.goodsMinor} >= 0 and ${t.deliveryMinor} >= 0 and ${t.vatMinor} >= 0
          and ${t.totalMinor} = ${t.goodsMinor} + ${t.deliveryMinor} and ${t.vatMinor} <= ${t.totalMinor}`,
    ),
    check('orders_total_safe', sql`${t.totalMinor} <= ${sqlNumber(MAX_SAFE_MINOR)}`),
  ],
);

export interface OrderDelivery {
  method: 'delivery' | 'pickup';
  address?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  window?: { from: string; to: string } | undefined;
  unloading?: 'crane' | 'manual' | 'forklift' | undefined;
}

/** What the customer asks for at checkout (the body of POST /checkout, validated). */
export interface CheckoutInput {
  delivery: OrderDelivery;
  paymentMethod: (typeof PAYMENT_METHODS)[number];
  buyer?: { companyName: string; inn: string; kpp?: string | undefined } | undefined;
  acceptPriceChanges?: boolean | undefined;
}

/** Who the documents are made out to: the company given at checkout, else the customer's own. */
export interface OrderBuyer {
  name: string;
  inn?: string | null | undefined;
  kpp?: string | null | undefined;
  address?: string | null | undefined;
  /** Whom the seller and the driver call: the customer as it was at checkout (absent on older orders). */
  contact?: { name: string; phone: string | null } | undefined;
}

/** The seller's requisites as they were at checkout: an invoice shows what was true when issued. */
export interface SellerRequisites {
  name: string;
  inn: string | null;
  kpp: string | null;
  address: string | null;
  /** The regime the part was sold under (absent on orders placed before regimes: a VAT payer). */
  taxRegime?: TaxRegime | undefined;
  /** Where the invoice is paid to (absent on older orders: the bank box is drawn empty). */
  bank?: { bankName: string; bik: string; corrAccount: string; account: string } | null | undefined;
}

/** One seller warehouse's part of an order: it is paid, assembled and shipped on its own. */
export const subOrders = ordersSchema.table(
  'sub_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    number: text('number').notNull(),
    sellerId: uuid('seller_id').notNull(),
    sellerName: text('seller_name').notNull(),
    sellerRequisites: jsonb('seller_requisites').$type<SellerRequisites>().notNull(),
    warehouseId: uuid('warehouse_id').notNull(),
    warehouseName: text('warehouse_name').notNull(),
    warehouseAddress: text('warehouse_address').notNull(),
    warehouseLat: doublePrecision('warehouse_lat').notNull(),
    warehouseLon: doublePrecision('warehouse_lon').notNull(),
    status: text('status').$type<SubOrderStatus>().notNull(),
    goodsMinor: kopecks('goods_minor').notNull(),
    deliveryMinor: kopecks('delivery_minor').notNull(),
    vatMinor: kopecks('vat_minor').notNull(),
    totalMinor: kopecks('total_minor').notNull(),
    weightKg: qty('weight_kg').notNull(),
    volumeM3: numeric('volume_m3', { precision: 14, scale: 6 }).notNull(),
    /** The guide-price quote the delivery price came from (vehicle, km), for the customer to see. */
    deliveryQuote: jsonb('delivery_quote'),
    paidAt: ts('paid_at'),
    /** Money received for this part (a card payment, or invoice payments as they come): never above its total. */
    receivedMinor: kopecks('received_minor').notNull().default(0),
    /** When the goods reached the customer (picked up or delivered): the return window counts from it. */
    receivedAt: ts('received_at'),
    /** A delivery part's job on the logistics job board (`delivery_job.posted`), for a client to find it. */
    deliveryJobId: uuid('delivery_job_id'),
    /**
     * The delivery last mirrored onto the part (delivery-mirror.ts), its last state and when the
     * carrier reported it: a duplicate or late report of it, or a report of an older delivery,
     * changes nothing.
     */
    deliveryId: uuid('delivery_id'),
    deliveryState: text('delivery_state').$type<DeliveryState>(),
    deliveryStateAt: ts('delivery_state_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('sub_orders_number_key').on(t.number),
    index('sub_orders_order_idx').on(t.orderId),
    index('sub_orders_seller_created_idx').on(t.sellerId, t.createdAt, t.id),
    check('sub_orders_status_known', sql`${t.status} in (${inList(SUB_ORDER_STATUSES)})`),
    check(
      'sub_orders_totals_add_up',
      sql`${t.goodsMinor} >= 0 and ${t.deliveryMinor} >= 0 and ${t.vatMinor} >= 0
          and ${t.totalMinor} = ${t.goodsMinor} + ${t.deliveryMinor} and ${t.vatMinor} <= ${t.totalMinor}`,
    ),
    check('sub_orders_total_safe', sql`${t.totalMinor} <= ${sqlNumber(MAX_SAFE_MINOR)}`),
    check('sub_orders_received_within_total', sql`${t.receivedMinor} >= 0 and ${t.receivedMinor} <= ${t.totalMinor}`),
    check(
      'sub_orders_delivery_state_whole',
      sql`(${t.deliveryId} is null) = (${t.deliveryState} is null) and (${t.deliveryId} is null) = (${t.deliveryStateAt} is null)
          and (${t.deliveryState} is null or ${t.deliveryState} in (${inList(DELIVERY_STATES)}))`,
    ),
  ],
);

/** A line as bought: price, VAT, weight and names frozen at checkout. */
export const orderLines = ordersSchema.table(
  'order_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    subOrderId: uuid('sub_order_id')
      .notNull()
      .references(() => subOrders.id),
    position: bigint('position', { mode: 'number' }).notNull(),
    offerId: uuid('offer_id').notNull(),
    productId: uuid('product_id').notNull(),
    sku: text('sku'),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    quantity: qty('quantity').notNull(),
    priceMinor: kopecks('price_minor').notNull(),
    vatRate: text('vat_rate').notNull(),
    totalMinor: kopecks('total_minor').notNull(),
    vatMinor: kopecks('vat_minor').notNull(),
    weightKg: qty('weight_kg').notNull(),
    volumeM3: numeric('volume_m3', { precision: 14, scale: 6 }).notNull(),
  },
  (t) => [
    index('order_lines_sub_order_idx').on(t.subOrderId, t.position),
    index('order_lines_order_idx').on(t.orderId),
    check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('order_lines_money', sql`${t.priceMinor} > 0 and ${t.totalMinor} > 0 and ${t.vatMinor} >= 0`),
    check('order_lines_vat_rate_known', sql`${t.vatRate} in ('22', '10', '7', '5', '0', 'none')`),
    check(
      'order_lines_within_limits',
      sql`${t.quantity} <= ${sqlNumber(MAX_LINE_QUANTITY)} and ${t.priceMinor} <= ${sqlNumber(MAX_PRICE_MINOR)}
          and ${t.totalMinor} <= ${sqlNumber(MAX_LINE_TOTAL_MINOR)}`,
    ),
  ],
);

/** Every status change with who, when and why; `seq` orders changes made in the same instant. */
export const statusHistory = ordersSchema.table(
  'status_history',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    subOrderId: uuid('sub_order_id').references(() => subOrders.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    reason: text('reason'),
    at: ts('at').notNull(),
  },
  (t) => [index('status_history_order_idx').on(t.orderId, t.seq)],
);

export const payments = ordersSchema.table(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    method: text('method').$type<(typeof PAYMENT_METHODS)[number]>().notNull(),
    provider: text('provider').notNull(),
    providerPaymentId: text('provider_payment_id'),
    status: text('status').$type<(typeof PAYMENT_STATUSES)[number]>().notNull(),
    amountMinor: kopecks('amount_minor').notNull(),
    cardBrand: text('card_brand'),
    cardLast4: text('card_last4'),
    declineCode: text('decline_code'),
    declineMessage: text('decline_message'),
    actionUrl: text('action_url'),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    /** An invoice payment: the part it pays, the payment order (платёжное поручение) and its date. */
    subOrderId: uuid('sub_order_id').references(() => subOrders.id),
    documentNumber: text('document_number'),
    paidOn: date('paid_on', { mode: 'string' }),
    /** Who recorded an invoice payment (its seller or an admin). */
    recordedBy: uuid('recorded_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('payments_order_idx').on(t.orderId, t.createdAt),
    uniqueIndex('payments_order_idempotency_key').on(t.orderId, t.idempotencyKey),
    uniqueIndex('payments_provider_payment_key').on(t.provider, t.providerPaymentId),
    index('payments_sub_order_idx').on(t.subOrderId),
    check('payments_status_known', sql`${t.status} in (${inList(PAYMENT_STATUSES)})`),
    check('payments_amount_positive', sql`${t.amountMinor} > 0`),
    check('payments_amount_safe', sql`${t.amountMinor} <= ${sqlNumber(MAX_SAFE_MINOR)}`),
    check('payments_card_last4', sql`${t.cardLast4} is null or ${t.cardLast4} ~ '^[0-9]{4}$'`),
    check(
      'payments_invoice_part',
      sql`${t.method} <> 'invoice' or (${t.subOrderId} is not null and ${t.paidOn} is not null)`,
    ),
  ],
);

/** Provider webhook events already applied: a redelivered event changes nothing. */
export const webhookEvents = ordersSchema.table(
  'webhook_events',
  {
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [uniqueIndex('webhook_events_key').on(t.provider, t.eventId)],
);

export const TEST_PROVIDER_STATUSES = [
  'succeeded',
  'declined',
  'requires_action',
  'failed',
  'expired',
  'cancelled',
] as const;
export type TestProviderStatus = (typeof TEST_PROVIDER_STATUSES)[number];

/**
 * The built-in test provider's own records (payments/test-card-provider.ts): what a real provider
 * keeps on its side, here so that its answers survive a restart and reach every replica. Nothing of
 * ours points at it. No card number: brand and last four digits only.
 */
export const testProviderPayments = ordersSchema.table(
  'test_provider_payments',
  {
    providerPaymentId: text('provider_payment_id').primaryKey(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Our reference (the payment's id), as the caller gave it. */
    paymentId: text('payment_id').notNull(),
    /** What makes a repeated request "the same" (brand, last four, expiry, holder, amount, …): no card number. */
    fingerprint: text('fingerprint').notNull(),
    /** Where it is now: `requires_action` until the 3-D Secure page is answered or the challenge expires. */
    status: text('status').$type<TestProviderStatus>().notNull(),
    /** The first answer, given again to a repeated request (Stripe's idempotency). */
    answer: jsonb('answer').$type<Record<string, unknown>>().notNull(),
    amountMinor: kopecks('amount_minor').notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    returnUrl: text('return_url').notNull(),
    cardBrand: text('card_brand').notNull(),
    cardLast4: text('card_last4').notNull(),
    declineCode: text('decline_code'),
    declineMessage: text('decline_message'),
    /** When an unanswered 3-D Secure challenge lapses. */
    expiresAt: ts('expires_at'),
    /** The signed event body the page's button produced, re-sent as is when pressed again. */
    completionBody: text('completion_body'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('test_provider_payments_idempotency_key').on(t.idempotencyKey),
    check('test_provider_payments_status_known', sql`${t.status} in (${inList(TEST_PROVIDER_STATUSES)})`),
  ],
);
