import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { getOrderHistory, type Order, type SubOrder } from './customer-api';
import { DeliveryJob } from './DeliveryJob';
import { ReturnRequest } from './ReturnRequest';
import { DELIVERY_METHOD, SUB_ORDER_STATUS, say, statusTone } from './texts';

const RECEIVED = ['picked_up', 'delivered', 'completed'];
const HANDED_OVER = ['handed_to_carrier', 'in_transit', 'delivered', 'completed', 'return_requested'];

/** The delivery's id, once the API tells it on the part (it may not yet). */

/** One part of an order (one seller's warehouse): status, lines, history, delivery and returns. */
export function OrderPart({ order, sub, index, of }: { order: Order; sub: SubOrder; index: number; of: number }) {
  const history = useQuery({ queryKey: ['order-history', order.id], queryFn: () => getOrderHistory(order.id) });
  const mine = (history.data?.items ?? []).filter((h) => h.subOrderId === sub.id || h.subOrderId === null);
  const deliveryId = sub.deliveryId;
  return (
    <Panel
      title={`Часть ${index} из ${of}: ${sub.sellerName}, № ${sub.number}`}
      actions={
        <span data-testid="part-status" aria-live="polite">
          <Badge tone={statusTone(sub.status)}>{say(SUB_ORDER_STATUS, sub.status)}</Badge>
        </span>
      }
    >
      <p className="small muted">
        {say(DELIVERY_METHOD, sub.deliveryMethod)} со склада «{sub.warehouse.name}», {sub.warehouse.address}
        {sub.receivedAt && ` · получено ${formatDateTime(sub.receivedAt)}`}
      </p>
      <table className="list">
        <caption className="visually-hidden">Товары части {sub.number}</caption>
        <thead>
          <tr>
            <th>Товар</th>
            <th>Количество</th>
            <th>Цена</th>
            <th>Сумма</th>
          </tr>
        </thead>
        <tbody>
          {sub.lines.map((l) => (
            <tr key={l.id}>
              <td data-label="Товар">
                <Link to={`/products/${l.productId}`}>{l.name}</Link>
              </td>
              <td data-label="Количество">
                {formatNumber(l.quantity)} {l.unit}
              </td>
              <td data-label="Цена" className="num">
                {formatMoney(l.priceMinor)}
              </td>
              <td data-label="Сумма" className="num">
                {formatMoney(l.totalMinor)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="spread">
        <span>
          Товары {formatMoney(sub.totals.goodsMinor)}
          {sub.deliveryMethod === 'delivery' && `, доставка ${formatMoney(sub.totals.deliveryMinor)}`}
        </span>
        <strong className="num">{formatMoney(sub.totals.totalMinor)}</strong>
      </p>
      {sub.dueMinor > 0 && <p className="small">К оплате по этой части: {formatMoney(sub.dueMinor)}</p>}
      {sub.deliveryMethod === 'delivery' && sub.deliveryJobId && (
        <DeliveryJob jobId={sub.deliveryJobId} orderId={order.id} deliveryId={deliveryId} />
      )}
      {sub.deliveryMethod === 'delivery' && !sub.deliveryJobId && HANDED_OVER.includes(sub.status) === false && (
        <p className="small muted">Перевозчика начнут искать, когда продавец подготовит заказ.</p>
      )}
      {RECEIVED.includes(sub.status) && <ReturnRequest orderId={order.id} sub={sub} />}
      <details>
        <summary>История статусов</summary>
        <ol className="stack small" style={{ paddingLeft: '1.2rem' }}>
          {mine.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.at)} — {say(SUB_ORDER_STATUS, h.to)}
              {h.reason && <span className="muted"> ({h.reason})</span>}
            </li>
          ))}
        </ol>
      </details>
    </Panel>
  );
}
