import type { Executor } from '../../shared/db/database.js';
import type { UserRow } from './users.repository.js';

/** What other modules learn when an account is made or its status or company changes. */
export interface AccountChange {
  id: string;
  role: string;
  status: string;
  /** The company name for traders, else the person's name. */
  name: string;
}

/** Runs inside the transaction that changed the account, so the two never disagree. */
export type AccountChangedHook = (tx: Executor, account: AccountChange) => Promise<void>;

export function accountChange(u: UserRow): AccountChange {
  return { id: u.id, role: u.role, status: u.status, name: u.companyName ?? u.name };
}
