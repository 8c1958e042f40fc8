import './customer.css';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Badge } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { listOrders } from './customer-api';
import { ForMe } from './Recommendations';
import { DELIVERY_METHOD, PAYMENT_METHOD, SUB_ORDER_STATUS, say, statusTone } from './texts';

export default function OrdersPage() {
  const list = useCursorList(['orders'], (cursor) => listOrders(cursor));
  return (
    <div className="stack">
      <h1>Мои заказы</h1>
      <section className="panel">
        {list.isPending ? (
          <Loading label="Загружаем заказы…" />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty
            title="Заказов пока нет"
            action={
              <Link className="btn btn-primary" to="/">
                Перейти в каталог
              </Link>
            }
          >
            Найдите материалы в каталоге или посчитайте смету — и оформите первый заказ.
          </Empty>
        ) : (
          <table className="list">
            <caption className="visually-hidden">Заказы, новые сверху</caption>
            <thead>
              <tr>
                <th>Заказ</th>
                <th>Дата</th>
                <th>Статус</th>
                <th>Получение и оплата</th>
                <th>Сумма</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((o) => (
                <tr key={o.id}>
                  <td data-label="Заказ">
                    <Link to={`/orders/${o.id}`}>№ {o.number}</Link>
                  </td>
                  <td data-label="Дата">{formatDateTime(o.createdAt)}</td>
                  <td data-label="Статус">
                    <Badge tone={statusTone(o.status)}>{say(SUB_ORDER_STATUS, o.status)}</Badge>
                    {o.returnedPartially && <span className="small muted"> · часть возвращена</span>}
                  </td>
                  <td data-label="Получение и оплата">
                    {say(DELIVERY_METHOD, o.deliveryMethod)}, {say(PAYMENT_METHOD, o.paymentMethod)}
                  </td>
                  <td data-label="Сумма" className="num">
                    {formatMoney(o.totals.totalMinor)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </section>
      <ForMe />
    </div>
  );
}
