import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { paidBack, refundsPage, retryRefund, type Refund, type RefundStatus } from './admin-api';
import { label, PAYMENT_METHOD, REFUND_CAUSE, REFUND_STATUS, statusTone } from './labels';

const TABS: { status: RefundStatus; name: string }[] = [
  { status: 'due', name: 'Вернуть переводом' },
  { status: 'failed', name: 'Ошибки возврата на карту' },
  { status: 'pending', name: 'В банке' },
  { status: 'paid_back', name: 'Возвращены переводом' },
  { status: 'succeeded', name: 'Возвращены на карту' },
  { status: undefined, name: 'Все' },
];

/** Refunds by status: money to pay back by bank transfer, and card refunds that failed. */
export default function RefundsPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = (raw === 'all' ? undefined : (raw ?? 'due')) as RefundStatus;
  const list = useCursorList(['admin', 'refunds', status ?? 'all'], (cursor) => refundsPage(status, cursor));
  return (
    <>
      <h1>Возвраты денег</h1>
      <div className="row" role="group" aria-label="Какие возвраты показать">
        {TABS.map((t) => (
          <Button
            key={t.name}
            small
            kind={t.status === status ? 'primary' : 'plain'}
            aria-pressed={t.status === status}
            onClick={() => setParams({ status: t.status ?? 'all' })}
          >
            {t.name}
          </Button>
        ))}
      </div>
      <Panel title={TABS.find((t) => t.status === status)?.name ?? 'Возвраты'}>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Возвратов нет">
            {status === 'due'
              ? 'Никому не нужно возвращать деньги переводом. Загляните во вкладку ошибок возврата на карту.'
              : 'Здесь пусто. Выберите другую вкладку.'}
          </Empty>
        ) : (
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {list.items.map((r) => (
              <RefundItem key={r.id} refund={r} />
            ))}
          </ul>
        )}
        <MoreButton list={list} />
      </Panel>
    </>
  );
}

function RefundItem({ refund: r }: { refund: Refund }) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ['admin', 'refunds'] });
  const retry = useMutation({ mutationFn: () => retryRefund(r.id), onSuccess: done });
  return (
    <li className="panel">
      <div className="spread">
        <strong className="big">{formatMoney(r.amountMinor)}</strong>
        <Badge tone={statusTone(r.status)}>{label(REFUND_STATUS, r.status)}</Badge>
      </div>
      <p className="small">
        <Link to={`/admin/orders/${r.orderId}`}>Открыть заказ</Link>. Причина возврата: {label(REFUND_CAUSE, r.cause)},{' '}
        {label(PAYMENT_METHOD, r.method)}; создан {formatDateTime(r.createdAt)}
        {r.reason && <>; {r.reason}</>}
        {r.documentNumber && (
          <>
            . Платёжное поручение № {r.documentNumber}
            {r.paidBackOn && ` от ${formatDate(r.paidBackOn)}`}
          </>
        )}
      </p>
      {r.status === 'failed' && (
        <>
          {r.failureCode && <p className="small muted">Код ошибки банка: {r.failureCode}</p>}
          <Button kind="primary" small busy={retry.isPending} onClick={() => retry.mutate()}>
            Повторить
          </Button>
          {retry.error && <ErrorNotice error={retry.error} />}
        </>
      )}
      {r.status === 'due' && <PaidBackForm refund={r} onDone={done} />}
    </li>
  );
}

function PaidBackForm({ refund, onDone }: { refund: Refund; onDone: () => unknown }) {
  const [documentNumber, setDocumentNumber] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () => paidBack(refund.id, { documentNumber, paidOn }),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m: Record<string, string> = {};
    if (!documentNumber.trim()) m.documentNumber = 'Укажите номер платёжного поручения';
    if (!paidOn) m.paidOn = 'Укажите дату платёжного поручения';
    setMissing(m);
    if (Object.keys(m).length === 0) mutation.mutate();
  };
  const errors = { ...fieldErrors(mutation.error), ...missing };
  return (
    <form className="cols" onSubmit={submit} noValidate aria-label="Деньги возвращены переводом">
      <Field label="№ платёжного поручения" error={errors.documentNumber}>
        <input value={documentNumber} maxLength={40} onChange={(e) => setDocumentNumber(e.target.value)} />
      </Field>
      <Field label="Дата платёжного поручения" error={errors.paidOn}>
        <input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
      </Field>
      <div className="row" style={{ alignItems: 'end' }}>
        <Button type="submit" kind="primary" busy={mutation.isPending}>
          Деньги возвращены
        </Button>
      </div>
      {mutation.error && !errors.documentNumber && !errors.paidOn && <ErrorNotice error={mutation.error} />}
    </form>
  );
}
