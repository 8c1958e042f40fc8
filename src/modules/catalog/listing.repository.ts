import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';

/**
 * Recomputes the search summary (`catalog.product_listing`) of these products from their offers,
 * stock and sellers. Every write that changes what a customer can buy calls it in the same
 * transaction, so search never shows a price or stock state that is not true.
 */
export async function refreshListings(
  ex: Executor,
  productIds: readonly string[],
  opts: RefreshOptions = {},
): Promise<void> {
  if (productIds.length === 0) return;
  await refreshListingsWhere(ex, uuidList(productIds), opts);
}

/** Product ids, each once, as an `in (…)` list of uuid parameters. */
const uuidList = (productIds: readonly string[]): SQL =>
  sql.join(
    [...new Set(productIds)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );

export interface RefreshOptions {
  /**
   * An order was placed for these products: «popular» counts it, once per product (a reservation
   * is an order placed), in the same write as the refresh.
   */
  sale?: boolean;
  /** The caller has locked the listing rows in product order already (stock reserve does). */
  locked?: boolean;
}

/**
 * The one refresh behind every listing change, over any set of products (`productIds` is a
 * list or a subquery): the summary row, and the warehouses each product can be had from now
 * with the lowest price there (what `near` prices by) and the product's category (what a `near`
 * page in a category walks by).
 * An offer is visible when it is active, its seller approved, and it has stock or takes
 * backorders; stock is summed by one aggregate, not a lookup per offer. The warehouses are
 * brought to what they should be by one statement that deletes only those gone and adds only
 * those new, so a refresh that changes nothing there writes nothing there.
 */
export async function refreshListingsWhere(ex: Executor, productIds: SQL, opts: RefreshOptions = {}): Promise<void> {
  if (!opts.locked) await lockListings(ex, productIds);
  // One statement: the summary upsert, then the warehouses as a delete of those gone and an insert
  // of those new (different rows, so the parts cannot trip over each other). The listing rows are
  // locked before it, so its snapshot already holds every change that waited on them.
  await ex.execute(sql`
    with summary as (
    insert into catalog.product_listing as l (product_id, category_path, category_id, attributes, search_vector,
                                              min_price_minor, offer_count, in_stock)
    select p.id, c.path, p.category_id, p.attributes, p.search_vector,
           min(v.price_minor) filter (where v.visible),
           count(*) filter (where v.visible)::int,
           coalesce(bool_or(v.visible and v.available > 0), false)
    from catalog.products p
    join catalog.categories c on c.id = p.category_id
    left join (
      select o.product_id, o.price_minor,
             o.status = 'active' and s.status = 'approved' and (o.backorder or coalesce(st.available, 0) > 0) as visible,
             coalesce(st.available, 0) as available
      from catalog.offers o
      join catalog.sellers s on s.id = o.seller_id
      left join (
        select k.offer_id, sum(k.on_hand - k.reserved) as available
        from catalog.stock k
        where k.offer_id in (select o2.id from catalog.offers o2 where o2.product_id in (${productIds}))
        group by k.offer_id
      ) st on st.offer_id = o.id
      where o.product_id in (${productIds})
    ) v on v.product_id = p.id
    where p.id in (${productIds})
    group by p.id, c.path
    on conflict (product_id) do update
      set category_path = excluded.category_path,
          category_id = excluded.category_id,
          attributes = excluded.attributes,
          search_vector = excluded.search_vector,
          min_price_minor = excluded.min_price_minor,
          offer_count = excluded.offer_count,
          in_stock = excluded.in_stock${
            opts.sale
              ? sql`,
          popularity = l.popularity + 1`
              : sql``
          }
    ), now_at as (
      select o.product_id, k.warehouse_id, min(o.price_minor) as price_minor, p.category_id
      from catalog.offers o
      join catalog.products p on p.id = o.product_id
      join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
      join catalog.stock k on k.offer_id = o.id and k.on_hand > k.reserved
      where o.status = 'active' and o.product_id in (${productIds})
      group by o.product_id, k.warehouse_id, p.category_id
    ), gone as (
      delete from catalog.listing_stock ls
      where ls.product_id in (${productIds})
        and not exists (select 1 from now_at n where n.product_id = ls.product_id and n.warehouse_id = ls.warehouse_id)
    )
    insert into catalog.listing_stock as ls (product_id, warehouse_id, price_minor, category_id)
    select product_id, warehouse_id, price_minor, category_id from now_at
    on conflict (product_id, warehouse_id) do update
      set price_minor = excluded.price_minor, category_id = excluded.category_id
      where (ls.price_minor, ls.category_id) <> (excluded.price_minor, excluded.category_id)`);
}

/** After a seller's status changes: refresh every product it offers. */
export async function refreshListingsOfSeller(ex: Executor, sellerId: string): Promise<void> {
  await refreshListingsWhere(ex, sql`select product_id from catalog.offers where seller_id = ${sellerId}::uuid`);
}

/**
 * Locks these products' listing rows, for a writer that then locks the products themselves: the
 * listing row comes first everywhere. A refresh holds it while it adds listing_stock rows, whose
 * foreign key share-locks the product; a card edit holds the product while the copy of its
 * document (migration 0028) updates the listing row. Taken the other way round, the two deadlock.
 */
export async function lockListingsOf(ex: Executor, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  await lockListings(ex, uuidList(productIds));
}

/**
 * Locks these listing rows in product order before they are written. Two checkouts of the same
 * products from different sellers hold different offer locks, so nothing else orders them, and
 * an upsert writes rows in whatever order its plan yields (a hash aggregate: hash order).
 */
async function lockListings(ex: Executor, productIds: SQL): Promise<void> {
  await ex.execute(sql`select 1 from catalog.product_listing
                       where product_id in (${productIds}) order by product_id for update`);
}

/**
 * Counts afresh the facets of the categories marked stale by listing writes (migration 0023):
 * the relay's loop calls it after each pass; returns how many categories it counted.
 */
export async function refreshListingFacets(ex: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(ex, sql`select catalog.refresh_listing_facets() as n`);
  return row!.n;
}
