/**
 * «Для вас» (docs/insights.md, Recommendations): what completes a customer's project.
 * - The open cart and the latest saved estimates (weight 1): their bought-together partners add
 *   weight × (shrunk lift − 1) — only association above independence counts.
 * - Past orders: the customer's current stage (what it bought within STAGE_DAYS of its latest
 *   purchase); the NEIGHBOURS customers who bought most of it; what they bought after it, scored
 *   NEIGHBOUR_WEIGHT × their weighted share. An order's own partners were bought with it already,
 *   so pairs of past purchases do not seed (`npm run eval:insights` compares the variants).
 * Left out: what was bought in the last JUST_BOUGHT_DAYS, what is in the cart, what cannot be
 * bought now. Slots left go to the cold start: the most ordered products of the cart's and
 * estimates' categories in the customer's region (their latest order's, else the one asked, else
 * Moscow), then of the whole region.
 */
import { ALL_REGIONS } from './aggregate.js';
import { inStockOnly, popularLadder, type Draft, type Recommendation, type RecommendContext } from './candidates.js';
import { nextBoughtBy, partnersOf, purchasesOf, totalOrders } from './recommendations.repository.js';
import { confidence, decimalRu, lift, ordersRu, pairScore, round4, type Scoring } from './score.js';

export const HALF_LIFE_DAYS = 30;
/**
 * «Just bought»: a week. Sand, timber and rebar come back at the next stage; leaving out 30 days
 * cost a tenth of the hit-rate in `npm run eval:insights` (0.52 against 0.61).
 */
export const JUST_BOUGHT_DAYS = 7;
/** The latest purchases that seed the answer. */
const MAX_HISTORY_SEEDS = 30;
export const DEFAULT_REGION = 'moscow';
/** Customers sharing the most products with this one whose next purchases count. */
export const NEIGHBOURS = 50;
/** Purchases this close to the latest one make the customer's current stage. */
export const STAGE_DAYS = 14;
/** The weight of "bought next by the most similar customers" (a share, 0…1) beside the pairs' lift − 1. */
export const NEIGHBOUR_WEIGHT = 10;
/**
 * served: the cart's and estimates' pairs, and what similar customers bought next for the history;
 * pairs: every seed's pairs only; both: every seed's pairs and the neighbours (the evaluation's variants).
 */
export type ForMeSignals = 'served' | 'pairs' | 'both';
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
  /** Which evidence ranks (the evaluation compares them). */
  signals?: ForMeSignals;
  /** Purchases this recent are left out (default JUST_BOUGHT_DAYS). */
  justBoughtDays?: number;
  neighbours?: number;
  stageDays?: number;
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
  const justBought = input.now.getTime() - (input.justBoughtDays ?? JUST_BOUGHT_DAYS) * DAY_MS;
  const exclude = new Set([
    ...input.cart,
    ...purchases.filter((p) => p.lastAt.getTime() >= justBought).map((p) => p.productId),
  ]);

  const total = await totalOrders(ctx.db);
  const partners = await partnersOf(ctx.db, [...seeds.keys()], total);
  const names = new Map((await ctx.listing.products(ctx.db, [...seeds.keys()])).map((p) => [p.id, p.name] as const));
  const scoring = input.scoring ?? 'shrunk_lift';
  const byCandidate = new Map<string, { score: number; best: Draft; bestPart: number }>();
  const signals = input.signals ?? 'served';
  for (const p of partners) {
    if (seeds.has(p.productId) && seeds.get(p.productId)!.kind !== 'history') continue;
    const seed = seeds.get(p.seedId)!;
    // Within one order a past purchase's partners were bought with it already: the next stage is not in them.
    if (seed.kind === 'history' && signals === 'served') continue;
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
  if (purchases.length > 0 && signals !== 'pairs') {
    const next = await nextBoughtBy(ctx.db, input.customerId, {
      neighbours: input.neighbours ?? NEIGHBOURS,
      limit: 200,
      stageDays: input.stageDays ?? STAGE_DAYS,
    });
    for (const n of next) {
      const part = NEIGHBOUR_WEIGHT * n.share;
      const draft: Draft = {
        productId: n.productId,
        score: 0,
        reason: {
          kind: 'history',
          text: `покупатели с похожими заказами купили это следом: ${n.neighbours} из ${n.near}`,
          basedOn: null,
          support: null,
          lift: null,
          confidence: null,
        },
      };
      const now = byCandidate.get(n.productId);
      if (!now) byCandidate.set(n.productId, { score: part, best: draft, bestPart: part });
      else {
        now.score += part;
        if (part > now.bestPart) Object.assign(now, { best: draft, bestPart: part });
      }
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
