import type { Executor } from '../../shared/db/database.js';
import type { TaxRegimeChange } from '../../shared/tax-regimes.js';
import { sellerTermsRepository, toSchedule } from './seller-terms.repository.js';
import type { UserRow } from './users.repository.js';

/** What other modules learn when an account is made or its status, company or tax regime changes. */
export interface AccountChange {
  id: string;
  role: string;
  status: string;
  /** The company name for traders, else the person's name. */
  name: string;
  /** Every tax regime change, oldest first; empty: `vat_payer` from the beginning (docs/domain.md, Actors and accounts). */
  taxRegimes: TaxRegimeChange[];
}

/** Runs inside the transaction that changed the account, so the two never disagree. */
export type AccountChangedHook = (tx: Executor, account: AccountChange) => Promise<void>;

/** Tells the hook the account as it now stands, the whole regime schedule included. */
export async function announceAccount(tx: Executor, hook: AccountChangedHook, u: UserRow): Promise<void> {
  const taxRegimes = toSchedule(await sellerTermsRepository.regimeChanges(tx, u.id));
  await hook(tx, { id: u.id, role: u.role, status: u.status, name: u.companyName ?? u.name, taxRegimes });
}
