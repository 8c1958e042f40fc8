import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { QueryView } from '../../ui/states';
import { order as fetchOrder, orderHistory, type Order } from './admin-api';
import { Cell } from './Cell';
import { DELIVERY_METHOD, label, ORDER_STATUS, PAYMENT_METHOD, statusTone } from './labels';
import { OrderMoney } from './OrderMoney';
import { UserName } from './UserName';

/** One order as an admin sees it: its parts with lines, status history, payments and refunds. */
export default function OrderPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['admin', 'order', id], queryFn: () => fetchOrder(id) });
  return (
    <>
      <p>
        <Link to="/admin/orders">← Все заказы</Link>
      </p>
      <QueryView query={query}>{(o) => <OrderView order={o} />}</QueryView>
    </>
  );
}

function OrderView({ order }: { order: Order }) {
  return (
    <>
      <h1>Заказ № {order.number}</h1>
      <Panel title="Заказ">
        <div className="cols">
          <div>
            <div className="muted small">Состояние</div>
            <Badge tone={statusTone(order.status)}>{label(ORDER_STATUS, order.status)}</Badge>
          </div>
          <div>
            <div className="muted small">Покупатель</div>
            <UserName id={order.customerId} />
            {order.buyer.inn && <div className="small muted">ИНН {order.buyer.inn}</div>}
          </div>
          <div>
            <div className="muted small">Оформлен</div>
            {formatDateTime(order.createdAt)}
          </div>
          <div>
            <div className="muted small">Оплата</div>
            {label(PAYMENT_METHOD, order.paymentMethod)}, до {formatDateTime(order.payBy)}
          </div>
          <div>
            <div className="muted small">Получение</div>
            {label(DELIVERY_METHOD, order.delivery.method)}
            {order.delivery.address && <div className="small">{order.delivery.address}</div>}
          </div>
          <div>
            <div className="muted small">Итого</div>
            <span className="big">{formatMoney(order.totals.totalMinor)}</span>
            <div className="small muted">
              товары {formatMoney(order.totals.goodsMinor)}, доставка {formatMoney(order.totals.deliveryMinor)}, НДС{' '}
              {formatMoney(order.totals.vatMinor)}
            </div>
          </div>
        </div>
      </Panel>
      {order.subOrders.map((s) => (
        <Panel
          key={s.id}
          level={2}
          title={`Часть № ${s.number} — ${s.sellerName}`}
          actions={<Badge tone={statusTone(s.status)}>{label(ORDER_STATUS, s.status)}</Badge>}
        >
          <p className="small muted">
            Склад: {s.warehouse.name}, {s.warehouse.address}. Получено денег {formatMoney(s.receivedMinor)}
            {s.dueMinor > 0 && `, ждём ещё ${formatMoney(s.dueMinor)}`}. Продавец: <UserName id={s.sellerId} />
          </p>
          <table className="list">
            <thead>
              <tr>
                <th>Товар</th>
                <th className="num">Количество</th>
                <th className="num">Цена</th>
                <th className="num">Сумма</th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((l) => (
                <tr key={l.id}>
                  <Cell long label="Товар">
                    {l.name}
                  </Cell>
                  <Cell label="Количество" className="num">
                    {formatNumber(l.quantity)} {l.unit}
                  </Cell>
                  <Cell label="Цена" className="num">
                    {formatMoney(l.priceMinor)}
                  </Cell>
                  <Cell label="Сумма" className="num">
                    {formatMoney(l.totalMinor)}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ))}
      <History order={order} />
      <OrderMoney orderId={order.id} />
    </>
  );
}

function History({ order }: { order: Order }) {
  const query = useQuery({ queryKey: ['admin', 'order', order.id, 'history'], queryFn: () => orderHistory(order.id) });
  const partNumber = (id: string | null) => order.subOrders.find((s) => s.id === id)?.number;
  return (
    <Panel title="История">
      <QueryView query={query}>
        {(h) =>
          h.items.length === 0 ? (
            <p className="muted">Изменений состояния ещё не было.</p>
          ) : (
            <table className="list">
              <thead>
                <tr>
                  <th>Когда</th>
                  <th>Что</th>
                  <th>Кто</th>
                  <th>Почему</th>
                </tr>
              </thead>
              <tbody>
                {h.items.map((e, i) => (
                  <tr key={i}>
                    <Cell label="Когда">{formatDateTime(e.at)}</Cell>
                    <Cell long label="Что">
                      {e.subOrderId ? `Часть № ${partNumber(e.subOrderId) ?? ''}: ` : 'Заказ: '}
                      {e.from ? `${label(ORDER_STATUS, e.from)} → ` : ''}
                      {label(ORDER_STATUS, e.to)}
                    </Cell>
                    <Cell label="Кто">{e.actorId ? <UserName id={e.actorId} /> : 'система'}</Cell>
                    <Cell long label="Почему">
                      {e.reason ?? '—'}
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
