import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatMoney, formatNumber, parseDecimal } from '../../lib/format';
import { messageFor } from '../../lib/problems';
import { Badge, Button } from '../../ui/controls';
import { gridProblem } from '../public/quantity';
import { removeCartLine, setCartQuantity, type Cart, type CartLine } from './customer-api';
import { CART_LINE_STATUS } from './texts';

/** One line of the cart: the quantity is saved on Enter or leaving the field, on the offer's min/step grid. */
export function CartLineRow({ line }: { line: CartLine }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(formatNumber(line.quantity));
  const [error, setError] = useState('');
  const done = (cart: Cart) => queryClient.setQueryData(['cart'], cart);
  const update = useMutation({
    mutationFn: (q: string) => setCartQuantity(line.itemId, q),
    onSuccess: done,
    onError: (e) => setError(messageFor(e)),
  });
  const remove = useMutation({ mutationFn: () => removeCartLine(line.itemId), onSuccess: done });

  const save = () => {
    const q = parseDecimal(text);
    if (!q || Number(q) <= 0) return setError('Введите количество числом');
    const problem = gridProblem(q, line.minQty ?? '0', line.step ?? '0', line.unit ?? '');
    if (problem) return setError(problem);
    setError('');
    if (Number(q) !== Number(line.quantity)) update.mutate(q);
  };
  const unit = line.unit ?? 'шт';
  return (
    <tr>
      <td data-label="Товар">
        {line.productId ? <Link to={`/products/${line.productId}`}>{line.name}</Link> : line.name}
        {line.status !== 'ok' && (
          <>
            {' '}
            <Badge tone="warn">{CART_LINE_STATUS[line.status]}</Badge>
          </>
        )}
        <div className="small muted">
          в наличии {formatNumber(line.available)} {unit}
        </div>
      </td>
      <td data-label="Цена" className="num">
        {line.priceMinor === null ? '—' : formatMoney(line.priceMinor)}
        {line.previousPriceMinor !== null && line.previousPriceMinor !== line.priceMinor && (
          <div className="small muted">
            было <s>{formatMoney(line.previousPriceMinor)}</s>
          </div>
        )}
      </td>
      <td data-label="Количество">
        <label className="visually-hidden" htmlFor={`q-${line.itemId}`}>
          Количество «{line.name}», {unit}
        </label>
        <div className="row">
          <input
            id={`q-${line.itemId}`}
            inputMode="decimal"
            style={{ width: '6rem' }}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `qe-${line.itemId}` : undefined}
            onChange={(e) => setText(e.target.value)}
            onBlur={save}
            onKeyDown={(e) => e.key === 'Enter' && save()}
          />
          <span className="small muted">{unit}</span>
        </div>
        {line.step && <div className="small muted">шаг {formatNumber(line.step)}</div>}
        {error && (
          <span className="error small" id={`qe-${line.itemId}`} role="alert">
            {error}
          </span>
        )}
      </td>
      <td data-label="Сумма" className="num">
        {formatMoney(line.totalMinor)}
        <div className="small muted">НДС {formatMoney(line.vatMinor)}</div>
      </td>
      <td data-label="">
        <Button
          small
          kind="danger"
          busy={remove.isPending}
          onClick={() => remove.mutate()}
          aria-label={`Удалить «${line.name}»`}
        >
          Удалить
        </Button>
      </td>
    </tr>
  );
}

export function CartTable({ lines, caption }: { lines: CartLine[]; caption: string }) {
  return (
    <table className="list">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th>Товар</th>
          <th>Цена</th>
          <th>Количество</th>
          <th>Сумма</th>
          <th>
            <span className="visually-hidden">Действия</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <CartLineRow key={`${l.itemId}-${l.quantity}`} line={l} />
        ))}
      </tbody>
    </table>
  );
}
