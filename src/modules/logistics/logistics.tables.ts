import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { BODY_TYPES, CARGO_KINDS } from './body-types.js';
import { ts, kopecks, inList } from '../../shared/db/columns.js';

/** The logistics service's tables (docs/domain.md, Logistics): no foreign keys to other schemas. */
export const logisticsSchema = pgSchema('logistics');

/** A carrier's truck. Deleted vehicles stay (bids and deliveries point at them) with `deleted_at`. */
export const vehicles = logisticsSchema.table(
  'vehicles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    carrierId: uuid('carrier_id').notNull(),
    bodyType: text('body_type').notNull(),
    /** A make and model, or what the carrier calls it («КамАЗ 65117 №2»). */
    name: text('name').notNull().default(''),
    payloadKg: integer('payload_kg').notNull(),
    volumeM3: numeric('volume_m3', { precision: 7, scale: 2 }).notNull(),
    bodyLengthM: numeric('body_length_m', { precision: 5, scale: 2 }).notNull(),
    crane: boolean('crane').notNull().default(false),
    tailLift: boolean('tail_lift').notNull().default(false),
    /** Normalized: Cyrillic letters upper-case, no spaces (А123ВС77). */
    plate: text('plate').notNull(),
    baseAddress: text('base_address').notNull().default(''),
    baseLat: doublePrecision('base_lat').notNull(),
    baseLon: doublePrecision('base_lon').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    index('vehicles_carrier_idx').on(t.carrierId, t.createdAt),
    // A plate belongs to one live vehicle on the marketplace.
    uniqueIndex('vehicles_plate_live_uq')
      .on(t.plate)
      .where(sql`${t.deletedAt} is null`),
    check('vehicles_body_type_ck', sql`${t.bodyType} in (${inList(BODY_TYPES)})`),
    check(
      'vehicles_size_ck',
      sql`${t.payloadKg} between 1 and 60000 and ${t.volumeM3} > 0 and ${t.volumeM3} <= 200
          and ${t.bodyLengthM} > 0 and ${t.bodyLengthM} <= 30`,
    ),
    check('vehicles_base_ck', sql`${t.baseLat} between -90 and 90 and ${t.baseLon} between -180 and 180`),
  ],
);

/** A device key a phone tracker (OsmAnd / Traccar Client) reports with; only its hash is kept. */
export const trackerKeys = logisticsSchema.table(
  'tracker_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vehicleId: uuid('vehicle_id').notNull(),
    carrierId: uuid('carrier_id').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The first characters, so a carrier can tell its keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('tracker_keys_hash_uq').on(t.keyHash), index('tracker_keys_vehicle_idx').on(t.vehicleId)],
);

export const JOB_STATUSES = ['open', 'awarded', 'assigned', 'delivered', 'flagged', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Who receives the goods and how to reach them: shown to the winning carrier only. */
export interface JobContact {
  name: string;
  company: string | null;
  phone: string | null;
}

/**
 * A delivery put out to carriers: one per delivery sub-order (re-opened when a delivery fails).
 * open → awarded (the winner must confirm) → assigned (a delivery runs) → delivered; open →
 * flagged (no bids twice, or nobody covers it at the guide price); cancelled with its sub-order.
 */
export const jobs = logisticsSchema.table(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subOrderId: uuid('sub_order_id').notNull(),
    orderId: uuid('order_id').notNull(),
    orderNumber: text('order_number').notNull(),
    sellerId: uuid('seller_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    status: text('status').$type<JobStatus>().notNull(),
    warehouseId: uuid('warehouse_id').notNull(),
    pickupName: text('pickup_name').notNull(),
    pickupAddress: text('pickup_address').notNull(),
    pickupLat: doublePrecision('pickup_lat').notNull(),
    pickupLon: doublePrecision('pickup_lon').notNull(),
    pickupHours: text('pickup_hours').notNull().default(''),
    dropoffAddress: text('dropoff_address').notNull(),
    dropoffLat: doublePrecision('dropoff_lat').notNull(),
    dropoffLon: doublePrecision('dropoff_lon').notNull(),
    contact: jsonb('contact').$type<JobContact>().notNull(),
    windowFrom: ts('window_from').notNull(),
    windowTo: ts('window_to').notNull(),
    unloading: text('unloading').notNull(),
    weightKg: numeric('weight_kg', { precision: 14, scale: 3 }).notNull(),
    volumeM3: numeric('volume_m3', { precision: 14, scale: 6 }).notNull(),
    longestItemM: numeric('longest_item_m', { precision: 6, scale: 2 }),
    cargo: text('cargo').notNull(),
    needsCrane: boolean('needs_crane').notNull(),
    /** The bodies that may carry the load (body-types.ts), for the board's filter. */
    bodies: text('bodies').array().notNull(),
    /** Vehicles the guide price counted; a bid's vehicle must take a 1/vehicles share. */
    vehicles: integer('vehicles').notNull(),
    roadKm: numeric('road_km', { precision: 8, scale: 1 }).notNull(),
    guidePriceMinor: kopecks('guide_price_minor').notNull(),
    /** What the customer paid for this delivery at checkout: the marketplace's side of the carrier's price. */
    paidDeliveryMinor: kopecks('paid_delivery_minor').notNull(),
    postedAt: ts('posted_at').notNull(),
    closesAt: ts('closes_at').notNull(),
    /** 0 as posted; 1 after a round without bids re-opened it at +15 %; failed deliveries add rounds too. */
    round: integer('round').notNull().default(0),
    reopenedNoBids: boolean('reopened_no_bids').notNull().default(false),
    awardedBidId: uuid('awarded_bid_id'),
    confirmBy: ts('confirm_by'),
    flagReason: text('flag_reason'),
    flaggedAt: ts('flagged_at'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('jobs_sub_order_uq').on(t.subOrderId),
    index('jobs_open_idx')
      .on(t.closesAt)
      .where(sql`${t.status} = 'open'`),
    index('jobs_seller_idx').on(t.sellerId, t.postedAt),
    index('jobs_customer_idx').on(t.customerId, t.postedAt),
    check('jobs_status_ck', sql`${t.status} in (${inList(JOB_STATUSES)})`),
    check('jobs_cargo_ck', sql`${t.cargo} in (${inList(CARGO_KINDS)})`),
    check(
      'jobs_money_ck',
      sql`${t.guidePriceMinor} >= 0 and ${t.paidDeliveryMinor} >= 0 and ${t.vehicles} >= 1 and ${t.round} >= 0`,
    ),
    check('jobs_window_ck', sql`${t.windowTo} > ${t.windowFrom}`),
    check('jobs_awarded_ck', sql`${t.status} not in ('awarded', 'assigned') or ${t.awardedBidId} is not null`),
  ],
);

export const BID_STATUSES = ['active', 'superseded', 'withdrawn', 'won', 'lost', 'declined'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

/** A carrier's price for a job. A lower bid supersedes the carrier's previous one. */
export const bids = logisticsSchema.table(
  'bids',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    round: integer('round').notNull(),
    carrierId: uuid('carrier_id').notNull(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    priceMinor: kopecks('price_minor').notNull(),
    pickupAt: ts('pickup_at').notNull(),
    status: text('status').$type<BidStatus>().notNull(),
    /** Why it was declined (by the carrier, or `no_confirmation`). */
    reason: text('reason'),
    createdAt: ts('created_at').notNull(),
    /** A sequence number: "the earlier bid" on equal prices, even within one clock tick. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    // One live bid per carrier per job: a new one supersedes it in the same transaction.
    uniqueIndex('bids_one_active_uq')
      .on(t.jobId, t.carrierId)
      .where(sql`${t.status} = 'active'`),
    index('bids_job_idx').on(t.jobId, t.status, t.priceMinor, t.seq),
    index('bids_carrier_idx').on(t.carrierId, t.createdAt),
    check('bids_status_ck', sql`${t.status} in (${inList(BID_STATUSES)})`),
    check('bids_price_ck', sql`${t.priceMinor} > 0`),
  ],
);

export const DELIVERY_STATUSES = [
  'awarded',
  'en_route_to_pickup',
  'loaded',
  'in_transit',
  'delivered',
  'failed',
  'cancelled',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The run of a confirmed award: the carrier moves it and reports positions. */
export const deliveries = logisticsSchema.table(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    bidId: uuid('bid_id')
      .notNull()
      .references(() => bids.id),
    carrierId: uuid('carrier_id').notNull(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    subOrderId: uuid('sub_order_id').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    priceMinor: kopecks('price_minor').notNull(),
    recipientName: text('recipient_name'),
    /** A file name under the upload directory. */
    proofPhoto: text('proof_photo'),
    failReason: text('fail_reason'),
    /** Road km left and the ETA as last computed from a usable position. */
    remainingKm: numeric('remaining_km', { precision: 8, scale: 1 }),
    etaAt: ts('eta_at'),
    /** The «машина будет через ~N минут» event was sent. */
    soonNotifiedAt: ts('soon_notified_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    deliveredAt: ts('delivered_at'),
  },
  (t) => [
    // One running delivery per job and per vehicle at a time.
    uniqueIndex('deliveries_job_active_uq')
      .on(t.jobId)
      .where(sql`${t.status} not in ('delivered', 'failed', 'cancelled')`),
    uniqueIndex('deliveries_vehicle_active_uq')
      .on(t.vehicleId)
      .where(sql`${t.status} in ('en_route_to_pickup', 'loaded', 'in_transit')`),
    index('deliveries_carrier_idx').on(t.carrierId, t.createdAt),
    check('deliveries_status_ck', sql`${t.status} in (${inList(DELIVERY_STATUSES)})`),
    check('deliveries_price_ck', sql`${t.priceMinor} > 0`),
  ],
);

/** What happened to a delivery, in order: statuses, geofences, ETA notices. */
export const deliveryTimeline = logisticsSchema.table(
  'delivery_timeline',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => deliveries.id),
    kind: text('kind').notNull(),
    at: ts('at').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('delivery_timeline_delivery_idx').on(t.deliveryId, t.at),
    // Geofence arrivals are recorded once per delivery.
    uniqueIndex('delivery_timeline_once_uq')
      .on(t.deliveryId, t.kind)
      .where(sql`${t.kind} in ('arrived_at_pickup', 'arrived_at_dropoff', 'arriving_soon')`),
  ],
);

/** Where the truck was. Flagged points (out of order, implausible) are kept but not used for the ETA. */
export const positions = logisticsSchema.table(
  'positions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    speedKmh: doublePrecision('speed_kmh'),
    heading: doublePrecision('heading'),
    accuracyM: doublePrecision('accuracy_m'),
    /** The device's time of the fix. */
    at: ts('at').notNull(),
    receivedAt: ts('received_at').notNull(),
    /** null, `out_of_order` or `implausible`. */
    flag: text('flag'),
    source: text('source').notNull(),
  },
  (t) => [
    index('positions_delivery_idx').on(t.deliveryId, t.at),
    check('positions_point_ck', sql`${t.lat} between -90 and 90 and ${t.lon} between -180 and 180`),
    check('positions_flag_ck', sql`${t.flag} is null or ${t.flag} in ('out_of_order', 'implausible')`),
  ],
);

/** A read-only live view of one delivery for someone without an account; only the token's hash is kept. */
export const shareLinks = logisticsSchema.table(
  'share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => deliveries.id),
    tokenHash: text('token_hash').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('share_links_token_uq').on(t.tokenHash), index('share_links_delivery_idx').on(t.deliveryId)],
);
