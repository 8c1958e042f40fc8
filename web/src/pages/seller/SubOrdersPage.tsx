import { Link, useSearchParams } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Badge, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { STATUS_TONE, SUB_ORDER_STATUS, SUB_ORDER_STATUSES } from './labels';
import { subOrderPath } from './paths';
import { listSubOrders, type SubOrderStatus } from './seller-api';

export default function SubOrdersPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = raw && raw in SUB_ORDER_STATUS ? (raw as SubOrderStatus) : undefined;
  const list = useCursorList(['seller', 'sub-orders', status ?? 'all'], (cursor) =>
    listSubOrders({ cursor, limit: 20, status }),
  );
  return (
    <div className="stack">
      <h1>Заказы</h1>
      <Panel>
        <div style={{ maxWidth: 320 }}>
          <Field label="Статус">
            <select
              value={status ?? ''}
              onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
            >
              <option value="">Все</option>
              {SUB_ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {SUB_ORDER_STATUS[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title={status ? 'Заказов с таким статусом нет' : 'Заказов пока нет'}>
            {status
              ? 'Выберите другой статус или «Все».'
              : 'Когда покупатели закажут ваши товары, заказы появятся здесь. Проверьте цены и остатки в разделе «Товары и цены».'}
          </Empty>
        ) : (
          <table className="list" aria-label="Заказы">
            <thead>
              <tr>
                <th>Заказ</th>
                <th>Статус</th>
                <th>Покупатель</th>
                <th>Получение</th>
                <th>Сумма</th>
                <th>Создан</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((s) => (
                <tr key={s.id}>
                  <td data-label="Заказ">
                    <Link to={subOrderPath(s)}>№ {s.number}</Link>
                  </td>
                  <td data-label="Статус">
                    <Badge tone={STATUS_TONE[s.status]}>{SUB_ORDER_STATUS[s.status]}</Badge>
                  </td>
                  <td data-label="Покупатель">{s.buyer.name}</td>
                  <td data-label="Получение">
                    {s.deliveryMethod === 'pickup' ? 'Самовывоз' : 'Доставка'} · {s.warehouse.name}
                  </td>
                  <td data-label="Сумма" className="num">
                    {formatMoney(s.totals.totalMinor)}
                  </td>
                  <td data-label="Создан">{formatDateTime(s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </Panel>
    </div>
  );
}
