/**
 * The search relevance set (bench/search-relevance) over the demo catalogue, through the API: the
 * figures `npm run eval:search` prints must not drop below RELEVANCE_FLOOR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCatalog } from '../seed/catalog-seed.js';
import { search } from './search-fixture.js';
import {
  evaluateSearch,
  formatReport,
  judged,
  RELEVANCE_FLOOR,
  TOP,
} from '../../../../bench/search-relevance/evaluate.js';
import { EVAL_SELLERS } from '../../../../bench/search-relevance/sellers.js';
import { createTestContext, type TestContext } from '../../../../test/context.js';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCatalog(ctx.database.db, EVAL_SELLERS);
});
afterAll(() => ctx?.close());

describe('search relevance', () => {
  it('every judgement names demo products, and the set is as large as the floor says', () => {
    const sets = judged();
    expect(sets.size).toBeGreaterThanOrEqual(RELEVANCE_FLOOR.queries);
    for (const skus of sets.values()) expect(skus.size).toBeGreaterThan(0);
  });

  it('hit@3, hit@10, MRR and nDCG@10 stay at or above the floor', async () => {
    const { figures, outcomes } = await evaluateSearch(async (q) => (await search(ctx, { q, limit: TOP })).items);
    const report = formatReport(figures, outcomes);
    expect(figures.hit3, report).toBeGreaterThanOrEqual(RELEVANCE_FLOOR.hit3);
    expect(figures.hit10, report).toBeGreaterThanOrEqual(RELEVANCE_FLOOR.hit10);
    expect(figures.mrr, report).toBeGreaterThanOrEqual(RELEVANCE_FLOOR.mrr);
    expect(figures.ndcg10, report).toBeGreaterThanOrEqual(RELEVANCE_FLOOR.ndcg10);
  });
});
