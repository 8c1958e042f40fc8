/**
 * «Для вас» (docs/insights.md, Recommendations): what completes a customer's project. Seeds are
 * what the customer has (the open cart and saved estimates, weight 1) and has bought (weight
 * halving every HALF_LIFE_DAYS since the latest purchase); each seed's bought-together partners
 * add weight × (shrunk lift − 1) — only association above independence counts. Left out: what
 * was bought in the last JUST_BOUGHT_DAYS, what is in the cart, what cannot be bought now.
 * Slots left go to the cold start: the most ordered products of the cart's and estimates'
 * categories in the customer's region (their latest order's, else the one asked, else Moscow),
 * then of the whole region.
 */
import { ALL_REGIONS } from './aggregate.js';
import { inStockOnly, popularLadder, type Draft, type Recommendation, type RecommendContext } from './candidates.js';
import { partnersOf, purchasesOf, totalOrders } from './recommendations.repository.js';
import { confidence, decimalRu, lift, ordersRu, pairScore, round4, type Scoring } from './score.js';

export const HALF_LIFE_DAYS = 30;
export const JUST_BOUGHT_DAYS = 30;
/** The latest purchases that seed the answer. */
const MAX_HISTORY_SEEDS = 30;
export const DEFAULT_REGION = 'moscow';
const DAY_MS = 86_400_000;

export interface ForMeInput {
  customerId: string;
  now: Date;
  limit: number;
  /** The region asked for, used only when the customer has no orders. */
  region?: string | undefined;
  /** Products in the open cart. */
  cart: readonly string[];
  /** Products of the customer's saved estimates (their latest versions), with the estimate's title. */
  estimates: readonly { productId: string; title: string }[];
  regionName?: (code: string) => string;
  scoring?: Scoring;
}

export interface ForMe {
  path: 'history' | 'cart' | 'cold_start';
  region: string;
  items: Recommendation[];
}

interface Seed {
  productId: string;
  weight: number;
  kind: 'history' | 'cart' | 'estimate';
  /** «из вашей корзины», «из вашей покупки 12.05.2026», «из сметы «Дом»». */
  from: string;
}

const moscowDate = (at: Date) =>
  new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);

export async function forMe(ctx: RecommendContext, input: ForMeInput): Promise<ForMe> {
  const purchases = await purchasesOf(ctx.db, input.customerId, MAX_HISTORY_SEEDS);
  const seeds = new Map<string, Seed>();
  for (const productId of input.cart)
    seeds.set(productId, { productId, weight: 1, kind: 'cart', from: 'из вашей корзины' });
  for (const e of input.estimates) {
    if (!seeds.has(e.productId))
      seeds.set(e.productId, {
        productId: e.productId,
        weight: 1,
        kind: 'estimate',
        from: `из вашей сметы «${e.title}»`,
      });
  }
  for (const p of purchases) {
    if (seeds.has(p.productId)) continue;
    const ageDays = Math.max(0, (input.now.getTime() - p.lastAt.getTime()) / DAY_MS);
    seeds.set(p.productId, {
      productId: p.productId,
      weight: 0.5 ** (ageDays / HALF_LIFE_DAYS),
      kind: 'history',
      from: `из вашей покупки ${moscowDate(p.lastAt)}`,
    });
  }
  const justBought = input.now.getTime() - JUST_BOUGHT_DAYS * DAY_MS;
  const exclude = new Set([
    ...input.cart,
    ...purchases.filter((p) => p.lastAt.getTime() >= justBought).map((p) => p.productId),
  ]);

  const total = await totalOrders(ctx.db);
  const partners = await partnersOf(ctx.db, [...seeds.keys()], total);
  const names = new Map((await ctx.listing.products(ctx.db, [...seeds.keys()])).map((p) => [p.id, p.name] as const));
  const scoring = input.scoring ?? 'shrunk_lift';
  const byCandidate = new Map<string, { score: number; best: Draft; bestPart: number }>();
  for (const p of partners) {
    if (seeds.has(p.productId) && seeds.get(p.productId)!.kind !== 'history') continue;
    const seed = seeds.get(p.seedId)!;
    const raw = pairScore(p, scoring);
    const part = seed.weight * (scoring === 'confidence' ? raw : raw - 1);
    if (part <= 0) continue;
    const draft: Draft = {
      productId: p.productId,
      score: 0,
      reason: {
        kind: seed.kind,
        text: `дополняет «${names.get(seed.productId) ?? 'товар'}» ${seed.from}: ${ordersRu(p.support)} вместе, lift ${decimalRu(lift(p))}`,
        basedOn: seed.productId,
        support: p.support,
        lift: round4(lift(p)),
        confidence: round4(confidence(p)),
      },
    };
    const now = byCandidate.get(p.productId);
    if (!now) byCandidate.set(p.productId, { score: part, best: draft, bestPart: part });
    else {
      now.score += part;
      if (part > now.bestPart) Object.assign(now, { best: draft, bestPart: part });
    }
  }
  const ranked = [...byCandidate.values()]
    .sort((a, b) => b.score - a.score || a.best.productId.localeCompare(b.best.productId))
    .map((c) => ({ ...c.best, score: round4(c.score) }));
  const items = await inStockOnly(ctx, ranked, input.limit, exclude);
  const fromSeeds = items.length;

  const region = purchases[0]?.region ?? input.region ?? DEFAULT_REGION;
  if (items.length < input.limit) {
    for (const r of items) exclude.add(r.product.id);
    const planned = [...seeds.values()].filter((s) => s.kind !== 'history').map((s) => s.productId);
    const paths = [...new Set((await ctx.listing.products(ctx.db, planned)).map((p) => p.categoryPath))];
    const popular = await popularLadder(ctx.db, {
      paths,
      region: region === ALL_REGIONS ? ALL_REGIONS : region,
      want: (input.limit - items.length) * 3 + exclude.size + 10,
      regionName: input.regionName?.(region) ?? region,
    });
    items.push(...(await inStockOnly(ctx, popular, input.limit - items.length, exclude)));
  }
  const kinds = new Set([...seeds.values()].map((s) => s.kind));
  const path = fromSeeds === 0 ? 'cold_start' : kinds.has('cart') || kinds.has('estimate') ? 'cart' : 'history';
  return { path, region, items };
}
