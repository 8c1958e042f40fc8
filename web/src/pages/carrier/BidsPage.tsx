import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../lib/format';
import { Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { AwardAnswer } from './AwardAnswer';
import { myBidsPage, type BidStatus, type MyBid } from './carrier-api';
import { BidBadge } from './JobPage';
import { BID_STATUS, JOB_STATUS } from './labels';

/** My bids, newest first; won bids whose job waits for me can be confirmed or declined here. */
export default function BidsPage() {
  const [status, setStatus] = useState<BidStatus | ''>('');
  const list = useCursorList(['carrier', 'my-bids', status], (cursor) => myBidsPage(cursor, status || undefined));
  const awaiting = list.items.filter((b) => b.status === 'won' && b.job.status === 'awarded');
  return (
    <div className="stack">
      <h1>Мои ставки</h1>
      {awaiting.map((b) => (
        <AwardAnswer key={b.id} job={{ id: b.jobId, orderNumber: b.job.orderNumber, confirmBy: null }} />
      ))}
      <Panel title="Все ставки">
        <Field label="Статус">
          <select value={status} onChange={(e) => setStatus(e.target.value as BidStatus | '')}>
            <option value="">все</option>
            {Object.entries(BID_STATUS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </Field>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Ставок нет" action={<Link to="/carrier">Открыть заявки</Link>}>
            Выберите заявку на доске и предложите свою цену.
          </Empty>
        ) : (
          <BidTable bids={list.items} />
        )}
        <MoreButton list={list} />
      </Panel>
    </div>
  );
}

function BidTable({ bids }: { bids: MyBid[] }) {
  return (
    <table className="list">
      <thead>
        <tr>
          <th>Заказ</th>
          <th>Цена</th>
          <th>Погрузка</th>
          <th>Ставка</th>
          <th>Заявка</th>
        </tr>
      </thead>
      <tbody>
        {bids.map((b) => (
          <tr key={b.id}>
            <td data-label="Заказ">
              <Link to={`/carrier/jobs/${b.jobId}`}>{b.job.orderNumber}</Link>
              <div className="muted small">{formatDateTime(b.createdAt)}</div>
            </td>
            <td data-label="Цена" className="num">
              {formatMoney(b.priceMinor, { whole: true })}
            </td>
            <td data-label="Погрузка">{formatDateTime(b.pickupAt)}</td>
            <td data-label="Ставка">
              <BidBadge status={b.status} />
            </td>
            <td data-label="Заявка">{JOB_STATUS[b.job.status as keyof typeof JOB_STATUS] ?? b.job.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
