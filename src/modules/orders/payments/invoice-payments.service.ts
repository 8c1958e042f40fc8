import type { Clock } from '../../../shared/clock.js';
import type { Db } from '../../../shared/db/database.js';
import { ValidationError } from '../../../shared/errors.js';
import { moscowDate } from '../../../shared/moscow-time.js';
import { claimIdempotencyKey, IdempotencyLockClass, requestHash } from '../../../shared/idempotency.js';
import type { Principal } from '../../../shared/principal.js';
import type { Actor, OrderLifecycle } from '../order-lifecycle.js';
import { SubOrderNotFoundError } from '../orders.errors.js';
import { assertSellerOrAdmin } from '../seller-guard.js';
import { ordersRepository as repo, type SubOrderRow } from '../orders.repository.js';
import { toSubOrderView } from '../orders.views.js';
import { OrderNotInvoiceError, PaymentExceedsDueError } from './invoice-payments.errors.js';
import { paymentsRepository as payRepo } from './payments.repository.js';

/** `POST /sub-orders/:id/mark-paid`: what arrived on the seller's account, and the payer's document. */
export interface InvoicePaymentBody {
  amountMinor: number;
  /** YYYY-MM-DD, the date of the payment order (Moscow). */
  paidOn: string;
  /** The payment order's number (платёжное поручение №). */
  documentNumber: string;
}

/**
 * Invoice payments (docs/domain.md, Payments): the seller of a part (or an admin) records each
 * bank transfer it received, with its payment order's number and date. The part is `paid` once
 * what it received reaches its total; less leaves it awaiting the rest; more is refused. Money
 * for a part already cancelled (it expired, or was cancelled) is recorded and owed back at once.
 * The same document again answers as before; with another amount or date it is a 422.
 */
export class InvoicePaymentsService {
  constructor(private readonly d: { db: Db; clock: Clock; lifecycle: OrderLifecycle }) {}

  async markPaid(p: Principal, subOrderId: string, body: InvoicePaymentBody) {
    assertSellerOrAdmin(p);
    const found = await repo.subOrder(this.d.db, subOrderId);
    if (!found || (p.role !== 'admin' && found.sellerId !== p.userId)) throw new SubOrderNotFoundError();
    const documentNumber = body.documentNumber.trim();
    await this.d.db.transaction(async (tx) => {
      const locked = (await this.d.lifecycle.lock(tx, found.orderId))!;
      const sub = locked.subs.find((s) => s.id === subOrderId)!;
      if (locked.order.paymentMethod !== 'invoice') throw new OrderNotInvoiceError();
      this.checkDate(body.paidOn, locked.order.createdAt);
      const key = `invoice/${sub.id}/${documentNumber}`;
      const hash = requestHash({ amountMinor: body.amountMinor, paidOn: body.paidOn });
      const earlier = await claimIdempotencyKey(tx, {
        lockClass: IdempotencyLockClass.invoicePayment,
        scope: sub.orderId,
        key,
        hash,
        find: () => payRepo.byKey(tx, sub.orderId, key),
        reusedCode: 'PAYMENT.DOCUMENT_ALREADY_RECORDED',
      });
      if (earlier) return;
      const dueMinor = ['pending_payment', 'cancelled'].includes(sub.status) ? sub.totalMinor - sub.receivedMinor : 0;
      if (body.amountMinor > dueMinor) throw new PaymentExceedsDueError(dueMinor);
      const now = this.d.clock.now();
      await payRepo.insert(tx, {
        orderId: sub.orderId,
        method: 'invoice',
        provider: 'bank_transfer',
        status: 'succeeded',
        amountMinor: body.amountMinor,
        idempotencyKey: key,
        requestHash: hash,
        subOrderId: sub.id,
        documentNumber,
        paidOn: body.paidOn,
        recordedBy: p.userId,
        createdAt: now,
        updatedAt: now,
      });
      const received: SubOrderRow = { ...sub, receivedMinor: await payRepo.addReceived(tx, sub.id, body.amountMinor) };
      const actor: Actor = {
        actorId: p.userId,
        actorRole: p.role,
        reason: `invoice paid: п/п № ${documentNumber} от ${body.paidOn}`,
      };
      if (sub.status === 'cancelled') {
        // It pays for nothing: the stock is released. Owed back to the payer (docs/domain.md, Payments).
        await this.d.lifecycle.refunds.refundLines(tx, {
          order: locked.order,
          subOrder: received,
          amountMinor: body.amountMinor,
          reason: 'paid after the part was cancelled',
          actor,
          cause: 'late_payment',
        });
      } else if (received.receivedMinor === sub.totalMinor) {
        await this.d.lifecycle.move(tx, locked, [sub], 'paid', actor);
      }
    });
    const sub = (await repo.subOrder(this.d.db, subOrderId))!;
    const order = (await repo.order(this.d.db, sub.orderId))!;
    return toSubOrderView(sub, await repo.linesOf(this.d.db, [sub.id]), order, p.role);
  }

  /** A payment order is dated between the order's day and today (Moscow). */
  private checkDate(paidOn: string, orderedAt: Date): void {
    const today = moscowDate(this.d.clock.now());
    if (paidOn > today) throw new ValidationError([{ path: 'paidOn', message: `must not be after today (${today})` }]);
    const placed = moscowDate(orderedAt);
    if (paidOn < placed) {
      throw new ValidationError([{ path: 'paidOn', message: `must not be before the order was placed (${placed})` }]);
    }
  }
}
