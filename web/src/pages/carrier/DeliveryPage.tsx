import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { MapView, type MapPoint } from '../../ui/MapView';
import { QueryView } from '../../ui/states';
import { delivery, type Delivery } from './carrier-api';
import { DeliveryActions } from './DeliveryActions';
import { ACTIVE_DELIVERY, DELIVERY_STATUS, DELIVERY_TONE } from './labels';
import { LocationSharing } from './LocationSharing';
import { ProofPhoto } from './ProofPhoto';
import './carrier.css';

/** The timeline's entry for the proof photo (its text is the bare kind). */
const PROOF_KIND = 'proof_photo';
/** A photo may be attached from the road to the pickup on, and once after delivery (docs/domain.md). */
const PHOTO_STATUSES: readonly Delivery['status'][] = ['en_route_to_pickup', 'loaded', 'in_transit', 'delivered'];

/** One delivery: its status and next step, the route, the proof photo, location sharing. */
export default function DeliveryPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const key = ['carrier', 'delivery', id];
  const query = useQuery({
    queryKey: key,
    queryFn: () => delivery(id),
    refetchInterval: (q) => (q.state.data && ACTIVE_DELIVERY.includes(q.state.data.status) ? 15_000 : false),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['carrier'] });
  return (
    <div className="stack">
      <p>
        <Link to="/carrier/deliveries">← Все доставки</Link>
      </p>
      {query.data ? (
        // A failed refresh (offline on the road) keeps the page, and the positions waiting on it.
        <>
          {query.error !== null && <p className="notice">Нет связи: показаны последние загруженные данные.</p>}
          <DeliveryView
            d={query.data}
            id={id}
            refresh={refresh}
            onSent={() => void client.invalidateQueries({ queryKey: key })}
          />
        </>
      ) : (
        <QueryView query={query}>{() => null}</QueryView>
      )}
    </div>
  );
}

function DeliveryView({
  d,
  id,
  refresh,
  onSent,
}: {
  d: Delivery;
  id: string;
  refresh: () => void;
  onSent: () => void;
}) {
  const active = ACTIVE_DELIVERY.includes(d.status);
  const hasPhoto = d.timeline.some((t) => t.kind === PROOF_KIND);
  const points: MapPoint[] = [
    { lat: d.pickup.lat, lon: d.pickup.lon, kind: 'pickup', label: `Погрузка: ${d.pickup.name}` },
    { lat: d.dropoff.lat, lon: d.dropoff.lon, kind: 'drop', label: `Выгрузка: ${d.dropoff.address}` },
  ];
  if (d.lastPosition) points.push({ lat: d.lastPosition.lat, lon: d.lastPosition.lon, kind: 'truck', label: 'Машина' });
  return (
    <>
      <h1>
        Доставка заказа {d.orderNumber}{' '}
        <span role="status" aria-live="polite">
          <Badge tone={DELIVERY_TONE[d.status]}>{DELIVERY_STATUS[d.status]}</Badge>
        </span>
      </h1>
      <div className="grid cols">
        <DeliveryActions delivery={{ ...d, id }} onMoved={refresh} />
        <LocationSharing deliveryId={id} active={active} onSent={onSent} />
      </div>
      <MapView
        label="Маршрут доставки: погрузка, выгрузка и пройденный путь"
        points={points}
        route={d.route.points.map((p) => ({ lat: p[0] ?? 0, lon: p[1] ?? 0 }))}
      />
      <div className="grid cols">
        <Panel title="Куда и когда">
          <dl className="stack facts">
            <div>
              <dt className="muted small">Погрузка</dt>
              <dd>
                {d.pickup.name}, {d.pickup.address}
              </dd>
            </div>
            <div>
              <dt className="muted small">Выгрузка</dt>
              <dd>{d.dropoff.address}</dd>
            </div>
            <div>
              <dt className="muted small">Окно доставки</dt>
              <dd>
                {formatDateTime(d.window.from)} — {formatDateTime(d.window.to)}
              </dd>
            </div>
            {d.contact && (
              <div>
                <dt className="muted small">Получатель</dt>
                <dd>
                  {d.contact.name}
                  {d.contact.company && `, ${d.contact.company}`}
                  {d.contact.phone && (
                    <>
                      , <a href={`tel:${d.contact.phone}`}>{d.contact.phone}</a>
                    </>
                  )}
                </dd>
              </div>
            )}
            <div>
              <dt className="muted small">Машина</dt>
              <dd>
                {d.vehicle.plate} — {d.vehicle.bodyName}
              </dd>
            </div>
            {d.priceMinor !== undefined && (
              <div>
                <dt className="muted small">Оплата за перевозку</dt>
                <dd className="num">{formatMoney(d.priceMinor)}</dd>
              </div>
            )}
            {d.remainingKm !== null && active && (
              <div>
                <dt className="muted small">Осталось</dt>
                <dd className="num">
                  {formatNumber(d.remainingKm, 1)} км{d.etaAt && `, прибытие около ${formatDateTime(d.etaAt)}`}
                </dd>
              </div>
            )}
            {d.recipientName && (
              <div>
                <dt className="muted small">Груз принял</dt>
                <dd>{d.recipientName}</dd>
              </div>
            )}
          </dl>
        </Panel>
        {hasPhoto ? (
          <Panel title="Фото подтверждения">
            <p className="notice notice-ok">Фото переданного груза приложено.</p>
          </Panel>
        ) : (
          PHOTO_STATUSES.includes(d.status) && <ProofPhoto deliveryId={id} onDone={refresh} />
        )}
      </div>
      <Panel title="Ход доставки">
        {d.timeline.length === 0 ? (
          <p className="muted">Пока ничего не произошло.</p>
        ) : (
          <ol className="stack">
            {d.timeline.map((t) => (
              <li key={`${t.kind}-${t.at}`}>
                {t.kind === PROOF_KIND ? `${formatDateTime(t.at)} — приложено фото подтверждения` : t.text}
                {t.reason && <span className="muted">: {t.reason}</span>}
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </>
  );
}
