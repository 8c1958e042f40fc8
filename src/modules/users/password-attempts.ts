import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import { usersRepository as repo } from './users.repository.js';
import { LoginThrottledError } from './users.errors.js';

export interface AttemptPolicy {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  failureWindowSec: number;
}

/** One password check under way: say how it ended, so the attempt is given back or kept. */
export interface PasswordAttempt {
  /** The password was right: the IP's attempt is given back and the account's failures cleared. */
  succeeded(): Promise<void>;
  /** Right password, but the account may not log in (suspended): both attempts given back, nothing cleared. */
  forgiven(): Promise<void>;
}

/**
 * Every check of a password someone types — a login, the current password when changing it —
 * counts against the account and the caller's IP in one window (ADR 0005). The attempt is counted
 * before the slow argon2 check, so a burst of parallel guesses cannot all slip under the limit.
 */
export class PasswordAttempts {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly policy: AttemptPolicy,
  ) {}

  /** 429 `AUTH.TOO_MANY_ATTEMPTS` when the account or the IP is at its limit; else the attempt, counted. */
  async begin(email: string, ip: string): Promise<PasswordAttempt> {
    const accountKey = `account:${email}`;
    const ipKey = `ip:${ip}`;
    const limits: Record<string, number> = {
      [accountKey]: this.policy.maxFailuresPerAccount,
      [ipKey]: this.policy.maxFailuresPerIp,
    };
    this.refuseIfThrottled(await repo.failureCounts(this.db, [accountKey, ipKey]), limits, 0);
    const now = this.clock.now();
    const counted = [
      await repo.recordFailure(this.db, accountKey, now, this.policy.failureWindowSec),
      await repo.recordFailure(this.db, ipKey, now, this.policy.failureWindowSec),
    ];
    this.refuseIfThrottled(counted, limits, 1);
    return {
      succeeded: async () => {
        await repo.forgiveFailure(this.db, ipKey);
        await repo.clearFailures(this.db, accountKey);
      },
      forgiven: async () => {
        await repo.forgiveFailure(this.db, ipKey);
        await repo.forgiveFailure(this.db, accountKey);
      },
    };
  }

  /** 429 when a counter is at its limit, not counting `own` attempts already added by this request. */
  private refuseIfThrottled(
    rows: { key: string; failures: number; windowStartedAt: Date }[],
    limits: Record<string, number>,
    own: number,
  ): void {
    const now = this.clock.now().getTime();
    const windowMs = this.policy.failureWindowSec * 1000;
    let retryAfterMs = 0;
    for (const row of rows) {
      const endsAt = row.windowStartedAt.getTime() + windowMs;
      if (endsAt > now && row.failures - own >= limits[row.key]!) {
        retryAfterMs = Math.max(retryAfterMs, endsAt - now);
      }
    }
    if (retryAfterMs > 0) throw new LoginThrottledError(Math.ceil(retryAfterMs / 1000));
  }
}
