import './customer.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice, Loading } from '../../ui/states';
import { CardPayment } from './CardPayment';
import { cancelOrder, getOrder, getOrderMoney, orderInvoicePdf, type Order } from './customer-api';
import { saveBlob } from '../../lib/download';
import { OrderPart } from './OrderPart';
import {
  DELIVERY_METHOD,
  PAYMENT_METHOD,
  PAYMENT_STATUS,
  REFUND_STATUS,
  SUB_ORDER_STATUS,
  UNLOADING,
  say,
  statusTone,
} from './texts';

const CANCELLABLE = ['pending_payment', 'paid', 'confirmed', 'assembling', 'ready', 'cancelled'];

export default function OrderPage() {
  const { id = '' } = useParams();
  const order = useQuery({ queryKey: ['order', id], queryFn: () => getOrder(id) });
  if (order.isPending) return <Loading label="Загружаем заказ…" />;
  if (order.error instanceof ApiError && order.error.status === 404)
    return (
      <section className="panel empty">
        <h1>Заказ не найден</h1>
        <p>Такого заказа нет среди ваших.</p>
        <Link to="/orders">Все заказы</Link>
      </section>
    );
  if (!order.data) return <ErrorNotice error={order.error} onRetry={() => void order.refetch()} />;
  return <OrderView order={order.data} />;
}

function OrderView({ order }: { order: Order }) {
  const queryClient = useQueryClient();
  const [paying, setPaying] = useState(false);
  const live = order.subOrders.filter((s) => s.status !== 'cancelled');
  const canCancel = order.status !== 'cancelled' && order.subOrders.every((s) => CANCELLABLE.includes(s.status));
  const due = order.subOrders.filter((s) => s.status === 'pending_payment').reduce((n, s) => n + s.dueMinor, 0);
  const pdf = useMutation({
    mutationFn: () => orderInvoicePdf(order.id),
    onSuccess: (blob) => saveBlob(blob as Blob, `Счёт ${order.number}.pdf`),
  });
  const d = order.delivery;
  return (
    <div className="stack">
      <p>
        <Link to="/orders">← Все заказы</Link>
      </p>
      <div className="spread">
        <h1>Заказ № {order.number}</h1>
        <span aria-live="polite" data-testid="order-status">
          <Badge tone={statusTone(order.status)}>{say(SUB_ORDER_STATUS, order.status)}</Badge>
        </span>
      </div>
      <Panel title="Сводка">
        <dl className="grid facts">
          <div>
            <dt>Оформлен</dt>
            <dd>{formatDateTime(order.createdAt)}</dd>
          </div>
          <div>
            <dt>Получение</dt>
            <dd>
              {say(DELIVERY_METHOD, d.method)}
              {d.address && `: ${d.address}`}
              {d.unloading && <span className="small muted"> · разгрузка {UNLOADING[d.unloading]}</span>}
            </dd>
          </div>
          {d.window && (
            <div>
              <dt>Окно доставки</dt>
              <dd>
                {formatDateTime(d.window.from)} — {formatDateTime(d.window.to)}
              </dd>
            </div>
          )}
          <div>
            <dt>Оплата</dt>
            <dd>
              {say(PAYMENT_METHOD, order.paymentMethod)}
              {due > 0 && ` · оплатить до ${formatDateTime(order.payBy)}`}
            </dd>
          </div>
          <div>
            <dt>Покупатель</dt>
            <dd>
              {order.buyer.name}
              {order.buyer.inn && <span className="small muted"> · ИНН {order.buyer.inn}</span>}
            </dd>
          </div>
          <div>
            <dt>Итого</dt>
            <dd className="big num">{formatMoney(order.totals.totalMinor)}</dd>
            <dd className="small muted">
              товары {formatMoney(order.totals.goodsMinor)}, доставка {formatMoney(order.totals.deliveryMinor)}, НДС{' '}
              {formatMoney(order.totals.vatMinor)}
            </dd>
          </div>
        </dl>
        <div className="row">
          {order.paymentMethod === 'card' && due > 0 && !paying && (
            <Button kind="primary" onClick={() => setPaying(true)}>
              Оплатить {formatMoney(due)}
            </Button>
          )}
          {order.paymentMethod === 'invoice' && (
            <Button busy={pdf.isPending} onClick={() => pdf.mutate()}>
              Скачать счёт (PDF)
            </Button>
          )}
          {canCancel && <CancelOrder orderId={order.id} />}
        </div>
        {pdf.error && <ErrorNotice error={pdf.error} />}
      </Panel>
      {paying && due > 0 && (
        <Panel title="Оплата картой">
          <CardPayment
            orderId={order.id}
            amountMinor={due}
            onPaid={() => {
              setPaying(false);
              void queryClient.invalidateQueries({ queryKey: ['order-money', order.id] });
            }}
          />
        </Panel>
      )}
      {order.subOrders.map((s, i) => (
        <OrderPart key={s.id} order={order} sub={s} index={i + 1} of={order.subOrders.length} />
      ))}
      {live.length === 0 && <p className="muted">Все части заказа отменены.</p>}
      <Money orderId={order.id} />
    </div>
  );
}

function CancelOrder({ orderId }: { orderId: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => cancelOrder(orderId, reason.trim()),
    onSuccess: (o) => {
      queryClient.setQueryData(['order', orderId], o);
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      setOpen(false);
    },
  });
  if (!open)
    return (
      <Button kind="danger" onClick={() => setOpen(true)}>
        Отменить заказ
      </Button>
    );
  return (
    <div role="dialog" aria-modal="false" aria-label="Отмена заказа" className="panel stack" style={{ width: '100%' }}>
      <p>Отменить заказ? Резерв товаров снимется, оплаченное вернётся на карту.</p>
      <Field label="Причина отмены">
        <input value={reason} required onChange={(e) => setReason(e.target.value)} autoFocus />
      </Field>
      {cancel.error && <ErrorNotice error={cancel.error} />}
      <div className="row">
        <Button kind="danger" busy={cancel.isPending} disabled={!reason.trim()} onClick={() => cancel.mutate()}>
          Да, отменить
        </Button>
        <Button onClick={() => setOpen(false)}>Не отменять</Button>
      </div>
    </div>
  );
}

function Money({ orderId }: { orderId: string }) {
  const money = useQuery({ queryKey: ['order-money', orderId], queryFn: () => getOrderMoney(orderId) });
  if (!money.data || (money.data.items.length === 0 && money.data.refunds.length === 0)) return null;
  return (
    <Panel title="Платежи и возвраты">
      <ul className="stack" style={{ paddingLeft: '1rem' }}>
        {money.data.items.map((p) => (
          <li key={p.id}>
            {formatDateTime(p.createdAt)} — {p.method === 'card' ? 'картой' : 'по счёту'} {formatMoney(p.amountMinor)}
            {p.card && ` (${p.card.brand} •••• ${p.card.last4})`}
            {p.documentNumber && ` п/п № ${p.documentNumber}${p.paidOn ? ` от ${formatDate(p.paidOn)}` : ''}`}:{' '}
            <Badge tone={p.status === 'succeeded' ? 'ok' : p.status === 'requires_action' ? 'warn' : undefined}>
              {say(PAYMENT_STATUS, p.status)}
            </Badge>
          </li>
        ))}
        {money.data.refunds.map((r) => (
          <li key={r.id}>
            Возврат {formatMoney(r.amountMinor)} от {formatDateTime(r.createdAt)}: {say(REFUND_STATUS, r.status)}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
