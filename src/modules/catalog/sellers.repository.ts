import { sql } from 'drizzle-orm';
import type { Executor } from '../../shared/db/database.js';
import { refreshListingsOfSeller } from './listing.repository.js';

export interface SellerAccount {
  id: string;
  role: string;
  status: string;
  name: string;
}

/**
 * The catalog's copy of a seller's status, written in the same transaction as the account change,
 * so a suspended seller's offers leave search at the moment of suspension.
 */
export async function syncSeller(tx: Executor, seller: SellerAccount): Promise<void> {
  if (seller.role !== 'seller') return;
  await tx.execute(sql`
    insert into catalog.sellers (id, status, name, updated_at) values (${seller.id}::uuid, ${seller.status}, ${seller.name}, now())
    on conflict (id) do update set status = excluded.status, name = excluded.name, updated_at = excluded.updated_at`);
  await refreshListingsOfSeller(tx, seller.id);
}

/** Approved sellers the catalog knows, in a stable order (for seeding benchmark catalogs). */
export async function approvedSellers(ex: Executor): Promise<{ id: string; name: string }[]> {
  const res = (await ex.execute(
    sql`select id, name from catalog.sellers where status = 'approved' order by name, id`,
  )) as unknown as { rows: { id: string; name: string }[] };
  return res.rows;
}
