import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role } from '../../shared/principal.js';
import { InvalidTokenError } from './users.errors.js';

const ALG = 'HS256';
const ISSUER = 'tutuu-market';
const AUDIENCE = 'tutuu-market-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

export interface AccessClaims {
  userId: string;
  role: Role;
  sessionId: string;
}

export class TokenSigner {
  // Imported once: importing the raw secret on every verify cost more than the HMAC itself.
  private readonly key: Promise<webcrypto.CryptoKey>;
  constructor(
    secret: string,
    private readonly ttlSec: number,
  ) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
  }

  async sign(claims: AccessClaims, now: Date): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({ role: claims.role, sid: claims.sessionId })
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttlSec)
      .sign(await this.key);
  }

  async verify(token: string, now: Date): Promise<AccessClaims> {
    try {
      // The algorithm is pinned: a token signed with "none" or another algorithm is refused.
      const { payload } = await jwtVerify(token, await this.key, {
        algorithms: [ALG],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
      });
      // Signed by us, yet checked like input: a token made with a leaked key must not reach a query malformed.
      const { sub, sid, role } = payload;
      if (!isUuid(sub) || !isUuid(sid) || !(ROLES as readonly unknown[]).includes(role)) throw new InvalidTokenError();
      return { userId: sub, sessionId: sid, role: role as Role };
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new InvalidTokenError('the access token has expired');
      throw new InvalidTokenError();
    }
  }
}

/** Opaque refresh token: 256 random bits; only its SHA-256 is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
