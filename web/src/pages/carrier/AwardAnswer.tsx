import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { Button, Field, Panel } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { confirmAward, declineAward } from './carrier-api';

/** The winner confirms the award (its delivery starts) or declines it with a reason. */
export function AwardAnswer({ job }: { job: { id: string; orderNumber: string; confirmBy: string | null } }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const done = () => void client.invalidateQueries({ queryKey: ['carrier'] });
  const confirm = useMutation({
    mutationFn: () => confirmAward(job.id),
    onSuccess: (r) => {
      done();
      void navigate(`/carrier/deliveries/${r.deliveryId}`);
    },
  });
  const decline = useMutation({ mutationFn: () => declineAward(job.id, reason.trim()), onSuccess: done });
  const error = confirm.error ?? decline.error;
  return (
    <Panel title={`Вы выиграли заявку по заказу ${job.orderNumber}`} level={3}>
      <p>
        Подтвердите, что возьмёте груз{job.confirmBy ? ` до ${formatDateTime(job.confirmBy)}` : ''}, иначе заказ
        перейдёт следующему перевозчику.
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {decline.isSuccess ? (
        <p className="notice notice-ok" role="status">
          Вы отказались от заказа.
        </p>
      ) : declining ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return setReasonError('Напишите, почему отказываетесь');
            setReasonError(undefined);
            decline.mutate();
          }}
        >
          <Field label="Причина отказа" error={reasonError}>
            <textarea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="row">
            <Button type="submit" kind="danger" busy={decline.isPending}>
              Отказаться
            </Button>
            <Button onClick={() => setDeclining(false)}>Назад</Button>
          </div>
        </form>
      ) : (
        <div className="row" style={{ flexWrap: 'wrap' }}>
          <Button kind="primary" busy={confirm.isPending} onClick={() => confirm.mutate()}>
            Подтвердить заказ
          </Button>
          <Button onClick={() => setDeclining(true)}>Отказаться…</Button>
        </div>
      )}
    </Panel>
  );
}
