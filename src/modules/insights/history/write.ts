import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import type { HistoryOrder } from './plan.js';

/**
 * Set-based writes of the generated orders (docs/insights.md, History → Writing): each batch is
 * one JSON parameter unpacked by json_to_recordset, so a thousand rows cost one statement; the
 * status history and payments are derived in SQL from the rows written. Historic orders are
 * completed and paid, and never touch stock.
 */

const BATCH = 2000;
/** Marks the generator's rows (orders.request_hash), so the derived rows find them. */
export const HISTORY_HASH = 'history-generator';

async function inBatches<T>(rows: readonly T[], write: (json: string) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(JSON.stringify(rows.slice(i, i + BATCH)));
}

export interface CustomerRow {
  id: string;
  email: string;
  name: string;
  phone: string;
  company_name: string | null;
  company_inn: string | null;
  company_kpp: string | null;
  company_address: string | null;
  created_at: string;
}

/** Customers who log in with no password: `passwordHash` is a hash of a secret nobody keeps. */
export async function writeCustomers(ex: Executor, rows: readonly CustomerRow[], passwordHash: string) {
  await inBatches(rows, (json) =>
    ex.execute(sql`
      insert into users.users (id, email, password_hash, name, phone, role, status, company_name, company_inn,
                               company_kpp, company_address, created_at, updated_at)
      select x.id, x.email, ${passwordHash}, x.name, x.phone, 'customer', 'active', x.company_name, x.company_inn,
             x.company_kpp, x.company_address, x.created_at, x.created_at
      from json_to_recordset(${json}::json) as x(id uuid, email text, name text, phone text, company_name text,
           company_inn text, company_kpp text, company_address text, created_at timestamptz)`),
  );
}

export interface Buyer {
  name: string;
  inn: string | null;
  kpp: string | null;
  address: string | null;
  contact: { name: string; phone: string | null };
}

/** Orders, their parts and lines; numbers from orders.order_number_seq in the order they were placed. */
export async function writeOrders(
  ex: Executor,
  orders: readonly HistoryOrder[],
  buyers: ReadonlyMap<string, Buyer>,
): Promise<string[]> {
  if (orders.length === 0) return [];
  const numbers = await queryRows<{ n: string | number }>(
    ex,
    sql`select nextval('orders.order_number_seq') as n from generate_series(1, ${orders.length}) order by 1`,
  );
  const orderRows: unknown[] = [];
  const subRows: unknown[] = [];
  const lineRows: unknown[] = [];
  const ids: string[] = [];
  orders.forEach((o, i) => {
    const id = randomUUID();
    ids.push(id);
    const number = `T-${String(numbers[i]!.n).padStart(6, '0')}`;
    const delivery = o.pickup
      ? { method: 'pickup', lat: o.site.lat, lon: o.site.lon }
      : { method: 'delivery', address: o.site.address, lat: o.site.lat, lon: o.site.lon, unloading: 'manual' };
    const sum = (f: (s: (typeof o.subs)[number]) => number) => o.subs.reduce((a, s) => a + f(s), 0);
    orderRows.push({
      id,
      number,
      customer_id: o.customerId,
      payment_method: o.payment,
      delivery,
      buyer: buyers.get(o.customerId),
      goods: sum((s) => s.goodsMinor),
      delivery_minor: sum((s) => s.deliveryMinor),
      vat: sum((s) => s.vatMinor),
      total: sum((s) => s.totalMinor),
      created_at: o.placedAt.toISOString(),
    });
    let position = 0;
    o.subs.forEach((s, k) => {
      const subId = randomUUID();
      subRows.push({
        id: subId,
        order_id: id,
        number: `${number}-${k + 1}`,
        seller_id: s.seller.id,
        seller_name: s.seller.name,
        requisites: { ...s.seller.requisites, taxRegime: s.regime },
        warehouse_id: s.warehouse.id,
        warehouse_name: s.warehouse.name,
        warehouse_address: s.warehouse.address,
        lat: s.warehouse.lat,
        lon: s.warehouse.lon,
        goods: s.goodsMinor,
        delivery_minor: s.deliveryMinor,
        vat: s.vatMinor,
        total: s.totalMinor,
        weight: s.weightKg,
        volume: s.volumeM3,
        created_at: o.placedAt.toISOString(),
      });
      for (const l of s.lines) {
        lineRows.push([
          id,
          subId,
          ++position,
          l.offer.id,
          l.product.id,
          l.product.sku,
          l.product.name,
          l.product.unit,
          l.quantity,
          l.priceMinor,
          l.vatRate,
          l.totalMinor,
          l.vatMinor,
          l.weightKg,
          l.volumeM3,
        ]);
      }
    });
  });
  await inBatches(orderRows, (json) =>
    ex.execute(sql`
      insert into orders.orders (id, number, customer_id, status, payment_method, delivery, buyer, goods_minor,
                                 delivery_minor, vat_minor, total_minor, idempotency_key, request_hash, pay_by,
                                 created_at, updated_at)
      select x.id, x.number, x.customer_id, 'completed', x.payment_method, x.delivery, x.buyer, x.goods,
             x.delivery_minor, x.vat, x.total, 'history-' || x.number, ${HISTORY_HASH},
             x.created_at + interval '3 days', x.created_at, x.created_at + interval '22 hours'
      from json_to_recordset(${json}::json) as x(id uuid, number text, customer_id uuid, payment_method text,
           delivery jsonb, buyer jsonb, goods bigint, delivery_minor bigint, vat bigint, total bigint,
           created_at timestamptz)`),
  );
  await inBatches(subRows, (json) =>
    ex.execute(sql`
      insert into orders.sub_orders (id, order_id, number, seller_id, seller_name, seller_requisites, warehouse_id,
                                     warehouse_name, warehouse_address, warehouse_lat, warehouse_lon, status,
                                     goods_minor, delivery_minor, vat_minor, total_minor, weight_kg, volume_m3,
                                     paid_at, received_minor, received_at, created_at, updated_at)
      select x.id, x.order_id, x.number, x.seller_id, x.seller_name, x.requisites, x.warehouse_id, x.warehouse_name,
             x.warehouse_address, x.lat, x.lon, 'completed', x.goods, x.delivery_minor, x.vat, x.total, x.weight,
             x.volume, x.created_at + interval '1 hour', x.total, x.created_at + interval '20 hours', x.created_at,
             x.created_at + interval '22 hours'
      from json_to_recordset(${json}::json) as x(id uuid, order_id uuid, number text, seller_id uuid,
           seller_name text, requisites jsonb, warehouse_id uuid, warehouse_name text, warehouse_address text,
           lat float8, lon float8, goods bigint, delivery_minor bigint, vat bigint, total bigint, weight numeric,
           volume numeric, created_at timestamptz)`),
  );
  await inBatches(lineRows, (json) =>
    ex.execute(sql`
      insert into orders.order_lines (order_id, sub_order_id, position, offer_id, product_id, sku, name, unit,
                                      quantity, price_minor, vat_rate, total_minor, vat_minor, weight_kg, volume_m3)
      select (x->>0)::uuid, (x->>1)::uuid, (x->>2)::bigint, (x->>3)::uuid, (x->>4)::uuid, x->>5, x->>6, x->>7,
             (x->>8)::numeric, (x->>9)::bigint, x->>10, (x->>11)::bigint, (x->>12)::bigint, (x->>13)::numeric,
             (x->>14)::numeric
      from json_array_elements(${json}::json) as x`),
  );
  return ids;
}
