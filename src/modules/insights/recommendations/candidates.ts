/**
 * What both recommendation answers share: products as the answer shows them, the catalog's
 * "can it be bought now" filter over ranked candidates, and the cold start's ladder of popular
 * products (a category, then its parents up to the whole catalogue; the region, then everywhere).
 */
import type { Executor } from '../../../shared/db/database.js';
import type { ListedProduct } from './listing.js';
import { ALL_REGIONS } from './aggregate.js';
import { popularIn } from './recommendations.repository.js';
import { ordersRu } from './score.js';

/** The catalog reads recommendations need (src/modules/catalog/recommendation-listing.api.ts). */
export interface ListingReader {
  products(ex: Executor, productIds: readonly string[]): Promise<ListedProduct[]>;
  productsOfOffers(ex: Executor, offerIds: readonly string[]): Promise<Map<string, string>>;
}

export interface RecommendContext {
  db: Executor;
  listing: ListingReader;
}

export type ReasonKind =
  'co_occurrence' | 'history' | 'cart' | 'estimate' | 'popular_in_category' | 'popular_in_region';

export interface ProductSummary {
  id: string;
  name: string;
  sku: string | null;
  unit: string;
  categoryPath: string;
  minPriceMinor: number | null;
}

export interface Recommendation {
  product: ProductSummary;
  score: number;
  reason: {
    kind: ReasonKind;
    text: string;
    /** The product the pair statistics are about (the query product, or the seed it completes). */
    basedOn: string | null;
    support: number | null;
    lift: number | null;
    confidence: number | null;
  };
}

export type Draft = Omit<Recommendation, 'product'> & { productId: string };

export const summary = (p: ListedProduct): ProductSummary => ({
  id: p.id,
  name: p.name,
  sku: p.sku,
  unit: p.unit,
  categoryPath: p.categoryPath,
  minPriceMinor: p.minPriceMinor,
});

/**
 * The first `limit` drafts (in their order) whose product can be bought now, skipping `exclude`
 * and duplicates; asks the catalog once for all of them.
 */
export async function inStockOnly(
  ctx: RecommendContext,
  drafts: readonly Draft[],
  limit: number,
  exclude: ReadonlySet<string>,
): Promise<Recommendation[]> {
  const seen = new Set<string>();
  const wanted = drafts.filter((d) => !exclude.has(d.productId) && !seen.has(d.productId) && seen.add(d.productId));
  const listed = new Map(
    (
      await ctx.listing.products(
        ctx.db,
        wanted.map((d) => d.productId),
      )
    ).map((p) => [p.id, p]),
  );
  const out: Recommendation[] = [];
  for (const { productId, ...rest } of wanted) {
    const p = listed.get(productId);
    if (!p?.inStock) continue;
    out.push({ product: summary(p), ...rest });
    if (out.length === limit) break;
  }
  return out;
}

/** '/a/b/' → ['/a/b/', '/a/', '/']. */
export function pathLadder(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(`/${parts.slice(0, n).join('/')}/`);
  out.push('/');
  return out;
}

/**
 * Popular products for a cold start: in each of `paths`' ladders (nearest category first) within
 * `region`, then the same everywhere; as many candidates as `want`, best first.
 */
export async function popularLadder(
  ex: Executor,
  opts: { paths: readonly string[]; region: string; want: number; regionName: string },
): Promise<Draft[]> {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const regions = opts.region === ALL_REGIONS ? [ALL_REGIONS] : [opts.region, ALL_REGIONS];
  const ladders = opts.paths.length > 0 ? opts.paths.map(pathLadder) : [['/']];
  const depth = Math.max(...ladders.map((l) => l.length));
  for (const region of regions) {
    for (let level = 0; level < depth && drafts.length < opts.want; level++) {
      for (const ladder of ladders) {
        const prefix = ladder[Math.min(level, ladder.length - 1)]!;
        for (const p of await popularIn(ex, region, {
          pathPrefix: prefix === '/' ? undefined : prefix,
          limit: opts.want,
        })) {
          if (seen.has(p.productId)) continue;
          seen.add(p.productId);
          const where = region === ALL_REGIONS ? 'по всем регионам' : `в регионе «${opts.regionName}»`;
          const inCategory = prefix !== '/';
          drafts.push({
            productId: p.productId,
            score: p.orders,
            reason: {
              kind: inCategory ? 'popular_in_category' : 'popular_in_region',
              text: inCategory
                ? `популярно в той же категории ${where}: ${ordersRu(p.orders)}`
                : `популярно ${where}: ${ordersRu(p.orders)}`,
              basedOn: null,
              support: null,
              lift: null,
              confidence: null,
            },
          });
        }
      }
    }
  }
  return drafts;
}
