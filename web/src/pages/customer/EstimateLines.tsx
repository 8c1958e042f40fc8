import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../lib/format';
import { Badge } from '../../ui/controls';
import type { SavedEstimate } from './estimates-api';

type Estimate = SavedEstimate['estimate'];

const moved = (l: { priceMinor: number | null; previousPriceMinor: number | null }) =>
  l.previousPriceMinor !== null && l.priceMinor !== null && l.previousPriceMinor !== l.priceMinor;

/** An estimate priced now: each job's lines (a moved price marked), free lines, what is missing, totals. */
export function EstimateLines({ estimate, savedTotalMinor }: { estimate: Estimate; savedTotalMinor?: number }) {
  const rows = [
    ...estimate.jobs.flatMap((j) =>
      j.lines.map((l) => ({ key: `${j.index}-${l.material}`, job: j.title, ...l, name: l.product?.name ?? l.name })),
    ),
    ...estimate.freeLines.map((l) => ({ key: `free-${l.index}`, job: 'Свои позиции', ...l })),
  ];
  const movedCount = rows.filter(moved).length;
  const diff = savedTotalMinor === undefined ? 0 : estimate.totals.totalMinor - savedTotalMinor;
  return (
    <div className="stack">
      {movedCount > 0 && (
        <p className="notice" role="status">
          С момента сохранения изменились цены в {formatNumber(movedCount)} поз.
          {diff !== 0 && ` Итог ${diff > 0 ? 'вырос' : 'снизился'} на ${formatMoney(Math.abs(diff))}.`}
        </p>
      )}
      <table className="list">
        <caption className="visually-hidden">Материалы по текущим ценам</caption>
        <thead>
          <tr>
            <th>Материал</th>
            <th>Количество</th>
            <th>Продавец</th>
            <th>Цена</th>
            <th>Сумма</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr key={l.key}>
              <td data-label="Материал">
                {l.product ? <Link to={`/products/${l.product.id}`}>{l.name}</Link> : l.name}
                <div className="small muted">{l.job}</div>
              </td>
              <td data-label="Количество">
                {l.orderQuantity
                  ? `${formatNumber(l.orderQuantity)} ${l.offer?.unit ?? l.unit}`
                  : `${formatNumber(l.quantity)} ${l.unit}`}
              </td>
              <td data-label="Продавец">
                {l.offer ? l.offer.sellerName : <span className="muted">{l.reason ?? 'нет предложения'}</span>}
              </td>
              <td data-label="Цена" className="num">
                {l.priceMinor === null ? '—' : formatMoney(l.priceMinor)}
                {moved(l) && (
                  <div>
                    <Badge tone="warn">было {formatMoney(l.previousPriceMinor!)}</Badge>
                  </div>
                )}
              </td>
              <td data-label="Сумма" className="num">
                {l.totalMinor === null ? '—' : formatMoney(l.totalMinor)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {estimate.missing.length > 0 && (
        <p className="small muted">Не найдено у продавцов: {estimate.missing.map((m) => m.name).join(', ')}.</p>
      )}
      <dl className="facts stack">
        <div className="spread">
          <dt>Товары</dt>
          <dd className="num">{formatMoney(estimate.totals.goodsMinor)}</dd>
        </div>
        <div className="spread">
          <dt>Доставка</dt>
          <dd className="num">{formatMoney(estimate.totals.deliveryMinor)}</dd>
        </div>
        <div className="spread">
          <dt>в т. ч. НДС</dt>
          <dd className="num">{formatMoney(estimate.totals.vatMinor)}</dd>
        </div>
        <div className="spread big">
          <dt>Итого сейчас</dt>
          <dd className="num" data-testid="estimate-total">
            {formatMoney(estimate.totals.totalMinor)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
