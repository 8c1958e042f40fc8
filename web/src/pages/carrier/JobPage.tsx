import { useQuery } from '@tanstack/react-query';
import './carrier.css';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { Badge, Panel } from '../../ui/controls';
import { MapView } from '../../ui/MapView';
import { QueryView } from '../../ui/states';
import { AwardAnswer } from './AwardAnswer';
import { BidForm } from './BidForm';
import { job, type Job } from './carrier-api';
import { BID_STATUS, BID_TONE, CARGO, JOB_STATUS, UNLOADING } from './labels';
import { MyBids } from './MyJobBids';
import { TimeLeft } from './TimeLeft';

/** One job: details, the lowest bid kept fresh by polling (the API has no live stream for jobs), bidding. */
export default function JobPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['carrier', 'job', id], queryFn: () => job(id), refetchInterval: 5000 });
  return (
    <div className="stack">
      <p>
        <Link to="/carrier">← Все заявки</Link>
      </p>
      <QueryView query={query}>{(j) => <JobView job={j} />}</QueryView>
    </div>
  );
}

function JobView({ job: j }: { job: Job }) {
  const open = j.status === 'open';
  const mine = j.bids.find((b) => b.id === j.awardedBidId);
  return (
    <>
      <h1>
        Заявка по заказу {j.orderNumber} <Badge tone={open ? 'ok' : undefined}>{JOB_STATUS[j.status]}</Badge>
      </h1>
      {j.status === 'awarded' && mine && <AwardAnswer job={j} />}
      <div className="grid cols">
        <Panel title="Торги">
          <dl className="stack facts" aria-live="polite">
            <div>
              <dt className="muted small">Ориентировочная цена</dt>
              <dd className="big num">{formatMoney(j.guidePriceMinor, { whole: true })}</dd>
            </div>
            <div>
              <dt className="muted small">Лучшая ставка</dt>
              <dd className="big num" data-testid="lowest-bid">
                {j.lowestBidMinor === null ? 'ставок нет' : formatMoney(j.lowestBidMinor, { whole: true })}
              </dd>
              <dd className="muted small">Всего ставок: {formatNumber(j.bidCount)}</dd>
            </div>
            <div>
              <dt className="muted small">До закрытия приёма ставок</dt>
              <dd>{open ? <TimeLeft until={j.closesAt} /> : 'закрыт'}</dd>
              <dd className="muted small">закрытие {formatDateTime(j.closesAt)}</dd>
            </div>
          </dl>
        </Panel>
        <Panel title="Груз и маршрут">
          <dl className="stack facts">
            <div>
              <dt className="muted small">Погрузка</dt>
              <dd>
                {j.pickup.name}, {j.pickup.address}
                <div className="muted small">Часы работы: {j.pickup.hours}</div>
              </dd>
            </div>
            <div>
              <dt className="muted small">Выгрузка</dt>
              <dd>
                {j.dropoff.address ?? 'адрес откроется после выбора перевозчика'}
                {j.dropoff.approximate && <div className="muted small">точка указана примерно</div>}
              </dd>
            </div>
            <div>
              <dt className="muted small">Окно доставки</dt>
              <dd>{j.window.text}</dd>
            </div>
            <div>
              <dt className="muted small">Груз</dt>
              <dd>
                {CARGO[j.load.cargo] ?? j.load.cargo}: {formatNumber(j.load.weightKg)} кг,{' '}
                {formatNumber(j.load.volumeM3, 2)} м³
                {j.load.longestItemM !== null && `, длина до ${formatNumber(j.load.longestItemM, 2)} м`}
                <div className="muted small">
                  Кузов: {j.load.bodies.map((b) => b.bodyName).join(', ')}
                  {j.load.needsCrane && ' · нужен кран'} · выгрузка: {UNLOADING[j.unloading] ?? j.unloading}
                </div>
              </dd>
            </div>
            <div>
              <dt className="muted small">Расстояние</dt>
              <dd className="num">{formatNumber(j.roadKm, 1)} км по дорогам</dd>
            </div>
          </dl>
        </Panel>
      </div>
      <MapView
        label={`Маршрут: от ${j.pickup.name} до места выгрузки`}
        points={[
          { lat: j.pickup.lat, lon: j.pickup.lon, kind: 'pickup', label: `Погрузка: ${j.pickup.name}` },
          { lat: j.dropoff.lat, lon: j.dropoff.lon, kind: 'drop', label: 'Выгрузка' },
        ]}
      />
      {open && <BidForm job={j} />}
      <MyBids job={j} />
    </>
  );
}

export function BidBadge({ status }: { status: Job['bids'][number]['status'] }) {
  return <Badge tone={BID_TONE[status]}>{BID_STATUS[status]}</Badge>;
}
