/** Authorization headers a client could forge: junk, and JWTs signed with the app's key but odd claims. */
import { decodeJwt, SignJWT, type JWTPayload } from 'jose';
import type { Authorization } from './fuzz-requests.js';
import type { Prng } from './fuzz-values.js';

async function sign(secret: string, payload: JWTPayload): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * `valid` is a live access token: forged ones copy its claims (issuer, audience, expiry, subject,
 * session) and change one, so they pass the signature check and reach what reads the claims.
 */
export async function forgedAuthorizations(secret: string, valid: string, r: Prng): Promise<Authorization[]> {
  const claims = decodeJwt(valid);
  const forged = async (label: string, over: Record<string, unknown>) => ({
    header: `Bearer ${await sign(secret, { ...claims, ...over })}`,
    label: `JWT with ${label}`,
  });
  const now = Math.floor(Date.now() / 1000);
  return [
    { header: '', label: 'no Authorization header' },
    { header: 'Bearer', label: '"Bearer" alone' },
    { header: 'Bearer ', label: '"Bearer " and nothing' },
    { header: 'Bearer a.b.c', label: 'a.b.c' },
    { header: 'Basic Zm9vOmJhcg==', label: 'Basic credentials' },
    { header: `Bearer ${'A'.repeat(10_000)}`, label: 'a 10 000-char token' },
    { header: `Bearer ${valid} extra`, label: 'a token and more' },
    { header: `Bearer ${valid}x`, label: 'a token with a bad signature' },
    { header: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`, label: 'alg none' },
    { header: `Bearer ${await sign('another-secret-another-secret-0123456789', claims)}`, label: 'another key' },
    await forged('sid "not-a-uuid"', { sid: 'not-a-uuid' }),
    await forged('sid with NUL', { sid: 'a\u0000b' }),
    await forged('sid of 10 000 chars', { sid: 'f'.repeat(10_000) }),
    await forged('sid a number', { sid: 12345 }),
    await forged('sid of no session', { sid: r.uuid() }),
    await forged('sub "not-a-uuid"', { sub: 'not-a-uuid' }),
    await forged('sub with NUL', { sub: 'a\u0000b' }),
    await forged('sub of nobody', { sub: r.uuid() }),
    await forged('role "superuser"', { role: 'superuser' }),
    await forged('role "admin"', { role: 'admin' }),
    await forged('role an object', { role: { admin: true } }),
    await forged('exp 2^53+1', { exp: 2 ** 53 + 1 }),
    await forged('exp in the past', { exp: now - 3600 }),
    await forged('iat in the future', { iat: now + 10 * 365 * 86_400 }),
    await forged('no exp', { exp: undefined }),
    await forged('aud an array', { aud: [claims.aud, 'other'] }),
  ];
}
