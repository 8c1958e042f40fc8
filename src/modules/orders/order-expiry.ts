import type { Executor } from '../../shared/db/database.js';
import type { OrderLifecycle } from './order-lifecycle.js';

/**
 * An order not paid by its deadline (docs/domain.md: card 30 min, invoice 3 banking days): its
 * unpaid sub-orders are cancelled and their stock released. Run by the deadline relay at least
 * once; a second run finds nothing unpaid and does nothing.
 */
export class OrderExpiry {
  constructor(private readonly lifecycle: OrderLifecycle) {}

  async expire(tx: Executor, orderId: string): Promise<void> {
    const locked = await this.lifecycle.lock(tx, orderId);
    if (!locked) return;
    const unpaid = locked.subs.filter((s) => s.status === 'pending_payment');
    if (unpaid.length === 0) return;
    await this.lifecycle.move(tx, locked, unpaid, 'cancelled', {
      actorId: null,
      actorRole: 'system',
      reason: 'not paid in time',
    });
  }
}
