import { normalizeDecimal } from '../../../shared/decimal.js';
import type { LineRow } from '../orders.repository.js';
import type { ReturnLineRow, ReturnRow } from './returns.repository.js';

export function toReturnView(r: ReturnRow, lines: ReturnLineRow[], orderLines: LineRow[]) {
  const byId = new Map(orderLines.map((l) => [l.id, l]));
  return {
    id: r.id,
    orderId: r.orderId,
    subOrderId: r.subOrderId,
    status: r.status,
    reason: r.reason,
    lines: lines
      .filter((l) => l.returnId === r.id)
      .map((l) => {
        const line = byId.get(l.lineId);
        return {
          lineId: l.lineId,
          offerId: line?.offerId ?? null,
          name: line?.name ?? '',
          unit: line?.unit ?? '',
          quantity: normalizeDecimal(l.quantity),
          amountMinor: l.amountMinor,
        };
      }),
    requestedAt: r.requestedAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    refusalReason: r.refusalReason,
    restockWarehouseId: r.restockWarehouseId,
    refundDelivery: r.refundDelivery,
    refundMinor: r.refundMinor,
  };
}

export type ReturnView = ReturnType<typeof toReturnView>;
