import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { countOf, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { Badge, Button, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading, QueryView } from '../../ui/states';
import { job as fetchJob, jobsPage, type Job } from './admin-api';
import { Cell } from './Cell';
import { BID_STATUS, CARGO, FLAG_REASON, JOB_STATUS, label, statusTone } from './labels';

/** Delivery jobs; «никто не взял» shows those no carrier covered at the guide price. */
export default function JobsPage() {
  const [params, setParams] = useSearchParams();
  const flagged = params.get('flagged') === 'true';
  const list = useCursorList(['admin', 'jobs', flagged], (cursor) => jobsPage(flagged, cursor));
  return (
    <>
      <h1>Доставки</h1>
      <div className="row" role="group" aria-label="Какие заявки показать">
        <Button kind={flagged ? 'plain' : 'primary'} aria-pressed={!flagged} onClick={() => setParams({})}>
          Все заявки
        </Button>
        <Button
          kind={flagged ? 'primary' : 'plain'}
          aria-pressed={flagged}
          onClick={() => setParams({ flagged: 'true' })}
        >
          Никто не взял
        </Button>
      </div>
      <Panel title={flagged ? 'Заявки без перевозчика' : 'Все заявки на доставку'}>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title={flagged ? 'Все доставки разобраны' : 'Заявок нет'}>
            {flagged
              ? 'Сейчас нет заявок, которые никто не взял. Здесь появятся те, на которые не нашлось перевозчика.'
              : 'Заявки появятся, когда продавцы выставят доставки заказов.'}
          </Empty>
        ) : (
          <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
            {list.items.map((j) => (
              <JobItem key={j.id} job={j} />
            ))}
          </ul>
        )}
        <MoreButton list={list} />
      </Panel>
    </>
  );
}

function JobItem({ job }: { job: Job }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="panel">
      <div className="spread">
        <h3 style={{ margin: 0 }}>Заказ № {job.orderNumber}</h3>
        <Badge tone={statusTone(job.status)}>{label(JOB_STATUS, job.status)}</Badge>
      </div>
      <p className="small">
        Откуда: {job.pickup.name}, {job.pickup.address}
        <br />
        Куда: {job.dropoff.address ?? 'адрес скрыт'}
        <br />
        Окно: {job.window.text}; {formatNumber(job.roadKm, 1)} км; {formatNumber(job.load.weightKg)} кг,{' '}
        {label(CARGO, job.load.cargo)}
      </p>
      <p className="small">
        Ориентир {formatMoney(job.guidePriceMinor)};{' '}
        {job.lowestBidMinor === null
          ? 'ставок нет'
          : `лучшая ставка ${formatMoney(job.lowestBidMinor)}, всего ${countOf(job.bidCount, ['ставка', 'ставки', 'ставок'])}`}
        ; {job.round > 0 && `раунд ${job.round + 1}; `}
        {job.status === 'open'
          ? `приём до ${formatDateTime(job.closesAt)}`
          : `выставлена ${formatDateTime(job.postedAt)}`}
      </p>
      {job.flagReason && <p className="notice notice-error small">Почему: {label(FLAG_REASON, job.flagReason)}</p>}
      <Button small aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Скрыть ставки' : 'Показать ставки'}
      </Button>
      {open && <Bids jobId={job.id} />}
    </li>
  );
}

function Bids({ jobId }: { jobId: string }) {
  const query = useQuery({ queryKey: ['admin', 'job', jobId], queryFn: () => fetchJob(jobId) });
  return (
    <QueryView query={query}>
      {(j) =>
        j.bids.length === 0 ? (
          <p className="muted">Ставок не было.</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Перевозчик</th>
                <th className="num">Цена</th>
                <th>Подача</th>
                <th>Машина</th>
                <th>Ставка</th>
              </tr>
            </thead>
            <tbody>
              {j.bids.map((b) => (
                <tr key={b.id}>
                  <Cell label="Перевозчик">{b.carrier?.name ?? 'не раскрывается'}</Cell>
                  <Cell label="Цена" className="num">
                    {formatMoney(b.priceMinor)}
                  </Cell>
                  <Cell label="Подача">{formatDateTime(b.pickupAt)}</Cell>
                  <Cell label="Машина">{b.vehicle ? b.vehicle.bodyName : '—'}</Cell>
                  <Cell label="Ставка">
                    {label(BID_STATUS, b.status)}
                    {b.reason && <div className="small muted">{b.reason}</div>}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryView>
  );
}
