import { canTrade, type Principal } from '../../shared/principal.js';
import { SellerNotApprovedError } from './catalog.errors.js';

/** Sellers manage the catalog only once approved; admins always may. */
export function assertSellerOrAdmin(p: Principal): void {
  if (p.role === 'admin') return;
  if (p.role !== 'seller' || !canTrade(p)) throw new SellerNotApprovedError();
}
