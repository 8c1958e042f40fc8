import { ForbiddenError } from './errors.js';

export const ROLES = ['customer', 'seller', 'carrier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: made by the auth guard from a verified access token; services take it as is. */
export interface Principal {
  userId: string;
  role: Role;
  sessionId: string;
  /** `approved` for sellers and carriers that may trade, `active` for customers and admins; `suspended`: read-only. */
  status: string;
}

/** Sellers and carriers trade only once an admin has approved them (docs/domain.md, Actors and accounts). */
export function canTrade(p: Pick<Principal, 'role' | 'status'>): boolean {
  if (p.role === 'seller' || p.role === 'carrier') return p.status === 'approved';
  return p.status !== 'suspended';
}

/**
 * A seller or carrier that has been approved may read its own side of the marketplace, also while
 * suspended (its open orders, stock, warehouses); a pending one has nothing to read yet.
 */
export function mayReadOwnTrade(p: Pick<Principal, 'role' | 'status'>): boolean {
  if (p.role === 'seller' || p.role === 'carrier') return p.status === 'approved' || p.status === 'suspended';
  return p.status !== 'suspended';
}

/** A suspended seller or carrier signs in read-only: every write is this 403 (docs/domain.md, Actors and accounts). */
export class AccountReadOnlyError extends ForbiddenError {
  constructor() {
    super('this account is suspended: it can sign in and read, but not change anything', 'USER.SUSPENDED');
  }
}
