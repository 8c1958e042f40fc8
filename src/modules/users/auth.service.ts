import { randomUUID } from 'node:crypto';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import { sqlState, UNIQUE_VIOLATION } from '../../shared/db/errors.js';
import type { Principal } from '../../shared/principal.js';
import { innProblem } from '../../shared/inn.js';
import { ValidationError } from '../../shared/errors.js';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { hashRefreshToken, newRefreshToken, type TokenSigner } from './tokens.js';
import {
  AccountSuspendedError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidRefreshTokenError,
  RefreshTokenReusedError,
  SessionRevokedError,
  WeakPasswordError,
} from './users.errors.js';
import { usersRepository as repo, type UserRow } from './users.repository.js';
import { announceAccount, type AccountChangedHook } from './account-changes.js';
import type { PasswordAttempts } from './password-attempts.js';
import { toUserView, type UserView } from './users.views.js';

export interface AuthPolicy {
  accessTokenTtlSec: number;
  refreshTokenTtlDays: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  failureWindowSec: number;
}

/** Where a request comes from; recorded with the session it opens. */
export interface ClientInfo {
  ip: string;
  userAgent?: string | undefined;
  deviceId?: string | undefined;
}

export interface CompanyInput {
  name: string;
  inn: string;
  kpp?: string | undefined;
  address?: string | undefined;
}

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  phone?: string | undefined;
  role: 'customer' | 'seller' | 'carrier' | 'admin';
  company?: CompanyInput | undefined;
}

export interface AuthResult {
  user: UserView;
  accessToken: string;
  refreshToken: string;
}

const DAY_MS = 86_400_000;
// Writing last-seen on every request would turn reads into writes; a few minutes' accuracy is enough.
const TOUCH_INTERVAL_MS = 5 * 60_000;

/**
 * A suspended seller or carrier still signs in, read-only, to see its open orders (the auth guard
 * refuses its writes); a suspended customer or admin is locked out (docs/domain.md, Actors and accounts).
 */
function lockedOut(user: { role: string; status: string }): boolean {
  return user.status === 'suspended' && user.role !== 'seller' && user.role !== 'carrier';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly signer: TokenSigner,
    private readonly policy: AuthPolicy,
    private readonly attempts: PasswordAttempts,
    private readonly onAccountChanged: AccountChangedHook = async () => undefined,
  ) {}

  /** Creates an account; `actorId` is the admin who made it, or null for self-registration. */
  async createAccount(input: RegisterInput, actorId: string | null, ex: Executor = this.db): Promise<UserRow> {
    const email = normalizeEmail(input.email);
    const weak = passwordProblem(input.password, email);
    if (weak) throw new WeakPasswordError('password', `password ${weak}`);
    const trading = input.role === 'seller' || input.role === 'carrier';
    if (trading && !input.company) {
      throw new ValidationError([{ path: 'company', message: `a ${input.role} must give its company name and ИНН` }]);
    }
    if (input.company) {
      const bad = innProblem(input.company.inn);
      if (bad) throw new ValidationError([{ path: 'company.inn', message: bad }]);
    }
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();
    try {
      return await ex.transaction(async (tx) => {
        const user = await repo.insertUser(tx, {
          email,
          passwordHash,
          name: input.name.trim(),
          phone: input.phone ?? null,
          role: input.role,
          status: trading ? 'pending' : 'active',
          companyName: input.company?.name.trim() ?? null,
          companyInn: input.company?.inn ?? null,
          companyKpp: input.company?.kpp ?? null,
          companyAddress: input.company?.address ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await repo.audit(tx, {
          userId: user.id,
          actorId: actorId ?? user.id,
          action: 'registered',
          details: { role: user.role },
          at: now,
        });
        await announceAccount(tx, this.onAccountChanged, user);
        return user;
      });
    } catch (err) {
      if (sqlState(err) === UNIQUE_VIOLATION) throw new EmailTakenError();
      throw err;
    }
  }

  async register(input: RegisterInput, client: ClientInfo): Promise<AuthResult> {
    const user = await this.createAccount(input, null);
    return this.openSession(user, client);
  }

  async login(emailRaw: string, password: string, client: ClientInfo): Promise<AuthResult> {
    const email = normalizeEmail(emailRaw);
    const attempt = await this.attempts.begin(email, client.ip);
    const user = await repo.findByEmail(this.db, email);
    // Verify against a dummy hash when there is no user, so both failures take the same time.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) throw new InvalidCredentialsError();
    if (lockedOut(user)) {
      await attempt.forgiven();
      throw new AccountSuspendedError();
    }
    await attempt.succeeded();
    return this.openSession(user, client);
  }

  private async openSession(user: UserRow, client: ClientInfo): Promise<AuthResult> {
    const now = this.clock.now();
    const sessionId = randomUUID();
    const refresh = newRefreshToken();
    await this.db.transaction(async (tx) => {
      await repo.insertSession(tx, {
        id: sessionId,
        userId: user.id,
        // Without X-Device-Id, the session is a device of its own, named by the session id.
        deviceId: client.deviceId ?? sessionId,
        userAgent: client.userAgent ?? null,
        ip: client.ip,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: this.refreshExpiry(now),
      });
      await repo.insertRefreshToken(tx, sessionId, refresh.hash, now);
    });
    const accessToken = await this.signer.sign({ userId: user.id, role: user.role, sessionId }, now);
    return { user: toUserView(user), accessToken, refreshToken: refresh.token };
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.policy.refreshTokenTtlDays * DAY_MS);
  }

  /** Rotates the pair. A token used twice revokes its whole login family (theft detection). */
  async refresh(refreshToken: string, client: ClientInfo): Promise<AuthResult> {
    const now = this.clock.now();
    const next = newRefreshToken();
    const outcome = await this.db.transaction(async (tx) => {
      const consumed = await repo.consumeRefreshToken(tx, hashRefreshToken(refreshToken), now);
      if (consumed.outcome !== 'fresh') return consumed;
      const found = await repo.sessionWithUser(tx, consumed.sessionId);
      if (!found || found.session.revokedAt || found.session.expiresAt <= now) return { outcome: 'dead' as const };
      if (lockedOut(found.user)) return { outcome: 'suspended' as const };
      await repo.insertRefreshToken(tx, consumed.sessionId, next.hash, now);
      await repo.extendSession(tx, consumed.sessionId, this.refreshExpiry(now));
      await repo.touchSession(tx, consumed.sessionId, now, client.ip, client.userAgent);
      return { outcome: 'rotated' as const, sessionId: consumed.sessionId, userId: found.user.id };
    });
    switch (outcome.outcome) {
      case 'suspended':
        throw new AccountSuspendedError();
      case 'reused': {
        const found = await repo.sessionWithUser(this.db, outcome.sessionId);
        if (found && !found.session.revokedAt) {
          await this.db.transaction(async (tx) => {
            await repo.revokeSessions(tx, found.user.id, now, 'refresh_token_reused', { sessionId: outcome.sessionId });
            await repo.audit(tx, {
              userId: found.user.id,
              actorId: null,
              action: 'refresh_token_reused',
              details: { sessionId: outcome.sessionId, ip: client.ip },
              at: now,
            });
          });
        }
        throw new RefreshTokenReusedError();
      }
      case 'rotated': {
        const user = (await repo.findById(this.db, outcome.userId))!;
        const accessToken = await this.signer.sign(
          { userId: user.id, role: user.role, sessionId: outcome.sessionId },
          now,
        );
        return { user: toUserView(user), accessToken, refreshToken: next.token };
      }
      default: // unknown token, or a session that has ended
        throw new InvalidRefreshTokenError();
    }
  }

  /** Ends the session the refresh token belongs to; an unknown token is already logged out. */
  async logout(refreshToken: string): Promise<void> {
    const now = this.clock.now();
    const sessionId = await repo.sessionOfRefreshToken(this.db, hashRefreshToken(refreshToken));
    if (!sessionId) return;
    const found = await repo.sessionWithUser(this.db, sessionId);
    if (found) await repo.revokeSessions(this.db, found.user.id, now, 'logout', { sessionId });
  }

  async logoutAll(principal: Principal): Promise<number> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const n = await repo.revokeSessions(tx, principal.userId, now, 'logout_all');
      await repo.audit(tx, {
        userId: principal.userId,
        actorId: principal.userId,
        action: 'logged_out_everywhere',
        details: { sessions: n },
        at: now,
      });
      return n;
    });
  }

  /**
   * Checks an access token and the state behind it: a revoked session or a suspended account
   * stops the token at once, not when it expires.
   */
  async verifyAccessToken(token: string): Promise<Principal> {
    const now = this.clock.now();
    const claims = await this.signer.verify(token, now);
    const found = await repo.sessionWithUser(this.db, claims.sessionId);
    if (!found || found.user.id !== claims.userId || found.session.revokedAt || found.session.expiresAt <= now) {
      throw new SessionRevokedError();
    }
    if (lockedOut(found.user)) throw new AccountSuspendedError();
    if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await repo.touchSession(this.db, claims.sessionId, now);
    }
    return { userId: found.user.id, role: found.user.role, sessionId: claims.sessionId, status: found.user.status };
  }
}
