import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth';
import { countOf, formatMoney, formatNumber } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { QueryView } from '../../ui/states';
import { lowStock, paymentsDue, pendingReturns, salesFigures } from './dashboard-data';
import { STATUS_TONE, SUB_ORDER_STATUS, SUB_ORDER_STATUSES } from './labels';

const ORDERS = ['заказ', 'заказа', 'заказов'] as const;

export default function DashboardPage() {
  const { user } = useAuth();
  const sales = useQuery({ queryKey: ['seller', 'dash', 'sales'], queryFn: () => salesFigures() });
  const due = useQuery({ queryKey: ['seller', 'dash', 'due'], queryFn: paymentsDue });
  const returns = useQuery({ queryKey: ['seller', 'dash', 'returns'], queryFn: pendingReturns });
  const low = useQuery({ queryKey: ['seller', 'dash', 'low'], queryFn: lowStock });
  return (
    <div className="stack">
      <h1>Сводка</h1>
      {user?.status === 'pending' && (
        <div className="notice notice-error" role="status">
          <strong>Ваша учётная запись ждёт проверки администратором.</strong> Пока её не одобрят, покупатели не видят
          ваши товары. Заполните склады, цены и <Link to="/seller/requisites">реквизиты</Link>, чтобы начать продавать
          сразу после одобрения.
        </div>
      )}
      {user?.status === 'suspended' && (
        <div className="notice notice-error" role="status">
          <strong>Учётная запись приостановлена администратором:</strong> ваши товары не продаются.
        </div>
      )}
      <div className="grid">
        <Panel title="Заказы сегодня">
          <QueryView query={sales}>
            {(s) =>
              s.todayCount === 0 ? (
                <p className="muted">Сегодня заказов пока нет.</p>
              ) : (
                <>
                  <p className="big">{countOf(s.todayCount, ORDERS)}</p>
                  <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
                    {SUB_ORDER_STATUSES.filter((st) => s.todayByStatus[st]).map((st) => (
                      <li key={st} className="spread">
                        <Link to={`/seller/orders?status=${st}`}>
                          <Badge tone={STATUS_TONE[st]}>{SUB_ORDER_STATUS[st]}</Badge>
                        </Link>
                        <span className="num">{formatNumber(s.todayByStatus[st] ?? 0)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )
            }
          </QueryView>
        </Panel>
        <Panel title="Выручка">
          <QueryView query={sales}>
            {(s) => (
              <dl>
                <dt className="small muted">Сегодня</dt>
                <dd className="big num" style={{ margin: 0 }}>
                  {formatMoney(s.revenueTodayMinor)}
                </dd>
                <dt className="small muted">В этом месяце</dt>
                <dd className="big num" style={{ margin: 0 }}>
                  {formatMoney(s.revenueMonthMinor)}
                </dd>
                <dd className="small muted" style={{ margin: 0 }}>
                  Оплаченные заказы, кроме отменённых и возвращённых{s.partial && '; показаны не все заказы месяца'}
                </dd>
              </dl>
            )}
          </QueryView>
        </Panel>
        <Panel title="Ждут оплаты по счёту">
          <QueryView query={due}>
            {(d) =>
              d.items.length === 0 ? (
                <p className="muted">Неоплаченных заказов нет.</p>
              ) : (
                <>
                  <p className="big num">{formatMoney(d.dueMinor)}</p>
                  <p>
                    <Link to="/seller/orders?status=pending_payment">
                      {countOf(d.items.length, ORDERS)}
                      {d.more && ' и больше'}
                    </Link>
                  </p>
                </>
              )
            }
          </QueryView>
        </Panel>
        <Panel title="Возвраты">
          <QueryView query={returns}>
            {(r) =>
              r.count === 0 ? (
                <p className="muted">Новых запросов на возврат нет.</p>
              ) : (
                <p>
                  <Link to="/seller/returns" className="big">
                    {formatNumber(r.count)}
                    {r.more && '+'} ждут решения
                  </Link>
                </p>
              )
            }
          </QueryView>
        </Panel>
      </div>
      <Panel title="Заканчиваются на складах">
        <QueryView query={low}>
          {(items) =>
            items.length === 0 ? (
              <p className="muted">Всех товаров в продаже достаточно (свободно не меньше пяти минимальных партий).</p>
            ) : (
              <table className="list">
                <thead>
                  <tr>
                    <th>Товар</th>
                    <th>Свободно на всех складах</th>
                  </tr>
                </thead>
                <tbody>
                  {items.slice(0, 15).map((o) => (
                    <tr key={o.offerId}>
                      <td data-label="Товар">
                        <Link to={`/seller/offers/${o.offerId}`}>{o.name}</Link>
                        {o.sku && <div className="small muted">Артикул {o.sku}</div>}
                      </td>
                      <td data-label="Свободно" className="num">
                        <Badge tone={o.available <= 0 ? 'danger' : 'warn'}>
                          {formatNumber(o.available)} {o.unit}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryView>
      </Panel>
    </div>
  );
}
