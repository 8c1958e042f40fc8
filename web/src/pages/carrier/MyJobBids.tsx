import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Button, Panel } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { withdrawBid, type Job } from './carrier-api';
import { BidBadge } from './JobPage';

/** My bids on this job (the API shows a carrier its own bids only), an active one can be withdrawn. */
export function MyBids({ job }: { job: Job }) {
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (bidId: string) => withdrawBid(job.id, bidId),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['carrier'] }),
  });
  if (job.bids.length === 0) return null;
  return (
    <Panel title="Мои ставки по заявке">
      {withdraw.error !== null && <ErrorNotice error={withdraw.error} />}
      <table className="list">
        <thead>
          <tr>
            <th>Цена</th>
            <th>Погрузка</th>
            <th>Машина</th>
            <th>Статус</th>
            <th>
              <span className="visually-hidden">Действия</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {job.bids.map((b) => (
            <tr key={b.id}>
              <td data-label="Цена" className="num">
                {formatMoney(b.priceMinor, { whole: true })}
              </td>
              <td data-label="Погрузка">{formatDateTime(b.pickupAt)}</td>
              <td data-label="Машина">{b.vehicle?.bodyName ?? '—'}</td>
              <td data-label="Статус">
                <BidBadge status={b.status} />
              </td>
              <td data-label="Действия">
                {b.status === 'active' && job.status === 'open' && (
                  <Button
                    small
                    kind="danger"
                    busy={withdraw.isPending && withdraw.variables === b.id}
                    onClick={() => withdraw.mutate(b.id)}
                  >
                    Отозвать ставку
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
