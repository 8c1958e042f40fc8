/**
 * The search relevance evaluation (docs/domain.md "Search"): the demo catalogue in a fresh
 * in-memory database, every query of bench/search-relevance/queries.ts through the search service,
 * hit@3, hit@10, MRR and nDCG@10 overall and per kind, and the queries that miss their top 3.
 *
 *   npm run eval:search
 *
 * The suite runs the same evaluation and fails below RELEVANCE_FLOOR (src/modules/catalog/__tests__/search-relevance.test.ts).
 */
/* eslint-disable tutuu/module-boundaries -- an evaluation: it seeds the demo catalogue and asks the search service directly */
import { openDatabase } from '../src/shared/db/database.js';
import { migrateDatabase } from '../src/shared/db/migrate.js';
import { searchQuery, searchResult } from '../src/modules/catalog/search.schemas.js';
import { SearchService } from '../src/modules/catalog/search.service.js';
import { seedDemoCatalog } from '../src/modules/catalog/seed/catalog-seed.js';
import { evaluateSearch, formatReport, RELEVANCE_FLOOR, formatFigures, TOP } from './search-relevance/evaluate.js';
import { EVAL_SELLERS } from './search-relevance/sellers.js';

const database = await openDatabase({ dataDir: 'memory://' });
try {
  await migrateDatabase(database);
  await seedDemoCatalog(database.db, EVAL_SELLERS);
  const service = new SearchService(database.db);
  const { figures, outcomes } = await evaluateSearch(
    async (q) =>
      searchResult.parse(JSON.parse((await service.search(searchQuery.parse({ q, limit: String(TOP) }))).toString()))
        .items,
  );
  process.stdout.write(`${formatReport(figures, outcomes)}\n\n${formatFigures('floor', RELEVANCE_FLOOR)}\n`);
} finally {
  await database.close();
}
