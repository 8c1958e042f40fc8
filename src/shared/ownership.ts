import { type DomainError, NotFoundError } from './errors.js';
import type { Principal } from './principal.js';

type Actor = Pick<Principal, 'userId' | 'role'>;

/**
 * Object-level authorization: a row that is missing, or that belongs to someone else, looks
 * the same to the caller — 404 — so ids cannot be probed. Admins see everything.
 * `notFound` names the thing (`'offer'`) or makes the module's own not-found error.
 */
export function ownedOr404<T>(
  row: T | null | undefined,
  actor: Actor,
  ownerOf: (row: T) => string,
  notFound: string | (() => DomainError),
): T {
  if (!row || (actor.role !== 'admin' && ownerOf(row) !== actor.userId)) {
    throw typeof notFound === 'string' ? new NotFoundError(notFound) : notFound();
  }
  return row;
}
