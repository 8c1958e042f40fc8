import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatShortDate } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { LineChart } from '../../ui/LineChart';
import { QueryView } from '../../ui/states';
import { OFFER_STATUS, VAT_RATE } from './labels';
import { OfferForm, type OfferFormValues } from './OfferForm';
import { StockCell } from './StockCell';
import { getOffer, listWarehouses, patchOffer, priceHistory, type OfferDetails, type VatRate } from './seller-api';

export default function OfferPage() {
  const { id = '' } = useParams();
  const offer = useQuery({ queryKey: ['seller', 'offer', id], queryFn: () => getOffer(id) });
  return (
    <div className="stack">
      <p>
        <Link to="/seller/offers">← Товары и цены</Link>
      </p>
      <QueryView query={offer}>{(o) => <OfferView offer={o} />}</QueryView>
    </div>
  );
}

function OfferView({ offer }: { offer: OfferDetails }) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: OfferFormValues) => patchOffer(offer.id, v),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['seller'] }),
  });
  const unit = offer.product.unit;
  return (
    <>
      <h1>{offer.product.name}</h1>
      <p className="row">
        <Badge tone={offer.status === 'active' ? 'ok' : 'warn'}>{OFFER_STATUS[offer.status]}</Badge>
        <span className="big num">
          {formatMoney(offer.priceMinor)} / {unit}
        </span>
        <span className="muted">{VAT_RATE[offer.vatRate as VatRate] ?? offer.vatRate}</span>
        {offer.product.sku && <span className="muted">Артикул {offer.product.sku}</span>}
      </p>
      <div className="cols">
        <Panel title="Цена и условия">
          <OfferForm
            key={offer.updatedAt}
            initial={offer}
            unit={unit}
            submitText="Сохранить"
            busy={save.isPending}
            error={save.error}
            onSubmit={(v) => save.mutate(v)}
          />
          <div aria-live="polite">
            {save.isSuccess && !save.isPending && <p className="notice notice-ok">Сохранено.</p>}
          </div>
        </Panel>
        <PriceHistory offerId={offer.id} unit={unit} />
      </div>
      <OfferStock offer={offer} />
    </>
  );
}

function PriceHistory({ offerId, unit }: { offerId: string; unit: string }) {
  const history = useQuery({ queryKey: ['seller', 'price-history', offerId], queryFn: () => priceHistory(offerId) });
  return (
    <Panel title="История цены">
      <QueryView query={history}>
        {(h) => {
          // A step chart: each price holds until the next change, and up to now.
          const points = h.items.flatMap((p, i) => {
            const at = new Date(p.at);
            const prev = h.items[i - 1];
            return prev
              ? [
                  { x: at, y: prev.priceMinor },
                  { x: at, y: p.priceMinor },
                ]
              : [{ x: at, y: p.priceMinor }];
          });
          const last = h.items.at(-1);
          if (last) points.push({ x: new Date(), y: last.priceMinor });
          return (
            <>
              <LineChart
                label={`Цена за ${unit} по дням`}
                series={[{ name: `Цена за ${unit}`, points }]}
                formatY={(v) => formatMoney(v, { whole: true })}
                formatX={(d) => formatShortDate(d)}
              />
              <ul className="small">
                {h.items
                  .slice(-5)
                  .reverse()
                  .map((p) => (
                    <li key={p.at}>
                      {formatDate(p.at)}: {formatMoney(p.priceMinor)} ({VAT_RATE[p.vatRate as VatRate] ?? p.vatRate})
                    </li>
                  ))}
              </ul>
            </>
          );
        }}
      </QueryView>
    </Panel>
  );
}

/** Every warehouse of the seller, with this offer's stock there (none yet: set it here). */
function OfferStock({ offer }: { offer: OfferDetails }) {
  const warehouses = useQuery({ queryKey: ['seller', 'warehouses'], queryFn: listWarehouses });
  const unit = offer.product.unit;
  return (
    <Panel title="Остатки по складам">
      <QueryView query={warehouses}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">
              Складов нет. <Link to="/seller/warehouses">Добавьте склад</Link>, чтобы указать остатки.
            </p>
          ) : (
            <table className="list" aria-label="Остатки по складам">
              <thead>
                <tr>
                  <th>Склад</th>
                  <th>В резерве</th>
                  <th>Свободно</th>
                  <th>На складе</th>
                  <th>Обновлено</th>
                </tr>
              </thead>
              <tbody>
                {items.map((w) => {
                  const s = offer.stock.find((x) => x.warehouseId === w.id);
                  return (
                    <tr key={w.id}>
                      <td data-label="Склад">
                        <Link to={`/seller/warehouses/${w.id}`}>{w.name}</Link>{' '}
                        <span className="muted small">{w.code}</span>
                      </td>
                      <td data-label="В резерве" className="num">
                        {formatNumber(s?.reserved ?? '0')} {unit}
                      </td>
                      <td data-label="Свободно" className="num">
                        {formatNumber(s?.available ?? '0')} {unit}
                      </td>
                      <td data-label="На складе">
                        <StockCell
                          key={s?.updatedAt ?? 'none'}
                          warehouseId={w.id}
                          offerId={offer.id}
                          onHand={s?.onHand ?? '0'}
                          unit={unit}
                          label={`На складе ${w.name}, ${unit}`}
                        />
                      </td>
                      <td data-label="Обновлено">{s?.updatedAt ? formatDateTime(s.updatedAt) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
