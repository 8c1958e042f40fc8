import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { messageFor } from '../../lib/problems';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { QueryView } from '../../ui/states';
import { HandOverPanel } from './HandOverPanel';
import { MoneyPanel } from './MoneyPanel';
import { STATUS_TONE, SUB_ORDER_STATUS, TRANSITION_ACTION } from './labels';
import { getSubOrder, transitionSubOrder, type SubOrder, type SubOrderStatus } from './seller-api';

export default function SubOrderPage() {
  const { id = '' } = useParams();
  // The API reads a sub-order through its order; the list links here with ?order=<order id>.
  const [params] = useSearchParams();
  const orderId = params.get('order') ?? '';
  const sub = useQuery({ queryKey: ['seller', 'sub-order', id], queryFn: () => getSubOrder(orderId, id) });
  return (
    <div className="stack">
      <p>
        <Link to="/seller/orders">← Заказы</Link>
      </p>
      <QueryView query={sub}>{(s) => <SubOrderView sub={s} />}</QueryView>
    </div>
  );
}

function SubOrderView({ sub }: { sub: SubOrder }) {
  return (
    <>
      <h1>Заказ № {sub.number}</h1>
      <p className="row" aria-live="polite">
        <span>Статус:</span>
        <Badge tone={STATUS_TONE[sub.status]}>
          <span data-testid="sub-order-status">{SUB_ORDER_STATUS[sub.status]}</span>
        </Badge>
        <span className="muted small">создан {formatDateTime(sub.createdAt)}</span>
      </p>
      <Transitions sub={sub} />
      <div className="cols">
        <Panel title="Покупатель">
          <p>{sub.buyer.name}</p>
          {sub.buyer.inn && (
            <p className="small">
              ИНН {sub.buyer.inn}
              {sub.buyer.kpp && `, КПП ${sub.buyer.kpp}`}
            </p>
          )}
          {sub.buyer.contactName && <p className="small">Контакт: {sub.buyer.contactName}</p>}
          {sub.buyer.phone && (
            <p className="small">
              Телефон: <a href={`tel:${sub.buyer.phone}`}>{sub.buyer.phone}</a>
            </p>
          )}
        </Panel>
        <Panel title="Состав">
          <table className="list">
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
                    {l.name}
                    {l.sku && <div className="small muted">Артикул {l.sku}</div>}
                  </td>
                  <td data-label="Количество" className="num">
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
          <p className="small">
            Товары: {formatMoney(sub.totals.goodsMinor)} · Доставка: {formatMoney(sub.totals.deliveryMinor)} · НДС:{' '}
            {formatMoney(sub.totals.vatMinor)}
          </p>
          <p>
            Итого: <strong className="num">{formatMoney(sub.totals.totalMinor)}</strong>
          </p>
          <p className="small muted">
            Вес {formatNumber(sub.weightKg)} кг · объём {formatNumber(sub.volumeM3)} м³
          </p>
        </Panel>
      </div>
      <HandOverPanel sub={sub} />
      <MoneyPanel sub={sub} />
    </>
  );
}

/** The next-status buttons the API allows now; a refused move names the allowed ones. */
function Transitions({ sub }: { sub: SubOrder }) {
  const queryClient = useQueryClient();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const move = useMutation({
    mutationFn: (v: { to: SubOrderStatus; reason?: string }) => transitionSubOrder(sub.id, v.to, v.reason),
    onSuccess: (next) => {
      queryClient.setQueryData(['seller', 'sub-order', sub.id], next);
      setCancelling(false);
      void queryClient.invalidateQueries({ queryKey: ['seller'] });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ['seller', 'sub-order', sub.id] }),
  });
  const forward = sub.nextStatuses.filter((s) => s !== 'cancelled');
  const canCancel = sub.nextStatuses.includes('cancelled');
  const cancel = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) move.mutate({ to: 'cancelled', reason: reason.trim() });
  };
  return (
    <Panel title="Что дальше">
      {sub.nextStatuses.length === 0 ? (
        <p className="muted">{nothingToDo(sub)}</p>
      ) : (
        <div className="row">
          {forward.map((to) => (
            <Button
              key={to}
              kind="primary"
              busy={move.isPending && move.variables?.to === to}
              disabled={move.isPending}
              onClick={() => move.mutate({ to })}
            >
              {TRANSITION_ACTION[to] ?? SUB_ORDER_STATUS[to]}
            </Button>
          ))}
          {canCancel && !cancelling && (
            <Button kind="danger" onClick={() => setCancelling(true)}>
              Отменить заказ
            </Button>
          )}
        </div>
      )}
      {sub.deliveryMethod === 'delivery' && sub.status === 'ready' && (
        <p className="small muted">
          Дальше заказ движется вместе с доставкой: статусы «передан перевозчику», «в пути» и «доставлен» отмечает
          перевозчик.
        </p>
      )}
      {cancelling && (
        <form onSubmit={cancel} className="stack" style={{ maxWidth: 480 }}>
          <Field label="Причина отмены" hint="Покупатель увидит её в заказе">
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} required rows={2} />
          </Field>
          <div className="row">
            <Button type="submit" kind="danger" busy={move.isPending} disabled={!reason.trim()}>
              Отменить заказ
            </Button>
            <Button onClick={() => setCancelling(false)}>Не отменять</Button>
          </div>
        </form>
      )}
      <div aria-live="assertive">{move.error && <RefusedMove error={move.error} />}</div>
    </Panel>
  );
}

function RefusedMove({ error }: { error: unknown }) {
  const allowed =
    error instanceof ApiError && Array.isArray(error.problem.allowed)
      ? (error.problem.allowed as SubOrderStatus[])
      : null;
  return (
    <div className="notice notice-error" role="alert">
      {allowed ? (
        <>
          Этот шаг сейчас недоступен: заказ уже изменился.{' '}
          {allowed.length > 0
            ? `Возможные шаги: ${allowed.map((s) => SUB_ORDER_STATUS[s] ?? s).join(', ')}.`
            : 'Из текущего статуса шагов нет.'}
        </>
      ) : (
        messageFor(error)
      )}
    </div>
  );
}

function nothingToDo(sub: SubOrder): string {
  switch (sub.status) {
    case 'pending_payment':
      return 'Ждём оплату. Для оплаты по счёту отметьте поступление денег ниже.';
    case 'handed_to_carrier':
    case 'in_transit':
      return 'Товар у перевозчика: статус изменится, когда он отметит доставку.';
    case 'return_requested':
      return 'Покупатель просит возврат: решите его в разделе «Возвраты».';
    default:
      return 'С этим заказом больше ничего делать не нужно.';
  }
}
