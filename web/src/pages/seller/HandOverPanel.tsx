import { useQuery } from '@tanstack/react-query';
import { formatDateTime, formatMoney, formatNumber, formatTime } from '../../lib/format';
import { Panel } from '../../ui/controls';
import { MapView, type MapPoint } from '../../ui/MapView';
import { QueryView } from '../../ui/states';
import { JOB_STATUS, UNLOADING } from './labels';
import { getDelivery, getJob, type Job, type SubOrder } from './seller-api';

/** Everything needed to hand the goods over: the pickup, or the delivery with its job and carrier. */
export function HandOverPanel({ sub }: { sub: SubOrder }) {
  const d = sub.delivery;
  const points: MapPoint[] = [
    { lat: sub.warehouse.lat, lon: sub.warehouse.lon, label: sub.warehouse.name, kind: 'warehouse' },
  ];
  if (d.lat !== null && d.lon !== null)
    points.push({ lat: d.lat, lon: d.lon, label: d.address ?? 'Адрес доставки', kind: 'drop' });
  return (
    <Panel title={sub.deliveryMethod === 'pickup' ? 'Самовывоз' : 'Доставка'}>
      <div className="cols">
        <div className="stack">
          <p>
            Склад отгрузки: <strong>{sub.warehouse.name}</strong>
            <br />
            <span className="small">{sub.warehouse.address}</span>
          </p>
          {sub.deliveryMethod === 'pickup' ? (
            <p>
              Покупатель заберёт заказ сам. Выдавайте по номеру заказа <strong>№ {sub.number}</strong>
              {sub.buyer.contactName && <> получателю {sub.buyer.contactName}</>}; отдельного кода выдачи у заказа нет.
            </p>
          ) : (
            <>
              <p>
                Адрес: <strong>{d.address ?? '—'}</strong>
              </p>
              {d.window && (
                <p>
                  Окно доставки: {formatDateTime(d.window.from)} — {formatTime(d.window.to)}
                </p>
              )}
              {d.unloading && <p>Разгрузка: {UNLOADING[d.unloading]}</p>}
              {sub.deliveryQuote && (
                <p className="small">
                  Машина: {sub.deliveryQuote.bodyName ?? sub.deliveryQuote.vehicleName},{' '}
                  {formatNumber(sub.deliveryQuote.roadKm)} км по дорогам, доставка в заказе{' '}
                  {formatMoney(sub.deliveryQuote.priceMinor)}
                </p>
              )}
              {sub.deliveryJobId ? (
                <JobInfo jobId={sub.deliveryJobId} />
              ) : (
                <p className="muted small">
                  Заявка перевозчикам появится, когда заказ будет собран (статус «Готов к выдаче»).
                </p>
              )}
            </>
          )}
        </div>
        <MapView
          points={points}
          height={260}
          label={`Склад и ${sub.deliveryMethod === 'pickup' ? 'место выдачи' : 'адрес доставки'} на карте`}
        />
      </div>
    </Panel>
  );
}

function JobInfo({ jobId }: { jobId: string }) {
  const job = useQuery({ queryKey: ['seller', 'job', jobId], queryFn: () => getJob(jobId), refetchInterval: 30_000 });
  return (
    <section aria-label="Заявка на перевозку" className="stack">
      <h3>Перевозка</h3>
      <QueryView query={job}>{(j) => <JobView job={j} />}</QueryView>
    </section>
  );
}

function JobView({ job }: { job: Job }) {
  const awarded = job.bids.find((b) => b.id === job.awardedBidId);
  return (
    <div className="stack">
      <p>
        Заявка: <strong>{JOB_STATUS[job.status] ?? job.status}</strong>
      </p>
      <p className="small">
        Ориентир цены {formatMoney(job.guidePriceMinor)}; ставок: {formatNumber(job.bidCount)}
        {job.lowestBidMinor !== null && `, лучшая ${formatMoney(job.lowestBidMinor)}`}
      </p>
      {awarded ? (
        <p>
          Перевозчик: <strong>{awarded.carrier?.name ?? '—'}</strong>
          {awarded.vehicle && (
            <>
              , {awarded.vehicle.bodyName}, грузоподъёмность {formatNumber(awarded.vehicle.payloadKg / 1000, 1)} т
              {awarded.vehicle.crane && ', с краном'}
            </>
          )}
          . Приедет за грузом {formatDateTime(awarded.pickupAt)}.
        </p>
      ) : (
        job.status === 'open' && (
          <p className="small muted">Перевозчик ещё не выбран: идут торги до {formatDateTime(job.closesAt)}.</p>
        )
      )}
      {job.confirmBy && job.status === 'awarded' && (
        <p className="small">Перевозчик должен подтвердить до {formatDateTime(job.confirmBy)}.</p>
      )}
      {job.deliveryId && <DeliveryInfo deliveryId={job.deliveryId} />}
    </div>
  );
}

/** The running delivery: which truck comes (its plate to let it in) and where it is now. */
function DeliveryInfo({ deliveryId }: { deliveryId: string }) {
  const delivery = useQuery({
    queryKey: ['seller', 'delivery', deliveryId],
    queryFn: () => getDelivery(deliveryId),
    refetchInterval: 30_000,
  });
  return (
    <QueryView query={delivery}>
      {(d) => (
        <p>
          Машина: <strong>{d.vehicle.plate}</strong> ({d.vehicle.bodyName}). Сейчас: <strong>{d.statusText}</strong>
          {d.etaText && <span className="small muted"> · {d.etaText}</span>}
        </p>
      )}
    </QueryView>
  );
}
