import { Link } from 'react-router';
import { Panel } from '../../ui/controls';
import { formatDistance, formatMoney, formatNumber } from '../../lib/format';
import { vatText } from './OfferCard';
import type { EstimateView } from './public-api';

type Line = EstimateView['jobs'][number]['lines'][number];

/** One material: quantity by the norms, the product it maps to, the order and its price. */
function LineRow({ line }: { line: Line }) {
  // One element per cell: on phones a cell is a flex row of its label and its content.
  return (
    <tr>
      <td data-label="Материал">
        <span>
          {line.name}
          {line.optional && <span className="muted small"> (по желанию)</span>}
        </span>
      </td>
      <td data-label="Нужно" className="num">
        {formatNumber(line.quantity)} {line.unit}
      </td>
      <td data-label="Товар">
        <span className="wrap-anywhere">
          {line.product ? (
            <Link to={`/products/${line.product.id}`}>{line.product.name}</Link>
          ) : (
            <span className="muted">{line.reason ?? 'не подобран'}</span>
          )}
          {line.offer && (
            <span className="muted small" style={{ display: 'block' }}>
              {line.offer.sellerName}
              {line.offer.distanceKm !== null && `, ${formatDistance(line.offer.distanceKm * 1000)}`}
            </span>
          )}
        </span>
      </td>
      <td data-label="Купить" className="num">
        {line.orderQuantity && line.offer ? `${formatNumber(line.orderQuantity)} ${line.offer.unit}` : '—'}
      </td>
      <td data-label="Цена" className="num">
        {line.priceMinor !== null ? formatMoney(line.priceMinor) : '—'}
      </td>
      <td data-label="Сумма" className="num">
        <span>
          {line.totalMinor !== null ? formatMoney(line.totalMinor) : '—'}
          {line.vatRate && (
            <span className="muted small" style={{ display: 'block' }}>
              {vatText(line.vatRate)}
            </span>
          )}
        </span>
      </td>
    </tr>
  );
}

/** A priced estimate: materials per job, what is missing, each seller's part and the totals with VAT. */
export function EstimateResult({ estimate }: { estimate: EstimateView }) {
  const t = estimate.totals;
  return (
    <div>
      {estimate.jobs.map((job) => (
        <Panel key={job.index} title={`Материалы: ${job.title}`} level={3}>
          {job.derived.length > 0 && (
            <p className="small muted">
              {job.derived.map((d) => `${d.label.ru}: ${formatNumber(d.value)} ${d.unit}`).join(' · ')}
            </p>
          )}
          <table className="list small">
            <thead>
              <tr>
                <th>Материал</th>
                <th>Нужно</th>
                <th>Товар</th>
                <th>Купить</th>
                <th>Цена</th>
                <th>Сумма</th>
              </tr>
            </thead>
            <tbody>
              {job.lines.map((line) => (
                <LineRow key={line.material} line={line} />
              ))}
            </tbody>
          </table>
        </Panel>
      ))}
      {estimate.missing.length > 0 && (
        <div className="notice" role="note">
          <strong>Не удалось подобрать:</strong>
          <ul>
            {estimate.missing.map((m) => (
              <li key={`${m.job}-${m.material}`}>
                {m.name} — {m.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {estimate.sellers.length > 0 && (
        <Panel title="По продавцам" level={3}>
          <table className="list small">
            <thead>
              <tr>
                <th>Продавец</th>
                <th>Товары</th>
                <th>Доставка</th>
                <th>Итого</th>
              </tr>
            </thead>
            <tbody>
              {estimate.sellers.map((s) => (
                <tr key={s.sellerId}>
                  <td data-label="Продавец">{s.sellerName}</td>
                  <td data-label="Товары" className="num">
                    {formatMoney(s.goodsMinor)}
                  </td>
                  <td data-label="Доставка">
                    {s.delivery ? (
                      <span className="num">
                        {formatMoney(s.deliveryMinor)}
                        <span className="muted small" style={{ display: 'block' }}>
                          {s.delivery.vehicleName}, {formatNumber(s.delivery.roadKm, 1)} км
                        </span>
                      </span>
                    ) : (
                      <span className="muted">{s.deliveryNote ?? '—'}</span>
                    )}
                  </td>
                  <td data-label="Итого" className="num">
                    {formatMoney(s.totalMinor)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
      <Panel title="Итого" level={3}>
        <dl className="totals" aria-live="polite">
          <dt>Товары</dt>
          <dd className="num">{formatMoney(t.goodsMinor)}</dd>
          <dt>Доставка</dt>
          <dd className="num">{t.deliveryMinor ? formatMoney(t.deliveryMinor) : 'не рассчитана'}</dd>
          {t.vatByRate.map((v) => (
            <div key={v.rate} style={{ display: 'contents' }}>
              <dt>в т. ч. НДС {v.rate} %</dt>
              <dd className="num">{formatMoney(v.vatMinor)}</dd>
            </div>
          ))}
          {t.withoutSeller.lines > 0 && (
            <>
              <dt>Свои позиции без продавца</dt>
              <dd className="num">{formatMoney(t.withoutSeller.goodsMinor)}</dd>
            </>
          )}
          <dt>
            <strong>Всего</strong>
          </dt>
          <dd className="num big" data-testid="estimate-total">
            {formatMoney(t.totalMinor)}
          </dd>
        </dl>
      </Panel>
    </div>
  );
}
