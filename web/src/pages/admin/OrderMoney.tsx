import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { QueryView } from '../../ui/states';
import { orderMoney } from './admin-api';
import { label, PAYMENT_METHOD, PAYMENT_STATUS, REFUND_CAUSE, REFUND_STATUS, statusTone } from './labels';

/** An order's payments (card and invoice) and refunds. */
export function OrderMoney({ orderId }: { orderId: string }) {
  const query = useQuery({ queryKey: ['admin', 'order', orderId, 'money'], queryFn: () => orderMoney(orderId) });
  return (
    <QueryView query={query}>
      {(m) => (
        <div className="grid">
          <Panel title="Платежи">
            {m.items.length === 0 ? (
              <p className="muted">Платежей не было.</p>
            ) : (
              <ul className="stack">
                {m.items.map((p) => (
                  <li key={p.id}>
                    <strong>{formatMoney(p.amountMinor)}</strong> {label(PAYMENT_METHOD, p.method)}{' '}
                    <Badge tone={statusTone(p.status)}>{label(PAYMENT_STATUS, p.status)}</Badge>
                    <div className="small muted">
                      {formatDateTime(p.createdAt)}
                      {p.card && `, карта ${p.card.brand} •••• ${p.card.last4}`}
                      {p.documentNumber && `, платёжное поручение № ${p.documentNumber}`}
                      {p.paidOn && ` от ${formatDate(p.paidOn)}`}
                      {p.declineCode && `, код отказа банка: ${p.declineCode}`}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel title="Возвраты денег">
            {m.refunds.length === 0 ? (
              <p className="muted">Возвратов не было.</p>
            ) : (
              <ul className="stack">
                {m.refunds.map((r) => (
                  <li key={r.id}>
                    <strong>{formatMoney(r.amountMinor)}</strong> — {label(REFUND_CAUSE, r.cause)}{' '}
                    <Badge tone={statusTone(r.status)}>{label(REFUND_STATUS, r.status)}</Badge>
                    <div className="small muted">
                      {formatDateTime(r.createdAt)}
                      {r.documentNumber && `, платёжное поручение № ${r.documentNumber}`}
                      {r.paidBackOn && ` от ${formatDate(r.paidBackOn)}`}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      )}
    </QueryView>
  );
}
