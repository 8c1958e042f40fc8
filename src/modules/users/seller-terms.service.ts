import { moscowDate, moscowMidnight } from '../../shared/moscow-time.js';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import { accountProblem, bikProblem, corrAccountProblem } from '../../shared/bank-account.js';
import { ValidationError, type FieldError } from '../../shared/errors.js';
import type { Principal } from '../../shared/principal.js';
import { regimeAt, type TaxRegime } from '../../shared/tax-regimes.js';
import { announceAccount, type AccountChangedHook } from './account-changes.js';
import { sellerTermsRepository as terms, toSchedule, type TaxRegimeChangeRow } from './seller-terms.repository.js';
import { NotTraderError, UserNotFoundError } from './users.errors.js';
import { usersRepository as repo, type UserRow } from './users.repository.js';

export interface BankRequisites {
  bankName: string;
  bik: string;
  corrAccount: string;
  account: string;
}

/** What a seller (or carrier) sells and bills under at a moment: orders freeze it at checkout. */
export interface SellerTerms {
  name: string;
  inn: string | null;
  kpp: string | null;
  address: string | null;
  taxRegime: TaxRegime;
  bank: BankRequisites | null;
}

export interface TaxRegimeView {
  taxRegime: TaxRegime;
  /** The Moscow date asked for; null: the regime every account starts with. */
  startsOn: string | null;
  /** The instant it applies from; null: from the beginning. */
  appliesFrom: string | null;
  recordedAt: string | null;
  recordedBy: string | null;
}

function bankOf(u: UserRow): BankRequisites | null {
  if (!u.bankName || !u.bankBik || !u.bankCorrAccount || !u.bankAccount) return null;
  return { bankName: u.bankName, bik: u.bankBik, corrAccount: u.bankCorrAccount, account: u.bankAccount };
}

/** The problems of a set of requisites, each naming its field (`bank.bik`, `bank.account`, …). */
export function bankProblems(bank: BankRequisites): FieldError[] {
  const errors: FieldError[] = [];
  if (bank.bankName.trim() === '') errors.push({ path: 'bank.bankName', message: 'is required' });
  const bik = bikProblem(bank.bik);
  if (bik) errors.push({ path: 'bank.bik', message: bik });
  else {
    const corr = corrAccountProblem(bank.corrAccount, bank.bik);
    if (corr) errors.push({ path: 'bank.corrAccount', message: corr });
    const account = accountProblem(bank.account, bank.bik);
    if (account) errors.push({ path: 'bank.account', message: account });
  }
  return errors;
}

/**
 * A seller's or carrier's terms: bank requisites, and a tax regime that changes on a date, never
 * backwards, with every change kept (docs/domain.md, Actors and accounts).
 */
export class SellerTermsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly onAccountChanged: AccountChangedHook = async () => undefined,
  ) {}

  async requisites(userId: string): Promise<{ bank: BankRequisites | null }> {
    return { bank: bankOf(await this.trader(this.db, userId)) };
  }

  /** Sets (or, with null, removes) the requisites; refused unless both accounts key with the БИК. */
  async setRequisites(actor: Principal, userId: string, bank: BankRequisites | null) {
    if (bank) {
      const errors = bankProblems(bank);
      if (errors.length > 0) throw new ValidationError(errors);
    }
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      await this.trader(tx, userId, true);
      const updated = await repo.updateUser(
        tx,
        userId,
        {
          bankName: bank?.bankName.trim() ?? null,
          bankBik: bank?.bik ?? null,
          bankCorrAccount: bank?.corrAccount ?? null,
          bankAccount: bank?.account ?? null,
        },
        now,
      );
      await repo.audit(tx, {
        userId,
        actorId: actor.userId,
        action: 'bank_requisites_updated',
        details: bank ? { bik: bank.bik, account: `…${bank.account.slice(-4)}` } : { removed: true },
        at: now,
      });
      return { bank: bankOf(updated) };
    });
  }

  async regimes(userId: string) {
    await this.trader(this.db, userId);
    return this.regimesView(await terms.regimeChanges(this.db, userId));
  }

  /**
   * Records a regime from a date (Moscow) on: today or later, since a past date would change the
   * terms orders were already placed under. Today's change applies from this moment.
   */
  async addRegime(actor: Principal, userId: string, input: { taxRegime: TaxRegime; from?: string | undefined }) {
    const now = this.clock.now();
    const today = moscowDate(now);
    const from = input.from ?? today;
    if (from < today) {
      throw new ValidationError([
        { path: 'from', message: `must be today (${today}, Moscow) or later: orders already placed keep their regime` },
      ]);
    }
    const midnight = moscowMidnight(from);
    const appliesFrom = midnight > now ? midnight : now;
    return this.db.transaction(async (tx) => {
      const user = await this.trader(tx, userId, true);
      await terms.insertRegimeChange(tx, {
        userId,
        regime: input.taxRegime,
        startsOn: from,
        appliesFrom,
        actorId: actor.userId,
        at: now,
      });
      await repo.audit(tx, {
        userId,
        actorId: actor.userId,
        action: 'tax_regime_changed',
        details: { taxRegime: input.taxRegime, startsOn: from, appliesFrom: appliesFrom.toISOString() },
        at: now,
      });
      // The catalog keeps the schedule too, so it knows the rates a seller's offers may carry.
      await announceAccount(tx, this.onAccountChanged, user);
      return this.regimesView(await terms.regimeChanges(tx, userId));
    });
  }

  /** The terms in force at `at`, or null when the account is not a seller or carrier. */
  async termsAt(sellerId: string, at: Date, ex: Executor = this.db): Promise<SellerTerms | null> {
    const user = await repo.findById(ex, sellerId);
    if (!user || (user.role !== 'seller' && user.role !== 'carrier')) return null;
    const changes = await terms.regimeChanges(ex, sellerId, at);
    return {
      name: user.companyName ?? user.name,
      inn: user.companyInn,
      kpp: user.companyKpp,
      address: user.companyAddress,
      taxRegime: regimeAt(toSchedule(changes), at),
      bank: bankOf(user),
    };
  }

  private regimesView(rows: readonly TaxRegimeChangeRow[]) {
    const items: TaxRegimeView[] = [
      { taxRegime: 'vat_payer', startsOn: null, appliesFrom: null, recordedAt: null, recordedBy: null },
      ...rows.map((r) => ({
        taxRegime: r.regime as TaxRegime,
        startsOn: r.startsOn,
        appliesFrom: r.appliesFrom.toISOString(),
        recordedAt: r.createdAt.toISOString(),
        recordedBy: r.actorId,
      })),
    ];
    return { current: regimeAt(toSchedule(rows), this.clock.now()), items };
  }

  private async trader(ex: Executor, userId: string, forUpdate = false): Promise<UserRow> {
    const user = await repo.findById(ex, userId, { forUpdate });
    if (!user) throw new UserNotFoundError();
    if (user.role !== 'seller' && user.role !== 'carrier') throw new NotTraderError();
    return user;
  }
}
