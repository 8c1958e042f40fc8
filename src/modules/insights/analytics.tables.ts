import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { kopecks, ts } from '../../shared/db/columns.js';
import { insightsSchema } from './insights.tables.js';

/**
 * The insights service's read model of sales (docs/insights.md): orders projected once, when
 * placed (the `order.placed` handler) or all at once (the rebuild command), into the rows the
 * recommendations and trends read. Reads never touch the orders module's tables.
 */

const qty = (name: string) => numeric(name, { precision: 14, scale: 3 });

/** An order line as sold, with where and when: the one place the projection copies from orders. */
export const soldLines = insightsSchema.table(
  'sold_lines',
  {
    lineId: uuid('line_id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    placedAt: ts('placed_at').notNull(),
    /** The Moscow date of `placed_at`: trends count by it. */
    day: date('day', { mode: 'string' }).notNull(),
    /** regions.ts: where the goods went (the delivery point, or the pickup warehouse). */
    region: text('region').notNull(),
    productId: uuid('product_id').notNull(),
    categoryId: uuid('category_id').notNull(),
    /** The category's path when sold (`/cement-i-smesi/cement/`): a subtree is a prefix. */
    categoryPath: text('category_path').notNull(),
    sellerId: uuid('seller_id').notNull(),
    quantity: qty('quantity').notNull(),
    /** The line's total with VAT, as the customer paid it. */
    revenueMinor: kopecks('revenue_minor').notNull(),
  },
  (t) => [
    index('sold_lines_order_idx').on(t.orderId),
    index('sold_lines_customer_idx').on(t.customerId, t.placedAt),
    index('sold_lines_placed_idx').on(t.placedAt),
    // Taking a cancelled order back recounts its products from their remaining lines.
    index('sold_lines_product_idx').on(t.productId),
    check('sold_lines_amounts', sql`${t.quantity} > 0 and ${t.revenueMinor} >= 0`),
  ],
);

/** Per product and region (`all` too): in how many orders it was bought; the popularity baseline. */
export const productPopularity = insightsSchema.table(
  'product_popularity',
  {
    productId: uuid('product_id').notNull(),
    region: text('region').notNull(),
    categoryPath: text('category_path').notNull(),
    orders: integer('orders').notNull(),
    units: qty('units').notNull(),
    lastAt: ts('last_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.region] }),
    index('product_popularity_region_idx').on(t.region, t.orders),
    index('product_popularity_category_idx').on(t.region, sql`${t.categoryPath} text_pattern_ops`, t.orders),
    check('product_popularity_counts', sql`${t.orders} > 0 and ${t.units} >= 0`),
  ],
);

/** How many orders hold both products; kept both ways round, so a product's partners are one range. */
export const pairCounts = insightsSchema.table(
  'pair_counts',
  {
    productId: uuid('product_id').notNull(),
    otherId: uuid('other_id').notNull(),
    orders: integer('orders').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.otherId] }),
    index('pair_counts_top_idx').on(t.productId, t.orders),
    check('pair_counts_pair', sql`${t.productId} <> ${t.otherId} and ${t.orders} > 0`),
  ],
);

/** Orders counted per region (`all` too): the N of lift. */
export const basketTotals = insightsSchema.table(
  'basket_totals',
  {
    region: text('region').primaryKey(),
    orders: integer('orders').notNull(),
  },
  (t) => [check('basket_totals_orders', sql`${t.orders} >= 0`)],
);

/** What each customer has bought: for-me's history, and what it leaves out as just bought. */
export const customerProducts = insightsSchema.table(
  'customer_products',
  {
    customerId: uuid('customer_id').notNull(),
    productId: uuid('product_id').notNull(),
    orders: integer('orders').notNull(),
    units: qty('units').notNull(),
    lastAt: ts('last_at').notNull(),
    /** Where the customer's latest order of it went: the cold start's region. */
    region: text('region').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.customerId, t.productId] }),
    index('customer_products_recent_idx').on(t.customerId, t.lastAt),
    // for-me's neighbours: the customers who bought the same products.
    index('customer_products_product_idx').on(t.productId, t.customerId),
    check('customer_products_counts', sql`${t.orders} > 0 and ${t.units} >= 0`),
  ],
);

/** Demand per day, region, product and seller: trends and a seller's own share read this. */
export const productDaily = insightsSchema.table(
  'product_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    region: text('region').notNull(),
    productId: uuid('product_id').notNull(),
    sellerId: uuid('seller_id').notNull(),
    categoryPath: text('category_path').notNull(),
    orders: integer('orders').notNull(),
    units: qty('units').notNull(),
    revenueMinor: kopecks('revenue_minor').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.region, t.productId, t.sellerId] }),
    index('product_daily_category_idx').on(sql`${t.categoryPath} text_pattern_ops`, t.day),
    index('product_daily_seller_idx').on(t.sellerId, t.day),
    check('product_daily_amounts', sql`${t.orders} > 0 and ${t.units} >= 0 and ${t.revenueMinor} >= 0`),
  ],
);

/**
 * Orders per day, region and category, counted once per order for the category and each of its
 * ancestors (an order with cement and sand counts once in «Цемент и смеси»), and per seller.
 * `seller_id` is the nil uuid for the whole market.
 */
export const categoryDaily = insightsSchema.table(
  'category_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    region: text('region').notNull(),
    categoryPath: text('category_path').notNull(),
    sellerId: uuid('seller_id').notNull(),
    orders: integer('orders').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.categoryPath, t.sellerId, t.region, t.day] }),
    index('category_daily_day_idx').on(t.day),
    check('category_daily_orders', sql`${t.orders} > 0`),
  ],
);
