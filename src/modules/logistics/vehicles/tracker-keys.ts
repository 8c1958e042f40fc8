/**
 * Device keys of phone trackers (docs/domain.md, Logistics — Vehicles). Traccar Client and OsmAnd
 * report `id=<device identifier>` with every point; the identifier is a key issued per vehicle, so
 * a position finds its vehicle (and that vehicle's delivery) without any other credential. The key
 * is shown once; only its sha256 is kept, with a short prefix the carrier can recognise it by.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../../shared/db/database.js';
import { trackerKeys, vehicles } from '../logistics.tables.js';

/** 128 random bits as 32 lowercase hex digits: safe in a URL, and one case to type on a phone. */
const KEY_BYTES = 16;
const KEY_SHAPE = /^[0-9a-f]{32}$/;
const PREFIX_LENGTH = 6;

export interface ActiveKey {
  prefix: string;
  issuedAt: Date;
}

export function hashTrackerKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Revokes the vehicle's key, if it has one, and issues a new one: the key itself, shown once. */
export async function issueTrackerKey(
  ex: Executor,
  v: { vehicleId: string; carrierId: string },
  now: Date,
): Promise<{ key: string } & ActiveKey> {
  await revokeTrackerKeys(ex, [v.vehicleId], now);
  const key = randomBytes(KEY_BYTES).toString('hex');
  const prefix = key.slice(0, PREFIX_LENGTH);
  await ex.insert(trackerKeys).values({ ...v, keyHash: hashTrackerKey(key), keyPrefix: prefix, createdAt: now });
  return { key, prefix, issuedAt: now };
}

/** How many live keys were revoked. */
export async function revokeTrackerKeys(ex: Executor, vehicleIds: string[], now: Date): Promise<number> {
  if (vehicleIds.length === 0) return 0;
  const rows = await ex
    .update(trackerKeys)
    .set({ revokedAt: now })
    .where(and(inArray(trackerKeys.vehicleId, vehicleIds), isNull(trackerKeys.revokedAt)))
    .returning({ id: trackerKeys.id });
  return rows.length;
}

/** The live key of each vehicle (prefix and when it was issued), never the key. */
export async function activeKeysOf(ex: Executor, vehicleIds: string[]): Promise<Map<string, ActiveKey>> {
  if (vehicleIds.length === 0) return new Map();
  const rows = await ex
    .select({ vehicleId: trackerKeys.vehicleId, prefix: trackerKeys.keyPrefix, issuedAt: trackerKeys.createdAt })
    .from(trackerKeys)
    .where(and(inArray(trackerKeys.vehicleId, vehicleIds), isNull(trackerKeys.revokedAt)));
  return new Map(rows.map((r) => [r.vehicleId, { prefix: r.prefix, issuedAt: r.issuedAt }]));
}

/**
 * The vehicle a tracker reports for, from the `id` it sends: undefined for a revoked key, a key of
 * a deleted vehicle, or anything that is not a key. Case and surrounding spaces are forgiven (a
 * phone's keyboard may capitalise the first letter).
 */
export async function vehicleForTrackerKey(
  ex: Executor,
  key: string,
): Promise<{ vehicleId: string; carrierId: string } | undefined> {
  const k = key.trim().toLowerCase();
  if (!KEY_SHAPE.test(k)) return undefined;
  const [row] = await ex
    .select({ vehicleId: trackerKeys.vehicleId, carrierId: trackerKeys.carrierId })
    .from(trackerKeys)
    .innerJoin(vehicles, eq(vehicles.id, trackerKeys.vehicleId))
    .where(and(eq(trackerKeys.keyHash, hashTrackerKey(k)), isNull(trackerKeys.revokedAt), isNull(vehicles.deletedAt)))
    .limit(1);
  return row;
}
