import { z } from 'zod';
import { REGION_CODES } from '../regions.js';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'not a calendar date',
  )
  // Beyond these years the periods' arithmetic leaves what dates print as four digits (and what
  // PostgreSQL's date takes): a bound, not a guess at what anyone asks.
  .refine((v) => v >= '2000-01-01' && v <= '2099-12-31', 'must be between 2000-01-01 and 2099-12-31');

export const trendsQuery = z.object({
  category: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a category slug')
    .max(100)
    .optional()
    .describe('A category slug (its subtree counts); none: every category'),
  region: z
    .enum(['all', ...REGION_CODES], { message: `must be one of all, ${REGION_CODES.join(', ')}` })
    .default('all')
    .describe('Where the goods went; all: every region'),
  period: z.enum(['week', 'month']).default('week').describe('Moscow weeks (Monday to Sunday) or calendar months'),
  from: day.optional().describe('A Moscow date; its period is the first (default: 11 periods before `to`’s)'),
  to: day.optional().describe('A Moscow date; its period is the last (default: today)'),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('A logged-in seller’s own figures beside the market’s'),
});
export type TrendsQuery = z.infer<typeof trendsQuery>;

const pct = z.number().nullable().describe('Per cent change against the previous period; null without a base');
const change = z.object({ orders: pct, units: pct, revenue: pct, priceIndex: pct.optional() });
const productRef = z.object({ id: z.string(), name: z.string(), sku: z.string().nullable(), unit: z.string() });

const mover = z.object({
  product: productRef,
  unitsBefore: z.string(),
  unitsAfter: z.string(),
  unitsChangePct: z.number(),
  ordersBefore: z.number().int(),
  ordersAfter: z.number().int(),
  unitPriceBeforeMinor: z.number().int().nullable().describe('Revenue ÷ units in the earlier period'),
  unitPriceAfterMinor: z.number().int().nullable(),
  priceChangePct: z.number().nullable(),
  reason: z.string().describe('спрос +35 %: 120 → 162 шт; цена −2 %: …'),
});

const span = z.object({ start: z.string(), end: z.string() });

export const trendsView = z.object({
  category: z.object({ slug: z.string().nullable(), name: z.string(), path: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  period: z.enum(['week', 'month']),
  change: z.enum(['wow', 'mom']).describe('What `change` compares: week over week or month over month'),
  from: z.string().describe('The first period’s first day'),
  to: z.string().describe('The last period’s last day'),
  today: z.string().describe('Today in Moscow: a period ending on or after it is incomplete'),
  priceIndex: z.object({
    method: z.literal('chained_jevons'),
    base: z.literal(100),
    basePeriod: z.string(),
  }),
  periods: z.array(
    span.extend({
      complete: z.boolean(),
      orders: z.number().int(),
      units: z.string().describe('Summed over the products’ own sale units'),
      revenueMinor: z.number().int(),
      priceIndex: z.number(),
      priceIndexProducts: z
        .number()
        .int()
        .describe('Products in this step’s link (sold in this and the previous period)'),
      change,
    }),
  ),
  movers: z.object({
    before: span.nullable(),
    after: span.nullable(),
    up: z.array(mover),
    down: z.array(mover),
  }),
  mine: z
    .object({
      sellerId: z.string(),
      revenueSharePct: z.number().nullable().describe('The seller’s revenue ÷ the market’s, over the range'),
      periods: z.array(
        span.extend({
          orders: z.number().int(),
          units: z.string(),
          revenueMinor: z.number().int(),
          revenueSharePct: z.number().nullable(),
          change,
        }),
      ),
      prices: z.object({
        vsMarketPct: z
          .number()
          .nullable()
          .describe('Revenue-weighted geometric mean of own unit price ÷ market median, minus 1, over the range'),
        products: z.array(
          z.object({
            product: productRef,
            revenueMinor: z.number().int(),
            unitPriceMinor: z.number().int(),
            marketMedianMinor: z.number().int(),
            diffPct: z.number().nullable(),
          }),
        ),
      }),
    })
    .nullable(),
});
export type TrendsView = z.infer<typeof trendsView>;
