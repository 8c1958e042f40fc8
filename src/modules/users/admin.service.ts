import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import { DomainError } from '../../shared/errors.js';
import type { Principal } from '../../shared/principal.js';
import { cursorPart, decodeCursor, timeIdCursor, toPage } from '../../shared/http/pagination.js';
import { z } from 'zod';
import { InvalidStatusTransitionError, UserNotFoundError } from './users.errors.js';
import { usersRepository as repo, type UserRow } from './users.repository.js';
import { announceAccount, type AccountChangedHook } from './account-changes.js';
import { toAuditView, toUserView } from './users.views.js';

export interface UserListQuery {
  role?: UserRow['role'] | undefined;
  status?: UserRow['status'] | undefined;
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Marketplace staff: find accounts, approve sellers and carriers, suspend and reinstate. */
export class AdminUsersService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly onAccountChanged: AccountChangedHook = async () => undefined,
  ) {}

  async list(query: UserListQuery) {
    const after = decodeCursor(query.cursor, timeIdCursor);
    const rows = await repo.listUsers(this.db, { ...query, q: query.q?.trim() || undefined, after });
    return toPage(rows, query.limit, (u) => [u.createdAt.toISOString(), u.id], toUserView);
  }

  async get(id: string) {
    const user = await repo.findById(this.db, id);
    if (!user) throw new UserNotFoundError();
    return toUserView(user);
  }

  async auditTrail(id: string, limit: number, cursor?: string) {
    await this.get(id);
    const before = decodeCursor(cursor, z.tuple([cursorPart.sequence]));
    const rows = await repo.auditTrail(this.db, id, limit, before?.[0]);
    return toPage(rows, limit, (a) => [a.seq], toAuditView);
  }

  approve(admin: Principal, id: string, reason?: string) {
    return this.transition(admin, id, 'approve', reason, (u) => {
      if (u.status !== 'pending') throw new InvalidStatusTransitionError('approve', u.status);
      return { status: 'approved' };
    });
  }

  /** Suspension also ends every session, so the user's tokens stop working at once. */
  suspend(admin: Principal, id: string, reason: string) {
    if (id === admin.userId)
      throw new DomainError('conflict', 'USER.CANNOT_SUSPEND_SELF', 'an admin cannot suspend their own account');
    return this.transition(admin, id, 'suspend', reason, (u) => {
      if (u.status === 'suspended') throw new InvalidStatusTransitionError('suspend', u.status);
      return { status: 'suspended', statusBeforeSuspension: u.status };
    });
  }

  reinstate(admin: Principal, id: string, reason?: string) {
    return this.transition(admin, id, 'reinstate', reason, (u) => {
      if (u.status !== 'suspended') throw new InvalidStatusTransitionError('reinstate', u.status);
      const fallback = u.role === 'seller' || u.role === 'carrier' ? 'approved' : 'active';
      return { status: u.statusBeforeSuspension ?? fallback, statusBeforeSuspension: null };
    });
  }

  private async transition(
    admin: Principal,
    id: string,
    action: 'approve' | 'suspend' | 'reinstate',
    reason: string | undefined,
    next: (u: UserRow) => Pick<Partial<UserRow>, 'status' | 'statusBeforeSuspension'>,
  ) {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      // The row lock makes two admins acting at once apply one after the other.
      const user = await repo.findById(tx, id, { forUpdate: true });
      if (!user) throw new UserNotFoundError();
      const patch = next(user);
      const updated = await repo.updateUser(tx, id, patch, now);
      await announceAccount(tx, this.onAccountChanged, updated);
      const revokedSessions = action === 'suspend' ? await repo.revokeSessions(tx, id, now, 'suspended') : undefined;
      await repo.audit(tx, {
        userId: id,
        actorId: admin.userId,
        action: `${action === 'approve' ? 'approved' : action === 'suspend' ? 'suspended' : 'reinstated'}`,
        reason: reason ?? null,
        details: {
          from: user.status,
          to: updated.status,
          ...(revokedSessions !== undefined ? { revokedSessions } : {}),
        },
        at: now,
      });
      return toUserView(updated);
    });
  }
}
