/**
 * `Idempotency-Key` for requests that create something (docs/domain.md, Orders): the same key
 * answers what the first request made, even while that first request is still running; the same
 * key with another body is a 422. One helper for every such endpoint: a request hash, an advisory
 * lock per key, and one error class.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from './db/database.js';
import { DomainError } from './errors.js';

/**
 * One advisory-lock space (`pg_advisory_xact_lock(class, hash)`) per kind of request, so keys of
 * different endpoints never wait for each other. The catalog's single-key locks (7_310_442_002…)
 * are bigints of their own and cannot collide with these two-part ones.
 */
export const IdempotencyLockClass = {
  checkout: 7_310_442,
  cardPayment: 7_310_443,
  invoicePayment: 7_310_444,
} as const;
export type IdempotencyLockClass = (typeof IdempotencyLockClass)[keyof typeof IdempotencyLockClass];

/** The same key came with a different request. `code` keeps each endpoint's documented one. */
export class IdempotencyKeyReusedError extends DomainError {
  constructor(
    code = 'IDEMPOTENCY_KEY_REUSED',
    message = 'this Idempotency-Key was used with a different request body',
  ) {
    super('unprocessable', code, message);
  }
}

/** A request body's fingerprint, independent of key order and of `undefined` members. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Takes the key's lock for the rest of `tx` (a parallel request with the same key waits here until
 * the first commits or fails), then asks `find` for what a request with this key made before:
 * `undefined` → go ahead and make it; the same hash → that earlier result, to answer again
 * (`Idempotent-Replayed`); another hash → `IdempotencyKeyReusedError(code)`.
 * `scope` is what the key belongs to (a customer, an order), so two scopes may use one key.
 */
export async function claimIdempotencyKey<T extends { requestHash: string }>(
  tx: Executor,
  claim: {
    lockClass: IdempotencyLockClass;
    scope: string;
    key: string;
    hash: string;
    find: () => Promise<T | undefined>;
    reusedCode?: string;
  },
): Promise<T | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(${claim.lockClass}, hashtext(${`${claim.scope}/${claim.key}`}))`);
  const earlier = await claim.find();
  if (earlier && earlier.requestHash !== claim.hash) throw new IdempotencyKeyReusedError(claim.reusedCode);
  return earlier;
}
