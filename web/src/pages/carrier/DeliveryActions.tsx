import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrors, messageFor } from '../../lib/problems';
import { Button, Field, Panel } from '../../ui/controls';
import { moveDelivery, type Delivery } from './carrier-api';
import { NEXT_STEP } from './labels';

/** The next step's button (delivered takes who received the goods), and «не удалось доставить». */
export function DeliveryActions({ delivery, onMoved }: { delivery: Delivery; onMoved: () => void }) {
  const next = NEXT_STEP[delivery.status];
  const [recipient, setRecipient] = useState('');
  const [failing, setFailing] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const move = useMutation({
    mutationFn: (body: Parameters<typeof moveDelivery>[1]) => moveDelivery(delivery.id ?? '', body),
    onSuccess: () => {
      setFailing(false);
      onMoved();
    },
  });
  if (!next) return null;
  const errors = { ...fieldErrors(move.error), ...local };
  const other = move.error !== null && Object.keys(fieldErrors(move.error)).length === 0;

  const step = () => {
    if (next.status === 'delivered' && !recipient.trim()) return setLocal({ recipientName: 'Кто принял груз?' });
    setLocal({});
    move.mutate(
      next.status === 'delivered' ? { status: 'delivered', recipientName: recipient.trim() } : { status: next.status },
    );
  };
  const fail = () => {
    if (!reason.trim()) return setLocal({ reason: 'Напишите, что случилось' });
    setLocal({});
    move.mutate({ status: 'failed', reason: reason.trim() });
  };

  return (
    <Panel title="Следующий шаг">
      <div className="stack">
        {delivery.suggestedStatus && (
          <p className="notice">Похоже, пора отметить: {NEXT_STEP[delivery.status]?.label.toLowerCase()}.</p>
        )}
        {next.status === 'delivered' && (
          <Field label="Кто принял груз" hint="Фамилия и имя получателя" error={errors.recipientName}>
            <input
              value={recipient}
              maxLength={200}
              autoComplete="off"
              onChange={(e) => setRecipient(e.target.value)}
            />
          </Field>
        )}
        {other && (
          <p className="notice notice-error" role="alert">
            {messageFor(move.error)}
          </p>
        )}
        <div className="row" style={{ flexWrap: 'wrap' }}>
          <Button kind="primary" busy={move.isPending && move.variables?.status === next.status} onClick={step}>
            {next.label}
          </Button>
          {!failing && <Button onClick={() => setFailing(true)}>Не удалось доставить…</Button>}
        </div>
        {failing && (
          <div className="stack">
            <Field label="Что случилось" error={errors.reason}>
              <textarea rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </Field>
            <div className="row">
              <Button kind="danger" busy={move.isPending && move.variables?.status === 'failed'} onClick={fail}>
                Отметить: не доставлено
              </Button>
              <Button onClick={() => setFailing(false)}>Назад</Button>
            </div>
          </div>
        )}
      </div>
    </Panel>
  );
}
