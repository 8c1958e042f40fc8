/**
 * The recommendations' half of `npm run eval:insights` (see insights-eval.ts): the served
 * functions (bought-together, for-me) and their variants against the popularity and
 * same-category baselines, hit-rate@10 and MRR on held-out orders.
 */
/* eslint-disable tutuu/module-boundaries -- an evaluation: it runs the served recommenders with their variants, and reads the read model it scores */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../src/shared/db/database.js';
import { ALL_REGIONS } from '../src/modules/insights/recommendations/aggregate.js';
import { boughtTogether } from '../src/modules/insights/recommendations/bought-together.js';
import type { RecommendContext } from '../src/modules/insights/recommendations/candidates.js';
import { forMe } from '../src/modules/insights/recommendations/for-me.js';
import { recommendationListingApi } from '../src/modules/insights/recommendations/listing.js';
import { popularIn } from '../src/modules/insights/recommendations/recommendations.repository.js';
import type { Scoring } from '../src/modules/insights/recommendations/score.js';

export interface TestOrder {
  id: string;
  customerId: string;
  at: Date;
  /** Where the goods went (null: a pickup, the customer's region is used). */
  region: string | null;
  products: string[];
}

const K = 10;

interface Score {
  task: 'bought-together' | 'for-me';
  method: string;
  hits: number;
  rr: number;
  n: number;
}

class Scores {
  readonly rows = new Map<string, Score>();
  add(task: Score['task'], method: string, ranked: readonly string[], targets: ReadonlySet<string>): void {
    const key = `${task}|${method}`;
    const row = this.rows.get(key) ?? { task, method, hits: 0, rr: 0, n: 0 };
    this.rows.set(key, row);
    row.n++;
    const rank = ranked.slice(0, K).findIndex((p) => targets.has(p));
    if (rank >= 0) {
      row.hits++;
      row.rr += 1 / (rank + 1);
    }
  }
}

export async function evaluateRecommendations(db: Db, test: readonly TestOrder[], cutoff: Date): Promise<Score[]> {
  const ctx: RecommendContext = { db, listing: recommendationListingApi };
  const scores = new Scores();
  const known = await queryRows<{ product_id: string }>(
    db,
    sql`select product_id from insights.product_popularity where region = ${ALL_REGIONS}`,
  );
  const listed = await recommendationListingApi.products(db, [
    ...known.map((r) => r.product_id),
    ...test.flatMap((o) => o.products),
  ]);
  const onSale = new Set(listed.filter((p) => p.inStock).map((p) => p.id));
  const categoryOf = new Map(listed.map((p) => [p.id, p.categoryPath]));

  const regionOfCustomer = new Map(
    (
      await queryRows<{ customer_id: string; region: string }>(
        db,
        sql`select distinct on (customer_id) customer_id, region from insights.customer_products
            order by customer_id, last_at desc`,
      )
    ).map((r) => [r.customer_id, r.region]),
  );
  const popular = memo(async (key: string) => {
    const [region, path] = key.split('|') as [string, string];
    let rows = await popularIn(db, region, { pathPrefix: path || undefined, limit: 200 });
    if (rows.length === 0 && region !== ALL_REGIONS) {
      rows = await popularIn(db, ALL_REGIONS, { pathPrefix: path || undefined, limit: 200 });
    }
    return rows.map((r) => r.productId).filter((p) => onSale.has(p));
  });
  const topWithout = (ranked: readonly string[], without: ReadonlySet<string>) =>
    ranked.filter((p) => !without.has(p)).slice(0, K);

  const variants: { method: string; scoring: Scoring; shrink?: number }[] = [
    { method: 'shrunk lift K=100 (served)', scoring: 'shrunk_lift' },
    { method: 'shrunk lift K=5', scoring: 'shrunk_lift', shrink: 5 },
    { method: 'lift', scoring: 'lift' },
    { method: 'confidence (no correction)', scoring: 'confidence' },
  ];
  const together = memo(async (key: string) => {
    const [productId, region, scoring, shrink] = key.split('|') as [string, string, Scoring, string];
    const r = await boughtTogether(ctx, productId, { limit: K, region, scoring, shrink: Number(shrink) || undefined });
    return r.items.map((i) => i.product.id);
  });

  for (const order of test) {
    if (order.products.length < 2) continue;
    const region = order.region ?? regionOfCustomer.get(order.customerId) ?? ALL_REGIONS;
    for (const query of order.products) {
      const targets = new Set(order.products.filter((p) => p !== query));
      for (const v of variants) {
        scores.add(
          'bought-together',
          v.method,
          await together(`${query}|${region}|${v.scoring}|${v.shrink ?? ''}`),
          targets,
        );
      }
      const self = new Set([query]);
      scores.add('bought-together', 'popularity (baseline)', topWithout(await popular(`${region}|`), self), targets);
      const sameCategory = await popular(`${region}|${categoryOf.get(query) ?? ''}`);
      scores.add('bought-together', 'same category (baseline)', topWithout(sameCategory, self), targets);
    }
  }

  const first = new Map<string, TestOrder>();
  for (const o of test) if (!first.has(o.customerId)) first.set(o.customerId, o);
  for (const [customerId, order] of first) {
    const region = regionOfCustomer.get(customerId);
    if (!region) continue; // no orders before the cutoff
    const targets = new Set(order.products);
    const forMeVariants = [
      { method: 'for-me (served)' },
      { method: 'just bought = 30 days', justBoughtDays: 30 },
      { method: 'pairs of past orders', signals: 'pairs' },
      { method: 'pairs + neighbours', signals: 'both' },
    ] as const;
    for (const { method, ...v } of forMeVariants) {
      const served = await forMe(ctx, { customerId, now: cutoff, limit: K, cart: [], estimates: [], ...v });
      scores.add(
        'for-me',
        method,
        served.items.map((i) => i.product.id),
        targets,
      );
    }
    scores.add('for-me', 'popularity (baseline)', topWithout(await popular(`${region}|`), new Set()), targets);
    const [top] = await queryRows<{ category_path: string }>(
      db,
      sql`select p.category_path from insights.customer_products c
          join insights.product_popularity p on p.product_id = c.product_id and p.region = ${ALL_REGIONS}
          where c.customer_id = ${customerId}::uuid
          group by p.category_path order by sum(c.orders) desc, p.category_path limit 1`,
    );
    const sameCategory = top ? await popular(`${region}|${top.category_path}`) : [];
    scores.add('for-me', 'same category (baseline)', topWithout(sameCategory, new Set()), targets);
  }
  return [...scores.rows.values()];
}

function memo<T>(fn: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = fn(key)));
    return hit;
  };
}

export function formatRecommendationTable(rows: readonly Score[]): string {
  const out = ['task            | method                       | hit@10 |   MRR  |      n | × popularity'];
  out.push('-'.repeat(out[0]!.length));
  for (const task of ['bought-together', 'for-me'] as const) {
    const mine = rows.filter((r) => r.task === task);
    const base = mine.find((r) => r.method.startsWith('popularity'));
    const baseRate = base && base.n > 0 ? base.hits / base.n : 0;
    for (const r of mine) {
      const rate = r.n > 0 ? r.hits / r.n : 0;
      const mrr = r.n > 0 ? r.rr / r.n : 0;
      const times = baseRate > 0 ? (rate / baseRate).toFixed(2) : '—';
      out.push(
        `${task.padEnd(15)} | ${r.method.padEnd(28)} | ${rate.toFixed(3).padStart(6)} | ${mrr.toFixed(3).padStart(6)} | ` +
          `${String(r.n).padStart(6)} | ${times.padStart(5)}`,
      );
    }
  }
  return out.join('\n');
}
