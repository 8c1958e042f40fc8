import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';
import { fromMilli, normalizeDecimal, toMilli } from '../../shared/decimal.js';
import { DomainError, ValidationError } from '../../shared/errors.js';
import { regimeAt, type TaxRegime, type TaxRegimeChange } from '../../shared/tax-regimes.js';
import { cargoKindOf, itemLengthM, type CargoKind } from '../logistics/index.js';
import { InsufficientStockError } from './catalog.errors.js';
import { refreshListings } from './listing.repository.js';

/** One line of stock movement: a quantity of an offer in one warehouse. */
export interface StockLine {
  offerId: string;
  warehouseId: string;
  quantity: string;
}

export interface LockedOffer {
  offerId: string;
  productId: string;
  productName: string;
  sku: string | null;
  sellerId: string;
  sellerName: string;
  sellerApproved: boolean;
  /** The seller's tax regime at the moment asked for (docs/domain.md, Catalog): it rules over `vatRate`. */
  taxRegime: TaxRegime;
  status: 'active' | 'paused';
  backorder: boolean;
  priceMinor: number;
  /** The rate the seller gave the offer; an УСН seller's goods are sold at its regime's rate whatever this says. */
  vatRate: string;
  minQty: string;
  step: string;
  unit: string;
  weightKg: string;
  volumeM3: string;
  /** How the goods travel, from the product's `cargo` attribute (general when not said): the body delivery needs. */
  cargo: CargoKind;
  /** The product's longest item in metres (`length_m` or `length_mm`); null when not said. */
  lengthM: number | null;
  stock: {
    warehouseId: string;
    warehouseName: string;
    address: string;
    lat: number;
    lon: number;
    /** Customers may collect here. */
    pickup: boolean;
    /** Beyond this distance the warehouse does not deliver: pickup only. */
    deliveryRadiusKm: number;
    /** Hours from the order to the earliest delivery window; null: the next day from 08:00 Moscow time. */
    leadTimeHours: number | null;
    onHand: string;
    reserved: string;
    available: string;
  }[];
}

/**
 * What checkout needs from the catalog, inside the caller's transaction. Stock rows are locked in
 * one order (offer, warehouse) so two checkouts can never deadlock, and the database's own check
 * (`reserved <= on_hand`) stands behind every reservation.
 */
export const stockApi = {
  /** Offers a customer near a point can buy now: their minimum in one warehouse within the radius (demo orders). */
  async onSale(
    ex: Executor,
    limit: number,
    near: { lat: number; lon: number; radiusKm: number },
  ): Promise<{ offerId: string; sellerId: string; minQty: string }[]> {
    const rows = await queryRows<{ id: string; seller_id: string; min_qty: string }>(
      ex,
      sql`select o.id, o.seller_id, o.min_qty
          from catalog.offers o
          join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
          join catalog.products p on p.id = o.product_id
          where o.status = 'active'
            and exists (select 1 from catalog.stock k join catalog.warehouses w on w.id = k.warehouse_id
                        where k.offer_id = o.id and k.on_hand - k.reserved >= o.min_qty
                          and earth_distance(ll_to_earth(w.lat, w.lon), ll_to_earth(${near.lat}::float8, ${near.lon}::float8))
                              <= ${near.radiusKm * 1000}::float8)
          order by p.name, o.id
          limit ${limit}`,
    );
    return rows.map((r) => ({ offerId: r.id, sellerId: r.seller_id, minQty: normalizeDecimal(r.min_qty) }));
  },

  /**
   * Offers with their product, seller and stock, locked until the caller's transaction ends; the
   * seller's tax regime is the one in force at `at` (the caller's clock).
   */
  lockOffers: (tx: Executor, offerIds: readonly string[], at: Date = new Date()) => loadOffers(tx, offerIds, true, at),

  /** The same, read without locks: a cart being shown. */
  describeOffers: (ex: Executor, offerIds: readonly string[], at: Date = new Date()) =>
    loadOffers(ex, offerIds, false, at),

  /**
   * Reserves every line or none: not enough anywhere → CATALOG.INSUFFICIENT_STOCK with what there is.
   * One statement for all lines, which also locks the products' listing rows in product order for
   * the refresh that follows (docs/domain.md, Checkout). The stock rows are meant to be the
   * caller's already (`lockOffers` takes them in offer, warehouse order): one UPDATE locks rows in
   * whatever order its plan yields, and only a prior lock keeps that order stable.
   */
  async reserve(tx: Executor, lines: readonly StockLine[]): Promise<void> {
    assertQuantities(lines);
    const wanted = merged(lines);
    const rows = await queryRows<{ offer_id: string | null; warehouse_id: string | null; product_id: string | null }>(
      tx,
      sql`with q (offer_id, warehouse_id, qty) as (
            values ${sql.join(
              wanted.map((l) => sql`(${l.offerId}::uuid, ${l.warehouseId}::uuid, ${l.quantity}::numeric)`),
              sql`, `,
            )}
          ), r as (
            update catalog.stock k set reserved = k.reserved + q.qty, updated_at = now()
            from q where k.offer_id = q.offer_id and k.warehouse_id = q.warehouse_id and k.on_hand - k.reserved >= q.qty
            returning k.offer_id, k.warehouse_id
          ), p as (
            select distinct o.product_id from catalog.offers o where o.id in (select offer_id from q)
          )
          select r.offer_id, r.warehouse_id, null::uuid as product_id from r
          union all
          select null, null, p.product_id from p
          union all
          select null, null, null from (
            select 1 from catalog.product_listing where product_id in (select product_id from p) order by product_id for update
          ) locked`,
    );
    const done = new Set(rows.filter((r) => r.offer_id).map((r) => `${r.offer_id}/${r.warehouse_id}`));
    const missing = wanted.filter((l) => !done.has(`${l.offerId}/${l.warehouseId}`));
    if (missing.length > 0) throw new InsufficientStockError(await shortOf(tx, missing));
    const productIds = rows.flatMap((r) => (r.product_id ? [r.product_id] : []));
    await refreshListings(tx, productIds, { sale: true, locked: true });
  },

  /** Gives reserved quantities back (cancel, expiry). */
  async release(tx: Executor, lines: readonly StockLine[]): Promise<void> {
    await move(tx, lines, sql`reserved = reserved - q.qty`);
  },

  /** Ships reserved quantities: they leave both reserved and on hand. */
  async ship(tx: Executor, lines: readonly StockLine[]): Promise<void> {
    await move(tx, lines, sql`reserved = reserved - q.qty, on_hand = on_hand - q.qty`);
  },

  /**
   * The way back of `ship` (a failed delivery): the goods come back to the warehouse they left and
   * are held again for the same order — on hand and reserved both grow by the quantity, available
   * stays as it was. Each warehouse is share-locked first, as `restock` does, so a delete running
   * meanwhile waits and then finds the goods; one deleted since → 409 CATALOG.WAREHOUSE_GONE.
   * Stock rows are locked in the same (offer, warehouse) order as every other move.
   */
  async unship(tx: Executor, lines: readonly StockLine[]): Promise<void> {
    assertQuantities(lines);
    for (const warehouseId of [...new Set(lines.map((l) => l.warehouseId))].sort()) {
      const [warehouse] = await queryRows<{ id: string }>(
        tx,
        sql`select id from catalog.warehouses where id = ${warehouseId}::uuid for share`,
      );
      if (!warehouse) {
        throw new DomainError('conflict', 'CATALOG.WAREHOUSE_GONE', `warehouse ${warehouseId} is gone`, {
          warehouseId,
        });
      }
    }
    for (const line of sorted(lines)) {
      await queryRows(
        tx,
        sql`insert into catalog.stock (offer_id, warehouse_id, on_hand, reserved)
            values (${line.offerId}::uuid, ${line.warehouseId}::uuid, ${line.quantity}::numeric, ${line.quantity}::numeric)
            on conflict (offer_id, warehouse_id)
            do update set on_hand = catalog.stock.on_hand + excluded.on_hand,
                          reserved = catalog.stock.reserved + excluded.reserved, updated_at = now()
            returning offer_id`,
      );
    }
    await refreshProductsOf(tx, lines);
  },

  /**
   * Returned goods back on hand at one of the seller's warehouses (an accepted return). The offers
   * and the warehouse must be the seller's: otherwise 400 naming `restockWarehouseId`.
   */
  async restock(tx: Executor, input: { sellerId: string; warehouseId: string; lines: readonly Restock[] }) {
    const lines = input.lines.map((l) => ({ ...l, warehouseId: input.warehouseId }));
    assertQuantities(lines);
    const [warehouse] = await queryRows<{ id: string }>(
      tx,
      // Shared: a delete of the warehouse running meanwhile waits, then finds the goods (409), or it won (400).
      sql`select id from catalog.warehouses
          where id = ${input.warehouseId}::uuid and seller_id = ${input.sellerId}::uuid for share`,
    );
    if (!warehouse) {
      throw new ValidationError([{ path: 'restockWarehouseId', message: 'is not a warehouse of this seller' }]);
    }
    for (const line of sorted(lines)) {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`insert into catalog.stock (offer_id, warehouse_id, on_hand, reserved)
            select o.id, ${input.warehouseId}::uuid, ${line.quantity}::numeric, 0 from catalog.offers o
            where o.id = ${line.offerId}::uuid and o.seller_id = ${input.sellerId}::uuid
            on conflict (offer_id, warehouse_id)
            do update set on_hand = catalog.stock.on_hand + excluded.on_hand, updated_at = now()
            returning offer_id as id`,
      );
      if (rows.length === 0) throw new DomainError('conflict', 'CATALOG.OFFER_GONE', `offer ${line.offerId} is gone`);
    }
    await refreshProductsOf(tx, lines);
  },
};

/** A quantity of an offer put back on hand. */
export interface Restock {
  offerId: string;
  quantity: string;
}

async function loadOffers(
  ex: Executor,
  offerIds: readonly string[],
  lock: boolean,
  at: Date,
): Promise<Map<string, LockedOffer>> {
  const result = new Map<string, LockedOffer>();
  if (offerIds.length === 0) return result;
  const ids = sql.join(
    [...new Set(offerIds)].sort().map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  type OfferRow = {
    id: string;
    product_id: string;
    name: string;
    sku: string | null;
    seller_id: string;
    seller_name: string | null;
    seller_status: string | null;
    tax_regimes: TaxRegimeChange[] | null;
    status: 'active' | 'paused';
    backorder: boolean;
    price_minor: string | number;
    vat_rate: string;
    min_qty: string;
    step: string;
    unit: string;
    weight_kg: string;
    volume_m3: string;
    attributes: Record<string, string> | null;
  };
  type StockRow = {
    offer_id: string;
    warehouse_id: string;
    warehouse_name: string;
    address: string;
    lat: number;
    lon: number;
    pickup: boolean;
    delivery_radius_km: number;
    lead_time_hours: number | null;
    on_hand: string;
    reserved: string;
  };
  // Offers, then their stock rows, in one round trip: UNION ALL runs its parts in the order
  // written, so the locks are taken in the same order as two statements took them (all offers by
  // id, then stock by offer and warehouse). Rows come as JSON, numerics as text (exact).
  const rows = await queryRows<{ kind: 'o' | 'k'; row: OfferRow | StockRow | string }>(
    ex,
    sql`select 'o' as kind, row_to_json(a) as row from (
          select o.id, o.product_id, p.name, p.sku, o.seller_id, s.name as seller_name, s.status as seller_status,
                 s.tax_regimes, o.status, o.backorder, o.price_minor::text as price_minor, o.vat_rate::text as vat_rate,
                 o.min_qty::text as min_qty, o.step::text as step, p.unit, p.weight_kg::text as weight_kg,
                 p.volume_m3::text as volume_m3, p.attributes
          from catalog.offers o join catalog.products p on p.id = o.product_id
          left join catalog.sellers s on s.id = o.seller_id
          where o.id in (${ids}) order by o.id ${lock ? sql`for update of o` : sql``}
        ) a
        union all
        select 'k', row_to_json(b) from (
          select k.offer_id, k.warehouse_id, w.name as warehouse_name, w.address, w.lat, w.lon, w.pickup,
                 w.delivery_radius_km, w.lead_time_hours, k.on_hand::text as on_hand, k.reserved::text as reserved
          from catalog.stock k join catalog.warehouses w on w.id = k.warehouse_id
          where k.offer_id in (${ids}) order by k.offer_id, k.warehouse_id ${lock ? sql`for update of k` : sql``}
        ) b`,
  );
  const parsed = rows.map((r) => ({ kind: r.kind, row: typeof r.row === 'string' ? JSON.parse(r.row) : r.row }));
  const offerRows = parsed.filter((r) => r.kind === 'o').map((r) => r.row as OfferRow);
  const stockRows = parsed.filter((r) => r.kind === 'k').map((r) => r.row as StockRow);
  for (const o of offerRows) {
    result.set(o.id, {
      offerId: o.id,
      productId: o.product_id,
      productName: o.name,
      sku: o.sku,
      sellerId: o.seller_id,
      sellerName: o.seller_name ?? '',
      sellerApproved: o.seller_status === 'approved',
      taxRegime: regimeAt(o.tax_regimes ?? [], at),
      status: o.status,
      backorder: o.backorder,
      priceMinor: Number(o.price_minor),
      vatRate: o.vat_rate,
      minQty: normalizeDecimal(o.min_qty),
      step: normalizeDecimal(o.step),
      unit: o.unit,
      weightKg: normalizeDecimal(o.weight_kg),
      volumeM3: String(Number(o.volume_m3)),
      cargo: cargoKindOf(o.attributes),
      lengthM: itemLengthM(o.attributes) ?? null,
      stock: [],
    });
  }
  for (const k of stockRows) {
    result.get(k.offer_id)?.stock.push({
      warehouseId: k.warehouse_id,
      warehouseName: k.warehouse_name,
      address: k.address,
      lat: k.lat,
      lon: k.lon,
      pickup: k.pickup,
      deliveryRadiusKm: k.delivery_radius_km,
      leadTimeHours: k.lead_time_hours,
      onHand: normalizeDecimal(k.on_hand),
      reserved: normalizeDecimal(k.reserved),
      available: fromMilli(toMilli(k.on_hand) - toMilli(k.reserved)),
    });
  }
  return result;
}

/** A zero, negative or over-precise quantity would move stock the wrong way (or be rounded by numeric(14,3)). */
function assertQuantities(lines: readonly StockLine[]): void {
  lines.forEach((line, i) => {
    if (!/^\d{1,11}(\.\d{1,3})?$/.test(line.quantity) || toMilli(line.quantity) <= 0n) {
      throw new ValidationError([
        { path: `lines.${i}.quantity`, message: 'must be a positive decimal with at most 3 places' },
      ]);
    }
  });
}

/** One line per offer and warehouse, quantities summed, in lock order: a batched UPDATE applies a row once. */
function merged(lines: readonly StockLine[]): StockLine[] {
  const byKey = new Map<string, StockLine>();
  for (const line of sorted(lines)) {
    const key = `${line.offerId}/${line.warehouseId}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, quantity: fromMilli(toMilli(seen.quantity) + toMilli(line.quantity)) } : line);
  }
  return [...byKey.values()];
}

/** What each line that could not be reserved has available now (the 409's detail). */
async function shortOf(tx: Executor, lines: readonly StockLine[]) {
  const rows = await queryRows<{ offer_id: string; warehouse_id: string; available: string }>(
    tx,
    sql`select offer_id, warehouse_id, on_hand - reserved as available from catalog.stock
        where (offer_id, warehouse_id) in (${sql.join(
          lines.map((l) => sql`(${l.offerId}::uuid, ${l.warehouseId}::uuid)`),
          sql`, `,
        )})`,
  );
  const available = new Map(rows.map((r) => [`${r.offer_id}/${r.warehouse_id}`, r.available]));
  return lines.map((line) => ({
    ...line,
    requested: line.quantity,
    available: normalizeDecimal(available.get(`${line.offerId}/${line.warehouseId}`) ?? '0'),
  }));
}

function sorted(lines: readonly StockLine[]): StockLine[] {
  return [...lines].sort((a, b) => a.offerId.localeCompare(b.offerId) || a.warehouseId.localeCompare(b.warehouseId));
}

async function move(tx: Executor, lines: readonly StockLine[], set: ReturnType<typeof sql>): Promise<void> {
  assertQuantities(lines);
  for (const line of sorted(lines)) {
    const rows = await queryRows<{ offer_id: string }>(
      tx,
      sql`update catalog.stock k set ${set}, updated_at = now()
          from (select ${line.quantity}::numeric as qty) q
          where k.offer_id = ${line.offerId}::uuid and k.warehouse_id = ${line.warehouseId}::uuid and k.reserved >= q.qty
          returning k.offer_id`,
    );
    if (rows.length === 0) {
      throw new DomainError(
        'conflict',
        'CATALOG.NOT_RESERVED',
        `offer ${line.offerId} has less than ${line.quantity} reserved in this warehouse`,
      );
    }
  }
  await refreshProductsOf(tx, lines);
}

async function refreshProductsOf(tx: Executor, lines: readonly StockLine[]): Promise<void> {
  if (lines.length === 0) return;
  const ids = sql.join(
    [...new Set(lines.map((l) => l.offerId))].map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<{ product_id: string }>(
    tx,
    sql`select distinct product_id from catalog.offers where id in (${ids})`,
  );
  await refreshListings(
    tx,
    rows.map((r) => r.product_id),
  );
}
