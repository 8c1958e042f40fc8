import { and, asc, eq, lte } from 'drizzle-orm';
import type { Executor } from '../../shared/db/database.js';
import type { TaxRegime, TaxRegimeChange } from '../../shared/tax-regimes.js';
import { taxRegimeChanges } from './users.tables.js';

export type TaxRegimeChangeRow = typeof taxRegimeChanges.$inferSelect;

/** A seller's or carrier's tax regime changes; its bank requisites live on its user row. */
export const sellerTermsRepository = {
  /** Every change of the account, oldest first (the order a schedule is read in). */
  async regimeChanges(ex: Executor, userId: string, until?: Date): Promise<TaxRegimeChangeRow[]> {
    return ex
      .select()
      .from(taxRegimeChanges)
      .where(and(eq(taxRegimeChanges.userId, userId), until ? lte(taxRegimeChanges.appliesFrom, until) : undefined))
      .orderBy(asc(taxRegimeChanges.appliesFrom), asc(taxRegimeChanges.seq));
  },

  async insertRegimeChange(
    ex: Executor,
    values: { userId: string; regime: TaxRegime; startsOn: string; appliesFrom: Date; actorId: string; at: Date },
  ): Promise<void> {
    await ex.insert(taxRegimeChanges).values({
      userId: values.userId,
      regime: values.regime,
      startsOn: values.startsOn,
      appliesFrom: values.appliesFrom,
      actorId: values.actorId,
      createdAt: values.at,
    });
  },
};

/** The schedule other modules keep a copy of. */
export function toSchedule(rows: readonly TaxRegimeChangeRow[]): TaxRegimeChange[] {
  return rows.map((r) => ({ regime: r.regime as TaxRegime, from: r.appliesFrom.toISOString() }));
}
