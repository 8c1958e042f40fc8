import { NotFoundError } from './errors.js';

import type { Principal } from './principal.js';

type Actor = Pick<Principal, 'userId' | 'role'>;

/**
 * Object-level authorization: a row that is missing, or that belongs to someone else, looks
 * the same to the caller — 404 — so ids cannot be probed. Admins see everything.
 */
export function ownedOr404<T>(row: T | null | undefined, actor: Actor, ownerOf: (row: T) => string, what: string): T {
  if (!row) throw new NotFoundError(what);
  if (actor.role !== 'admin' && ownerOf(row) !== actor.userId) throw new NotFoundError(what);
  return row;
}
