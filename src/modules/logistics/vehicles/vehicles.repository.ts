import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import type { VehicleShape } from '../body-types.js';
import { bids, deliveries, jobs, vehicles } from '../logistics.tables.js';
import type { VehicleWork } from './vehicles.errors.js';

export type VehicleRow = typeof vehicles.$inferSelect;
export type NewVehicle = Omit<typeof vehicles.$inferInsert, 'id' | 'deletedAt'>;
export type VehicleChange = Partial<Omit<NewVehicle, 'carrierId' | 'createdAt'>>;

/** Deliveries that hold their vehicle: from the award until the goods are delivered or it fails. */
export const BUSY_DELIVERY_STATUSES = ['awarded', 'en_route_to_pickup', 'loaded', 'in_transit'] as const;

const live = isNull(vehicles.deletedAt);

/** A live vehicle; `lock` takes its row (`update` before changing it, `share` to keep it from being deleted). */
export async function findLive(
  ex: Executor,
  id: string,
  lock?: 'update' | 'share',
  carrierId?: string,
): Promise<VehicleRow | undefined> {
  const q = ex
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.id, id), live, carrierId === undefined ? undefined : eq(vehicles.carrierId, carrierId)))
    .limit(1);
  const [row] = lock ? await q.for(lock) : await q;
  return row;
}

/** Newest first by (created_at, id); `after` is the last key of the previous page. */
export function listLive(
  ex: Executor,
  q: { carrierId?: string | undefined; after?: [string, string] | undefined; limit: number },
): Promise<VehicleRow[]> {
  const keyset: SQL | undefined = q.after
    ? sql`(${vehicles.createdAt}, ${vehicles.id}) < (${q.after[0]}::timestamptz, ${q.after[1]}::uuid)`
    : undefined;
  return ex
    .select()
    .from(vehicles)
    .where(and(live, q.carrierId === undefined ? undefined : eq(vehicles.carrierId, q.carrierId), keyset))
    .orderBy(desc(vehicles.createdAt), desc(vehicles.id))
    .limit(q.limit + 1);
}

export async function insertVehicle(ex: Executor, values: NewVehicle): Promise<VehicleRow> {
  const [row] = await ex.insert(vehicles).values(values).returning();
  return row!;
}

export async function updateVehicle(ex: Executor, id: string, change: VehicleChange): Promise<VehicleRow> {
  const [row] = await ex.update(vehicles).set(change).where(eq(vehicles.id, id)).returning();
  return row!;
}

export async function softDelete(ex: Executor, id: string, now: Date): Promise<void> {
  await ex.update(vehicles).set({ deletedAt: now, updatedAt: now }).where(eq(vehicles.id, id));
}

/** What keeps the vehicle busy (docs/domain.md, Logistics — Vehicles); empty lists: nothing. */
export async function workOf(ex: Executor, vehicleId: string): Promise<VehicleWork> {
  const running = await ex
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(and(eq(deliveries.vehicleId, vehicleId), inArray(deliveries.status, [...BUSY_DELIVERY_STATUSES])));
  const awarded = await ex
    .select({ id: jobs.id })
    .from(jobs)
    .innerJoin(bids, eq(bids.id, jobs.awardedBidId))
    .where(and(eq(jobs.status, 'awarded'), eq(bids.vehicleId, vehicleId)));
  return { deliveryIds: running.map((r) => r.id), awardedJobIds: awarded.map((r) => r.id) };
}

export const isBusyWork = (w: VehicleWork) => w.deliveryIds.length > 0 || w.awardedJobIds.length > 0;

/** Withdraws the vehicle's live bids (it is going away); the ids withdrawn. */
export async function withdrawActiveBids(ex: Executor, vehicleId: string): Promise<string[]> {
  const rows = await ex
    .update(bids)
    .set({ status: 'withdrawn', reason: 'vehicle_deleted' })
    .where(and(eq(bids.vehicleId, vehicleId), eq(bids.status, 'active')))
    .returning({ id: bids.id });
  return rows.map((r) => r.id);
}

/** The body and size of a vehicle as the fit rules take them (body-types.ts). */
export function shapeOf(v: VehicleRow): VehicleShape {
  return {
    bodyType: v.bodyType as VehicleShape['bodyType'],
    payloadKg: v.payloadKg,
    volumeM3: Number(v.volumeM3),
    bodyLengthM: Number(v.bodyLengthM),
    crane: v.crane,
  };
}
