/** Saved estimates, their versions and share links in the `insights` schema; nothing else reads these tables. */
import { and, asc, count, desc, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../../shared/db/database.js';
import { estimateShares, estimates, estimateVersions } from '../../insights.tables.js';

export type EstimateRow = typeof estimates.$inferSelect;
export type VersionRow = typeof estimateVersions.$inferSelect;
export type ShareRow = typeof estimateShares.$inferSelect;

export const savedRepository = {
  async estimate(ex: Executor, id: string, lock = false): Promise<EstimateRow | undefined> {
    const query = ex.select().from(estimates).where(eq(estimates.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },

  /** Serialises a customer's new estimates, so the limit on how many holds under parallel saves. */
  async lockCustomer(ex: Executor, customerId: string): Promise<void> {
    await ex.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`insights.estimates:${customerId}`}, 0))`);
  },

  async countOf(ex: Executor, customerId: string): Promise<number> {
    const [row] = await ex.select({ n: count() }).from(estimates).where(eq(estimates.customerId, customerId));
    return row?.n ?? 0;
  },

  async insert(ex: Executor, row: typeof estimates.$inferInsert): Promise<EstimateRow> {
    const [made] = await ex.insert(estimates).values(row).returning();
    return made!;
  },

  async update(
    ex: Executor,
    id: string,
    set: Omit<Partial<typeof estimates.$inferInsert>, 'id' | 'customerId' | 'createdAt'>,
  ): Promise<EstimateRow> {
    const [row] = await ex.update(estimates).set(set).where(eq(estimates.id, id)).returning();
    return row!;
  },

  async remove(ex: Executor, id: string): Promise<void> {
    await ex.delete(estimates).where(eq(estimates.id, id));
  },

  /** Newest first by (created, id); `after` is the key of the last item of the previous page. */
  page(ex: Executor, customerId: string, limit: number, after?: [Date, string]): Promise<EstimateRow[]> {
    const before = after
      ? or(lt(estimates.createdAt, after[0]), and(eq(estimates.createdAt, after[0]), lt(estimates.id, after[1])))
      : undefined;
    return ex
      .select()
      .from(estimates)
      .where(and(eq(estimates.customerId, customerId), before))
      .orderBy(desc(estimates.createdAt), desc(estimates.id))
      .limit(limit + 1);
  },

  async insertVersion(ex: Executor, row: typeof estimateVersions.$inferInsert): Promise<void> {
    await ex.insert(estimateVersions).values(row);
  },

  /** Versions up to `keepFrom − 1` go: an estimate keeps its latest saves only. */
  async pruneVersions(ex: Executor, estimateId: string, keepFrom: number): Promise<void> {
    await ex
      .delete(estimateVersions)
      .where(and(eq(estimateVersions.estimateId, estimateId), lt(estimateVersions.version, keepFrom)));
  },

  /** Newest first; `below` is the number of the last version of the previous page. */
  versions(ex: Executor, estimateId: string, limit: number, below?: number): Promise<VersionRow[]> {
    return ex
      .select()
      .from(estimateVersions)
      .where(
        and(
          eq(estimateVersions.estimateId, estimateId),
          below === undefined ? undefined : lte(estimateVersions.version, below - 1),
        ),
      )
      .orderBy(desc(estimateVersions.version))
      .limit(limit + 1);
  },

  async version(ex: Executor, estimateId: string, version: number): Promise<VersionRow | undefined> {
    const [row] = await ex
      .select()
      .from(estimateVersions)
      .where(and(eq(estimateVersions.estimateId, estimateId), eq(estimateVersions.version, version)));
    return row;
  },

  async insertShare(ex: Executor, row: typeof estimateShares.$inferInsert): Promise<ShareRow> {
    const [made] = await ex.insert(estimateShares).values(row).returning();
    return made!;
  },

  /** Live (not revoked) links of an estimate, oldest first. */
  liveShares(ex: Executor, estimateId: string): Promise<ShareRow[]> {
    return ex
      .select()
      .from(estimateShares)
      .where(and(eq(estimateShares.estimateId, estimateId), isNull(estimateShares.revokedAt)))
      .orderBy(asc(estimateShares.createdAt), asc(estimateShares.id));
  },

  async share(ex: Executor, id: string): Promise<ShareRow | undefined> {
    const [row] = await ex.select().from(estimateShares).where(eq(estimateShares.id, id));
    return row;
  },

  async shareByHash(ex: Executor, tokenHash: string): Promise<ShareRow | undefined> {
    const [row] = await ex.select().from(estimateShares).where(eq(estimateShares.tokenHash, tokenHash));
    return row;
  },

  /** Revoking twice keeps the first time. */
  async revokeShare(ex: Executor, id: string, at: Date): Promise<void> {
    await ex
      .update(estimateShares)
      .set({ revokedAt: at })
      .where(and(eq(estimateShares.id, id), isNull(estimateShares.revokedAt)));
  },
};
