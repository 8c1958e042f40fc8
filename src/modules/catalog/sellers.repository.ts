import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';
import { regimeAt, type TaxRegime, type TaxRegimeChange } from '../../shared/tax-regimes.js';
import { refreshListingsOfSeller } from './listing.repository.js';

export interface SellerAccount {
  id: string;
  role: string;
  status: string;
  name: string;
  /** The seller's tax regime changes, oldest first (empty: `vat_payer`). */
  taxRegimes: TaxRegimeChange[];
}

/**
 * The catalog's copy of a seller's status and tax regime schedule, written in the same transaction
 * as the account change, so a suspended seller's offers leave search at the moment of suspension.
 */
export async function syncSeller(tx: Executor, seller: SellerAccount): Promise<void> {
  if (seller.role !== 'seller') return;
  const [before] = await queryRows<{ status: string }>(
    tx,
    sql`select status from catalog.sellers where id = ${seller.id}::uuid for update`,
  );
  await tx.execute(sql`
    insert into catalog.sellers (id, status, name, tax_regimes, updated_at)
    values (${seller.id}::uuid, ${seller.status}, ${seller.name}, ${JSON.stringify(seller.taxRegimes)}::jsonb, now())
    on conflict (id) do update
      set status = excluded.status, name = excluded.name, tax_regimes = excluded.tax_regimes, updated_at = excluded.updated_at`);
  // Only the status decides what search shows: a new name or regime leaves every listing as it is.
  if (before?.status !== seller.status) await refreshListingsOfSeller(tx, seller.id);
}

/** The seller's tax regime at `at`, as the catalog's copy has it; a seller it does not know is a VAT payer. */
export async function sellerRegimeAt(ex: Executor, sellerId: string, at: Date): Promise<TaxRegime> {
  const [row] = await queryRows<{ tax_regimes: TaxRegimeChange[] }>(
    ex,
    sql`select tax_regimes from catalog.sellers where id = ${sellerId}::uuid`,
  );
  return regimeAt(row?.tax_regimes ?? [], at);
}

/** Approved sellers the catalog knows, in a stable order (for seeding benchmark catalogs). */
export async function approvedSellers(ex: Executor): Promise<{ id: string; name: string }[]> {
  const res = (await ex.execute(
    sql`select id, name from catalog.sellers where status = 'approved' order by name, id`,
  )) as unknown as { rows: { id: string; name: string }[] };
  return res.rows;
}
