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
   * Inserts a batch in one statement (arrays unnested: one parse whatever the batch size); the
   * first and last id given to the usable ones, or null when none is usable.
   */
  async insertPositions(
    ex: Executor,
    deliveryId: string,
    rows: readonly NewPositionRow[],
    receivedAt: Date,
    source: string,
  ): Promise<{ firstUsableId: number | null; lastUsableId: number | null }> {
    // One array parameter per column (sql.param: a list would be spread into separate parameters).
    const col = <K extends keyof NewPositionRow>(k: K) => sql.param(rows.map((r) => r[k]));
    const [ids] = await queryRows<{ first: number | string | null; last: number | string | null }>(
      ex,
      sql`with ins as (
            insert into ${positions} (delivery_id, lat, lon, speed_kmh, heading, accuracy_m, at, received_at, flag, source)
            select ${deliveryId}::uuid, t.lat, t.lon, t.speed, t.heading, t.accuracy, t.at, ${receivedAt.toISOString()}::timestamptz, t.flag, ${source}
              from unnest(${col('lat')}::float8[], ${col('lon')}::float8[], ${col('speedKmh')}::float8[],
                          ${col('heading')}::float8[], ${col('accuracyM')}::float8[],
                          ${sql.param(rows.map((r) => r.at.toISOString()))}::timestamptz[], ${col('flag')}::text[])
                   with ordinality as t(lat, lon, speed, heading, accuracy, at, flag, n)
             order by t.n
            returning id, flag
          )
          select min(id) filter (where flag is null) as first, max(id) filter (where flag is null) as last from ins`,
    );
    const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
    return { firstUsableId: num(ids?.first), lastUsableId: num(ids?.last) };
  },

  /** Usable points of the delivery with ids in [from, to], in time order (a live message too big to notify). */
  usableInRange(ex: Executor, deliveryId: string, from: number, to: number): Promise<StoredPoint[]> {
    return ex
      .select(usablePointColumns)
      .from(positions)
      .where(
        and(
          eq(positions.deliveryId, deliveryId),
          isNull(positions.flag),
          gte(positions.id, from),
          lte(positions.id, to),
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
