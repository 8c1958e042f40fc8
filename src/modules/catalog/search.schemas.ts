import { z } from 'zod';
import { pageQuery } from '../../shared/http/pagination.js';
import { nearQuery, productCard } from './catalog.schemas.js';

export const SEARCH_SORTS = ['relevance', 'price_asc', 'price_desc', 'distance', 'popular'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const ATTR_KEY = /^attr\.([a-z][a-z0-9_]{0,39})$/;
const attrValue = z.string().trim().min(1).max(200);
/** Query values: a key given once is a string, a repeated key an array (fastify's parser). */
const oneOrMany = z.union([z.string(), z.array(z.string())]);
const kopecks = z.coerce
  .number('must be whole kopecks')
  .int('must be whole kopecks')
  .min(0)
  .max(1e12)
  .describe('Kopecks, VAT included');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * `GET /products`: every known parameter, plus any number of `attr.<name>` (repeat one to OR its
 * values); any other key is refused by name, so a typo (`prce`) is not silently ignored.
 */
const searchParams = z.object({
  q: z
    .string()
    .max(200)
    .transform((v) => v.trim() || undefined)
    .optional()
    .describe('Russian full text with stemming and typo tolerance, or an exact SKU or EAN'),
  category: z.string().min(1).max(100).optional().describe('Category id or slug; includes its subtree'),
  priceMin: kopecks.optional().describe('Lowest best price, kopecks'),
  priceMax: kopecks.optional().describe('Highest best price, kopecks'),
  sellerId: z.uuid('must be a UUID').optional().describe('Only this seller’s offers'),
  inStock: bool.optional().describe('true: only products in stock now (false: no filter)'),
  near: nearQuery.optional().describe('"lat,lon": only products in stock within radiusKm of this point'),
  radiusKm: z.coerce.number('must be a number').positive().max(1000).optional().describe('Default 50 with near'),
  sort: z.enum(SEARCH_SORTS).optional().describe('Default: relevance with q, else popular; distance needs near'),
  ...pageQuery,
});
const KNOWN = new Set(Object.keys(searchParams.shape));

export const searchQuery = searchParams
  .catchall(oneOrMany.describe('attr.<name>=<value>: repeat a name to accept any of its values'))
  .transform((query, ctx) => {
    const attrs: Record<string, string[]> = {};
    for (const [key, raw] of Object.entries(query)) {
      if (KNOWN.has(key)) continue;
      const name = ATTR_KEY.exec(key)?.[1];
      if (!name) {
        const message = key.startsWith('attr.')
          ? 'attribute names are snake_case latin, at most 40 characters'
          : 'unknown parameter';
        ctx.addIssue({ code: 'custom', path: [key], message });
        continue;
      }
      const values: string[] = [];
      for (const v of Array.isArray(raw) ? raw : [raw]) {
        const parsed = attrValue.safeParse(v);
        if (!parsed.success) ctx.addIssue({ code: 'custom', path: [key], message: 'values are 1–200 characters' });
        else if (!values.includes(parsed.data)) values.push(parsed.data);
      }
      if (values.length > 20) ctx.addIssue({ code: 'custom', path: [key], message: 'at most 20 values' });
      attrs[name] = values;
    }
    if (Object.keys(attrs).length > 10)
      ctx.addIssue({ code: 'custom', path: ['attr'], message: 'at most 10 attributes' });
    const p = query as z.output<typeof searchParams>;
    if (p.priceMin !== undefined && p.priceMax !== undefined && p.priceMin > p.priceMax)
      ctx.addIssue({ code: 'custom', path: ['priceMin'], message: 'must not exceed priceMax' });
    if (p.radiusKm !== undefined && !p.near)
      ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'needs near' });
    if (p.sort === 'distance' && !p.near)
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'distance sorting needs near' });
    return {
      q: p.q,
      category: p.category,
      priceMin: p.priceMin,
      priceMax: p.priceMax,
      sellerId: p.sellerId,
      inStock: p.inStock ?? false,
      near: p.near ? { ...p.near, radiusKm: p.radiusKm ?? 50 } : undefined,
      sort: p.sort,
      limit: p.limit,
      cursor: p.cursor,
      attrs,
    };
  });

export type SearchQuery = z.output<typeof searchQuery>;

export const searchItem = productCard
  .pick({
    id: true,
    sku: true,
    ean: true,
    name: true,
    brand: true,
    categoryId: true,
    unit: true,
    packSize: true,
    attributes: true,
    images: true,
  })
  .extend({
    bestOffer: z
      .object({
        id: z.string(),
        sellerId: z.string(),
        sellerName: z.string(),
        priceMinor: z.number().int(),
        vatRate: z.string(),
        inStock: z.boolean(),
      })
      .describe('The lowest visible price (with sellerId: that seller’s offer)'),
    offerCount: z.number().int().describe('Visible offers of this product'),
    nearestWarehouse: z
      .object({ id: z.string(), name: z.string(), sellerId: z.string(), distanceKm: z.number() })
      .nullable()
      .describe('With near: the closest warehouse holding a visible offer in stock'),
  });

export const searchResult = z.object({
  items: z.array(searchItem),
  nextCursor: z.string().nullable(),
  total: z.number().int().describe('Products matching the whole query, across all pages'),
  facets: z.object({
    categories: z
      .array(
        z.object({
          id: z.string(),
          slug: z.string(),
          name: z.string(),
          parentId: z.string().nullable(),
          count: z.number().int(),
        }),
      )
      .describe('Each category (within the category filter) with the matching products in its subtree'),
    attributes: z
      .record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() })))
      .describe('Attribute values of the matching products, most frequent first'),
    price: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  }),
});
export type SearchResult = z.infer<typeof searchResult>;
