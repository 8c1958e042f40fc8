import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime, formatMoney, formatTimeLeft } from '../../lib/format';
import { Badge, Button } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { awardBid, getJob, type Job } from './customer-api';
import { BID_STATUS, JOB_STATUS, say } from './texts';
import { TrackingPanel } from './TrackingPanel';

/**
 * A delivery part's job: while carriers bid, the bids (the customer may award one within the guide
 * price before the close); once the delivery runs, its live tracking.
 */
export function DeliveryJob({
  jobId,
  orderId,
  deliveryId,
}: {
  jobId: string;
  orderId: string;
  deliveryId: string | null;
}) {
  const queryClient = useQueryClient();
  const job = useQuery({ queryKey: ['job', jobId], queryFn: () => getJob(jobId), refetchInterval: 30_000 });
  if (!job.data) return job.error ? <ErrorNotice error={job.error} onRetry={() => void job.refetch()} /> : null;
  const j = job.data;
  // The job names its delivery as soon as the carrier confirms; the part only once goods are loaded.
  const tracked = deliveryId ?? j.deliveryId;
  return (
    <div className="stack">
      <p>
        Перевозка: <Badge>{say(JOB_STATUS, j.status)}</Badge>{' '}
        <span className="small muted">
          {j.window.text} · ориентир {formatMoney(j.guidePriceMinor)}
        </span>
      </p>
      {j.status === 'open' && <Bids job={j} />}
      {tracked ? (
        <>
          <TrackingPanel
            deliveryId={tracked}
            // The part's own status follows its delivery's: refresh the order when it moves.
            onStatus={() => void queryClient.invalidateQueries({ queryKey: ['order', orderId] })}
          />
          <Link className="small" to={`/orders/${orderId}/deliveries/${tracked}`}>
            Открыть отслеживание на весь экран
          </Link>
        </>
      ) : (
        ['assigned', 'delivered'].includes(j.status) && (
          <p className="small muted">Перевозчик назначен. Статус доставки — в заголовке части заказа.</p>
        )
      )}
    </div>
  );
}

function Bids({ job }: { job: Job }) {
  const queryClient = useQueryClient();
  const award = useMutation({
    mutationFn: (bidId: string) => awardBid(job.id, bidId),
    onSuccess: (j) => queryClient.setQueryData(['job', job.id], j),
  });
  const active = job.bids.filter((b) => b.status === 'active').sort((a, b) => a.priceMinor - b.priceMinor);
  return (
    <div className="stack">
      <p className="small">
        Приём ставок закроется через {formatTimeLeft(job.closesAt)}. Можно выбрать перевозчика раньше — из ставок не
        дороже ориентира.
      </p>
      {active.length === 0 ? (
        <p className="small muted">Ставок пока нет.</p>
      ) : (
        <table className="list">
          <caption className="visually-hidden">Ставки перевозчиков</caption>
          <thead>
            <tr>
              <th>Перевозчик</th>
              <th>Машина</th>
              <th>Подача</th>
              <th>Цена</th>
              <th>
                <span className="visually-hidden">Действия</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((b) => (
              <tr key={b.id}>
                <td data-label="Перевозчик">
                  {b.carrier?.name ?? 'Перевозчик'} <span className="small muted">({say(BID_STATUS, b.status)})</span>
                </td>
                <td data-label="Машина">
                  {b.vehicle ? `${b.vehicle.bodyName}${b.vehicle.crane ? ', с краном' : ''}` : '—'}
                </td>
                <td data-label="Подача">{formatDateTime(b.pickupAt)}</td>
                <td data-label="Цена" className="num">
                  {formatMoney(b.priceMinor)}
                </td>
                <td data-label="">
                  <Button
                    small
                    kind="primary"
                    disabled={b.priceMinor > job.guidePriceMinor}
                    busy={award.isPending && award.variables === b.id}
                    onClick={() => award.mutate(b.id)}
                  >
                    Выбрать
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {award.error && <ErrorNotice error={award.error} />}
    </div>
  );
}
