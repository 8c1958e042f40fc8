import { z } from 'zod';
import { REGION_CODES } from '../regions.js';

export const MAX_LIMIT = 50;

const limit = z.coerce
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, `must be 1 to ${MAX_LIMIT}`)
  .max(MAX_LIMIT, `must be 1 to ${MAX_LIMIT}`)
  .default(10)
  .describe(`How many items (1–${MAX_LIMIT})`);

const region = z
  .enum(['all', ...REGION_CODES], { message: `must be one of all, ${REGION_CODES.join(', ')}` })
  .optional();

export const boughtTogetherQuery = z.object({
  productId: z.uuid({ message: 'must be a product id (uuid)' }).describe('The product the partners are for'),
  limit,
  region: region.describe(
    'Where the cold start counts popularity (default: every region); pairs are counted everywhere',
  ),
});

export const forMeQuery = z.object({
  limit,
  region: region.describe('For a customer without orders: the region of the cold start (default moscow)'),
});

const product = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string(),
  categoryPath: z.string(),
  minPriceMinor: z.number().int().nullable().describe('The lowest visible offer’s price, kopecks'),
});

const item = z.object({
  product,
  score: z.number().describe('Ranking score: shrunk lift (pairs), weighted sum over seeds (for-me), orders (popular)'),
  reason: z.object({
    kind: z.enum(['co_occurrence', 'history', 'cart', 'estimate', 'popular_in_category', 'popular_in_region']),
    text: z.string().describe('Why, in Russian: «покупают вместе с «…»: 42 заказа, lift 3,8»'),
    basedOn: z.string().nullable().describe('The product whose pair statistics these are'),
    support: z.number().int().nullable().describe('Orders holding both'),
    lift: z.number().nullable().describe('n_ab·N / (n_a·n_b)'),
    confidence: z.number().nullable().describe('n_ab / n_a'),
  }),
});

export const boughtTogetherView = z.object({
  product,
  path: z
    .enum(['co_occurrence', 'cold_start'])
    .describe('cold_start: no pair with enough orders, popular products of the category'),
  region: z.string(),
  items: z.array(item),
});

export const forMeView = z.object({
  path: z
    .enum(['history', 'cart', 'cold_start'])
    .describe('What the items mostly come from: the cart and estimates, past orders, or popularity'),
  region: z.string().describe('The region of the cold start'),
  items: z.array(item),
});
