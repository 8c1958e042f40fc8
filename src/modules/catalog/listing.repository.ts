import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../shared/db/database.js';

/**
 * Recomputes the search summary (`catalog.product_listing`) of these products from their offers,
 * stock and sellers. Every write that changes what a customer can buy calls it in the same
 * transaction, so search never shows a price or stock state that is not true.
 */
export async function refreshListings(ex: Executor, productIds: readonly string[]): Promise<void> {
  if (productIds.length === 0) return;
  const ids = sql.join(
    [...new Set(productIds)].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await refreshListingsWhere(ex, ids);
}

/**
 * The one refresh behind every listing change, over any set of products (`productIds` is a
 * list or a subquery): the summary row, and the warehouses each product can be had from now.
 * An offer is visible when it is active, its seller approved, and it has stock or takes
 * backorders; stock is summed by one aggregate, not a lookup per offer.
 */
export async function refreshListingsWhere(ex: Executor, productIds: SQL): Promise<void> {
  await lockListings(ex, productIds);
  await ex.execute(sql`
    insert into catalog.product_listing as l (product_id, category_path, category_id, attributes, min_price_minor, offer_count, in_stock)
    select p.id, c.path, p.category_id, p.attributes,
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
          min_price_minor = excluded.min_price_minor,
          offer_count = excluded.offer_count,
          in_stock = excluded.in_stock`);
  await ex.execute(sql`delete from catalog.listing_stock where product_id in (${productIds})`);
  await ex.execute(sql`
    insert into catalog.listing_stock (product_id, warehouse_id)
    select distinct o.product_id, k.warehouse_id
    from catalog.offers o
    join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
    join catalog.stock k on k.offer_id = o.id and k.on_hand > k.reserved
    where o.status = 'active' and o.product_id in (${productIds})`);
}

/** After a seller's status changes: refresh every product it offers. */
export async function refreshListingsOfSeller(ex: Executor, sellerId: string): Promise<void> {
  await refreshListingsWhere(ex, sql`select product_id from catalog.offers where seller_id = ${sellerId}::uuid`);
}

/** One more order for each of these products (a product twice in one order counts once). */
export async function countSales(ex: Executor, productIds: readonly string[]): Promise<void> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return;
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await lockListings(ex, list);
  await ex.execute(sql`update catalog.product_listing set popularity = popularity + 1 where product_id in (${list})`);
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
