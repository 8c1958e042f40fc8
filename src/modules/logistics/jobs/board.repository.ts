import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../shared/db/database.js';

export interface BoardQuery {
  carrierId: string;
  near: { lat: number; lon: number };
  radiusKm?: number | undefined;
  body?: string | undefined;
  limit: number;
  after?: [number, string] | undefined;
  /** Only this job: whether it is on the carrier's board at all. */
  jobId?: string | undefined;
}

export interface BoardRow {
  id: string;
  distance_m: string;
  lowest_bid: string | null;
  bid_count: number;
}

/**
 * Open jobs one of the carrier's live vehicles fits (the same rule as body-types.ts `vehicleFits`:
 * the body, a crane for crane unloading, the length of the longest item, a 1/vehicles share of the
 * weight and volume), nearest pickup first.
 */
export function boardRows(ex: Executor, q: BoardQuery): Promise<BoardRow[]> {
  const dist = sql`round(earth_distance(ll_to_earth(j.pickup_lat, j.pickup_lon), ll_to_earth(${q.near.lat}::float8, ${q.near.lon}::float8)))::bigint`;
  return queryRows<BoardRow>(
    ex,
    sql`select j.id, ${dist} as distance_m,
               (select min(b.price_minor) from logistics.bids b where b.job_id = j.id and b.status = 'active') as lowest_bid,
               (select count(*)::int from logistics.bids b where b.job_id = j.id and b.status = 'active') as bid_count
        from logistics.jobs j
        where j.status = 'open'
          ${q.jobId ? sql`and j.id = ${q.jobId}::uuid` : sql``}
          and exists (
            select 1 from logistics.vehicles v
            where v.carrier_id = ${q.carrierId} and v.deleted_at is null
              and v.body_type = any(j.bodies)
              ${q.body ? sql`and v.body_type = ${q.body}` : sql``}
              and v.payload_kg >= j.weight_kg / j.vehicles
              and v.volume_m3 >= j.volume_m3 / j.vehicles
              and (j.cargo <> 'general'
                   or ((not j.needs_crane or v.crane)
                       and (j.longest_item_m is null or v.body_length_m >= j.longest_item_m))))
          ${q.radiusKm === undefined ? sql`` : sql`and ${dist} <= ${Math.round(q.radiusKm * 1000)}`}
          ${q.after ? sql`and (${dist}, j.id) > (${q.after[0]}::bigint, ${q.after[1]}::uuid)` : sql``}
        order by distance_m, j.id
        limit ${q.limit + 1}`,
  );
}

/** The lowest active bid and the number of active bids of each job. */
export async function bidSummaries(
  ex: Executor,
  jobIds: readonly string[],
): Promise<Map<string, { lowest: number | null; count: number }>> {
  if (jobIds.length === 0) return new Map();
  const rows = await queryRows<{ job_id: string; lowest: string | null; count: number }>(
    ex,
    sql`select job_id, min(price_minor) as lowest, count(*)::int as count
        from logistics.bids where status = 'active' and job_id in (${sql.join(
          jobIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        group by job_id`,
  );
  return new Map(rows.map((r) => [r.job_id, { lowest: r.lowest === null ? null : Number(r.lowest), count: r.count }]));
}
