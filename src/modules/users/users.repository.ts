import { and, desc, eq, gt, ilike, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { prepared, type Executor } from '../../shared/db/database.js';
import { auditLog, loginFailures, refreshTokens, sessions, users } from './users.tables.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export interface SessionScope {
  sessionId?: string;
  deviceId?: string;
  exceptSessionId?: string;
}

export interface UserFilter {
  role?: UserRow['role'] | undefined;
  status?: UserRow['status'] | undefined;
  q?: string | undefined;
  /** Sort key of the last item of the previous page: newest first. */
  after?: [string, string] | undefined;
  limit: number;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const usersRepository = {
  async insertUser(ex: Executor, values: NewUser): Promise<UserRow> {
    const [row] = await ex.insert(users).values(values).returning();
    return row!;
  },

  async anyUser(ex: Executor): Promise<boolean> {
    const rows = await ex.select({ id: users.id }).from(users).limit(1);
    return rows.length > 0;
  },

  async findByEmail(ex: Executor, email: string): Promise<UserRow | undefined> {
    const [row] = await ex.select().from(users).where(eq(users.email, email)).limit(1);
    return row;
  },

  async findById(ex: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<UserRow | undefined> {
    if (opts.forUpdate) {
      const [row] = await ex.select().from(users).where(eq(users.id, id)).limit(1).for('update');
      return row;
    }
    const [row] = await prepared(ex, 'users_by_id', (db) =>
      db
        .select()
        .from(users)
        .where(eq(users.id, sql.placeholder('id')))
        .limit(1),
    ).execute({ id });
    return row;
  },

  async updateUser(ex: Executor, id: string, patch: Partial<NewUser>, now: Date): Promise<UserRow> {
    const [row] = await ex
      .update(users)
      .set({ ...patch, updatedAt: now })
      .where(eq(users.id, id))
      .returning();
    return row!;
  },

  async listUsers(ex: Executor, f: UserFilter): Promise<UserRow[]> {
    const conds: SQL[] = [];
    if (f.role) conds.push(eq(users.role, f.role));
    if (f.status) conds.push(eq(users.status, f.status));
    if (f.q) {
      const p = likePattern(f.q);
      conds.push(
        or(
          ilike(users.email, p),
          ilike(users.name, p),
          ilike(users.companyName, p),
          eq(users.companyInn, f.q),
          eq(users.phone, f.q),
        )!,
      );
    }
    if (f.after) {
      const [createdAt, id] = f.after;
      conds.push(sql`(${users.createdAt}, ${users.id}) < (${createdAt}::timestamptz, ${id}::uuid)`);
    }
    return ex
      .select()
      .from(users)
      .where(and(...conds))
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(f.limit + 1);
  },

  // --- sessions and refresh tokens ---

  async insertSession(ex: Executor, values: typeof sessions.$inferInsert): Promise<SessionRow> {
    const [row] = await ex.insert(sessions).values(values).returning();
    return row!;
  },

  async insertRefreshToken(ex: Executor, sessionId: string, tokenHash: string, now: Date): Promise<void> {
    await ex.insert(refreshTokens).values({ sessionId, tokenHash, createdAt: now });
  },

  /**
   * Marks a refresh token used, atomically: of two requests presenting the same token, one
   * gets `fresh`, the other `reused`.
   */
  async consumeRefreshToken(
    ex: Executor,
    tokenHash: string,
    now: Date,
  ): Promise<{ outcome: 'fresh' | 'reused'; sessionId: string } | { outcome: 'unknown' }> {
    const [fresh] = await ex
      .update(refreshTokens)
      .set({ usedAt: now })
      .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt)))
      .returning({ sessionId: refreshTokens.sessionId });
    if (fresh) return { outcome: 'fresh', sessionId: fresh.sessionId };
    const [used] = await ex
      .select({ sessionId: refreshTokens.sessionId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash));
    return used ? { outcome: 'reused', sessionId: used.sessionId } : { outcome: 'unknown' };
  },

  /** The session and its user, in one read: what the auth guard checks on every request. */
  async sessionWithUser(ex: Executor, sessionId: string) {
    const [row] = await prepared(ex, 'users_session_with_user', (db) =>
      db
        .select({ session: sessions, user: { id: users.id, role: users.role, status: users.status } })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.id, sql.placeholder('id')))
        .limit(1),
    ).execute({ id: sessionId });
    return row;
  },

  async touchSession(ex: Executor, sessionId: string, now: Date, ip?: string, userAgent?: string): Promise<void> {
    await ex
      .update(sessions)
      .set({ lastSeenAt: now, ...(ip ? { ip } : {}), ...(userAgent ? { userAgent } : {}) })
      .where(eq(sessions.id, sessionId));
  },

  async extendSession(ex: Executor, sessionId: string, expiresAt: Date): Promise<void> {
    await ex.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
  },

  /** Revokes the user's live sessions (all, one, one device's, or all but one); returns how many. */
  async revokeSessions(
    ex: Executor,
    userId: string,
    now: Date,
    reason: string,
    scope: SessionScope = {},
  ): Promise<number> {
    const rows = await ex
      .update(sessions)
      .set({ revokedAt: now, revokedReason: reason })
      .where(
        and(
          eq(sessions.userId, userId),
          isNull(sessions.revokedAt),
          scope.sessionId ? eq(sessions.id, scope.sessionId) : undefined,
          scope.deviceId ? eq(sessions.deviceId, scope.deviceId) : undefined,
          scope.exceptSessionId ? ne(sessions.id, scope.exceptSessionId) : undefined,
        ),
      )
      .returning({ id: sessions.id });
    return rows.length;
  },

  async sessionOfRefreshToken(ex: Executor, tokenHash: string): Promise<string | undefined> {
    const [row] = await ex
      .select({ sessionId: refreshTokens.sessionId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, tokenHash))
      .limit(1);
    return row?.sessionId;
  },

  async activeSessions(ex: Executor, userId: string, now: Date): Promise<SessionRow[]> {
    return ex
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
      .orderBy(desc(sessions.lastSeenAt), desc(sessions.id));
  },

  // --- audit ---

  async audit(
    ex: Executor,
    entry: {
      userId: string;
      actorId: string | null;
      action: string;
      reason?: string | null;
      details?: Record<string, unknown>;
      at: Date;
    },
  ): Promise<void> {
    await ex.insert(auditLog).values({
      userId: entry.userId,
      actorId: entry.actorId,
      action: entry.action,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
      createdAt: entry.at,
    });
  },

  async auditTrail(ex: Executor, userId: string, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    return ex
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, userId), beforeSeq !== undefined ? lt(auditLog.seq, beforeSeq) : undefined))
      .orderBy(desc(auditLog.seq))
      .limit(limit + 1);
  },

  // --- failed-login counters ---

  async failureCounts(ex: Executor, keys: string[]) {
    if (keys.length === 0) return [];
    return ex
      .select()
      .from(loginFailures)
      .where(or(...keys.map((k) => eq(loginFailures.key, k))));
  },

  /** Counts one more failure and answers the count; a window that has passed starts again at one. */
  async recordFailure(ex: Executor, key: string, now: Date, windowSec: number) {
    const windowStart = new Date(now.getTime() - windowSec * 1000).toISOString();
    const nowIso = now.toISOString();
    const [row] = await ex
      .insert(loginFailures)
      .values({ key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: loginFailures.key,
        set: {
          failures: sql`case when ${loginFailures.windowStartedAt} <= ${windowStart}::timestamptz then 1 else ${loginFailures.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginFailures.windowStartedAt} <= ${windowStart}::timestamptz then ${nowIso}::timestamptz else ${loginFailures.windowStartedAt} end`,
        },
      })
      .returning();
    return row!;
  },

  /** Takes back one counted attempt: it turned out to be a right password. */
  async forgiveFailure(ex: Executor, key: string): Promise<void> {
    await ex.delete(loginFailures).where(and(eq(loginFailures.key, key), lte(loginFailures.failures, 1)));
    await ex
      .update(loginFailures)
      .set({ failures: sql`${loginFailures.failures} - 1` })
      .where(and(eq(loginFailures.key, key), gt(loginFailures.failures, 1)));
  },

  async clearFailures(ex: Executor, key: string): Promise<void> {
    await ex.delete(loginFailures).where(eq(loginFailures.key, key));
  },
};
