import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { countOf } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { approve, cancelOpenOrders, reinstate, suspend, type User } from './admin-api';

/** Approve, suspend (a reason is required), reinstate; for a suspended seller, cancel its open orders. */
export function UserActions({ user }: { user: User }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const refresh = async () => {
    setReason('');
    await qc.invalidateQueries({ queryKey: ['admin', 'user', user.id] });
    await qc.invalidateQueries({ queryKey: ['admin', 'users'] });
  };
  const change = useMutation({
    mutationFn: (action: 'approve' | 'suspend' | 'reinstate') =>
      action === 'approve'
        ? approve(user.id)
        : action === 'suspend'
          ? suspend(user.id, reason.trim())
          : reinstate(user.id, reason.trim() || undefined),
    onSuccess: refresh,
  });
  const submitSuspend = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    change.mutate('suspend');
  };
  const reasonError = missing ? 'Укажите причину блокировки' : fieldErrors(change.error).reason;
  const suspended = user.status === 'suspended';
  if (user.role === 'admin') return null;

  return (
    <Panel title="Действия">
      <form className="stack" onSubmit={submitSuspend} noValidate>
        <Field
          label={suspended ? 'Комментарий к разблокировке' : 'Причина блокировки'}
          hint={suspended ? 'Необязательно; попадёт в журнал' : 'Обязательно; её увидят в журнале действий'}
          error={reasonError}
        >
          <textarea rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <div className="row">
          {user.status === 'pending' && (
            <Button kind="primary" busy={change.isPending} onClick={() => change.mutate('approve')}>
              Допустить
            </Button>
          )}
          {suspended ? (
            <Button kind="primary" busy={change.isPending} onClick={() => change.mutate('reinstate')}>
              Разблокировать
            </Button>
          ) : (
            <Button type="submit" kind="danger" busy={change.isPending}>
              Заблокировать
            </Button>
          )}
        </div>
        {change.error && !reasonError && <ErrorNotice error={change.error} />}
      </form>
      {suspended && user.role === 'seller' && <CancelOpenOrders sellerId={user.id} />}
    </Panel>
  );
}

function CancelOpenOrders({ sellerId }: { sellerId: string }) {
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('Продавец заблокирован');
  const mutation = useMutation({
    mutationFn: () => cancelOpenOrders(sellerId, reason.trim()),
    onSuccess: async () => {
      setAsking(false);
      await qc.invalidateQueries({ queryKey: ['admin', 'orders'] });
    },
  });
  const result = mutation.data;
  return (
    <div className="stack" style={{ marginTop: '1rem' }}>
      <h3>Открытые заказы продавца</h3>
      <p className="muted small">
        Отменяются все части заказов, ещё не переданные покупателю или перевозчику; покупателям вернутся деньги.
      </p>
      {!asking ? (
        <Button kind="danger" onClick={() => setAsking(true)}>
          Отменить открытые заказы
        </Button>
      ) : (
        <div className="panel stack" role="group" aria-label="Подтверждение отмены">
          <p>
            <strong>Отменить все открытые заказы этого продавца?</strong> Это нельзя вернуть.
          </p>
          <Field label="Причина для покупателей" error={fieldErrors(mutation.error).reason}>
            <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="row">
            <Button kind="danger" busy={mutation.isPending} disabled={!reason.trim()} onClick={() => mutation.mutate()}>
              Да, отменить
            </Button>
            <Button onClick={() => setAsking(false)}>Нет</Button>
          </div>
        </div>
      )}
      {mutation.error && <ErrorNotice error={mutation.error} />}
      <div role="status" aria-live="polite">
        {result && (
          <div className="notice notice-ok">
            {result.cancelled === 0
              ? 'Открытых заказов не было.'
              : `Отменено: ${countOf(result.cancelled, ['часть заказа', 'части заказов', 'частей заказов'])}. `}
            {result.subOrders.map((s) => (
              <Link key={s.id} to={`/admin/orders/${s.orderId}`} style={{ marginRight: '0.5rem' }}>
                № {s.number}
              </Link>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
