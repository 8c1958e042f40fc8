/** The tracking queries: a delivery with what tracking needs of its job and vehicle, positions, timeline, share links. */
import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import {
  deliveries,
  deliveryTimeline,
  jobs,
  positions,
  shareLinks,
  vehicles,
  type DeliveryStatus,
  type JobContact,
} from '../logistics.tables.js';

/** Statuses a delivery takes positions in. */
export const TRACKED_STATUSES: readonly DeliveryStatus[] = ['awarded', 'en_route_to_pickup', 'loaded', 'in_transit'];
/** Statuses in which a vehicle's tracker reports for the delivery (the vehicle is on the road for it). */
export const ON_THE_ROAD_STATUSES: readonly DeliveryStatus[] = ['en_route_to_pickup', 'loaded', 'in_transit'];
export const FINISHED_STATUSES: readonly DeliveryStatus[] = ['delivered', 'failed', 'cancelled'];

export const isTracked = (s: DeliveryStatus) => TRACKED_STATUSES.includes(s);
export const isFinished = (s: DeliveryStatus) => FINISHED_STATUSES.includes(s);

/** Kinds the timeline records once per delivery (its partial unique index). */
export type OnceKind = 'arrived_at_pickup' | 'arrived_at_dropoff' | 'arriving_soon';

const trackedColumns = {
  id: deliveries.id,
  jobId: deliveries.jobId,
  carrierId: deliveries.carrierId,
  vehicleId: deliveries.vehicleId,
  subOrderId: deliveries.subOrderId,
  status: deliveries.status,
  priceMinor: deliveries.priceMinor,
  recipientName: deliveries.recipientName,
  failReason: deliveries.failReason,
  remainingKm: deliveries.remainingKm,
  etaAt: deliveries.etaAt,
  soonNotifiedAt: deliveries.soonNotifiedAt,
  createdAt: deliveries.createdAt,
  deliveredAt: deliveries.deliveredAt,
  orderId: jobs.orderId,
  orderNumber: jobs.orderNumber,
  sellerId: jobs.sellerId,
  customerId: jobs.customerId,
  pickupName: jobs.pickupName,
  pickupAddress: jobs.pickupAddress,
  pickupLat: jobs.pickupLat,
  pickupLon: jobs.pickupLon,
  dropoffAddress: jobs.dropoffAddress,
  dropoffLat: jobs.dropoffLat,
  dropoffLon: jobs.dropoffLon,
  contact: jobs.contact,
  windowFrom: jobs.windowFrom,
  windowTo: jobs.windowTo,
  bodyType: vehicles.bodyType,
  vehicleName: vehicles.name,
  plate: vehicles.plate,
};

export interface TrackedDelivery {
  id: string;
  jobId: string;
  carrierId: string;
  vehicleId: string;
  subOrderId: string;
  status: DeliveryStatus;
  priceMinor: number;
  recipientName: string | null;
  failReason: string | null;
  remainingKm: string | null;
  etaAt: Date | null;
  soonNotifiedAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
  orderId: string;
  orderNumber: string;
  sellerId: string;
  customerId: string;
  pickupName: string;
  pickupAddress: string;
  pickupLat: number;
  pickupLon: number;
  dropoffAddress: string;
  dropoffLat: number;
  dropoffLon: number;
  contact: JobContact;
  windowFrom: Date;
  windowTo: Date;
  bodyType: string;
  vehicleName: string;
  plate: string;
}

/** What a batch of positions needs of its delivery, read under the delivery's row lock. */
export interface IngestTarget {
  id: string;
  carrierId: string;
  vehicleId: string;
  subOrderId: string;
  orderId: string;
  status: DeliveryStatus;
  remainingKm: number | null;
  etaAt: Date | null;
  soonNotifiedAt: Date | null;
  createdAt: Date;
  pickup: { lat: number; lon: number };
  dropoff: { lat: number; lon: number };
  /** The newest point that counts for the ETA. */
  newest: { lat: number; lon: number; at: Date } | null;
}

interface IngestRow {
  id: string;
  carrier_id: string;
  vehicle_id: string;
  sub_order_id: string;
  order_id: string;
  status: DeliveryStatus;
  remaining_km: string | number | null;
  eta_ms: number | string | null;
  soon_ms: number | string | null;
  created_ms: number | string;
  pickup_lat: number;
  pickup_lon: number;
  dropoff_lat: number;
  dropoff_lon: number;
  last_lat: number | null;
  last_lon: number | null;
  last_ms: number | string | null;
}

const msDate = (v: number | string | null): Date | null => (v === null ? null : new Date(Number(v)));

export interface StoredPoint {
  id: number;
  lat: number;
  lon: number;
  speedKmh: number | null;
  heading: number | null;
  at: Date;
}

export interface NewPositionRow {
  lat: number;
  lon: number;
  speedKmh: number | null;
  heading: number | null;
  accuracyM: number | null;
  at: Date;
  flag: 'out_of_order' | 'implausible' | null;
}

export interface TimelineRow {
  id: number;
  kind: string;
  at: Date;
  data: Record<string, unknown>;
}

const usablePointColumns = {
  id: positions.id,
  lat: positions.lat,
  lon: positions.lon,
  speedKmh: positions.speedKmh,
  heading: positions.heading,
  at: positions.at,
};

export const trackingRepository = {
  /** The delivery with its job's parties and places and its vehicle; `lock` takes the delivery row for update. */
  async delivery(ex: Executor, id: string, lock = false): Promise<TrackedDelivery | undefined> {
    if (lock) {
      // The delivery row alone (never its job's: writers of jobs lock the job first, then the
      // delivery); NO KEY, so rows that only point at it (timeline, share links) are not held up.
      const [locked] = await ex
        .select({ id: deliveries.id })
        .from(deliveries)
        .where(eq(deliveries.id, id))
        .for('no key update');
      if (!locked) return undefined;
    }
    const [row] = await ex
      .select(trackedColumns)
      .from(deliveries)
      .innerJoin(jobs, eq(jobs.id, deliveries.jobId))
      .innerJoin(vehicles, eq(vehicles.id, deliveries.vehicleId))
      .where(eq(deliveries.id, id));
    return row as TrackedDelivery | undefined;
  },

  /** The delivery a vehicle is on the road for (one at most: deliveries_vehicle_active_uq). */
  async onTheRoadOf(ex: Executor, vehicleId: string): Promise<string | undefined> {
    const [row] = await ex
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(and(eq(deliveries.vehicleId, vehicleId), inArray(deliveries.status, [...ON_THE_ROAD_STATUSES])))
      .limit(1);
    return row?.id;
  },

  /** The newest point that counts for the ETA. */
  async newestUsable(ex: Executor, deliveryId: string): Promise<StoredPoint | undefined> {
    const [row] = await ex
      .select(usablePointColumns)
      .from(positions)
      .where(and(eq(positions.deliveryId, deliveryId), isNull(positions.flag)))
      .orderBy(sql`${positions.at} desc`, sql`${positions.id} desc`)
      .limit(1);
    return row;
  },

  /**
   * The delivery a batch goes to, its row locked for the batch (the delivery row alone: writers of
   * jobs lock the job first, then the delivery), with its places and its newest usable point — one
   * round trip. By id, or as the delivery a vehicle is on the road for (one at most:
   * deliveries_vehicle_active_uq).
   */
  async lockForIngest(
    ex: Executor,
    by: { deliveryId: string } | { vehicleId: string },
  ): Promise<IngestTarget | undefined> {
    const where =
      'deliveryId' in by
        ? sql`d.id = ${by.deliveryId}::uuid`
        : sql`d.vehicle_id = ${by.vehicleId}::uuid and d.status in ('en_route_to_pickup', 'loaded', 'in_transit')`;
    const [r] = await queryRows<IngestRow>(
      ex,
      sql`select d.id, d.carrier_id, d.vehicle_id, d.sub_order_id, j.order_id, d.status, d.remaining_km,
                 extract(epoch from d.eta_at) * 1000 as eta_ms,
                 extract(epoch from d.soon_notified_at) * 1000 as soon_ms,
                 extract(epoch from d.created_at) * 1000 as created_ms,
                 j.pickup_lat, j.pickup_lon, j.dropoff_lat, j.dropoff_lon,
                 last.lat as last_lat, last.lon as last_lon, extract(epoch from last.at) * 1000 as last_ms
            from logistics.deliveries d
            join logistics.jobs j on j.id = d.job_id
            left join lateral (
              select p.lat, p.lon, p.at from logistics.positions p
               where p.delivery_id = d.id and p.flag is null
               order by p.at desc, p.id desc limit 1
            ) last on true
           where ${where}
           limit 1
             for no key update of d`,
    );
    if (!r) return undefined;
    return {
      id: r.id,
      carrierId: r.carrier_id,
      vehicleId: r.vehicle_id,
      subOrderId: r.sub_order_id,
      orderId: r.order_id,
      status: r.status,
      remainingKm: r.remaining_km === null ? null : Number(r.remaining_km),
      etaAt: msDate(r.eta_ms),
      soonNotifiedAt: msDate(r.soon_ms),
      createdAt: msDate(r.created_ms)!,
      pickup: { lat: r.pickup_lat, lon: r.pickup_lon },
      dropoff: { lat: r.dropoff_lat, lon: r.dropoff_lon },
      newest: r.last_ms === null ? null : { lat: Number(r.last_lat), lon: Number(r.last_lon), at: msDate(r.last_ms)! },
    };
  },

  /**
   * One statement for a batch: its points inserted (arrays unnested: one parse whatever the
   * size), and — when some are usable — the delivery's distance left and ETA set and the live
   * stream notified (delivered when the transaction commits).
   */
  async storeBatch(
    ex: Executor,
    batch: {
      deliveryId: string;
      rows: readonly NewPositionRow[];
      receivedAt: Date;
      source: string;
      eta?: { remainingKm: number; etaAt: Date; soonNotifiedAt: Date | null; channel: string; payload: string };
      /** Commit without waiting for the WAL flush (positions only: see positions.service.ts). */
      asyncCommit: boolean;
    },
  ): Promise<void> {
    // One array parameter per column (sql.param: a list would be spread into separate parameters).
    const col = <K extends keyof NewPositionRow>(k: K) => sql.param(batch.rows.map((r) => r[k]));
    const insert = sql`insert into logistics.positions
          (delivery_id, lat, lon, speed_kmh, heading, accuracy_m, at, received_at, flag, source)
        select ${batch.deliveryId}::uuid, t.lat, t.lon, t.speed, t.heading, t.accuracy, t.at,
               ${batch.receivedAt.toISOString()}::timestamptz, t.flag, ${batch.source}
          from unnest(${col('lat')}::float8[], ${col('lon')}::float8[], ${col('speedKmh')}::float8[],
                      ${col('heading')}::float8[], ${col('accuracyM')}::float8[],
                      ${sql.param(batch.rows.map((r) => r.at.toISOString()))}::timestamptz[], ${col('flag')}::text[])
               with ordinality as t(lat, lon, speed, heading, accuracy, at, flag, n)
         order by t.n`;
    // Transaction-local, so it applies to this transaction's commit only.
    const commit = batch.asyncCommit ? sql`set_config('synchronous_commit', 'off', true)` : sql`null`;
    const e = batch.eta;
    if (!e) {
      await ex.execute(sql`with ins as (${insert}) select ${commit}`);
      return;
    }
    await ex.execute(
      sql`with ins as (${insert}),
               upd as (
                 update logistics.deliveries
                    set remaining_km = ${e.remainingKm.toFixed(1)}::numeric,
                        eta_at = ${e.etaAt.toISOString()}::timestamptz,
                        soon_notified_at = coalesce(soon_notified_at, ${e.soonNotifiedAt?.toISOString() ?? null}::timestamptz)
                  where id = ${batch.deliveryId}::uuid
               )
          select pg_notify(${e.channel}, ${e.payload}), ${commit}`,
    );
  },

  /** Usable points of the delivery fixed in [from, to], in time order (a live message too big to notify). */
  usableBetween(ex: Executor, deliveryId: string, from: Date, to: Date): Promise<StoredPoint[]> {
    return ex
      .select(usablePointColumns)
      .from(positions)
      .where(
        and(
          eq(positions.deliveryId, deliveryId),
          isNull(positions.flag),
          gte(positions.at, from),
          lte(positions.at, to),
        ),
      )
      .orderBy(asc(positions.at), asc(positions.id));
  },

  /** Every usable point, in time order. */
  usablePoints(ex: Executor, deliveryId: string): Promise<StoredPoint[]> {
    return ex
      .select(usablePointColumns)
      .from(positions)
      .where(and(eq(positions.deliveryId, deliveryId), isNull(positions.flag)))
      .orderBy(asc(positions.at), asc(positions.id));
  },

  timeline(ex: Executor, deliveryId: string): Promise<TimelineRow[]> {
    return ex
      .select({
        id: deliveryTimeline.id,
        kind: deliveryTimeline.kind,
        at: deliveryTimeline.at,
        data: deliveryTimeline.data,
      })
      .from(deliveryTimeline)
      .where(eq(deliveryTimeline.deliveryId, deliveryId))
      .orderBy(asc(deliveryTimeline.at), asc(deliveryTimeline.id));
  },

  /** Records an arrival or the arriving-soon notice unless the delivery has it already; true when recorded now. */
  async recordOnce(
    ex: Executor,
    deliveryId: string,
    kind: OnceKind,
    at: Date,
    data: Record<string, unknown>,
  ): Promise<boolean> {
    const rows = await queryRows<{ id: number }>(
      ex,
      sql`insert into ${deliveryTimeline} (delivery_id, kind, at, data)
          values (${deliveryId}, ${kind}, ${at.toISOString()}::timestamptz, ${JSON.stringify(data)}::jsonb)
          on conflict (delivery_id, kind) where kind in ('arrived_at_pickup', 'arrived_at_dropoff', 'arriving_soon')
          do nothing
          returning id`,
    );
    return rows.length > 0;
  },

  async recordedKinds(ex: Executor, deliveryId: string, kinds: OnceKind[]): Promise<Set<string>> {
    const rows = await ex
      .select({ kind: deliveryTimeline.kind })
      .from(deliveryTimeline)
      .where(and(eq(deliveryTimeline.deliveryId, deliveryId), inArray(deliveryTimeline.kind, kinds)));
    return new Set(rows.map((r) => r.kind));
  },

  async setEta(
    ex: Executor,
    deliveryId: string,
    eta: { remainingKm: number; etaAt: Date } | null,
    soonNotifiedAt?: Date,
  ): Promise<void> {
    await ex
      .update(deliveries)
      .set({
        remainingKm: eta ? eta.remainingKm.toFixed(1) : null,
        etaAt: eta ? eta.etaAt : null,
        ...(soonNotifiedAt ? { soonNotifiedAt } : {}),
      })
      .where(eq(deliveries.id, deliveryId));
  },

  async insertShareLink(
    ex: Executor,
    row: { deliveryId: string; tokenHash: string; createdBy: string; createdAt: Date },
  ): Promise<{ id: string; createdAt: Date }> {
    const [made] = await ex
      .insert(shareLinks)
      .values(row)
      .returning({ id: shareLinks.id, createdAt: shareLinks.createdAt });
    return made!;
  },

  async liveShareLinkCount(ex: Executor, deliveryId: string): Promise<number> {
    const [row] = await queryRows<{ n: number | string }>(
      ex,
      sql`select count(*) as n from ${shareLinks} where delivery_id = ${deliveryId} and revoked_at is null`,
    );
    return Number(row?.n ?? 0);
  },

  async shareLink(ex: Executor, id: string) {
    const [row] = await ex.select().from(shareLinks).where(eq(shareLinks.id, id));
    return row;
  },

  async shareLinkByHash(ex: Executor, tokenHash: string) {
    const [row] = await ex.select().from(shareLinks).where(eq(shareLinks.tokenHash, tokenHash));
    return row;
  },

  async revokeShareLink(ex: Executor, id: string, now: Date): Promise<void> {
    await ex
      .update(shareLinks)
      .set({ revokedAt: now })
      .where(and(eq(shareLinks.id, id), isNull(shareLinks.revokedAt)));
  },
};
