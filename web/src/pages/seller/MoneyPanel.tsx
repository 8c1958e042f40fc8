import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { parseMoney } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice, QueryView } from '../../ui/states';
import { openBlob } from '../../lib/download';
import { PAYMENT_STATUS, REFUND_CAUSE, REFUND_STATUS } from './labels';
import { moscowToday } from './moscow-dates';
import { rublesText } from './offer-fields';
import {
  markPaid,
  refundPaidBack,
  subOrderInvoice,
  subOrderMoney,
  type SubOrder,
  type SubOrderMoney,
} from './seller-api';

/** The invoice, payments received (and «отметить оплату»), and refunds due (and «деньги возвращены»). */
export function MoneyPanel({ sub }: { sub: SubOrder }) {
  const money = useQuery({
    queryKey: ['seller', 'sub-order-money', sub.id, sub.updatedAt],
    queryFn: () => subOrderMoney(sub.id),
  });
  const [pdfBusy, setPdfBusy] = useState(false);
  const [pdfError, setPdfError] = useState<unknown>(null);
  const invoice = async () => {
    setPdfBusy(true);
    setPdfError(null);
    try {
      openBlob(await subOrderInvoice(sub.id));
    } catch (err) {
      setPdfError(err);
    } finally {
      setPdfBusy(false);
    }
  };
  return (
    <Panel
      title="Оплата"
      actions={
        <Button small busy={pdfBusy} onClick={() => void invoice()}>
          Счёт на оплату (PDF)
        </Button>
      }
    >
      {pdfError !== null && <ErrorNotice error={pdfError} />}
      <p>
        Получено: <strong className="num">{formatMoney(sub.receivedMinor)}</strong> из{' '}
        {formatMoney(sub.totals.totalMinor)}
        {sub.dueMinor > 0 && (
          <>
            {' '}
            · ожидается <strong className="num">{formatMoney(sub.dueMinor)}</strong>
          </>
        )}
        {sub.paidAt && <span className="small muted"> · оплачен {formatDateTime(sub.paidAt)}</span>}
      </p>
      <QueryView query={money}>{(m) => <MoneyView sub={sub} money={m} />}</QueryView>
    </Panel>
  );
}

function MoneyView({ sub, money }: { sub: SubOrder; money: SubOrderMoney }) {
  const byCard = money.items.some((p) => p.method === 'card');
  return (
    <div className="stack">
      {money.items.length > 0 && (
        <table className="list" aria-label="Платежи">
          <thead>
            <tr>
              <th>Платёж</th>
              <th>Сумма</th>
              <th>Статус</th>
            </tr>
          </thead>
          <tbody>
            {money.items.map((p) => (
              <tr key={p.id}>
                <td data-label="Платёж">
                  {p.method === 'card'
                    ? `Карта${p.card ? ` ${p.card.brand} •••• ${p.card.last4}` : ''}`
                    : `Платёжное поручение № ${p.documentNumber ?? '—'}${p.paidOn ? ` от ${formatDate(p.paidOn)}` : ''}`}
                </td>
                <td data-label="Сумма" className="num">
                  {formatMoney(p.amountMinor)}
                </td>
                <td data-label="Статус">
                  <Badge tone={p.status === 'succeeded' ? 'ok' : undefined}>
                    {PAYMENT_STATUS[p.status] ?? p.status}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sub.status === 'pending_payment' && money.dueMinor > 0 && !byCard && <MarkPaid sub={sub} due={money.dueMinor} />}
      {money.refunds.length > 0 && (
        <section className="stack" aria-label="Возвраты денег">
          <h3>Возвраты денег</h3>
          {money.refunds.map((r) => (
            <div key={r.id} className="notice">
              <p className="spread">
                <span>
                  {formatMoney(r.amountMinor)} — {REFUND_CAUSE[r.cause] ?? r.cause}
                  {r.reason && <span className="small muted"> ({r.reason})</span>}
                </span>
                <Badge tone={r.status === 'due' ? 'warn' : r.status === 'failed' ? 'danger' : 'ok'}>
                  {REFUND_STATUS[r.status] ?? r.status}
                </Badge>
              </p>
              {r.status === 'paid_back' && r.documentNumber && (
                <p className="small">
                  П/п № {r.documentNumber}
                  {r.paidBackOn && ` от ${formatDate(r.paidBackOn)}`}
                </p>
              )}
              {r.status === 'due' && <PaidBack refundId={r.id} subId={sub.id} />}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

function MarkPaid({ sub, due }: { sub: SubOrder; due: number }) {
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(rublesText(due));
  const [doc, setDoc] = useState('');
  const [date, setDate] = useState(moscowToday());
  const [local, setLocal] = useState<string | null>(null);
  const mark = useMutation({
    mutationFn: (body: { amountMinor: number; paidOn: string; documentNumber: string }) => markPaid(sub.id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['seller'] }),
  });
  const errs = fieldErrors(mark.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const amountMinor = parseMoney(amount);
    if (amountMinor === null || amountMinor <= 0) return setLocal('Укажите сумму в рублях, например 12 500,00');
    setLocal(null);
    mark.mutate({ amountMinor, paidOn: date, documentNumber: doc.trim() });
  };
  return (
    <form onSubmit={submit} noValidate className="stack" style={{ maxWidth: 480 }} aria-label="Отметить оплату">
      <h3>Отметить оплату по счёту</h3>
      <Field label="Сумма, ₽" error={local ?? errs.amountMinor} hint={`Ожидается ${formatMoney(due)}`}>
        <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Field>
      <Field label="Номер платёжного поручения" error={errs.documentNumber}>
        <input value={doc} onChange={(e) => setDoc(e.target.value)} required />
      </Field>
      <Field label="Дата платёжного поручения" error={errs.paidOn}>
        <input type="date" value={date} max={moscowToday()} onChange={(e) => setDate(e.target.value)} required />
      </Field>
      {mark.error && <ErrorNotice error={mark.error} />}
      <Button type="submit" kind="primary" busy={mark.isPending} disabled={!doc.trim()}>
        Отметить оплату
      </Button>
    </form>
  );
}

function PaidBack({ refundId, subId }: { refundId: string; subId: string }) {
  const queryClient = useQueryClient();
  const [doc, setDoc] = useState('');
  const [date, setDate] = useState(moscowToday());
  const paid = useMutation({
    mutationFn: () => refundPaidBack(refundId, { documentNumber: doc.trim(), paidOn: date }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['seller', 'sub-order-money', subId] }),
  });
  const errs = fieldErrors(paid.error);
  return (
    <form
      className="stack"
      style={{ maxWidth: 480 }}
      onSubmit={(e) => {
        e.preventDefault();
        paid.mutate();
      }}
    >
      <Field label="Номер платёжного поручения возврата" error={errs.documentNumber}>
        <input value={doc} onChange={(e) => setDoc(e.target.value)} required />
      </Field>
      <Field label="Дата" error={errs.paidOn}>
        <input type="date" value={date} max={moscowToday()} onChange={(e) => setDate(e.target.value)} required />
      </Field>
      {paid.error && <ErrorNotice error={paid.error} />}
      <Button type="submit" busy={paid.isPending} disabled={!doc.trim()}>
        Деньги возвращены
      </Button>
    </form>
  );
}
