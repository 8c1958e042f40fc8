import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth';
import { Badge, Button, Field } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { formatDistance, formatMoney, formatNumber, parseDecimal } from '../../lib/format';
import { addToCart, type ProductOffer } from './public-api';
import { gridProblem } from './quantity';

/** «НДС 22 %», or «без НДС» for a seller on УСН. */
export const vatText = (rate: string | null) => (rate === null ? '' : rate === 'none' ? 'без НДС' : `НДС ${rate} %`);

/** One seller's offer: price, VAT, the quantity grid, stock per warehouse and «В корзину». */
export function OfferCard({ offer, unit }: { offer: ProductOffer; unit: string }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(offer.minQty.replace('.', ','));
  const [touched, setTouched] = useState(false);
  const quantity = parseDecimal(text);
  const problem =
    quantity === null ? 'Введите количество, например 2,5' : gridProblem(quantity, offer.minQty, offer.step, unit);
  const add = useMutation({
    mutationFn: () => addToCart(offer.id, quantity!),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cart'] }),
  });
  const submit = () => {
    setTouched(true);
    if (!user) {
      navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    if (!problem) add.mutate();
  };
  const canBuy = !user || user.role === 'customer';
  return (
    <article className="panel" aria-label={`Предложение ${offer.sellerName}`}>
      <div className="spread">
        <h3 style={{ margin: 0 }}>{offer.sellerName}</h3>
        {offer.inStock ? (
          <Badge tone="ok">В наличии</Badge>
        ) : offer.backorder ? (
          <Badge tone="warn">Под заказ</Badge>
        ) : (
          <Badge tone="danger">Нет в наличии</Badge>
        )}
      </div>
      <p className="big num" style={{ margin: '0.3rem 0' }}>
        {formatMoney(offer.priceMinor)}{' '}
        <span className="muted small">
          за {unit}, {vatText(offer.vatRate)}
        </span>
      </p>
      <p className="small muted">
        Минимум {formatNumber(offer.minQty)} {unit}, шаг {formatNumber(offer.step)} {unit}
      </p>
      {offer.stock.length > 0 && (
        <table className="list small">
          <thead>
            <tr>
              <th>Склад</th>
              <th>Доступно</th>
              <th>Расстояние</th>
            </tr>
          </thead>
          <tbody>
            {offer.stock.map((s) => (
              <tr key={s.warehouseId}>
                <td data-label="Склад">
                  <span>
                    {s.name}
                    <span className="muted wrap-anywhere" style={{ display: 'block' }}>
                      {s.address}
                      {s.pickup && ' · самовывоз'}
                    </span>
                  </span>
                </td>
                <td data-label="Доступно" className="num">
                  {formatNumber(s.available)} {unit}
                </td>
                <td data-label="Расстояние" className="num">
                  {s.distanceKm === null ? '—' : formatDistance(s.distanceKm * 1000)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canBuy && (
        <form
          className="row"
          style={{ alignItems: 'flex-end', marginTop: '0.6rem' }}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Field label={`Количество, ${unit}`} error={touched && user ? (problem ?? undefined) : undefined}>
            <input
              inputMode="decimal"
              value={text}
              onChange={(e) => setText(e.target.value)}
              style={{ maxWidth: '10rem' }}
            />
          </Field>
          <Button kind="primary" type="submit" busy={add.isPending} disabled={!offer.inStock && !offer.backorder}>
            В корзину
          </Button>
        </form>
      )}
      <div aria-live="polite">
        {add.isSuccess && (
          <p className="notice notice-ok">
            Добавлено в корзину: {formatNumber(quantity ?? '0')} {unit}. <Link to="/cart">Перейти в корзину</Link>
          </p>
        )}
      </div>
      {add.error && <ErrorNotice error={add.error} />}
    </article>
  );
}
