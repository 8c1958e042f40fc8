import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import { ValidationError } from '../../shared/errors.js';
import type { Principal } from '../../shared/principal.js';
import { innProblem } from '../../shared/inn.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import {
  DeviceNotFoundError,
  InnLockedError,
  UserNotFoundError,
  WeakPasswordError,
  WrongPasswordError,
} from './users.errors.js';
import { usersRepository as repo, type NewUser } from './users.repository.js';
import { announceAccount, type AccountChangedHook } from './account-changes.js';
import type { PasswordAttempts } from './password-attempts.js';
import { toDeviceViews, toUserView, type DeviceView, type UserView } from './users.views.js';

export interface ProfilePatch {
  name?: string | undefined;
  phone?: string | null | undefined;
  company?:
    | {
        name?: string | undefined;
        inn?: string | undefined;
        kpp?: string | null | undefined;
        address?: string | null | undefined;
      }
    | null
    | undefined;
}

/** What a signed-in user does with their own account. */
export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly attempts: PasswordAttempts,
    private readonly onAccountChanged: AccountChangedHook = async () => undefined,
  ) {}

  async me(principal: Principal): Promise<UserView> {
    const user = await repo.findById(this.db, principal.userId);
    if (!user) throw new UserNotFoundError();
    return toUserView(user);
  }

  async updateMe(principal: Principal, patch: ProfilePatch): Promise<UserView> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const user = await repo.findById(tx, principal.userId, { forUpdate: true });
      if (!user) throw new UserNotFoundError();
      const trading = user.role === 'seller' || user.role === 'carrier';
      const set: Partial<NewUser> = {};
      if (patch.name !== undefined) set.name = patch.name.trim();
      if (patch.phone !== undefined) set.phone = patch.phone;
      if (patch.company === null) {
        if (trading)
          throw new ValidationError([{ path: 'company', message: 'a seller or carrier must keep its company' }]);
        Object.assign(set, { companyName: null, companyInn: null, companyKpp: null, companyAddress: null });
      } else if (patch.company) {
        const c = patch.company;
        if (c.inn !== undefined && c.inn !== user.companyInn) {
          if (trading && user.companyInn) throw new InnLockedError();
          const bad = innProblem(c.inn);
          if (bad) throw new ValidationError([{ path: 'company.inn', message: bad }]);
          set.companyInn = c.inn;
        }
        if (c.name !== undefined) set.companyName = c.name.trim();
        if (c.kpp !== undefined) set.companyKpp = c.kpp;
        if (c.address !== undefined) set.companyAddress = c.address;
        const name = set.companyName ?? user.companyName;
        const inn = set.companyInn ?? user.companyInn;
        if (!name || !inn) {
          throw new ValidationError([
            { path: name ? 'company.inn' : 'company.name', message: 'a company needs both a name and an ИНН' },
          ]);
        }
      }
      // The name customers buy from is checked by an admin like the first one was (docs/domain.md,
      // Accounts): an approved trader that renames itself waits for approval again.
      const renamed = set.companyName !== undefined && set.companyName !== user.companyName;
      const review = trading && renamed && user.status === 'approved';
      if (review) set.status = 'pending';
      const updated = await repo.updateUser(tx, user.id, set, now);
      await announceAccount(tx, this.onAccountChanged, updated);
      await repo.audit(tx, {
        userId: user.id,
        actorId: principal.userId,
        action: 'profile_updated',
        details: {
          fields: Object.keys(set).filter((f) => f !== 'status'),
          ...(review ? { review: 'company_renamed', from: 'approved', to: 'pending' } : {}),
        },
        at: now,
      });
      return toUserView(updated);
    });
  }

  /**
   * Changes the password and ends every other session: whoever knew the old one is logged out.
   * The current password is checked like a login (counted per account and IP): a stolen session
   * must not become a way to guess it.
   */
  async changePassword(
    principal: Principal,
    currentPassword: string,
    newPassword: string,
    ip: string,
  ): Promise<{ revokedSessions: number }> {
    const user = await repo.findById(this.db, principal.userId);
    if (!user) throw new UserNotFoundError();
    const attempt = await this.attempts.begin(user.email, ip);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new WrongPasswordError();
    await attempt.succeeded();
    const weak = passwordProblem(newPassword, user.email);
    if (weak) throw new WeakPasswordError('newPassword', `password ${weak}`);
    if (newPassword === currentPassword)
      throw new WeakPasswordError('newPassword', 'the new password must differ from the current one');
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      await repo.updateUser(tx, user.id, { passwordHash }, now);
      const revokedSessions = await repo.revokeSessions(tx, user.id, now, 'password_changed', {
        exceptSessionId: principal.sessionId,
      });
      await repo.audit(tx, {
        userId: user.id,
        actorId: user.id,
        action: 'password_changed',
        details: { revokedSessions },
        at: now,
      });
      return { revokedSessions };
    });
  }

  async devices(principal: Principal): Promise<DeviceView[]> {
    const rows = await repo.activeSessions(this.db, principal.userId, this.clock.now());
    return toDeviceViews(rows, principal.sessionId);
  }

  async revokeDevice(principal: Principal, deviceId: string): Promise<{ revokedSessions: number }> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const revokedSessions = await repo.revokeSessions(tx, principal.userId, now, 'device_revoked', { deviceId });
      if (revokedSessions === 0) throw new DeviceNotFoundError();
      await repo.audit(tx, {
        userId: principal.userId,
        actorId: principal.userId,
        action: 'device_revoked',
        details: { deviceId, revokedSessions },
        at: now,
      });
      return { revokedSessions };
    });
  }
}
