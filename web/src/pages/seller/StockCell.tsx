import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { formatNumber, parseDecimal } from '../../lib/format';
import { messageFor } from '../../lib/problems';
import { Button } from '../../ui/controls';
import { decimalText } from './offer-fields';
import { setStock } from './seller-api';

/** Sets the quantity on hand of an offer in a warehouse; below what orders reserved the API refuses. */
export function StockCell({
  warehouseId,
  offerId,
  onHand,
  unit,
  label,
}: {
  warehouseId: string;
  offerId: string;
  onHand: string;
  unit: string;
  label: string;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState(decimalText(onHand));
  const [local, setLocal] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (q: string) => setStock(warehouseId, offerId, q),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['seller'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = parseDecimal(text);
    setLocal(q === null ? 'Укажите число, например 120 или 12,5' : null);
    if (q !== null) save.mutate(q);
  };
  const error = local ?? (save.error ? stockError(save.error, unit) : null);
  return (
    <form onSubmit={submit} className="row" style={{ flexWrap: 'nowrap' }}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: '7rem' }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
      />
      <Button type="submit" small busy={save.isPending}>
        Сохранить
      </Button>
      <span aria-live="polite" className="small">
        {error ? (
          <span id={`${id}-err`} className="error" role="alert">
            {error}
          </span>
        ) : (
          save.isSuccess && !save.isPending && <span className="muted">Сохранено</span>
        )}
      </span>
    </form>
  );
}

function stockError(error: unknown, unit: string): string {
  if (error instanceof ApiError && error.code === 'CATALOG.STOCK_BELOW_RESERVED') {
    const reserved = typeof error.problem.reserved === 'string' ? error.problem.reserved : null;
    return reserved
      ? `Нельзя меньше, чем уже в резерве по заказам: ${formatNumber(reserved)} ${unit}`
      : 'Нельзя меньше, чем уже в резерве по заказам';
  }
  return messageFor(error);
}
