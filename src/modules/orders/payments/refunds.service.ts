import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import { ForbiddenError, ValidationError } from '../../../shared/errors.js';
import type { Outbox } from '../../../shared/events/index.js';
import { decodeCursor, timeIdCursor, toPage } from '../../../shared/http/pagination.js';
import type { Principal } from '../../../shared/principal.js';
import type { OrderLifecycle } from '../order-lifecycle.js';
import { SubOrderNotFoundError } from '../orders.errors.js';
import { assertSellerOrAdmin } from '../seller-guard.js';
import { ordersRepository as repo } from '../orders.repository.js';
import { toPaymentView } from '../orders.views.js';
import { moscowDate } from '../../../shared/moscow-time.js';
import { paymentsRepository as payRepo } from './payments.repository.js';
import { RefundNotDueError, RefundNotFailedError, RefundNotFoundError } from './refunds.errors.js';
import { REFUND_DEADLINE } from './refunds.js';
import { refundsRepository as refundRepo, type RefundRow } from './refunds.repository.js';
import type { RefundStatus } from './refunds.tables.js';
import { toRefundView } from './refunds.views.js';

export interface PaidBackBody {
  /** The payment order (платёжное поручение) that sent the money back. */
  documentNumber: string;
  /** YYYY-MM-DD, Moscow. */
  paidOn: string;
}

/** Refunds as sellers and admins see and settle them (docs/domain.md, Payments). */
export class RefundsService {
  constructor(private readonly d: { db: Db; clock: Clock; events: Outbox; lifecycle: OrderLifecycle }) {}

  /** The refund locked after its order, as every writer of an order's money takes them. */
  private async lockRefund(tx: Executor, refundId: string): Promise<RefundRow | undefined> {
    const seen = await refundRepo.byId(tx, refundId);
    if (!seen) return undefined;
    await this.d.lifecycle.lock(tx, seen.orderId);
    return refundRepo.byId(tx, refundId, true);
  }

  /** A sub-order's money: its invoice payments, its refunds, what it received and what is still due. */
  async ofSubOrder(p: Principal, subOrderId: string) {
    assertSellerOrAdmin(p, 'refunds of sub-orders are handled by their sellers');
    const sub = await repo.subOrder(this.d.db, subOrderId);
    if (!sub || (p.role !== 'admin' && sub.sellerId !== p.userId)) throw new SubOrderNotFoundError();
    return {
      items: (await payRepo.ofSubOrder(this.d.db, sub.id)).map(toPaymentView),
      refunds: (await refundRepo.ofSubOrder(this.d.db, sub.id)).map(toRefundView),
      receivedMinor: sub.receivedMinor,
      dueMinor: sub.status === 'pending_payment' ? sub.totalMinor - sub.receivedMinor : 0,
    };
  }

  /** Admins: refunds newest first, by status (`due` to pay back by hand, `failed` to look at). */
  async list(p: Principal, q: { status?: RefundStatus | undefined; limit: number; cursor?: string | undefined }) {
    if (p.role !== 'admin') throw new ForbiddenError('refunds are listed for admins', 'AUTH.FORBIDDEN');
    const after = decodeCursor(q.cursor, timeIdCursor);
    const rows = await refundRepo.page(this.d.db, { status: q.status, limit: q.limit, after });
    return toPage(rows, q.limit, (r) => [r.createdAt.toISOString(), r.id], toRefundView);
  }

  /**
   * Money received by bank transfer was sent back: the part's seller or an admin records the
   * payment order. The same document again answers as before; a refund not due is a 409.
   */
  async paidBack(p: Principal, refundId: string, body: PaidBackBody) {
    assertSellerOrAdmin(p, 'refunds of sub-orders are handled by their sellers');
    const documentNumber = body.documentNumber.trim();
    const refund = await this.d.db.transaction(async (tx) => {
      const row = await this.lockRefund(tx, refundId);
      const sub = row?.subOrderId ? await repo.subOrder(tx, row.subOrderId) : undefined;
      if (!row || (p.role !== 'admin' && sub?.sellerId !== p.userId)) throw new RefundNotFoundError();
      if (row.status === 'paid_back' && row.documentNumber === documentNumber && row.paidBackOn === body.paidOn) {
        return row;
      }
      if (row.status !== 'due') throw new RefundNotDueError(row.status);
      this.checkDate(body.paidOn, row);
      const now = this.d.clock.now();
      const updated = await refundRepo.update(tx, row.id, {
        status: 'paid_back',
        documentNumber,
        paidBackOn: body.paidOn,
        paidBackBy: p.userId,
        updatedAt: now,
      });
      await this.d.events.publish(tx, {
        type: 'refund.paid_back',
        key: row.orderId,
        payload: { refundId: row.id, orderId: row.orderId, amountMinor: row.amountMinor, documentNumber },
      });
      return updated;
    });
    return toRefundView(refund);
  }

  /**
   * Admins: a card refund that failed because the provider could not be reached (or none was
   * configured) is tried again; the provider knows it by our id, so it is never paid twice. One
   * the provider refused would be refused again: 409, to be settled with the customer otherwise.
   */
  async retry(p: Principal, refundId: string) {
    if (p.role !== 'admin') throw new ForbiddenError('failed refunds are retried by admins', 'AUTH.FORBIDDEN');
    const refund = await this.d.db.transaction(async (tx) => {
      const row = await this.lockRefund(tx, refundId);
      if (!row) throw new RefundNotFoundError();
      if (row.status !== 'failed' || !RETRYABLE.has(row.failureCode ?? '')) {
        throw new RefundNotFailedError(row.status, row.failureCode);
      }
      const now = this.d.clock.now();
      const updated = await refundRepo.update(tx, row.id, {
        status: 'pending',
        attempts: 0,
        failureCode: null,
        failureMessage: null,
        updatedAt: now,
      });
      await this.d.events.scheduleDeadline(tx, {
        kind: REFUND_DEADLINE,
        key: row.id,
        dueAt: now,
        payload: { refundId: row.id },
      });
      return updated;
    });
    return toRefundView(refund);
  }

  /** Paid back between the day the refund was owed and today (Moscow). */
  private checkDate(paidOn: string, refund: RefundRow): void {
    const today = moscowDate(this.d.clock.now());
    if (paidOn > today) throw new ValidationError([{ path: 'paidOn', message: `must not be after today (${today})` }]);
    const owed = moscowDate(refund.createdAt);
    if (paidOn < owed) {
      throw new ValidationError([{ path: 'paidOn', message: `must not be before the refund was owed (${owed})` }]);
    }
  }
}

/** Failures that never reached the provider (refund-executor.ts). */
const RETRYABLE: ReadonlySet<string> = new Set(['provider_unavailable', 'provider_not_configured']);
