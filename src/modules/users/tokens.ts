import { createHash, randomBytes } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../../shared/principal.js';
import { InvalidTokenError } from './users.errors.js';

const ALG = 'HS256';
const ISSUER = 'tutuu-market';
const AUDIENCE = 'tutuu-market-api';

export interface AccessClaims {
  userId: string;
  role: Role;
  sessionId: string;
}

export class TokenSigner {
  private readonly key: Uint8Array;
  constructor(
    secret: string,
    private readonly ttlSec: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: AccessClaims, now: Date): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({ role: claims.role, sid: claims.sessionId })
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + this.ttlSec)
      .sign(this.key);
  }

  async verify(token: string, now: Date): Promise<AccessClaims> {
    try {
      // The algorithm is pinned: a token signed with "none" or another algorithm is refused.
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALG],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.role !== 'string') {
        throw new InvalidTokenError();
      }
      return { userId: payload.sub, sessionId: payload.sid, role: payload.role as Role };
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
