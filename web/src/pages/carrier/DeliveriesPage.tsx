import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { myDeliveriesPage } from './carrier-api';
import { DELIVERY_STATUS, DELIVERY_TONE } from './labels';

const TABS = [
  { state: 'active', label: 'В работе' },
  { state: 'done', label: 'Завершённые' },
] as const;

/** My deliveries: those under way, and those delivered, failed or cancelled. */
export default function DeliveriesPage() {
  const [state, setState] = useState<'active' | 'done'>('active');
  const list = useCursorList(['carrier', 'deliveries', state], (cursor) => myDeliveriesPage(state, cursor));
  return (
    <div className="stack">
      <h1>Доставки</h1>
      <div className="row" role="group" aria-label="Какие доставки показать">
        {TABS.map((t) => (
          <button
            key={t.state}
            type="button"
            className={state === t.state ? 'btn btn-primary' : 'btn'}
            aria-pressed={state === t.state}
            onClick={() => setState(t.state)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <Panel>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty
            title={state === 'active' ? 'Доставок в работе нет' : 'Завершённых доставок пока нет'}
            action={<Link to="/carrier">Найти заявку</Link>}
          >
            Выигранные и подтверждённые заявки появятся здесь.
          </Empty>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Заказ</th>
                <th>Маршрут</th>
                <th>Окно доставки</th>
                <th>Оплата</th>
                <th>Статус</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((d) => (
                <tr key={d.id}>
                  <td data-label="Заказ">
                    <Link to={`/carrier/deliveries/${d.id}`}>{d.orderNumber}</Link>
                  </td>
                  <td data-label="Маршрут">
                    {d.pickupAddress} → {d.dropoffAddress}
                  </td>
                  <td data-label="Окно доставки">
                    {formatDateTime(d.window.from)} — {formatDateTime(d.window.to)}
                  </td>
                  <td data-label="Оплата" className="num">
                    {formatMoney(d.priceMinor)}
                  </td>
                  <td data-label="Статус">
                    <Badge tone={DELIVERY_TONE[d.status]}>{DELIVERY_STATUS[d.status]}</Badge>
                    {d.deliveredAt && <div className="muted small">{formatDateTime(d.deliveredAt)}</div>}
                  </td>
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
