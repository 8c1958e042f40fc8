import { sql, type SQL } from 'drizzle-orm';

/**
 * The facets of a search as JSON, from its groups `ga` (category path, attribute set, count, price
 * range): the total, each category's count with its whole subtree (within the filter category
 * `categoryPath`), each attribute name's most frequent values, the price range. docs/domain.md
 * "Search".
 */

/** Values listed per attribute facet (the most frequent); counts stay exact. */
export const ATTRIBUTE_VALUES_MAX = 50;

export const totalOfGroups = sql`(select coalesce(sum(n), 0) from ga)`;

export function facetsOfGroups(categoryPath: string | undefined): SQL {
  // Each matching category's count added to it and to every category above it: the ancestors'
  // paths are the prefixes of its path that end in «/» (/a/b/ is under /a/), found by equality.
  const countsByAncestor = sql`select a.path, sum(g.n) as n
    from (select category_path, sum(n) as n from ga group by category_path) g
    cross join lateral (select left(g.category_path, i) as path
                        from generate_series(2, length(g.category_path)) i
                        where substr(g.category_path, i, 1) = '/') a
    group by a.path`;
  const categoryScope = categoryPath ? sql`where starts_with(c.path, ${categoryPath})` : sql``;
  return sql`json_build_object(
      'categories', (select coalesce(json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name,
                                                                'parentId', c.parent_id, 'count', c.n) order by c.path), '[]'::json)
         from (select c.id, c.slug, c.name, c.parent_id, c.path, sum(g.n)::int as n
               from catalog.categories c
               join (${countsByAncestor}) g on g.path = c.path
               ${categoryScope}
               group by c.id) c),
      'attributes', (select coalesce(json_object_agg(a.key, a.vals order by a.key), '{}'::json)
         -- The most frequent values of each name: one sorted aggregate per name, cut to the first.
         from (select v.key, array_to_json((array_agg(json_build_object('value', v.value, 'count', v.n)
                                                      order by v.n desc, v.value))[1:${sql.raw(String(ATTRIBUTE_VALUES_MAX))}]) as vals
               from (select e.key, e.value, sum(d.n)::int as n
                     from ga d, jsonb_each_text(d.attributes) e
                     group by e.key, e.value) v
               group by v.key) a),
      'price', (select json_build_object('min', min(lo), 'max', max(hi)) from ga))`;
}

/**
 * A page whose facets are kept rendered (`catalog.facets_rendered`, migration 0026): the whole
 * catalogue or a category, all or in stock only, with no other filter; or `near` alone from a
 * set of warehouses whose facets are counted (search.near.ts), for the whole catalogue. Its
 * rendered facets stand while no category under `categoryPath` is marked stale.
 */
export interface RenderedScope {
  key: string;
  categoryPath: string;
}

export function renderedScope(plan: {
  categoryPath?: string | undefined;
  inStock: boolean;
  /** A counted near set's key. */
  near?: string;
}): RenderedScope {
  const categoryPath = plan.categoryPath ?? '/';
  const availability = plan.inStock ? 'in-stock' : 'all';
  return { key: `${availability} ${plan.near ? `near ${plan.near}` : categoryPath}`, categoryPath };
}

/** The scope's rendered total and facets, while none of its categories is marked stale. */
export function renderedFacets(scope: RenderedScope): SQL {
  return sql`rf as (
    select r.total, r.facets from catalog.facets_rendered r
    where r.scope = ${scope.key}
      and not exists (select 1 from catalog.listing_facets_stale s
                      where starts_with(s.category_path, ${scope.categoryPath}))
  )`;
}

/** Whether the scope has a rendered row at all (stale or not): if not, the service asks for one. */
export const isRendered = (scope: RenderedScope) =>
  sql`exists (select 1 from catalog.facets_rendered r where r.scope = ${scope.key})`;
