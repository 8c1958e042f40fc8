import { useState } from 'react';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../lib/format';
import { Button, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { MapView, type MapPoint } from '../../ui/MapView';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { boardPage, type BoardJob, type BoardQuery } from './carrier-api';
import { BODY_TYPES } from './labels';
import { TimeLeft } from './TimeLeft';

type Point = { lat: number; lon: number };
const RADII = [25, 50, 100, 200, 500, 1000];

/** The job board: open jobs near a point, on a map and as a list (GET /logistics/jobs). */
export default function BoardPage() {
  const [near, setNear] = useState<Point | null>(null);
  const [radiusKm, setRadius] = useState('');
  const [body, setBody] = useState('');
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<string | null>(null);

  const query: BoardQuery = {
    near: near ? `${near.lat.toFixed(5)},${near.lon.toFixed(5)}` : undefined,
    radiusKm: radiusKm ? Number(radiusKm) : undefined,
    body: (body || undefined) as BoardQuery['body'],
    limit: 20,
  };
  const list = useCursorList(['carrier', 'board', query], (cursor) => boardPage({ ...query, cursor }));

  const locate = () => {
    if (!('geolocation' in navigator)) return setGeoError('Браузер не умеет определять местоположение.');
    setLocating(true);
    setGeoError(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setNear({ lat: pos.coords.latitude, lon: pos.coords.longitude });
      },
      () => {
        setLocating(false);
        setGeoError('Не удалось определить местоположение. Разрешите доступ или выберите точку на карте.');
      },
      { enableHighAccuracy: false, timeout: 15_000 },
    );
  };

  const points: MapPoint[] = list.items.map((j) => ({
    lat: j.pickup.lat,
    lon: j.pickup.lon,
    kind: 'job',
    label: `${j.orderNumber}: ${j.pickup.name}`,
  }));
  if (near) points.unshift({ ...near, kind: 'me', label: 'Точка поиска' });

  return (
    <div className="stack">
      <h1>Заявки на перевозку</h1>
      <Panel title="Где искать">
        <div className="grid cols">
          <Field label="Радиус поиска">
            <select value={radiusKm} onChange={(e) => setRadius(e.target.value)}>
              <option value="">любой</option>
              {RADII.map((r) => (
                <option key={r} value={r}>
                  до {formatNumber(r)} км
                </option>
              ))}
            </select>
          </Field>
          <Field label="Тип кузова">
            <select value={body} onChange={(e) => setBody(e.target.value)}>
              <option value="">любой из моих машин</option>
              {Object.entries(BODY_TYPES).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="row" style={{ flexWrap: 'wrap', marginTop: '0.75rem' }}>
          <Button onClick={locate} busy={locating}>
            Моё местоположение
          </Button>
          {near && <Button onClick={() => setNear(null)}>От стоянки моей машины</Button>}
          <span className="muted small" aria-live="polite">
            {near
              ? `Расстояния от точки ${formatNumber(near.lat, 4)}, ${formatNumber(near.lon, 4)}`
              : 'Расстояния от стоянки вашей первой машины. Нажмите на карту, чтобы выбрать другую точку.'}
          </span>
        </div>
        {geoError && (
          <p className="notice notice-error" role="alert">
            {geoError}
          </p>
        )}
      </Panel>
      <MapView
        points={points}
        label="Карта заявок: места погрузки. Нажмите, чтобы искать от этой точки"
        onPick={(p) => setNear(p)}
      />
      <Panel title="Открытые заявки">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Подходящих заявок нет">
            Увеличьте радиус, выберите другой кузов или добавьте машину в разделе «Машины».
          </Empty>
        ) : (
          <JobTable jobs={list.items} />
        )}
        <MoreButton list={list} />
      </Panel>
    </div>
  );
}

function JobTable({ jobs }: { jobs: BoardJob[] }) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th>Маршрут</th>
          <th>Груз</th>
          <th>До погрузки</th>
          <th>Ориентир</th>
          <th>Лучшая ставка</th>
          <th>До закрытия</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => (
          <tr key={j.id}>
            <td data-label="Маршрут">
              <Link to={`/carrier/jobs/${j.id}`}>
                {j.pickup.name} → {j.dropoff.address ?? 'район выгрузки'}
              </Link>
              <div className="muted small">
                Заказ {j.orderNumber}, {formatNumber(j.roadKm, 1)} км по дорогам
                {j.myBidId && ' · есть ваша ставка'}
              </div>
            </td>
            <td data-label="Груз" className="num">
              {formatNumber(j.load.weightKg)} кг, {formatNumber(j.load.volumeM3, 2)} м³
            </td>
            <td data-label="До погрузки" className="num">
              {j.distanceKm === null ? '—' : `${formatNumber(j.distanceKm, 1)} км`}
            </td>
            <td data-label="Ориентир" className="num">
              {formatMoney(j.guidePriceMinor, { whole: true })}
            </td>
            <td data-label="Лучшая ставка" className="num">
              {j.lowestBidMinor === null ? 'ставок нет' : formatMoney(j.lowestBidMinor, { whole: true })}
            </td>
            <td data-label="До закрытия">
              <TimeLeft until={j.closesAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
