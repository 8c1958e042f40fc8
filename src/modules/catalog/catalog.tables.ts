import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  json,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  sqlNumber,
  MAX_DELIVERY_RADIUS_KM,
  MAX_LEAD_TIME_HOURS,
  MAX_LINE_QUANTITY,
  MAX_PRICE_MINOR,
  MAX_STOCK_QUANTITY,
  MAX_UNIT_VOLUME_M3,
  MAX_UNIT_WEIGHT_KG,
} from '../../shared/limits.js';
import type { TaxRegimeChange } from '../../shared/tax-regimes.js';
import { ts } from '../../shared/db/columns.js';

export { VAT_RATES } from '../../shared/tax-regimes.js';

export const catalogSchema = pgSchema('catalog');

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Quantities are exact decimals (m³ of sand), read and written as strings. */
const qty = (name: string) => numeric(name, { precision: 14, scale: 3 });

/** ОКЕИ names of the units materials are sold in (docs/domain.md, Catalog); piece units are in units.ts. */
export const UNITS = [
  'шт',
  'м',
  'м²',
  'м³',
  'кг',
  'т',
  'л',
  'упак',
  'мешок',
  'рулон',
  'лист',
  'пог. м',
  'пачка',
  'пара',
  'компл',
  'поддон',
  'бухта',
] as const;

export const categories = catalogSchema.table(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Slugs from the root, `/cement-i-smesi/cement/`: a subtree is a prefix match. */
    path: text('path').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    uniqueIndex('categories_path_key').on(t.path),
    index('categories_parent_idx').on(t.parentId),
    check('categories_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const products = catalogSchema.table(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sku: text('sku'),
    ean: text('ean'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    brand: text('brand'),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    unit: text('unit').notNull(),
    packSize: qty('pack_size').notNull().default('1'),
    weightKg: qty('weight_kg').notNull(),
    volumeM3: numeric('volume_m3', { precision: 14, scale: 6 }).notNull(),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
    images: jsonb('images').$type<string[]>().notNull().default([]),
    /** The seller that created the card (null: marketplace staff); only it and admins may edit. */
    createdBy: uuid('created_by'),
    /**
     * Written by a trigger from the card and its category (migration 0020, docs/domain.md "Search");
     * search reads its copy in product_listing (migration 0028), so it has no index here.
     */
    searchVector: tsvector('search_vector')
      .notNull()
      .default(sql`''::tsvector`),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_sku_key').on(t.sku),
    index('products_ean_idx').on(t.ean),
    index('products_category_idx').on(t.categoryId),
    index('products_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('products_attributes_idx').using('gin', sql`${t.attributes} jsonb_path_ops`),
    check(
      'products_unit',
      sql`${t.unit} in ('шт', 'м', 'м²', 'м³', 'кг', 'т', 'л', 'упак', 'мешок', 'рулон', 'лист', 'пог. м',
                       'пачка', 'пара', 'компл', 'поддон', 'бухта')`,
    ),
    check('products_sizes_positive', sql`${t.packSize} > 0 and ${t.weightKg} >= 0 and ${t.volumeM3} >= 0`),
    check(
      'products_sizes_within_limits',
      sql`${t.packSize} <= ${sqlNumber(MAX_LINE_QUANTITY)} and ${t.weightKg} <= ${sqlNumber(MAX_UNIT_WEIGHT_KG)}
          and ${t.volumeM3} <= ${sqlNumber(MAX_UNIT_VOLUME_M3)}`,
    ),
    // The same rule as the API's (imageUrl in shared/http/field-schemas.ts): https or our uploads.
    check(
      'products_images_safe',
      sql`jsonb_typeof(${t.images}) = 'array' and not jsonb_path_exists(${t.images}, '$[*] ? (@.type() != "string" || !(@ like_regex "^(https://[^/@[:space:]]+(/|$)|/uploads/)"))')`,
    ),
  ],
);

export const warehouses = catalogSchema.table(
  'warehouses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sellerId: uuid('seller_id').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    address: text('address').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    workingHours: text('working_hours').notNull().default(''),
    pickup: boolean('pickup').notNull().default(true),
    /** Beyond this road distance the warehouse does not deliver: pickup only (docs/domain.md, Catalog). */
    deliveryRadiusKm: integer('delivery_radius_km').notNull().default(300),
    /** Hours from an order to the earliest delivery window; null: the next day from 08:00 Moscow time. */
    leadTimeHours: integer('lead_time_hours'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('warehouses_seller_code_key').on(t.sellerId, t.code),
    index('warehouses_earth_idx').using('gist', sql`ll_to_earth(${t.lat}, ${t.lon})`),
    check('warehouses_coordinates', sql`${t.lat} between -90 and 90 and ${t.lon} between -180 and 180`),
    check(
      'warehouses_delivery_terms',
      sql`${t.deliveryRadiusKm} between 0 and ${sqlNumber(MAX_DELIVERY_RADIUS_KM)}
          and (${t.leadTimeHours} is null or ${t.leadTimeHours} between 0 and ${sqlNumber(MAX_LEAD_TIME_HOURS)})`,
    ),
  ],
);

export const offers = catalogSchema.table(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    sellerId: uuid('seller_id').notNull(),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    vatRate: text('vat_rate').notNull(),
    minQty: qty('min_qty').notNull().default('1'),
    step: qty('step').notNull().default('1'),
    status: text('status').notNull().default('active'),
    /** Sold to order: visible in search without stock. */
    backorder: boolean('backorder').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('offers_product_seller_key').on(t.productId, t.sellerId),
    index('offers_seller_idx').on(t.sellerId),
    check('offers_price_positive', sql`${t.priceMinor} > 0`),
    check('offers_vat_rate', sql`${t.vatRate} in ('22', '10', '0', '5', '7', 'none')`),
    check('offers_status', sql`${t.status} in ('active', 'paused')`),
    check('offers_quantities', sql`${t.minQty} > 0 and ${t.step} > 0`),
    check(
      'offers_within_limits',
      sql`${t.priceMinor} <= ${sqlNumber(MAX_PRICE_MINOR)} and ${t.minQty} <= ${sqlNumber(MAX_LINE_QUANTITY)}
          and ${t.step} <= ${sqlNumber(MAX_LINE_QUANTITY)}`,
    ),
  ],
);

/** Stock of one offer in one warehouse; the database itself refuses oversold or negative stock. */
export const stock = catalogSchema.table(
  'stock',
  {
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => warehouses.id),
    onHand: qty('on_hand').notNull().default('0'),
    reserved: qty('reserved').notNull().default('0'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.warehouseId] }),
    index('stock_warehouse_idx').on(t.warehouseId),
    check('stock_non_negative', sql`${t.onHand} >= 0 and ${t.reserved} >= 0`),
    check('stock_reserved_within_on_hand', sql`${t.reserved} <= ${t.onHand}`),
    check('stock_within_limits', sql`${t.onHand} <= ${sqlNumber(MAX_STOCK_QUANTITY)}`),
  ],
);

export const priceHistory = catalogSchema.table(
  'price_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    vatRate: text('vat_rate').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [
    index('price_history_offer_at_idx').on(t.offerId, t.at),
    check('price_history_positive', sql`${t.priceMinor} > 0`),
    check('price_history_within_limits', sql`${t.priceMinor} <= ${sqlNumber(MAX_PRICE_MINOR)}`),
  ],
);

/**
 * Sellers as the catalog knows them: their status decides whether their offers are shown, their
 * tax regime schedule (a copy of the users module's, oldest first; empty: `vat_payer`) which VAT
 * rates their offers may carry.
 */
export const sellers = catalogSchema.table('sellers', {
  id: uuid('id').primaryKey(),
  status: text('status').notNull(),
  name: text('name').notNull(),
  taxRegimes: jsonb('tax_regimes').$type<TaxRegimeChange[]>().notNull().default([]),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * What search needs about a product, kept up to date in the same transaction as every change
 * of offers, stock or seller status: the best visible price, how many visible offers, whether
 * any is in stock. Reading it is what keeps search under 50 ms on 100 000 products.
 */
export const productListing = catalogSchema.table(
  'product_listing',
  {
    productId: uuid('product_id')
      .primaryKey()
      .references(() => products.id, { onDelete: 'cascade' }),
    categoryPath: text('category_path').notNull(),
    minPriceMinor: bigint('min_price_minor', { mode: 'number' }),
    offerCount: integer('offer_count').notNull().default(0),
    inStock: boolean('in_stock').notNull().default(false),
    popularity: integer('popularity').notNull().default(0),
    /** Copies of the product's category and attributes, so filters and facets read this table only. */
    categoryId: uuid('category_id').notNull(),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
    /**
     * A copy of the product's search_vector, kept by the refresh and by a trigger on products
     * (migration 0028): a text search finds, ranks and counts its matches from this table alone.
     */
    searchVector: tsvector('search_vector')
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    index('listing_category_price_idx').on(t.categoryPath, t.minPriceMinor),
    index('listing_search_idx').using('gin', t.searchVector),
    index('listing_attributes_idx').using('gin', sql`${t.attributes} jsonb_path_ops`),
    index('listing_price_idx').on(t.minPriceMinor),
    // The popular sort's whole key (search.sql.ts ordering): a page reads its rows, not every tie.
    index('listing_popular_page_idx').on(t.popularity.desc().nullsFirst(), t.minPriceMinor, t.productId),
  ],
);

/**
 * The facets of the listing, counted ahead: per category, attribute set and availability, how
 * many visible products and their price range. A search with no text, `near`, seller or price
 * filter reads these few hundred rows instead of every listing row (migration 0023,
 * docs/domain.md "Search"). Rows of a category with a `listing_facets_stale` mark are not
 * trusted: the search counts that category from the listing itself until a refresh.
 */
export const listingFacets = catalogSchema.table(
  'listing_facets',
  {
    categoryPath: text('category_path').notNull(),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull(),
    inStock: boolean('in_stock').notNull(),
    n: integer('n').notNull(),
    lo: bigint('lo', { mode: 'number' }),
    hi: bigint('hi', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('listing_facets_group_key').on(t.categoryPath, t.attributes, t.inStock),
    check('listing_facets_counted', sql`${t.n} > 0`),
  ],
);

/**
 * A category whose listing changed since its facets were counted: one row per writing statement,
 * only ever inserted by writers (so they never wait on each other), deleted by the refresh.
 */
export const listingFacetsStale = catalogSchema.table(
  'listing_facets_stale',
  { categoryPath: text('category_path').notNull() },
  (t) => [index('listing_facets_stale_path_idx').on(t.categoryPath)],
);

/**
 * Where each product can be had now: a row per warehouse holding a visible offer of it with
 * stock (active, approved seller, on hand above reserved). Kept with the listing, so `near`
 * reads one narrow index instead of probing offers and stock for every candidate product.
 */
export const listingStock = catalogSchema.table(
  'listing_stock',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    warehouseId: uuid('warehouse_id').notNull(),
    /** The lowest price of the product's offers in stock there (one seller's): `near` prices by it. */
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    /** The product's category, as its listing row has it: a `near` page in a category walks by it. */
    categoryId: uuid('category_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.warehouseId] }),
    // A warehouse's products cheapest first: a page sorted by distance walks it (search.near.ts).
    index('listing_stock_warehouse_price_idx').on(t.warehouseId, t.priceMinor, t.productId),
    // The same per category, for a `near` page with nothing else but a category.
    index('listing_stock_warehouse_category_idx').on(t.warehouseId, t.categoryId, t.priceMinor, t.productId),
  ],
);

/**
 * The total and facets of a listing page with no filter but a category and «в наличии»
 * (search.facets.ts RenderedScope), as its search writes them: rendered on the primary when a
 * search first finds none, dropped by the refresh that takes a mark in its subtree and by any
 * change to categories (migration 0026). A search trusts a row while its subtree has no mark.
 */
export const facetsRendered = catalogSchema.table('facets_rendered', {
  scope: text('scope').primaryKey(),
  /** The scope's category path ('/' for the whole catalogue): marks under it make the row stale. */
  categoryPath: text('category_path').notNull(),
  total: integer('total').notNull(),
  facets: json('facets').notNull(),
  renderedAt: ts('rendered_at').notNull().defaultNow(),
});

/**
 * A set of nearby warehouses whose `near` facets are counted ahead (near_facets), keyed by a hash
 * of the set and of how a product's offer is picked in it (cheapest, or nearest by `ranks`): every
 * buyer whose radius takes in the same warehouses shares it (docs/domain.md "Search").
 */
export const nearFacetSets = catalogSchema.table(
  'near_facet_sets',
  {
    key: text('key').primaryKey(),
    warehouseIds: uuid('warehouse_ids').array().notNull(),
    /** Distance ranks aligned with warehouseIds (equal: as near as each other); null: cheapest first. */
    ranks: integer('ranks').array(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('near_facet_sets_size', sql`cardinality(${t.warehouseIds}) between 1 and 1000`),
    check('near_facet_sets_ranks', sql`${t.ranks} is null or cardinality(${t.ranks}) = cardinality(${t.warehouseIds})`),
  ],
);

/**
 * The products in stock in a near_facet_sets set, by category and attribute set, with the range
 * of the prices a search shows there. Rows of a category marked in listing_facets_stale are not
 * trusted, as with listing_facets.
 */
export const nearFacets = catalogSchema.table(
  'near_facets',
  {
    key: text('key')
      .notNull()
      .references(() => nearFacetSets.key, { onDelete: 'cascade' }),
    categoryPath: text('category_path').notNull(),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull(),
    n: integer('n').notNull(),
    lo: bigint('lo', { mode: 'number' }).notNull(),
    hi: bigint('hi', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('near_facets_group_key').on(t.key, t.categoryPath, t.attributes),
    check('near_facets_counted', sql`${t.n} > 0`),
  ],
);

/**
 * Every word (lexeme) of the catalogue's search documents with its transliteration key: a query
 * word the catalogue does not have is looked up here by key, so «роквул» finds Rockwool and
 * «цемнт» finds цемент (docs/domain.md "Search"). Filled by a trigger on products; a word whose
 * products are gone stays, harmless: it matches nothing.
 */
export const searchWords = catalogSchema.table(
  'search_words',
  {
    word: text('word').primaryKey(),
    key: text('key').notNull(),
  },
  (t) => [index('search_words_key_trgm_idx').using('gin', sql`${t.key} gin_trgm_ops`)],
);
