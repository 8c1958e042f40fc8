import { and, desc, eq, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import { decodeCursor, timeIdCursor, toPage } from '../../../shared/http/pagination.js';
import { jobs, type JobStatus } from '../logistics.tables.js';
import { bidSummaries } from './board.repository.js';
import { jobView } from './jobs.views.js';

/** Jobs as admins see them: newest first, flagged ones on request. */
export class AdminJobs {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  async list(q: {
    flagged?: boolean | undefined;
    status?: JobStatus | undefined;
    limit: number;
    cursor?: string | undefined;
  }) {
    const after = decodeCursor(q.cursor, timeIdCursor);
    const where: SQL[] = [];
    if (q.flagged === true) where.push(eq(jobs.status, 'flagged'));
    if (q.flagged === false) where.push(ne(jobs.status, 'flagged'));
    if (q.status) where.push(eq(jobs.status, q.status));
    if (after) {
      const at = new Date(after[0]);
      where.push(or(lt(jobs.postedAt, at), and(eq(jobs.postedAt, at), lt(jobs.id, after[1])))!);
    }
    const rows = await this.deps.db
      .select()
      .from(jobs)
      .where(and(...where))
      .orderBy(desc(jobs.postedAt), desc(jobs.id))
      .limit(q.limit + 1);
    const summaries = await bidSummaries(
      this.deps.db,
      rows.map((r) => r.id),
    );
    const now = this.deps.clock.now();
    return toPage(
      rows,
      q.limit,
      (r) => [r.postedAt.toISOString(), r.id],
      (r) =>
        jobView(r, now, 'full', {
          lowestBidMinor: summaries.get(r.id)?.lowest ?? null,
          bidCount: summaries.get(r.id)?.count ?? 0,
        }),
    );
  }
}
