/**
 * Scores search against the relevance set (queries.ts): for each query the top 10 answers, and
 * where the products the buyer means stand in them. Binary gains: a product is meant or not.
 */
/* eslint-disable-next-line tutuu/module-boundaries -- the relevance set judges the demo catalogue's own cards */
import { DEMO_PRODUCTS } from '../../src/modules/catalog/seed/demo-catalog-data.js';
import { RELEVANCE_QUERIES, type RelevanceQuery } from './queries.js';

export const TOP = 10;

export interface Figures {
  queries: number;
  /** Share of queries with a meant product in the top 3 / top 10. */
  hit3: number;
  hit10: number;
  /** Mean of 1 / rank of the first meant product (0 when none in the top 10). */
  mrr: number;
  /** Mean nDCG@10: meant products high up, as many as fit. */
  ndcg10: number;
}

/**
 * What the suite holds search to (src/modules/catalog/__tests__/search-relevance.test.ts): the figures reached when the
 * set was written, rounded down. Raise them when search gets better; never lower them to pass.
 */
export const RELEVANCE_FLOOR: Figures = { queries: 97, hit3: 1, hit10: 1, mrr: 0.98, ndcg10: 0.96 };

export interface Outcome {
  query: RelevanceQuery;
  meant: number;
  /** 1-based ranks of meant products in the top 10. */
  ranks: number[];
  top: string[];
  ndcg: number;
}

export type SearchTop = (q: string) => Promise<{ sku: string | null; name: string }[]>;

/** The SKUs each query means; throws when a judgement names no demo card. */
export function judged(): Map<RelevanceQuery, Set<string>> {
  const out = new Map<RelevanceQuery, Set<string>>();
  for (const query of RELEVANCE_QUERIES) {
    const skus = new Set(DEMO_PRODUCTS.filter(query.means).map((p) => p.sku));
    if (skus.size === 0) throw new Error(`the judgement of «${query.q}» names no demo product`);
    out.set(query, skus);
  }
  return out;
}

export async function evaluateSearch(search: SearchTop): Promise<{ figures: Figures; outcomes: Outcome[] }> {
  const outcomes: Outcome[] = [];
  for (const [query, meant] of judged()) {
    const top = (await search(query.q)).slice(0, TOP);
    const ranks = top.flatMap((item, i) => (item.sku && meant.has(item.sku) ? [i + 1] : []));
    const dcg = ranks.reduce((sum, r) => sum + 1 / Math.log2(r + 1), 0);
    let ideal = 0;
    for (let r = 1; r <= Math.min(TOP, meant.size); r += 1) ideal += 1 / Math.log2(r + 1);
    outcomes.push({ query, meant: meant.size, ranks, top: top.map((i) => i.name), ndcg: dcg / ideal });
  }
  return { figures: figuresOf(outcomes), outcomes };
}

export function figuresOf(outcomes: readonly Outcome[]): Figures {
  const mean = (f: (o: Outcome) => number) => outcomes.reduce((s, o) => s + f(o), 0) / (outcomes.length || 1);
  return {
    queries: outcomes.length,
    hit3: mean((o) => (o.ranks[0] !== undefined && o.ranks[0] <= 3 ? 1 : 0)),
    hit10: mean((o) => (o.ranks.length ? 1 : 0)),
    mrr: mean((o) => (o.ranks.length ? 1 / o.ranks[0]! : 0)),
    ndcg10: mean((o) => o.ndcg),
  };
}

const f3 = (x: number) => x.toFixed(3);

export function formatFigures(label: string, f: Figures): string {
  return `${label.padEnd(12)} ${String(f.queries).padStart(3)} queries  hit@3 ${f3(f.hit3)}  hit@10 ${f3(f.hit10)}  MRR ${f3(f.mrr)}  nDCG@10 ${f3(f.ndcg10)}`;
}

/** The figures overall and per kind of query, then each query that misses its top 3. */
export function formatReport(figures: Figures, outcomes: readonly Outcome[]): string {
  const lines = [formatFigures('all', figures)];
  const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
  for (const kind of kinds) lines.push(formatFigures(kind, figuresOf(outcomes.filter((o) => o.query.kind === kind))));
  const weak = outcomes.filter((o) => !o.ranks.length || o.ranks[0]! > 3 || o.ndcg < 0.5);
  if (weak.length) lines.push('', 'weak (no meant product in the top 3, or nDCG@10 below 0.5):');
  for (const o of weak) {
    lines.push(
      `  «${o.query.q}» meant ${o.meant}, at ${o.ranks.join(',') || '—'}, nDCG ${f3(o.ndcg)}; top: ${o.top.slice(0, 3).join(' | ') || 'nothing'}`,
    );
  }
  return lines.join('\n');
}
