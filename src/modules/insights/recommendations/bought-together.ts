/**
 * «Покупают вместе»: a product's partners from the orders that held both (docs/insights.md,
 * Recommendations), ranked by the shrunk lift (score.ts), at least MIN_SUPPORT orders each, only
 * products that can be bought now. Slots the pairs leave empty (a new or rarely sold product) go
 * to the cold start: the most ordered products of its category, then of its parent categories,
 * in the region asked (else everywhere); the answer's `path` says which one it mostly took.
 */
import { NotFoundError } from '../../../shared/errors.js';
import { ALL_REGIONS } from './aggregate.js';
import {
  inStockOnly,
  popularLadder,
  summary,
  type Draft,
  type ProductSummary,
  type Recommendation,
  type RecommendContext,
} from './candidates.js';
import { partnersOf, totalOrders, type Partner } from './recommendations.repository.js';
import { confidence, decimalRu, lift, ordersRu, pairScore, round4, type Scoring } from './score.js';

export interface BoughtTogether {
  product: ProductSummary;
  path: 'co_occurrence' | 'cold_start';
  region: string;
  items: Recommendation[];
}

export class ProductNotFoundError extends NotFoundError {
  constructor() {
    super('product', 'RECOMMENDATION.PRODUCT_NOT_FOUND');
  }
}

/** Ranked pair drafts of partners of one seed, best first (ties: more orders, then id). */
export function rankPartners(partners: readonly Partner[], seedName: string, scoring: Scoring, k?: number): Draft[] {
  return partners
    .map((p) => ({ p, score: pairScore(p, scoring, k) }))
    .sort((a, b) => b.score - a.score || b.p.support - a.p.support || a.p.productId.localeCompare(b.p.productId))
    .map(({ p, score }) => ({
      productId: p.productId,
      score: round4(score),
      reason: {
        kind: 'co_occurrence' as const,
        text: `покупают вместе с «${seedName}»: ${ordersRu(p.support)}, lift ${decimalRu(lift(p))}`,
        basedOn: p.seedId,
        support: p.support,
        lift: round4(lift(p)),
        confidence: round4(confidence(p)),
      },
    }));
}

export async function boughtTogether(
  ctx: RecommendContext,
  productId: string,
  opts: { limit: number; region?: string | undefined; regionName?: string; scoring?: Scoring; shrink?: number },
): Promise<BoughtTogether> {
  const [product] = await ctx.listing.products(ctx.db, [productId]);
  if (!product) throw new ProductNotFoundError();
  const region = opts.region ?? ALL_REGIONS;
  const total = await totalOrders(ctx.db);
  const pairs = rankPartners(
    await partnersOf(ctx.db, [productId], total),
    product.name,
    opts.scoring ?? 'shrunk_lift',
    opts.shrink,
  );
  const exclude = new Set([productId]);
  const items = await inStockOnly(ctx, pairs, opts.limit, exclude);
  const fromPairs = items.length;
  if (items.length < opts.limit) {
    for (const r of items) exclude.add(r.product.id);
    const want = (opts.limit - items.length) * 3 + 10;
    const popular = await popularLadder(ctx.db, {
      paths: [product.categoryPath],
      region,
      want,
      regionName: opts.regionName ?? region,
    });
    items.push(...(await inStockOnly(ctx, popular, opts.limit - items.length, exclude)));
  }
  return { product: summary(product), path: fromPairs > 0 ? 'co_occurrence' : 'cold_start', region, items };
}
