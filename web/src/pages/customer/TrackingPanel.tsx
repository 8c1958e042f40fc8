import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ok } from '../../api';
import { api } from '../../lib/api';
import { formatDistance, formatTime } from '../../lib/format';
import { Badge, Button } from '../../ui/controls';
import { MapView, type MapPoint } from '../../ui/MapView';
import { ErrorNotice, Loading } from '../../ui/states';
import { createShareLink, type Delivery } from './customer-api';
import { DELIVERY_STATUS } from './texts';
import { useLiveDelivery, type Connection } from './useLiveDelivery';

const CONNECTION: Record<Connection, string> = {
  connecting: 'подключаемся…',
  live: 'в реальном времени',
  reconnecting: 'связь прервалась, переподключаемся…',
  ended: 'доставка завершена',
};

/** A delivery tracked live: the map with the route so far and the truck, ETA, distance left, timeline. */
export function TrackingPanel({ deliveryId, onStatus }: { deliveryId: string; onStatus?: () => void }) {
  const { delivery, connection } = useLiveDelivery(deliveryId, onStatus);
  if (!delivery) return <Loading label="Подключаемся к отслеживанию…" />;
  return (
    <section className="stack" aria-label="Отслеживание доставки">
      <div className="spread">
        <h3>
          Доставка:{' '}
          <span data-testid="delivery-status" aria-live="polite">
            {DELIVERY_STATUS[delivery.status] ?? delivery.statusText}
          </span>
        </h3>
        <Badge tone={connection === 'live' ? 'ok' : connection === 'reconnecting' ? 'warn' : undefined}>
          {CONNECTION[connection]}
        </Badge>
      </div>
      <p className="small muted">
        {delivery.vehicle.name ?? delivery.vehicle.bodyName}, {delivery.vehicle.plate}
      </p>
      <TrackingMap delivery={delivery} />
      <dl className="grid facts" aria-live="polite">
        <div>
          <dt>Прибытие</dt>
          <dd data-testid="delivery-eta">
            {delivery.etaAt
              ? `≈ ${formatTime(delivery.etaAt)}${delivery.minutesLeft !== null ? `, через ${delivery.minutesLeft} мин` : ''}`
              : 'ждём данные от машины'}
          </dd>
        </div>
        <div>
          <dt>Осталось ехать</dt>
          <dd data-testid="delivery-remaining">
            {delivery.remainingKm !== null ? formatDistance(delivery.remainingKm * 1000) : '—'}
          </dd>
        </div>
        <div>
          <dt>Последняя точка</dt>
          <dd data-testid="delivery-last-fix">
            {delivery.lastPosition ? formatTime(delivery.lastPosition.at) : 'пока нет'}
          </dd>
        </div>
      </dl>
      {delivery.timeline.length > 0 && (
        <ol className="small stack" style={{ paddingLeft: '1.2rem' }} aria-label="Ход доставки">
          {delivery.timeline.map((t, i) => (
            <li key={i}>{t.text}</li>
          ))}
        </ol>
      )}
      {delivery.status === 'delivered' && <ProofPhoto deliveryId={deliveryId} recipient={delivery.recipientName} />}
      {!['delivered', 'failed', 'cancelled'].includes(delivery.status) && <ShareLink deliveryId={deliveryId} />}
    </section>
  );
}

function TrackingMap({ delivery }: { delivery: Delivery }) {
  const points: MapPoint[] = [
    { lat: delivery.pickup.lat, lon: delivery.pickup.lon, label: 'Склад', kind: 'pickup' },
    { lat: delivery.dropoff.lat, lon: delivery.dropoff.lon, label: 'Вам', kind: 'drop' },
  ];
  if (delivery.lastPosition)
    points.push({ lat: delivery.lastPosition.lat, lon: delivery.lastPosition.lon, label: 'Машина', kind: 'truck' });
  return (
    <div
      data-testid="tracking-map"
      data-truck={delivery.lastPosition ? `${delivery.lastPosition.lat},${delivery.lastPosition.lon}` : ''}
    >
      <MapView
        label="Карта доставки: склад, точка разгрузки, машина и пройденный путь"
        points={points}
        route={delivery.route.points.map((p) => ({ lat: p[0] ?? 0, lon: p[1] ?? 0 }))}
        height={320}
      />
    </div>
  );
}

function ShareLink({ deliveryId }: { deliveryId: string }) {
  const make = useMutation({ mutationFn: () => createShareLink(deliveryId) });
  const [copied, setCopied] = useState(false);
  // The recipient opens the public page (/track/:token), which reads the API's view and live stream.
  const url = make.data ? `${window.location.origin}/track/${make.data.token}` : '';
  return (
    <div className="stack">
      {!make.data ? (
        <div>
          <Button busy={make.isPending} onClick={() => make.mutate()}>
            Ссылка для получателя
          </Button>
        </div>
      ) : (
        <div className="stack">
          <label className="small" htmlFor={`share-${deliveryId}`}>
            Ссылка для того, кто примет груз (без цен и телефонов); показана один раз
          </label>
          <div className="row">
            <input
              id={`share-${deliveryId}`}
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Button small onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
              {copied ? 'Скопировано' : 'Копировать'}
            </Button>
          </div>
        </div>
      )}
      {make.error && <ErrorNotice error={make.error} />}
    </div>
  );
}

function ProofPhoto({ deliveryId, recipient }: { deliveryId: string; recipient: string | null | undefined }) {
  const photo = useQuery({
    queryKey: ['proof-photo', deliveryId],
    queryFn: async () => {
      const blob = (await ok(
        api.GET('/api/v1/logistics/deliveries/{id}/proof-photo', {
          params: { path: { id: deliveryId } },
          parseAs: 'blob',
        }),
      )) as Blob;
      return URL.createObjectURL(blob);
    },
    retry: false,
    staleTime: Infinity,
  });
  return (
    <figure className="stack" style={{ margin: 0 }}>
      {photo.data && (
        <img src={photo.data} alt="Фото груза при передаче" style={{ maxWidth: '100%', borderRadius: 12 }} />
      )}
      <figcaption className="small">
        {recipient ? `Принял: ${recipient}` : 'Доставлено'}
        {photo.isError && ' · фото не приложено'}
      </figcaption>
    </figure>
  );
}
