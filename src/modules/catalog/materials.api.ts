/**
 * Offers that can serve a material of an estimate (docs/domain.md, Estimates): products in a
 * category subtree with exactly the asked attributes, sold in a unit the material can be measured
 * in, offered (active) by approved sellers, with the whole order quantity in one warehouse — a
 * cart line ships from one warehouse. One statement per material, on the category and the
 * attributes' GIN index, keeping the cheapest offer per warehouse.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';
import { normalizeDecimal } from '../../shared/decimal.js';
import {
  MAX_LINE_QUANTITY,
  MAX_LINE_TOTAL_MINOR,
  MAX_LINE_VOLUME_M3,
  MAX_LINE_WEIGHT_KG,
} from '../../shared/limits.js';

/**
 * How a product's sale unit measures in the material's unit: the product's unit is `unit`, one
 * sale unit holds `attribute` × `factor` (or `factor`) of the material's unit.
 */
export interface SaleMeasure {
  unit: string;
  attribute?: string | undefined;
  factor?: number | undefined;
}

export interface MaterialQuery {
  /** Category slugs; their subcategories count too. */
  categories: readonly string[];
  attributes?: Readonly<Record<string, string>> | undefined;
  /** In order of preference: the first one the product's unit names is used. */
  sale: readonly SaleMeasure[];
  /** How much of the material's unit is needed (decimal, ≤ 3 places, > 0). */
  quantity: string;
  /**
   * A drop-off: only warehouses whose delivery radius reaches it in a straight line (a road is
   * longer; the caller checks the road distance against `deliveryRadiusKm`).
   */
  deliverTo?: { lat: number; lon: number } | undefined;
}

/** A fitting offer in one warehouse that has its whole order quantity. */
export interface MaterialCandidate {
  offerId: string;
  productId: string;
  productName: string;
  sku: string | null;
  unit: string;
  attributes: Record<string, string>;
  sellerId: string;
  sellerName: string;
  priceMinor: number;
  minQty: string;
  step: string;
  /** Material units in one sale unit (6 places at most). */
  perSaleUnit: string;
  /** Material units in one step of the offer, rounded down to 3 places. */
  packSize: string;
  packs: number;
  /** The smallest quantity on the offer's grid (min, min + step, …) at or above packs × step. */
  orderQuantity: string;
  /** round(priceMinor × orderQuantity). */
  totalMinor: number;
  warehouseId: string;
  warehouseName: string;
  lat: number;
  lon: number;
  /** Beyond this road distance the warehouse does not deliver: pickup only. */
  deliveryRadiusKm: number;
  available: string;
}

/** An offer as a user picked it: its product, seller state and stock everywhere. */
export interface DescribedOffer {
  offerId: string;
  productId: string;
  productName: string;
  sku: string | null;
  unit: string;
  attributes: Record<string, string>;
  categorySlug: string;
  sellerId: string;
  sellerName: string;
  /** Active and its seller approved: it can be bought. */
  onSale: boolean;
  priceMinor: number;
  minQty: string;
  step: string;
  stock: { warehouseId: string; warehouseName: string; lat: number; lon: number; available: string }[];
}

const NUMERIC = '^[0-9]+(\\.[0-9]+)?$';

function measuresTable(sale: readonly SaleMeasure[]): SQL {
  const rows = sale.map(
    (m, i) => sql`(${i}::int, ${m.unit}::text, ${m.attribute ?? null}::text, ${String(m.factor ?? 1)}::numeric)`,
  );
  return sql`m (ord, unit, attr, factor) as (values ${sql.join(rows, sql`, `)})`;
}

/** The first measure whose unit is the product's (`p`) and whose attribute, when it names one, holds a number. */
function measureOf(p: SQL): SQL {
  return sql`select trunc(case when m.attr is null then 1 else (${p}.attributes ->> m.attr)::numeric end * m.factor, 6) as psu
    from m
    where m.unit = ${p}.unit and (m.attr is null or coalesce(${p}.attributes ->> m.attr, '') ~ ${NUMERIC})
    order by m.ord limit 1`;
}

/**
 * Fitting products with their material units per sale unit: the first measure whose unit is the
 * product's and whose attribute (when it names one) holds a number.
 */
function fittingProducts(q: Pick<MaterialQuery, 'categories' | 'attributes' | 'sale'>): SQL {
  const slugs = sql.join(
    q.categories.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql`${measuresTable(q.sale)},
    cat as (
      select c.id from catalog.categories c
      join catalog.categories r on r.slug in (${slugs}) and left(c.path, length(r.path)) = r.path
    ),
    fp as (
      select p.id, p.name, p.sku, p.unit, p.attributes, p.weight_kg, p.volume_m3, mm.psu
      from catalog.products p
      cross join lateral (${measureOf(sql`p`)}) mm
      where p.category_id in (select id from cat)
        and p.attributes @> ${JSON.stringify(q.attributes ?? {})}::jsonb
        and mm.psu > 0
    )`;
}

/** Products looked at per round, growing: most materials are settled by the first. */
const BATCHES = [64, 256, 1024];

/**
 * One row per warehouse: its cheapest candidate among the fitting products — those given by id,
 * or all of them.
 */
async function cheapestPerWarehouse(ex: Executor, q: MaterialQuery, productIds: readonly string[] | null) {
  const products = productIds
    ? sql`${measuresTable(q.sale)},
      fp as (
        select p.id, p.name, p.sku, p.unit, p.attributes, p.weight_kg, p.volume_m3, mm.psu
        from catalog.products p
        cross join lateral (${measureOf(sql`p`)}) mm
        where p.id in (${sql.join(
          productIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
      )`
    : fittingProducts(q);
  return queryRows<CandidateRow>(
    ex,
    sql`with ${products},
      wh as materialized (
        select w.id, w.name, w.lat, w.lon, w.delivery_radius_km from catalog.warehouses w where true ${reaches(q.deliverTo)}
      ),
      fo as (
        select o.id as offer_id, o.seller_id, s.name as seller_name, o.price_minor, o.min_qty, o.step,
               fp.*, trunc(fp.psu * o.step, 3) as pack_size
        from fp
        join catalog.offers o on o.product_id = fp.id and o.status = 'active'
        join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
      ),
      sized as (
        select fo.*, g.packs, g.oq
        from fo
        cross join lateral (select ceil(${q.quantity}::numeric / fo.pack_size) as packs) pk
        cross join lateral (
          select pk.packs, case when pk.packs * fo.step <= fo.min_qty then fo.min_qty
                      else fo.min_qty + ceil((pk.packs * fo.step - fo.min_qty) / fo.step) * fo.step end as oq
        ) g
        where fo.pack_size > 0
      ),
      priced as (
        select sized.*, round(sized.price_minor * sized.oq) as total_minor
        from sized
        where sized.oq <= ${MAX_LINE_QUANTITY}
          and sized.weight_kg * sized.oq <= ${MAX_LINE_WEIGHT_KG}
          and sized.volume_m3 * sized.oq <= ${MAX_LINE_VOLUME_M3}
      ),
      ranked as (
        select pr.*, k.warehouse_id, w.name as warehouse_name, w.lat, w.lon, w.delivery_radius_km,
               k.on_hand - k.reserved as available,
               row_number() over (partition by k.warehouse_id order by pr.total_minor, pr.price_minor, pr.offer_id) as rn
        from priced pr
        join catalog.stock k on k.offer_id = pr.offer_id and k.on_hand - k.reserved >= pr.oq
        join wh w on w.id = k.warehouse_id
        where pr.total_minor <= ${MAX_LINE_TOTAL_MINOR}
      )
      select offer_id, id as product_id, name, sku, unit, attributes, seller_id, seller_name, price_minor,
             min_qty, step, psu, pack_size, packs, oq, total_minor, warehouse_id, warehouse_name, lat, lon,
             delivery_radius_km, available
      from ranked where rn = 1`,
  );
}

/**
 * Warehouses whose delivery radius covers the drop-off in a straight line (none given: all); a
 * few dozen rows, measured once per statement rather than once per stock row.
 */
function reaches(point: MaterialQuery['deliverTo']): SQL {
  if (!point) return sql``;
  return sql`and earth_distance(ll_to_earth(w.lat, w.lon), ll_to_earth(${point.lat}::float8, ${point.lon}::float8))
    <= w.delivery_radius_km * 1000.0`;
}

const costOrder = (a: MaterialCandidate, b: MaterialCandidate) =>
  a.totalMinor - b.totalMinor || a.priceMinor - b.priceMinor || a.offerId.localeCompare(b.offerId);

export const materialsApi = {
  /**
   * The cheapest fitting offer (by line total, then price) with the whole quantity in each
   * warehouse — what the nearest and one seller's best are chosen from. `only: 'cheapest'` (the
   * cheapest strategy needs just the overall best): fitting products are taken in order of a lower
   * bound of what any of their offers can cost (the listing's lowest price × the quantity in sale
   * units), in growing rounds, until the best so far is below the next product's bound — the same
   * best a scan of every fitting product finds, in a fraction of the work. None: `why` tells
   * whether nothing fits at all or nothing fitting has enough stock.
   */
  async candidates(
    ex: Executor,
    q: MaterialQuery,
    opts: { only?: 'cheapest' } = {},
  ): Promise<{ candidates: MaterialCandidate[]; why: 'no_fitting_product' | 'not_enough_stock' | null }> {
    if (q.categories.length === 0 || q.sale.length === 0) return { candidates: [], why: 'no_fitting_product' };
    const best = new Map<string, MaterialCandidate>();
    const keep = (rows: CandidateRow[]) => {
      for (const c of rows.map(candidateOf)) {
        const held = best.get(c.warehouseId);
        if (!held || costOrder(c, held) < 0) best.set(c.warehouseId, c);
      }
    };
    if (opts.only === 'cheapest') {
      const products = await queryRows<{ id: string; bound: string }>(
        ex,
        sql`with ${fittingProducts(q)}
          select fp.id, (l.min_price_minor * ${q.quantity}::numeric / fp.psu)::text as bound
          from fp join catalog.product_listing l on l.product_id = fp.id
          where l.in_stock and l.min_price_minor is not null
          order by l.min_price_minor * ${q.quantity}::numeric / fp.psu, fp.id`,
      );
      let from = 0;
      for (let round = 0; from < products.length; round++) {
        const batch = products.slice(from, from + (BATCHES[round] ?? products.length));
        from += batch.length;
        keep(
          await cheapestPerWarehouse(
            ex,
            q,
            batch.map((p) => p.id),
          ),
        );
        const next = products[from];
        const cheapest = Math.min(...[...best.values()].map((c) => c.totalMinor));
        // Settled when no product left could beat the cheapest so far (nor tie it).
        if (next && cheapest < Number(next.bound)) break;
      }
    } else {
      keep(await cheapestPerWarehouse(ex, q, null));
    }
    if (best.size > 0) return { candidates: [...best.values()].sort(costOrder), why: null };
    const [any] = await queryRows<{ offered: boolean }>(
      ex,
      sql`with ${fittingProducts(q)}
        select exists (
          select 1 from fp
          join catalog.offers o on o.product_id = fp.id and o.status = 'active'
          join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
        ) as offered`,
    );
    return { candidates: [], why: any?.offered ? 'not_enough_stock' : 'no_fitting_product' };
  },

  /** Offers the user chose by id, whatever their state (unknown ids are left out). */
  async describe(ex: Executor, offerIds: readonly string[]): Promise<Map<string, DescribedOffer>> {
    const out = new Map<string, DescribedOffer>();
    if (offerIds.length === 0) return out;
    const ids = sql.join(
      [...new Set(offerIds)].map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const rows = await queryRows<DescribedRow>(
      ex,
      sql`select o.id as offer_id, p.id as product_id, p.name, p.sku, p.unit, p.attributes, c.slug as category_slug,
                 o.seller_id, coalesce(s.name, '') as seller_name,
                 o.status = 'active' and coalesce(s.status = 'approved', false) as on_sale,
                 o.price_minor, o.min_qty, o.step,
                 coalesce((select json_agg(json_build_object('warehouseId', k.warehouse_id, 'warehouseName', w.name,
                              'lat', w.lat, 'lon', w.lon, 'available', (k.on_hand - k.reserved)::text) order by k.warehouse_id)
                           from catalog.stock k join catalog.warehouses w on w.id = k.warehouse_id
                           where k.offer_id = o.id), '[]'::json) as stock
          from catalog.offers o
          join catalog.products p on p.id = o.product_id
          join catalog.categories c on c.id = p.category_id
          left join catalog.sellers s on s.id = o.seller_id
          where o.id in (${ids})`,
    );
    for (const r of rows) {
      out.set(r.offer_id, {
        offerId: r.offer_id,
        productId: r.product_id,
        productName: r.name,
        sku: r.sku,
        unit: r.unit,
        attributes: r.attributes,
        categorySlug: r.category_slug,
        sellerId: r.seller_id,
        sellerName: r.seller_name,
        onSale: r.on_sale,
        priceMinor: Number(r.price_minor),
        minQty: normalizeDecimal(String(r.min_qty)),
        step: normalizeDecimal(String(r.step)),
        stock: stockOf(r.stock).map((k) => ({
          ...k,
          available: normalizeDecimal(String(k.available)),
        })),
      });
    }
    return out;
  },
};

interface CandidateRow {
  offer_id: string;
  product_id: string;
  name: string;
  sku: string | null;
  unit: string;
  attributes: Record<string, string>;
  seller_id: string;
  seller_name: string;
  price_minor: string | number;
  min_qty: string;
  step: string;
  psu: string;
  pack_size: string;
  packs: string | number;
  oq: string;
  total_minor: string | number;
  warehouse_id: string;
  warehouse_name: string;
  lat: number;
  lon: number;
  delivery_radius_km: number;
  available: string;
}

interface DescribedRow {
  offer_id: string;
  product_id: string;
  name: string;
  sku: string | null;
  unit: string;
  attributes: Record<string, string>;
  category_slug: string;
  seller_id: string;
  seller_name: string;
  on_sale: boolean;
  price_minor: string | number;
  min_qty: string;
  step: string;
  stock: StockJson | string;
}

type StockJson = { warehouseId: string; warehouseName: string; lat: number; lon: number; available: string }[];

/** json_agg arrives parsed from PostgreSQL and as text from some drivers. */
function stockOf(value: StockJson | string): StockJson {
  return typeof value === 'string' ? (JSON.parse(value) as StockJson) : value;
}

/** A decimal the database gave with more places than it holds ('25.000000' → '25'). */
function trimmed(value: string | number): string {
  const s = String(value);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function candidateOf(r: CandidateRow): MaterialCandidate {
  return {
    offerId: r.offer_id,
    productId: r.product_id,
    productName: r.name,
    sku: r.sku,
    unit: r.unit,
    attributes: r.attributes,
    sellerId: r.seller_id,
    sellerName: r.seller_name,
    priceMinor: Number(r.price_minor),
    minQty: normalizeDecimal(String(r.min_qty)),
    step: normalizeDecimal(String(r.step)),
    perSaleUnit: trimmed(r.psu),
    packSize: normalizeDecimal(trimmed(r.pack_size)),
    packs: Number(r.packs),
    orderQuantity: normalizeDecimal(trimmed(r.oq)),
    totalMinor: Number(r.total_minor),
    warehouseId: r.warehouse_id,
    warehouseName: r.warehouse_name,
    lat: Number(r.lat),
    lon: Number(r.lon),
    deliveryRadiusKm: Number(r.delivery_radius_km),
    available: normalizeDecimal(trimmed(r.available)),
  };
}
