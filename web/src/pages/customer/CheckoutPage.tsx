import './customer.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api';
import { useAuth } from '../../auth/auth';
import { formatMoney } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Button, Field, Panel } from '../../ui/controls';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { AddressPicker } from './AddressPicker';
import { CardPayment } from './CardPayment';
import { checkout, getCart, setCartAddress, type Cart, type CheckoutBody, type Order } from './customer-api';
import { UNLOADING } from './texts';

/** Tomorrow's date in Moscow, as a date input's value. */
function tomorrow(): string {
  const d = new Date(Date.now() + 24 * 3600_000 + 3 * 3600_000);
  return d.toISOString().slice(0, 10);
}
const moscow = (date: string, time: string) => `${date}T${time}:00+03:00`;

export default function CheckoutPage() {
  const cart = useQuery({ queryKey: ['cart'], queryFn: getCart });
  const [order, setOrder] = useState<Order | null>(null);
  const navigate = useNavigate();
  return (
    <div className="stack">
      <h1>Оформление заказа</h1>
      {order ? (
        <Panel title={`Заказ № ${order.number}: оплата картой`}>
          <CardPayment
            orderId={order.id}
            amountMinor={order.totals.totalMinor}
            onPaid={() => navigate(`/orders/${order.id}`)}
          />
          <p className="small muted">
            Можно оплатить позже со страницы <Link to={`/orders/${order.id}`}>заказа</Link>, пока не истёк срок.
          </p>
        </Panel>
      ) : (
        <QueryView query={cart} loading="Загружаем корзину…">
          {(c) =>
            c.sellers.length === 0 ? (
              <Empty
                title="Корзина пуста"
                action={
                  <Link className="btn btn-primary" to="/">
                    В каталог
                  </Link>
                }
              >
                Сначала добавьте товары в корзину.
              </Empty>
            ) : (
              <CheckoutForm cart={c} onCardOrder={setOrder} />
            )
          }
        </QueryView>
      )}
    </div>
  );
}

function CheckoutForm({ cart, onCardOrder }: { cart: Cart; onCardOrder: (o: Order) => void }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const company = Boolean(user?.company);
  const [method, setMethod] = useState<'delivery' | 'pickup'>(cart.deliverable ? 'delivery' : 'pickup');
  const [date, setDate] = useState(tomorrow());
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('18:00');
  const [payment, setPayment] = useState<'card' | 'invoice'>(company ? 'invoice' : 'card');
  const [acceptPrices, setAcceptPrices] = useState(false);
  const [editAddress, setEditAddress] = useState(cart.address === null);
  // The same key for a retried submit of the same form; a changed form is a new attempt.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const fresh =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setKey(crypto.randomUUID());
    };

  const address = useMutation({
    mutationFn: setCartAddress,
    onSuccess: (c) => {
      queryClient.setQueryData(['cart'], c);
      setEditAddress(false);
      setKey(crypto.randomUUID());
    },
  });
  const place = useMutation({
    mutationFn: () => {
      const body: CheckoutBody = {
        delivery:
          method === 'delivery' ? { method, window: { from: moscow(date, from), to: moscow(date, to) } } : { method },
        paymentMethod: payment,
        ...(acceptPrices ? { acceptPriceChanges: true } : {}),
      };
      return checkout(key, body);
    },
    onSuccess: (o) => {
      void queryClient.invalidateQueries({ queryKey: ['cart'] });
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      if (o.paymentMethod === 'card') onCardOrder(o);
      else navigate(`/orders/${o.id}`);
    },
  });
  const errors = fieldErrors(place.error);
  const priceChanged = place.error instanceof ApiError && place.error.code === 'ORDER.PRICE_CHANGED';

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        place.mutate();
      }}
    >
      <Panel title="Получение">
        <fieldset className="stack">
          <legend className="visually-hidden">Способ получения</legend>
          <label className="choice">
            <input
              type="radio"
              name="method"
              checked={method === 'delivery'}
              disabled={!cart.deliverable && cart.address !== null}
              onChange={() => fresh(setMethod)('delivery')}
            />
            Доставка
          </label>
          <label className="choice">
            <input
              type="radio"
              name="method"
              checked={method === 'pickup'}
              onChange={() => fresh(setMethod)('pickup')}
            />
            Самовывоз со склада продавца
          </label>
        </fieldset>
        {method === 'delivery' && (
          <div className="stack">
            {editAddress || !cart.address ? (
              <AddressPicker
                initial={cart.address ? { ...cart.address, unloading: cart.address.unloading ?? 'manual' } : null}
                submitLabel="Сохранить адрес"
                busy={address.isPending}
                errors={fieldErrors(address.error)}
                onSubmit={(v) => address.mutate(v)}
              />
            ) : (
              <p className="spread">
                <span>
                  {cart.address.address}
                  <span className="small muted"> · разгрузка {UNLOADING[cart.address.unloading ?? 'manual']}</span>
                </span>
                <Button small onClick={() => setEditAddress(true)}>
                  Изменить адрес
                </Button>
              </p>
            )}
            {address.error && <ErrorNotice error={address.error} />}
            {cart.address && !cart.deliverable && (
              <p className="notice notice-error">
                Сюда доставка возможна не от всех продавцов: выберите самовывоз или другой адрес.
              </p>
            )}
            <fieldset className="grid">
              <legend>Окно доставки (московское время)</legend>
              <Field label="Дата" error={errors['delivery.window.from']}>
                <input
                  type="date"
                  required
                  value={date}
                  min={tomorrow()}
                  onChange={(e) => fresh(setDate)(e.target.value)}
                />
              </Field>
              <Field label="С">
                <input type="time" required value={from} onChange={(e) => fresh(setFrom)(e.target.value)} />
              </Field>
              <Field label="До" error={errors['delivery.window.to']}>
                <input type="time" required value={to} onChange={(e) => fresh(setTo)(e.target.value)} />
              </Field>
            </fieldset>
          </div>
        )}
      </Panel>
      <Panel title="Оплата">
        <fieldset className="stack">
          <legend className="visually-hidden">Способ оплаты</legend>
          <label className="choice">
            <input type="radio" name="pay" checked={payment === 'card'} onChange={() => fresh(setPayment)('card')} />
            Картой онлайн
          </label>
          {company && (
            <label className="choice">
              <input
                type="radio"
                name="pay"
                checked={payment === 'invoice'}
                onChange={() => fresh(setPayment)('invoice')}
              />
              По счёту на {user?.company?.name}
            </label>
          )}
        </fieldset>
      </Panel>
      <Panel title="Итого">
        <p className="spread big">
          <span>К оплате</span>
          <span className="num">
            {formatMoney(method === 'pickup' ? cart.totals.goodsMinor : cart.totals.totalMinor)}
          </span>
        </p>
        {method === 'delivery' && (
          <p className="small muted">
            Включая доставку {formatMoney(cart.totals.deliveryMinor)} и НДС {formatMoney(cart.totals.vatMinor)}.
          </p>
        )}
        {priceChanged && (
          <label className="choice notice notice-error">
            <input type="checkbox" checked={acceptPrices} onChange={(e) => fresh(setAcceptPrices)(e.target.checked)} />
            Цены изменились, пока вы оформляли заказ. Согласен купить по новым ценам.
          </label>
        )}
        {place.error && !priceChanged && <ErrorNotice error={place.error} />}
        <Button kind="primary" type="submit" busy={place.isPending} disabled={method === 'delivery' && !cart.address}>
          {payment === 'card' ? 'Оформить и перейти к оплате' : 'Оформить и получить счёт'}
        </Button>
      </Panel>
    </form>
  );
}
