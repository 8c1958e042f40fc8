import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { Badge, Panel } from '../../ui/controls';
import { MapView, type MapPoint } from '../../ui/MapView';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { formatDateTime, formatNumber, formatTime } from '../../lib/format';
import { STATUS_RU, useTrackedDelivery, type Connection } from './track-live';
import './public.css';

const CONNECTION: Record<Connection, { text: string; tone?: 'ok' | 'warn' }> = {
  connecting: { text: 'Подключаемся…' },
  live: { text: 'Обновляется в реальном времени', tone: 'ok' },
  reconnecting: { text: 'Связь потеряна, переподключаемся…', tone: 'warn' },
  ended: { text: 'Отслеживание завершено' },
};

/** `/track/:token`: the share link's read-only live view of a delivery. */
export default function TrackPage() {
  const { token = '' } = useParams();
  const { delivery: d, connection, first } = useTrackedDelivery(token);

  if (first.error instanceof ApiError && first.error.status === 404) {
    return (
      <Empty
        title="Ссылка не действует"
        action={
          <Link className="btn" to="/">
            В каталог
          </Link>
        }
      >
        Доставка уже завершена или ссылку отозвали. Уточните у заказчика, как обстоят дела.
      </Empty>
    );
  }
  if (first.error) return <ErrorNotice error={first.error} onRetry={() => void first.refetch()} />;
  if (!d) return <Loading label="Загружаем доставку…" />;

  const points: MapPoint[] = [
    { lat: d.pickup.lat, lon: d.pickup.lon, label: 'Склад', kind: 'pickup' },
    { lat: d.dropoff.lat, lon: d.dropoff.lon, label: 'Выгрузка', kind: 'drop' },
  ];
  if (d.lastPosition) points.push({ lat: d.lastPosition.lat, lon: d.lastPosition.lon, label: 'Машина', kind: 'truck' });
  const route = d.route.points.map(([lat, lon]) => ({ lat, lon }));
  const live = CONNECTION[connection];

  return (
    <div>
      <h1>Доставка{d.orderNumber ? ` по заказу ${d.orderNumber}` : ''}</h1>
      <div className="row" style={{ marginBottom: '0.75rem' }}>
        <Badge
          tone={
            d.status === 'delivered' ? 'ok' : d.status === 'failed' || d.status === 'cancelled' ? 'danger' : undefined
          }
        >
          {STATUS_RU[d.status]}
        </Badge>
        <Badge tone={live.tone}>{live.text}</Badge>
      </div>
      <div className="cols">
        <Panel title="Когда приедет">
          <div aria-live="polite">
            {d.etaAt ? (
              <>
                <p className="big num" style={{ margin: 0 }}>
                  ≈ {formatTime(d.etaAt)}
                </p>
                <p className="muted small">
                  {formatDateTime(d.etaAt)}
                  {d.minutesLeft !== null && d.minutesLeft > 0 && `, через ~${formatNumber(d.minutesLeft)} мин`}
                  {d.remainingKm !== null && `, осталось ${formatNumber(d.remainingKm, 1)} км`}
                </p>
              </>
            ) : (
              <p className="muted">Время прибытия появится, когда машина начнёт передавать координаты.</p>
            )}
          </div>
          <dl className="totals small">
            <dt>Окно доставки</dt>
            <dd>
              {formatDateTime(d.window.from)} — {formatTime(d.window.to)}
            </dd>
            <dt>Откуда</dt>
            <dd className="wrap-anywhere">
              {d.pickup.name}, {d.pickup.address}
            </dd>
            <dt>Куда</dt>
            <dd className="wrap-anywhere">{d.dropoff.address}</dd>
            <dt>Машина</dt>
            <dd>
              {d.vehicle.name ?? d.vehicle.bodyName}, {d.vehicle.plate}
            </dd>
          </dl>
        </Panel>
        <Panel title="На карте">
          <MapView label="Маршрут машины, склад и место выгрузки" points={points} route={route} />
          {d.lastPosition && (
            <p className="small muted">
              Последние координаты: {formatTime(d.lastPosition.at)}
              {d.lastPosition.speedKmh !== null && `, ${formatNumber(d.lastPosition.speedKmh, 0)} км/ч`}
            </p>
          )}
        </Panel>
      </div>
      <Panel title="Что происходило">
        {d.timeline.length === 0 ? (
          <p className="muted">Пока ничего: перевозчик ещё не выехал.</p>
        ) : (
          <ol className="small" aria-live="polite">
            {d.timeline.map((t, i) => (
              <li key={`${t.kind}-${t.at}-${i}`}>{t.text}</li>
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
