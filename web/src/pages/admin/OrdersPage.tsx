import { Link, useSearchParams } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Badge, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { ordersPage, type OrderQuery } from './admin-api';
import { Cell } from './Cell';
import { DELIVERY_METHOD, label, ORDER_STATUS, PAYMENT_METHOD, statusTone } from './labels';
import { UserName } from './UserName';

type Status = NonNullable<OrderQuery['status']>;

/** Every order on the market, newest first; the API filters admins' lists by status. */
export default function OrdersPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as Status | '';
  const list = useCursorList(['admin', 'orders', status], (cursor) =>
    ordersPage({ status: status || undefined, cursor }),
  );
  return (
    <>
      <h1>Заказы</h1>
      <Panel title="Фильтр">
        <div className="cols">
          <Field label="Состояние заказа">
            <select
              value={status}
              onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
            >
              <option value="">Все</option>
              {Object.entries(ORDER_STATUS).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </Panel>
      <Panel title="Список">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Заказов нет">
            {status
              ? 'С таким состоянием заказов нет — выберите другое.'
              : 'Заказы появятся, когда покупатели их оформят.'}
          </Empty>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Заказ</th>
                <th>Покупатель</th>
                <th>Состояние</th>
                <th>Оплата, получение</th>
                <th className="num">Сумма</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((o) => (
                <tr key={o.id}>
                  <Cell label="Заказ">
                    <Link to={`/admin/orders/${o.id}`}>№ {o.number}</Link>
                    <div className="small muted">{formatDateTime(o.createdAt)}</div>
                  </Cell>
                  <Cell long label="Покупатель">
                    <UserName id={o.customerId} />
                  </Cell>
                  <Cell label="Состояние">
                    <Badge tone={statusTone(o.status)}>{label(ORDER_STATUS, o.status)}</Badge>
                  </Cell>
                  <Cell label="Оплата, получение">
                    {label(PAYMENT_METHOD, o.paymentMethod)}, {label(DELIVERY_METHOD, o.deliveryMethod)}
                  </Cell>
                  <Cell label="Сумма" className="num">
                    {formatMoney(o.totals.totalMinor)}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </Panel>
    </>
  );
}
