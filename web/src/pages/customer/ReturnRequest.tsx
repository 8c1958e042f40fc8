import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime, formatMoney, formatNumber, parseDecimal } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Badge, Button, Field } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { listReturns, requestReturn, type SubOrder } from './customer-api';
import { RETURN_STATUS, say } from './texts';

/** Returns of a received part: those asked for, and a form to ask for one (lines, quantities, reason). */
export function ReturnRequest({ orderId, sub }: { orderId: string; sub: SubOrder }) {
  const queryClient = useQueryClient();
  const returns = useQuery({ queryKey: ['returns', orderId], queryFn: () => listReturns(orderId) });
  const mine = (returns.data?.items ?? []).filter((r) => r.subOrderId === sub.id);
  const [open, setOpen] = useState(false);
  const [qty, setQty] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const send = useMutation({
    mutationFn: (lines: { lineId: string; quantity: string }[]) =>
      requestReturn(orderId, { subOrderId: sub.id, reason: reason.trim(), lines }),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ['returns', orderId] });
      void queryClient.invalidateQueries({ queryKey: ['order', orderId] });
    },
  });
  const submit = () => {
    const lines: { lineId: string; quantity: string }[] = [];
    for (const l of sub.lines) {
      const text = qty[l.id]?.trim();
      if (!text) continue;
      const q = parseDecimal(text);
      if (!q || Number(q) <= 0 || Number(q) > Number(l.quantity))
        return setProblem(`«${l.name}»: от 0 до ${formatNumber(l.quantity)} ${l.unit}`);
      lines.push({ lineId: l.id, quantity: q });
    }
    if (lines.length === 0) return setProblem('Укажите, сколько чего вернуть.');
    setProblem('');
    send.mutate(lines);
  };
  const errors = fieldErrors(send.error);
  return (
    <div className="stack">
      {mine.map((r) => (
        <p key={r.id} className="small">
          Возврат от {formatDateTime(r.requestedAt)}:{' '}
          <Badge tone={r.status === 'accepted' ? 'ok' : r.status === 'refused' ? 'danger' : 'warn'}>
            {say(RETURN_STATUS, r.status)}
          </Badge>{' '}
          {r.lines.map((l) => `${l.name} — ${formatNumber(l.quantity)} ${l.unit}`).join('; ')}
          {r.refundMinor > 0 && ` · возвращено ${formatMoney(r.refundMinor)}`}
          {r.refusalReason && ` · причина отказа: ${r.refusalReason}`}
        </p>
      ))}
      {!open ? (
        <div>
          <Button onClick={() => setOpen(true)}>Оформить возврат</Button>
        </div>
      ) : (
        <form
          className="stack panel"
          aria-label="Возврат товаров"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h3>Что вернуть</h3>
          <p className="small muted">
            Вернуть можно в течение 14 дней после получения. Штучный товар — только целиком.
          </p>
          {sub.lines.map((l) => (
            <Field key={l.id} label={`${l.name}, ${l.unit} (куплено ${formatNumber(l.quantity)})`}>
              <input
                inputMode="decimal"
                placeholder="0"
                value={qty[l.id] ?? ''}
                onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })}
              />
            </Field>
          ))}
          <Field label="Причина" error={errors.reason}>
            <textarea required value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          {problem && (
            <p className="notice notice-error" role="alert">
              {problem}
            </p>
          )}
          {send.error && <ErrorNotice error={send.error} />}
          <div className="row">
            <Button kind="primary" type="submit" busy={send.isPending}>
              Отправить продавцу
            </Button>
            <Button onClick={() => setOpen(false)}>Отмена</Button>
          </div>
        </form>
      )}
    </div>
  );
}
