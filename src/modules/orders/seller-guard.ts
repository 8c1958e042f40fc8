import { ForbiddenError } from '../../shared/errors.js';
import type { Principal } from '../../shared/principal.js';

/**
 * Sub-orders, their payments, refunds and returns are handled by their sellers (admins act for
 * any): every other role is a 403. Whose sub-order it is the caller checks (someone else's → 404);
 * a suspended seller's writes never get here (the auth guard answers USER.SUSPENDED).
 */
export function assertSellerOrAdmin(p: Principal, what = 'sub-orders are handled by their sellers'): void {
  if (p.role !== 'seller' && p.role !== 'admin') throw new ForbiddenError(what, 'ORDER.SELLERS_ONLY');
}
