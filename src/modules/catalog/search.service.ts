import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { systemClock, type Clock } from '../../shared/clock.js';
import { queryRows, type Db, type Executor } from '../../shared/db/database.js';
import type { PlannedStatements } from '../../shared/db/planned-statements.js';
import { ValidationError } from '../../shared/errors.js';
import { cursorPart, decodeCursor, encodeCursor } from '../../shared/http/pagination.js';
import { readSearchVersion, SearchCache } from './search.cache.js';
import { SearchQueryReader } from './search.query.js';
import type { SearchQuery, SearchSort } from './search.schemas.js';
import { nearbyWarehousesQuery, nearSet, type NearbyRow, type NearSet } from './search.near.js';
import type { RenderedScope } from './search.facets.js';
import { renderableScope, renderFacetsStatement, searchStatement, type SearchPlan } from './search.sql.js';

interface SearchRow {
  /** The answer's JSON text without its cursor (search.sql.ts). */
  body: string;
  more: boolean;
  /** False when the search's scope could have its facets rendered and has none yet. */
  rendered: boolean;
  /** [key, price, id] of the page's last item, as JSON text. */
  last: string | null;
}

/** How searches met this process's answer cache (`off`: SEARCH_CACHE_ENTRIES=0), for /metrics. */
export type SearchCacheCounts = Record<'hit' | 'miss' | 'off', number>;

/** The lock the facet refresh, near set counts and renders take (migrations 0023, 0025, 0026). */
const FACETS_LOCK = 7_310_442_004;

/** UUIDs or integers as one array literal parameter (drizzle would spread a JS array into a row). */
const pgArray = (values: readonly (string | number)[]) => `{${values.join(',')}}`;

const dialect = new PgDialect();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Product search: full text, typos, codes, filters, facets and keyset paging. */
export class SearchService {
  /** Answers as the JSON sent (searchResult's shape), in UTF-8. */
  private readonly cache: SearchCache;
  /** Its statement has one plan for any query (a parse, then a few lookups in a small dictionary). */
  private readonly reader = new SearchQueryReader((ex, statement) => this.planned(ex, statement));
  /** Counted since the process started; read at each scrape. */
  readonly cacheCounts: SearchCacheCounts = { hit: 0, miss: 0, off: 0 };

  /** What this process's searches asked the primary to count or render, until done (see ask). */
  private readonly asked = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    cacheEntries = 0,
    clock: Clock = systemClock,
    /** The primary, where a near set's facets are counted: `db` may be a replica. */
    private readonly writeDb: Db = db,
    /** Plans kept on `db`'s connections (PostgreSQL only), for the statements that may use them. */
    private readonly plans?: PlannedStatements,
  ) {
    this.cache = new SearchCache(cacheEntries, clock);
  }

  /** The validated query resolved into what the statement needs (the category looked up). */
  async plan(query: SearchQuery, ex: Executor = this.db): Promise<SearchPlan> {
    const sort: SearchSort = query.sort ?? (query.q ? 'relevance' : 'popular');
    // Without a query there is nothing to be relevant to: the most popular come first.
    const effective: SearchSort = sort === 'relevance' && !query.q ? 'popular' : sort;
    const after = decodeCursor(
      query.cursor,
      z.tuple([z.literal(effective), cursorPart.number, cursorPart.number, cursorPart.uuid]),
    );
    const category = query.category ? await this.category(query.category, ex) : undefined;
    return {
      ...(query.q ? { text: await this.reader.read(query.q, ex) } : {}),
      ...(category ? { categoryPaths: category.paths, categoryPath: category.path, categoryIds: category.ids } : {}),
      priceMin: query.priceMin,
      priceMax: query.priceMax,
      attrs: Object.entries(query.attrs),
      sellerId: query.sellerId,
      inStock: query.inStock,
      ...(query.near ? { near: await this.near(query, category !== undefined, ex) } : {}),
      sort: effective,
      ...(after ? { after: { key: after[1], price: after[2], id: after[3] } } : {}),
      limit: query.limit,
    };
  }

  /**
   * The answer as UTF-8 JSON (searchResult's shape, written by the database), from this process's
   * cache while no catalog write has happened since it was computed (a popular query then costs
   * one tiny query), else computed afresh.
   */
  async search(query: SearchQuery): Promise<Buffer> {
    if (!this.cache.enabled) {
      this.cacheCounts.off++;
      return this.compute(query);
    }
    const key = JSON.stringify(query);
    const state = await readSearchVersion(this.db);
    const cached = this.cache.get(key, state.version);
    if (cached) {
      this.cacheCounts.hit++;
      return cached;
    }
    this.cacheCounts.miss++;
    const result = await this.compute(query);
    if (state.quiet) this.cache.set(key, state.version, result);
    return result;
  }

  private async compute(query: SearchQuery): Promise<Buffer> {
    // Session settings (shared/db SESSION_SETTINGS) make these plans; no transaction needed: one statement.
    const plan = await this.plan(query);
    const [row] = (await this.rows(plan)) as [SearchRow];
    if (plan.near?.uncounted) this.askToCount(plan.near.uncounted);
    const scope = row.rendered ? undefined : renderableScope(plan);
    if (scope) this.askToRender(plan, scope);
    const last = row.more && row.last ? (JSON.parse(row.last) as [number, number, string]) : null;
    const cursor = last ? encodeCursor([plan.sort, ...last]) : null;
    return Buffer.from(`{"nextCursor":${JSON.stringify(cursor)},${row.body.slice(1)}`);
  }

  /**
   * The search statement's row. Parsing and planning it costs about what running it does, so it
   * runs from a plan kept on the connection, and PostgreSQL chooses per shape between planning
   * each run and its generic plan (docs/adr/0006). A text search with no other filter an index
   * could serve runs from its generic plan at once: its matches can only come from the full-text
   * index, so its words change the estimates, not the plan. With a price bound, attributes or a
   * seller, the values decide which index drives, and a generic plan chosen on estimates ANDed
   * the price index in (reading every price under the bound, twice as slow): such a text search is
   * planned for its values on every run.
   */
  private async rows(plan: SearchPlan): Promise<SearchRow[]> {
    const statement = searchStatement(plan);
    if (!plan.text) return this.planned(this.db, statement);
    if (otherIndexedFilter(plan)) return queryRows<SearchRow>(this.db, statement);
    return this.planned(this.db, statement, true);
  }

  /**
   * Rows of a statement from a plan kept on the connection when it reads `db` outside a
   * transaction (`generic`: from the plan made without its values), else as any query.
   */
  private async planned<T>(ex: Executor, statement: SQL, generic = false): Promise<T[]> {
    if (this.plans && ex === this.db) {
      const query = dialect.sqlToQuery(statement);
      const rows = await this.plans.rows<T>(query.sql, query.params, generic);
      if (rows) return rows;
    }
    return queryRows<T>(ex, statement);
  }

  /**
   * The nearby warehouses, and whether the facets counted for their set may serve this search
   * (no text, seller or price bound: those count their own matches). A set not counted yet is
   * asked for when the answer is ready (askToCount).
   */
  private async near(query: SearchQuery, inCategory: boolean, ex: Executor): Promise<NonNullable<SearchPlan['near']>> {
    const near = query.near!;
    const rows = await this.planned<NearbyRow>(ex, nearbyWarehousesQuery(near, query.sellerId));
    const warehouses = rows.map(({ id, name, seller_id, d }) => ({ id, name, seller_id, d }));
    // With nothing else narrowing the set, one pass over nearby stock beats a lookup per product.
    const nearOnly = !query.q && Object.keys(query.attrs).length === 0 && !query.sellerId;
    const byWarehouse = nearOnly && !inCategory;
    const countable =
      warehouses.length > 0 &&
      !query.q &&
      !query.sellerId &&
      query.priceMin === undefined &&
      query.priceMax === undefined;
    if (!countable) return { warehouses, byWarehouse };
    const sort = query.sort ?? 'popular';
    const set = nearSet(warehouses, sort === 'distance');
    if (!(sort === 'distance' ? rows[0]!.nearest_counted : rows[0]!.cheapest_counted))
      return { warehouses, byWarehouse, uncounted: set };
    // With the facets counted, the statement needs of the matching set only its page: with nothing
    // but `near` (and a category), sorted by distance or price, it walks the nearby warehouses'
    // stock (of that category); sorted by popularity, the popularity index (each product's near
    // offer looked up); each stops at the page. Filtered, each filtered product's near offer is
    // looked up.
    const walk = nearOnly && (sort === 'distance' || sort === 'price_asc' || sort === 'price_desc');
    return { warehouses, byWarehouse: byWarehouse && sort !== 'popular', counted: { key: set.key, walk } };
  }

  /**
   * Asks the primary to count a near set's facets (migration 0025 add_near_facet_set) after the
   * answer that needed it: the next search from the same warehouses reads them.
   */
  private askToCount(set: NearSet): void {
    this.ask(`near ${set.key}`, async () => {
      await this.writeDb.execute(
        sql`select catalog.add_near_facet_set(${set.key}, ${pgArray(set.warehouseIds)}::uuid[],
                                              ${set.ranks ? pgArray(set.ranks) : null}::integer[])`,
      );
    });
  }

  /**
   * Asks the primary to render a scope's facets (migration 0026) after the answer that counted
   * them, under the refresh's lock (search.sql.ts renderFacetsStatement).
   */
  private askToRender(plan: SearchPlan, scope: RenderedScope): void {
    this.ask(`facets ${scope.key}`, () =>
      this.writeDb.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${FACETS_LOCK})`);
        await tx.execute(renderFacetsStatement(plan, scope));
      }),
    );
  }

  /**
   * Runs `work` once per process at a time for `key`, without the request waiting on it. A failure
   * (a read-only primary, a closing pool) only means a later search asks again.
   */
  private ask(key: string, work: () => Promise<void>): void {
    if (this.asked.has(key)) return;
    const done = work()
      .catch(() => undefined)
      .finally(() => this.asked.delete(key));
    this.asked.set(key, done);
  }

  /** Settles when what this process asked the primary to count or render is done: for tests. */
  async settled(): Promise<void> {
    await Promise.all(this.asked.values());
  }

  /** The filter category by id or slug, with the paths and ids of its whole subtree. */
  private async category(idOrSlug: string, ex: Executor): Promise<{ path: string; paths: string[]; ids: string[] }> {
    const byId = UUID.test(idOrSlug);
    const [row] = await this.planned<{ path: string; paths: string[]; ids: string[] }>(
      ex,
      sql`select c.path, d.paths, d.ids
          from catalog.categories c
          cross join lateral (select array_agg(d.path) as paths, array_agg(d.id) as ids
                              from catalog.categories d where starts_with(d.path, c.path)) d
          where ${byId ? sql`c.id = ${idOrSlug}::uuid` : sql`c.slug = ${idOrSlug}`}`,
    );
    if (!row) throw new ValidationError([{ path: 'category', message: 'no such category' }]);
    return row;
  }
}

/** A filter an index other than the full-text one could serve: a seller, a price bound, attributes (rows). */
const otherIndexedFilter = (plan: SearchPlan) =>
  plan.sellerId !== undefined || plan.priceMin !== undefined || plan.priceMax !== undefined || plan.attrs.length > 0;
