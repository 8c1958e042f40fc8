import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api';
import { Button, Panel } from '../../ui/controls';
import { MapView, type MapPoint } from '../../ui/MapView';
import { Empty, QueryView } from '../../ui/states';
import { formatMoney, formatNumber } from '../../lib/format';
import { attributeName, attributeValue } from './attribute-names';
import { nearText, parseNear } from './NearPicker';
import { OfferCard } from './OfferCard';
import { PriceChart } from './PriceChart';
import { boughtTogether, productPage, type ProductPage as Product } from './public-api';
import './public.css';

/** `/products/:id`: the card, every offer with stock per warehouse, the price chart, pairs. */
export default function ProductPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const near = parseNear(params.get('near'));
  const product = useQuery({
    queryKey: ['catalog', 'product', id, near && nearText(near)],
    queryFn: () => productPage(id, near ? nearText(near) : undefined),
  });
  if (product.error instanceof ApiError && product.error.status === 404) {
    return (
      <Empty
        title="Товар не найден"
        action={
          <Link className="btn btn-primary" to="/">
            В каталог
          </Link>
        }
      >
        Возможно, его сняли с продажи. Поищите похожий в каталоге.
      </Empty>
    );
  }
  return (
    <QueryView query={product} loading="Загружаем товар…">
      {(p) => (
        <ProductView
          product={p}
          near={near}
          onNear={(n) => setParams(n ? { near: nearText(n) } : {}, { replace: true })}
        />
      )}
    </QueryView>
  );
}

function ProductView({
  product: p,
  near,
  onNear,
}: {
  product: Product;
  near: { lat: number; lon: number } | null;
  onNear: (n: { lat: number; lon: number } | null) => void;
}) {
  const [locating, setLocating] = useState(false);
  const locate = () => {
    setLocating(true);
    navigator.geolocation?.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onNear({ lat: pos.coords.latitude, lon: pos.coords.longitude });
      },
      () => setLocating(false),
    );
  };
  const warehouses = new Map<string, MapPoint>();
  for (const o of p.offers)
    for (const s of o.stock)
      warehouses.set(s.warehouseId, { lat: s.lat, lon: s.lon, label: s.name, kind: 'warehouse' });
  const points = [...warehouses.values(), ...(near ? [{ ...near, label: 'Вы', kind: 'me' as const }] : [])];
  const offers = [...p.offers].sort((a, b) => a.priceMinor - b.priceMinor);
  const attrs = Object.entries(p.attributes).filter(([k]) => k !== 'delivery');
  return (
    <div>
      <p className="small">
        <Link to="/">← Каталог</Link>
      </p>
      <h1 className="wrap-anywhere">{p.name}</h1>
      <div className="cols">
        <Panel title="О товаре">
          <dl className="totals small">
            {p.brand && (
              <>
                <dt>Бренд</dt>
                <dd>{p.brand}</dd>
              </>
            )}
            {p.sku && (
              <>
                <dt>Артикул</dt>
                <dd>{p.sku}</dd>
              </>
            )}
            <dt>Единица</dt>
            <dd>{p.unit}</dd>
            {Number(p.packSize) !== 1 && (
              <>
                <dt>В упаковке</dt>
                <dd>{formatNumber(p.packSize)}</dd>
              </>
            )}
            <dt>Вес единицы</dt>
            <dd>{formatNumber(p.weightKg)} кг</dd>
            {attrs.map(([k, v]) => (
              <div key={k} style={{ display: 'contents' }}>
                <dt>{attributeName(k)}</dt>
                <dd>{attributeValue(k, v)}</dd>
              </div>
            ))}
          </dl>
          {p.description && <p className="small">{p.description}</p>}
        </Panel>
        <section aria-labelledby="offers-title">
          <div className="spread">
            <h2 id="offers-title">
              {offers.length ? `Предложения: ${offers.length}` : 'Предложений нет'}
              {offers[0] && <span className="muted small"> · от {formatMoney(offers[0].priceMinor)}</span>}
            </h2>
            <Button small busy={locating} onClick={locate}>
              {near ? 'Обновить расстояние' : 'Показать расстояние до складов'}
            </Button>
          </div>
          {offers.length === 0 && (
            <p className="muted">Сейчас этот товар никто не продаёт. Посмотрите похожие в каталоге.</p>
          )}
          {offers.map((o) => (
            <OfferCard key={o.id} offer={o} unit={p.unit} />
          ))}
        </section>
      </div>
      {offers.length > 0 && <PriceChart productId={p.id} offers={offers} />}
      {points.length > 0 && (
        <Panel title="Склады на карте">
          <MapView label={`Склады с товаром «${p.name}»`} points={points} />
        </Panel>
      )}
      <BoughtTogether productId={p.id} />
    </div>
  );
}

function BoughtTogether({ productId }: { productId: string }) {
  const pairs = useQuery({
    queryKey: ['insights', 'bought-together', productId],
    queryFn: () => boughtTogether(productId),
  });
  if (!pairs.data || pairs.data.items.length === 0) return null;
  return (
    <Panel title={pairs.data.path === 'co_occurrence' ? 'Покупают вместе' : 'Популярное в этой категории'}>
      <ul className="grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {pairs.data.items.map((i) => (
          <li key={i.product.id} className="panel product-card">
            <Link to={`/products/${i.product.id}`}>{i.product.name}</Link>
            {i.product.minPriceMinor !== null && (
              <span className="num">
                от {formatMoney(i.product.minPriceMinor)} <span className="muted small">за {i.product.unit}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
