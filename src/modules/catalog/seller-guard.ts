import { canTrade, mayReadOwnTrade, type Principal } from '../../shared/principal.js';
import { SellerNotApprovedError } from './catalog.errors.js';

/** Sellers manage the catalog only once approved; admins always may. */
export function assertSellerOrAdmin(p: Principal): void {
  if (p.role === 'admin') return;
  if (p.role !== 'seller' || !canTrade(p)) throw new SellerNotApprovedError();
}

/** A suspended seller still reads its own offers, warehouses and stock (docs/domain.md, Actors and accounts). */
export function assertSellerMayRead(p: Principal): void {
  if (p.role === 'admin') return;
  if (p.role !== 'seller' || !mayReadOwnTrade(p)) throw new SellerNotApprovedError();
}
