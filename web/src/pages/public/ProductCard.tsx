import { Link } from 'react-router';
import { Badge } from '../../ui/controls';
import { countOf, formatDistance, formatMoney } from '../../lib/format';
import { attributeName, attributeValue } from './attribute-names';
import type { SearchItem } from './public-api';

const SELLERS = ['предложение', 'предложения', 'предложений'] as const;

/** One search result as a glass card: the best price, unit, stock, offers and distance. */
export function ProductCard({ item, near }: { item: SearchItem; near?: string | undefined }) {
  const offer = item.bestOffer;
  const shown = Object.entries(item.attributes)
    .filter(([k]) => k !== 'cargo' && k !== 'delivery')
    .slice(0, 3);
  return (
    <article className="panel product-card">
      <h3 className="product-card-title">
        <Link to={`/products/${item.id}${near ? `?near=${near}` : ''}`}>{item.name}</Link>
      </h3>
      <p className="muted small">{[item.brand, item.sku && `арт. ${item.sku}`].filter(Boolean).join(' · ')}</p>
      {shown.length > 0 && (
        <ul className="small attr-line">
          {shown.map(([k, v]) => (
            <li key={k}>
              {attributeName(k)}: {attributeValue(k, v)}
            </li>
          ))}
        </ul>
      )}
      <p className="big num" style={{ margin: '0.4rem 0 0' }}>
        {item.offerCount > 1 ? 'от ' : ''}
        {formatMoney(offer.priceMinor)}
        <span className="muted small"> за {item.unit}</span>
      </p>
      <div className="row small">
        {offer.inStock ? <Badge tone="ok">В наличии</Badge> : <Badge tone="warn">Под заказ</Badge>}
        <span className="muted">{countOf(item.offerCount, SELLERS)}</span>
        {item.nearestWarehouse && (
          <span className="muted">склад в {formatDistance(item.nearestWarehouse.distanceKm * 1000)}</span>
        )}
      </div>
    </article>
  );
}
