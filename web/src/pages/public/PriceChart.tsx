import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Field, Panel } from '../../ui/controls';
import { LineChart, type Series } from '../../ui/LineChart';
import { Loading } from '../../ui/states';
import { formatMoney, formatShortDate } from '../../lib/format';
import { priceForecast, priceHistory, type ProductOffer } from './public-api';

/** The price history of one offer (chosen from the product's), with the product's forecast as a band. */
export function PriceChart({ productId, offers }: { productId: string; offers: ProductOffer[] }) {
  const [offerId, setOfferId] = useState(offers[0]?.id ?? '');
  const history = useQuery({
    queryKey: ['catalog', 'price-history', offerId],
    queryFn: () => priceHistory(offerId),
    enabled: Boolean(offerId),
  });
  const forecast = useQuery({
    queryKey: ['insights', 'forecast', productId],
    queryFn: () => priceForecast(productId),
    staleTime: 300_000,
  });
  const series: Series[] = [];
  if (history.data) {
    series.push({
      name: 'Цена продавца',
      points: history.data.items.map((p) => ({ x: new Date(p.at), y: p.priceMinor })),
    });
  }
  if (forecast.data?.status === 'ok') {
    const f = forecast.data;
    series.push({
      name: 'Прогноз по рынку',
      dashed: true,
      points: [
        { x: new Date(f.series.last.at), y: f.series.last.priceMinor },
        ...f.points.map((p) => ({ x: new Date(p.at), y: p.priceMinor })),
      ],
      band: f.points.map((p) => ({ x: new Date(p.at), low: p.lower80, high: p.upper80 })),
    });
  }
  return (
    <Panel title="История цены">
      {offers.length > 1 && (
        <Field label="Продавец">
          <select value={offerId} onChange={(e) => setOfferId(e.target.value)}>
            {offers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.sellerName}
              </option>
            ))}
          </select>
        </Field>
      )}
      {history.isPending ? (
        <Loading label="Загружаем историю цены…" />
      ) : series.length === 0 || (history.data?.items.length ?? 0) === 0 ? (
        <p className="muted">Цена ещё не менялась — истории пока нет.</p>
      ) : (
        <LineChart
          series={series}
          label="История цены и прогноз"
          formatY={(v) => formatMoney(v, { whole: true })}
          formatX={formatShortDate}
        />
      )}
      {forecast.data?.status === 'ok' && (
        <p className="small muted">
          Пунктир — прогноз средней цены по рынку на {forecast.data.horizonDays} дн., полоса — 80 % интервал.
        </p>
      )}
    </Panel>
  );
}
