/**
 * Share links of an estimate (docs/domain.md, Estimates): a random token, shown once; only its
 * sha256 is kept, so a leaked database does not open anyone's estimates.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters nobody guesses. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Live links one estimate may have at once. */
export const MAX_LIVE_SHARES = 10;

export const newShareToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');

export const hashShareToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Whether a string can be a token we issued (anything else is a 404 without a query). */
export const looksLikeShareToken = (token: string): boolean => TOKEN_SHAPE.test(token);

/** The public read-only view a token opens. */
export const sharedPath = (token: string): string => `/api/v1/insights/shared-estimates/${token}`;
