import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { NewOffer } from './NewOffer';
import { OFFER_STATUS, VAT_RATE } from './labels';
import { getOffer, listMyOffers, type Offer, type VatRate } from './seller-api';

export default function OffersPage() {
  const list = useCursorList(['seller', 'offers'], (cursor) => listMyOffers({ cursor, limit: 20 }));
  return (
    <div className="stack">
      <h1>Товары и цены</h1>
      <Panel title="Мои предложения">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Предложений пока нет">
            Добавьте товар ниже или загрузите <Link to="/seller/price-lists">прайс-лист</Link>.
          </Empty>
        ) : (
          <table className="list" aria-label="Мои предложения">
            <thead>
              <tr>
                <th>Товар</th>
                <th>Цена</th>
                <th>НДС</th>
                <th>Свободно</th>
                <th>Статус</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((o) => (
                <OfferRow key={o.id} offer={o} />
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </Panel>
      <NewOffer />
    </div>
  );
}

/** The list gives the offer only; its product's name and the stock come with the offer's details. */
function OfferRow({ offer }: { offer: Offer }) {
  const details = useQuery({ queryKey: ['seller', 'offer', offer.id], queryFn: () => getOffer(offer.id) });
  const d = details.data;
  const free = d?.stock.reduce((n, s) => n + Number(s.available), 0);
  return (
    <tr>
      <td data-label="Товар">
        <Link to={`/seller/offers/${offer.id}`}>{d?.product.name ?? 'Товар…'}</Link>
        {d?.product.sku && <div className="small muted">Артикул {d.product.sku}</div>}
      </td>
      <td data-label="Цена" className="num">
        {formatMoney(offer.priceMinor)}
        {d && <span className="small muted"> / {d.product.unit}</span>}
      </td>
      <td data-label="НДС">{VAT_RATE[offer.vatRate as VatRate] ?? offer.vatRate}</td>
      <td data-label="Свободно" className="num">
        {free === undefined ? '…' : `${formatNumber(free)} ${d?.product.unit ?? ''}`}
      </td>
      <td data-label="Статус">
        <Badge tone={offer.status === 'active' ? 'ok' : 'warn'}>{OFFER_STATUS[offer.status]}</Badge>
      </td>
    </tr>
  );
}
