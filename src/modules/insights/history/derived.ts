import { sql } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { HISTORY_HASH } from './write.js';

/**
 * The status history and payments of the generated orders, derived in SQL from the rows written
 * (one statement each): every part went placed → paid → confirmed → assembling → ready → handed
 * over (picked up, or carried and delivered) → completed within 22 hours of the order.
 */

const STEPS = sql`(values
  (1, null, 'pending_payment', 'customer', 'order placed', interval '0', null),
  (2, 'pending_payment', 'paid', 'payer', null, interval '1 hour', null),
  (3, 'paid', 'confirmed', 'seller', null, interval '2 hours', null),
  (4, 'confirmed', 'assembling', 'seller', null, interval '3 hours', null),
  (5, 'assembling', 'ready', 'seller', null, interval '5 hours', null),
  (6, 'ready', 'picked_up', 'seller', null, interval '18 hours', true),
  (7, 'ready', 'handed_to_carrier', 'seller', null, interval '16 hours', false),
  (8, 'handed_to_carrier', 'in_transit', 'system', 'delivery in transit', interval '17 hours', false),
  (9, 'in_transit', 'delivered', 'system', 'delivery delivered', interval '20 hours', false),
  (10, 'picked_up', 'completed', 'system', null, interval '22 hours', true),
  (11, 'delivered', 'completed', 'system', null, interval '22 hours', false)
) as st(k, from_s, to_s, who, reason, after, pickup)`;

const BATCH = 5000;

/** For the orders just written (`orderIds`), in batches. */
export async function writeDerived(ex: Executor, orderIds: readonly string[]): Promise<void> {
  for (let i = 0; i < orderIds.length; i += BATCH) {
    await deriveBatch(ex, JSON.stringify(orderIds.slice(i, i + BATCH)));
  }
}

async function deriveBatch(ex: Executor, ids: string): Promise<void> {
  const mine = sql`o.id in (select value::uuid from json_array_elements_text(${ids}::json))`;
  // Part by part, then the order's own line for each step (its status follows its parts).
  await ex.execute(sql`
    insert into orders.status_history (order_id, sub_order_id, from_status, to_status, actor_id, actor_role, reason, at)
    select o.id, s.id, st.from_s, st.to_s,
           case st.who when 'customer' then o.customer_id when 'seller' then s.seller_id
                       when 'payer' then case o.payment_method when 'card' then o.customer_id else s.seller_id end end,
           case st.who when 'payer' then case o.payment_method when 'card' then 'customer' else 'seller' end
                       else st.who end,
           coalesce(st.reason, case when st.to_s = 'paid' and o.payment_method = 'card' then 'card payment'
                                    when st.to_s = 'paid' then 'invoice paid: п/п № ' || substr(o.number, 3)
                                    else null end),
           o.created_at + st.after
    from orders.orders o
    cross join lateral (select null::uuid as id, null::uuid as seller_id
                        union all select id, seller_id from orders.sub_orders where order_id = o.id) s
    cross join ${STEPS}
    where ${mine}
      and (st.pickup is null or st.pickup = (o.delivery->>'method' = 'pickup'))
    order by o.created_at, o.id, st.k, s.id nulls first`);
  // «Popular» is the number of orders with the product (docs/domain.md, Catalog): as checkout counts a sale.
  await ex.execute(sql`
    update catalog.product_listing l set popularity = l.popularity + c.n
    from (select product_id, count(distinct order_id)::int as n from orders.order_lines o
          where ${sql`o.order_id in (select value::uuid from json_array_elements_text(${ids}::json))`}
          group by product_id) c
    where l.product_id = c.product_id`);
  // A card order is one charge; an invoice order one payment order per part.
  await ex.execute(sql`
    insert into orders.payments (order_id, method, provider, provider_payment_id, status, amount_minor, card_brand,
                                 card_last4, idempotency_key, request_hash, created_at, updated_at)
    select o.id, 'card', 'test', 'history-' || o.number, 'succeeded', o.total_minor, 'MIR',
           lpad(((abs(hashtext(o.number)) % 10000))::text, 4, '0'), 'history-' || o.number, ${HISTORY_HASH},
           o.created_at + interval '5 minutes', o.created_at + interval '1 hour'
    from orders.orders o where ${mine} and o.payment_method = 'card'`);
  await ex.execute(sql`
    insert into orders.payments (order_id, method, provider, status, amount_minor, idempotency_key, request_hash,
                                 sub_order_id, document_number, paid_on, recorded_by, created_at, updated_at)
    select o.id, 'invoice', 'bank_transfer', 'succeeded', s.total_minor, 'history-' || s.number, ${HISTORY_HASH},
           s.id, substr(s.number, 3), ((s.created_at + interval '4 hours') at time zone 'UTC')::date, s.seller_id,
           s.created_at + interval '1 hour', s.created_at + interval '1 hour'
    from orders.orders o join orders.sub_orders s on s.order_id = o.id
    where ${mine} and o.payment_method = 'invoice'`);
}
