import './customer.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { countOf, formatMoney, formatNumber } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Badge, Button, Panel } from '../../ui/controls';
import { Empty, ErrorNotice, QueryView } from '../../ui/states';
import { AddressPicker } from './AddressPicker';
import { CartTable } from './CartLines';
import { emptyCart, getCart, setCartAddress, type Cart } from './customer-api';
import { BoughtTogether, ForMe } from './Recommendations';
import { UNLOADING } from './texts';

export default function CartPage() {
  const cart = useQuery({ queryKey: ['cart'], queryFn: getCart });
  return (
    <div className="stack">
      <h1>Корзина</h1>
      <QueryView query={cart} loading="Загружаем корзину…">
        {(c) => <CartBody cart={c} />}
      </QueryView>
      <ForMe />
    </div>
  );
}

function CartBody({ cart }: { cart: Cart }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const clear = useMutation({
    mutationFn: emptyCart,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cart'] }),
  });
  const lines = cart.sellers.reduce((n, s) => n + s.lines.length, 0) + cart.unavailable.length;
  if (lines === 0)
    return (
      <Empty
        title="Корзина пуста"
        action={
          <Link className="btn btn-primary" to="/">
            Перейти в каталог
          </Link>
        }
      >
        Найдите товары в каталоге или переложите в корзину сохранённую смету.
      </Empty>
    );
  return (
    <>
      {cart.sellers.map((s) => (
        <Panel key={s.sellerId} title={`Продавец: ${s.sellerName}`}>
          <CartTable lines={s.lines} caption={`Товары продавца ${s.sellerName}`} />
          <SellerDelivery seller={s} hasAddress={cart.address !== null} />
          <p className="spread">
            <span>
              Товары {formatMoney(s.goodsMinor)}, доставка {formatMoney(s.deliveryMinor)}
            </span>
            <span className="small muted">в т. ч. НДС {formatMoney(s.vatMinor)}</span>
          </p>
          {s.lines[0]?.productId && <BoughtTogether productId={s.lines[0].productId} name={s.lines[0].name} />}
        </Panel>
      ))}
      {cart.unavailable.length > 0 && (
        <Panel title="Недоступно к заказу">
          <CartTable lines={cart.unavailable} caption="Недоступные товары" />
        </Panel>
      )}
      <AddressPanel cart={cart} />
      <Panel title="Итого" aria-label="Итого по корзине">
        <dl className="stack facts" aria-live="polite">
          <div className="spread">
            <dt>Товары ({countOf(lines, ['позиция', 'позиции', 'позиций'])})</dt>
            <dd className="num">{formatMoney(cart.totals.goodsMinor)}</dd>
          </div>
          <div className="spread">
            <dt>Доставка</dt>
            <dd className="num">{formatMoney(cart.totals.deliveryMinor)}</dd>
          </div>
          <div className="spread">
            <dt>в т. ч. НДС</dt>
            <dd className="num">{formatMoney(cart.totals.vatMinor)}</dd>
          </div>
          <div className="spread big">
            <dt>Всего</dt>
            <dd className="num" data-testid="cart-total">
              {formatMoney(cart.totals.totalMinor)}
            </dd>
          </div>
        </dl>
        {!cart.ready && (
          <p className="notice notice-error">
            Некоторые позиции нельзя заказать как есть: исправьте количество или удалите их.
          </p>
        )}
        <div className="row">
          <Button kind="primary" disabled={!cart.ready} onClick={() => navigate('/checkout')}>
            Оформить заказ
          </Button>
          <Button kind="danger" busy={clear.isPending} onClick={() => confirm('Очистить корзину?') && clear.mutate()}>
            Очистить корзину
          </Button>
        </div>
        {clear.error && <ErrorNotice error={clear.error} />}
      </Panel>
    </>
  );
}

function AddressPanel({ cart }: { cart: Cart }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(cart.address === null);
  const save = useMutation({
    mutationFn: setCartAddress,
    onSuccess: (c) => {
      queryClient.setQueryData(['cart'], c);
      setEditing(false);
    },
  });
  const a = cart.address;
  return (
    <Panel
      title="Адрес доставки"
      actions={
        !editing && (
          <Button small onClick={() => setEditing(true)}>
            Изменить
          </Button>
        )
      }
    >
      {editing || !a ? (
        <>
          <p className="small muted">
            По адресу посчитаем доставку от каждого продавца. Самовывоз можно выбрать при оформлении.
          </p>
          <AddressPicker
            initial={a ? { ...a, unloading: a.unloading ?? 'manual' } : null}
            submitLabel="Сохранить адрес и посчитать доставку"
            busy={save.isPending}
            errors={fieldErrors(save.error)}
            onSubmit={(v) => save.mutate(v)}
          />
          {save.error && Object.keys(fieldErrors(save.error)).length === 0 && <ErrorNotice error={save.error} />}
        </>
      ) : (
        <p data-testid="cart-address">
          {a.address}
          <span className="small muted"> · разгрузка {UNLOADING[a.unloading ?? 'manual']}</span>
          {!cart.deliverable && <Badge tone="warn">доставка сюда возможна не от всех продавцов</Badge>}
        </p>
      )}
    </Panel>
  );
}

function SellerDelivery({ seller, hasAddress }: { seller: Cart['sellers'][number]; hasAddress: boolean }) {
  if (!hasAddress) return <p className="small muted">Укажите адрес, чтобы увидеть стоимость доставки.</p>;
  if (!seller.delivery) return <p className="small muted">Доставку посчитать не удалось: доступен самовывоз.</p>;
  return (
    <ul className="stack small" aria-label="Доставка" style={{ paddingLeft: '1rem' }}>
      {seller.delivery.map((d) => (
        <li key={d.warehouseId}>
          Со склада «{d.warehouseName}»:{' '}
          {d.quote && !d.pickupOnly ? (
            <>
              доставка <strong>{formatMoney(d.quote.priceMinor)}</strong> — {d.quote.bodyName ?? d.quote.vehicleName}
              {d.quote.vehicles > 1 ? ` × ${d.quote.vehicles}` : ''}, {formatNumber(d.quote.roadKm, 1)} км
            </>
          ) : (
            <>
              <Badge tone="warn">только самовывоз</Badge>{' '}
              {d.why?.includes('within')
                ? 'адрес дальше, чем склад возит'
                : d.why
                  ? 'груз не поместится в одну машину'
                  : ''}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
