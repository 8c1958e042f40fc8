import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import { normalizeDecimal, toMilli } from '../../../shared/decimal.js';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../../../shared/errors.js';
import { decodeCursor, timeIdCursor, toPage } from '../../../shared/http/pagination.js';
import type { Principal } from '../../../shared/principal.js';
import type { Actor, OrderLifecycle } from '../order-lifecycle.js';
import { OrderNotFoundError, SubOrderNotFoundError } from '../orders.errors.js';
import type { LineRow, OrderRow, SubOrderRow } from '../orders.repository.js';
import { ordersRepository as orders } from '../orders.repository.js';
import { assertSellerOrAdmin } from '../seller-guard.js';
import { RECEIVED } from '../state-machine.js';
import { remainingQuantity, returnedShareMinor } from './return-amounts.js';
import { returnsRepository as repo, type ReturnRow } from './returns.repository.js';
import type { ReturnStatus } from './returns.tables.js';
import { toReturnView } from './returns.views.js';

const DAY_MS = 86_400_000;

/** What an accepted return pays back, written in the caller's transaction (payments/refunds). */
export type ReturnRefunder = (
  tx: Executor,
  input: {
    order: OrderRow;
    subOrder: SubOrderRow;
    amountMinor: number;
    reason: string;
    actor: Actor;
    returnId: string;
  },
) => Promise<void>;

/** Puts returned goods back on a warehouse of the seller (the catalog's stock API). */
export type Restocker = (
  tx: Executor,
  input: { sellerId: string; warehouseId: string; lines: { offerId: string; quantity: string }[] },
) => Promise<void>;

export interface ReturnsDeps {
  db: Db;
  clock: Clock;
  lifecycle: OrderLifecycle;
  refund: ReturnRefunder;
  restock: Restocker;
  /** Whether the product's unit is sold whole (шт, мешок, …): a return of it is whole too. */
  isPieceUnit: (unit: string) => boolean;
  /** ORDER_RETURN_DAYS. */
  returnDays: number;
}

export interface ReturnRequest {
  subOrderId: string;
  reason: string;
  /** Omitted: everything of the sub-order not yet returned. */
  lines?: { lineId: string; quantity: string }[] | undefined;
}

export class ReturnNotFoundError extends NotFoundError {
  constructor() {
    super('return', 'ORDER.RETURN_NOT_FOUND');
  }
}

/**
 * Returns (docs/domain.md, Returns): within the return window the customer asks to send back
 * chosen lines and quantities of a sub-order it received; its seller accepts — optionally putting
 * the goods back on a warehouse — or refuses with a reason. An accepted return pays back those
 * lines (and delivery when the seller says so) in the same transaction.
 */
export class ReturnsService {
  constructor(private readonly d: ReturnsDeps) {}

  async request(p: Principal, orderId: string, input: ReturnRequest) {
    if (p.role !== 'customer')
      throw new ForbiddenError('returns are asked for by the customer', 'ORDER.CUSTOMERS_ONLY');
    const made = await this.d.db.transaction(async (tx) => {
      const locked = await this.d.lifecycle.lock(tx, orderId);
      if (!locked || locked.order.customerId !== p.userId) throw new OrderNotFoundError();
      const sub = locked.subs.find((s) => s.id === input.subOrderId);
      if (!sub) throw new SubOrderNotFoundError();
      this.assertReturnable(sub);
      const lines = (await orders.linesOf(tx, [sub.id])).filter((l) => l.subOrderId === sub.id);
      const claimed = await repo.claimedByLine(tx, sub.id);
      const wanted = this.wantedLines(input, lines, claimed);
      const now = this.d.clock.now();
      const row = await repo.insert(
        tx,
        {
          orderId,
          subOrderId: sub.id,
          receivedStatus: sub.status,
          status: 'requested',
          reason: input.reason,
          requestedBy: p.userId,
          requestedAt: now,
        },
        wanted.map(({ line, quantity }) => ({
          lineId: line.id,
          quantity,
          // What was claimed before is what came back: no other return of the part is open.
          amountMinor: returnedShareMinor(line, claimed.get(line.id) ?? '0', quantity),
        })),
      );
      await this.d.lifecycle.move(tx, locked, [sub], 'return_requested', {
        actorId: p.userId,
        actorRole: p.role,
        reason: input.reason,
      });
      return row;
    });
    return this.view(made);
  }

  /** The seller (or an admin) takes the goods back: restocked if it says where, paid back. */
  async accept(p: Principal, returnId: string, opts: { restockWarehouseId?: string; refundDelivery?: boolean }) {
    const done = await this.resolve(p, returnId, async (tx, ret, locked, sub) => {
      const lines = await orders.linesOf(tx, [sub.id]);
      const asked = await repo.linesOf(tx, [ret.id]);
      const byId = new Map(lines.map((l) => [l.id, l]));
      if (opts.restockWarehouseId) {
        await this.d.restock(tx, {
          sellerId: sub.sellerId,
          warehouseId: opts.restockWarehouseId,
          lines: asked.map((a) => ({ offerId: byId.get(a.lineId)!.offerId, quantity: normalizeDecimal(a.quantity) })),
        });
      }
      const refundDelivery = opts.refundDelivery === true && !(await repo.deliveryRefunded(tx, sub.id));
      const refundMinor = asked.reduce((sum, a) => sum + a.amountMinor, 0) + (refundDelivery ? sub.deliveryMinor : 0);
      const actor: Actor = { actorId: p.userId, actorRole: p.role, reason: `return accepted: ${ret.reason}` };
      const row = await repo.resolve(tx, ret.id, {
        status: 'accepted',
        resolvedBy: p.userId,
        resolvedAt: this.d.clock.now(),
        restockWarehouseId: opts.restockWarehouseId ?? null,
        refundDelivery,
        refundMinor,
      });
      if (refundMinor > 0) {
        await this.d.refund(tx, {
          order: locked.order,
          subOrder: sub,
          amountMinor: refundMinor,
          reason: actor.reason!,
          actor,
          returnId: ret.id,
        });
      }
      // Everything came back: the part is returned; else it goes back to where it was.
      const returned = await repo.acceptedByLine(tx, sub.id);
      const all = lines.every((l) => toMilli(returned.get(l.id) ?? '0') >= toMilli(l.quantity));
      await this.d.lifecycle.move(tx, locked, [sub], all ? 'returned' : this.afterReturn(ret, sub), actor);
      return row;
    });
    return this.view(done);
  }

  async refuse(p: Principal, returnId: string, reason: string) {
    const done = await this.resolve(p, returnId, async (tx, ret, locked, sub) => {
      const row = await repo.resolve(tx, ret.id, {
        status: 'refused',
        resolvedBy: p.userId,
        resolvedAt: this.d.clock.now(),
        refusalReason: reason,
      });
      await this.d.lifecycle.move(tx, locked, [sub], this.afterReturn(ret, sub), {
        actorId: p.userId,
        actorRole: p.role,
        reason: `return refused: ${reason}`,
      });
      return row;
    });
    return this.view(done);
  }

  /** `orderId`: read through its order's path, where another order's return is as unknown as none. */
  async get(p: Principal, id: string, orderId?: string) {
    const ret = await repo.byId(this.d.db, id);
    if (!ret || (orderId !== undefined && ret.orderId !== orderId) || !(await this.sees(p, ret)))
      throw new ReturnNotFoundError();
    return this.view(ret);
  }

  async list(
    p: Principal,
    q: { status?: ReturnStatus | undefined; orderId?: string | undefined; limit: number; cursor?: string | undefined },
  ) {
    if (p.role === 'carrier')
      throw new ForbiddenError('returns are the customer’s and the seller’s', 'ORDER.RETURNS_FORBIDDEN');
    const rows = await repo.list(this.d.db, {
      customerId: p.role === 'customer' ? p.userId : undefined,
      sellerId: p.role === 'seller' ? p.userId : undefined,
      orderId: q.orderId,
      status: q.status,
      after: decodeCursor(q.cursor, timeIdCursor),
      limit: q.limit,
    });
    const page = toPage(
      rows,
      q.limit,
      (r) => [r.requestedAt.toISOString(), r.id],
      (r) => r,
    );
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** The return window of a received sub-order ended: it is completed, unless a return is open. */
  async windowEnded(tx: Executor, orderId: string, subOrderId: string): Promise<void> {
    const locked = await this.d.lifecycle.lock(tx, orderId);
    const sub = locked?.subs.find((s) => s.id === subOrderId);
    if (!locked || !sub || !RECEIVED.has(sub.status)) return;
    await this.d.lifecycle.move(tx, locked, [sub], 'completed', {
      actorId: null,
      actorRole: 'system',
      reason: 'return window ended',
    });
  }

  private async resolve(
    p: Principal,
    returnId: string,
    apply: (
      tx: Executor,
      ret: ReturnRow,
      locked: { order: OrderRow; subs: SubOrderRow[] },
      sub: SubOrderRow,
    ) => Promise<ReturnRow>,
  ): Promise<ReturnRow> {
    assertSellerOrAdmin(p, 'returns are answered by the seller');
    const seen = await repo.byId(this.d.db, returnId);
    if (!seen) throw new ReturnNotFoundError();
    return this.d.db.transaction(async (tx) => {
      // The order first, then the return: every writer of an order's parts locks in that order.
      const locked = (await this.d.lifecycle.lock(tx, seen.orderId))!;
      const ret = (await repo.byId(tx, returnId, true))!;
      const sub = locked.subs.find((s) => s.id === ret.subOrderId)!;
      if (p.role === 'seller' && sub.sellerId !== p.userId) throw new ReturnNotFoundError();
      if (ret.status !== 'requested') {
        throw new DomainError('conflict', 'ORDER.RETURN_RESOLVED', `the return was already ${ret.status}`, {
          status: ret.status,
        });
      }
      return apply(tx, ret, locked, sub);
    });
  }

  /** Back to where it was, or completed when the window ended while the return was open. */
  private afterReturn(ret: ReturnRow, sub: SubOrderRow) {
    const windowEnd = (sub.receivedAt?.getTime() ?? 0) + this.d.returnDays * DAY_MS;
    return this.d.clock.now().getTime() >= windowEnd ? 'completed' : (ret.receivedStatus as 'picked_up' | 'delivered');
  }

  private assertReturnable(sub: SubOrderRow): void {
    if (sub.status === 'return_requested') {
      throw new DomainError('conflict', 'ORDER.RETURN_OPEN', 'a return of this part is already waiting for the seller');
    }
    if (!RECEIVED.has(sub.status)) {
      throw new DomainError('conflict', 'ORDER.NOT_RETURNABLE', `a part that is ${sub.status} cannot be returned`, {
        status: sub.status,
      });
    }
    const until = new Date((sub.receivedAt?.getTime() ?? 0) + this.d.returnDays * DAY_MS);
    if (this.d.clock.now() >= until) {
      throw new DomainError(
        'conflict',
        'ORDER.RETURN_WINDOW_CLOSED',
        `returns were possible until ${until.toISOString()} (${this.d.returnDays} days after the goods were received)`,
        { until: until.toISOString() },
      );
    }
  }

  /** The lines asked back, checked: each of the sub-order, at most what is left of it, whole for piece units. */
  private wantedLines(input: ReturnRequest, lines: LineRow[], claimed: Map<string, string>) {
    const byId = new Map(lines.map((l) => [l.id, l]));
    const asked =
      input.lines ??
      lines
        .map((l) => ({ lineId: l.id, quantity: remainingQuantity(l.quantity, claimed.get(l.id) ?? '0') }))
        .filter((l) => toMilli(l.quantity) > 0n);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const wanted: { line: LineRow; quantity: string }[] = [];
    asked.forEach((a, i) => {
      const line = byId.get(a.lineId);
      if (!line || seen.has(a.lineId)) {
        errors.push({
          path: `lines.${i}.lineId`,
          message: line ? 'named twice' : 'not a line of this part of the order',
        });
        return;
      }
      seen.add(a.lineId);
      const left = remainingQuantity(line.quantity, claimed.get(line.id) ?? '0');
      if (toMilli(a.quantity) > toMilli(left)) {
        errors.push({ path: `lines.${i}.quantity`, message: `at most ${left} ${line.unit} is left to return` });
      } else if (this.d.isPieceUnit(line.unit) && toMilli(a.quantity) % 1000n !== 0n) {
        errors.push({ path: `lines.${i}.quantity`, message: `${line.unit} is returned whole` });
      } else {
        wanted.push({ line, quantity: normalizeDecimal(a.quantity) });
      }
    });
    if (errors.length > 0) throw new ValidationError(errors);
    if (wanted.length === 0) {
      throw new DomainError('conflict', 'ORDER.NOTHING_TO_RETURN', 'everything of this part was returned already');
    }
    return wanted;
  }

  private async sees(p: Principal, ret: ReturnRow): Promise<boolean> {
    if (p.role === 'admin') return true;
    if (p.role === 'customer') return (await orders.order(this.d.db, ret.orderId))?.customerId === p.userId;
    if (p.role === 'seller') return (await orders.subOrder(this.d.db, ret.subOrderId))?.sellerId === p.userId;
    return false;
  }

  private async view(ret: ReturnRow) {
    return (await this.views([ret]))[0]!;
  }

  private async views(rows: ReturnRow[]) {
    const lines = await repo.linesOf(
      this.d.db,
      rows.map((r) => r.id),
    );
    const orderLines = await repo.orderLinesOf(this.d.db, [...new Set(lines.map((l) => l.lineId))]);
    return rows.map((r) => toReturnView(r, lines, orderLines));
  }
}
