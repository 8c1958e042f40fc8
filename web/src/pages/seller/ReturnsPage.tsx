import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Badge, Button, Field, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { RETURN_STATUS } from './labels';
import { subOrderPath } from './paths';
import { acceptReturn, listReturns, listWarehouses, refuseReturn, type Return, type ReturnStatus } from './seller-api';

export default function ReturnsPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? 'requested';
  const status = raw in RETURN_STATUS ? (raw as ReturnStatus) : undefined;
  const list = useCursorList(['seller', 'returns', status ?? 'all'], (cursor) =>
    listReturns({ cursor, limit: 20, status }),
  );
  return (
    <div className="stack">
      <h1>Возвраты</h1>
      <Panel>
        <div style={{ maxWidth: 320 }}>
          <Field label="Показать">
            <select value={status ?? 'all'} onChange={(e) => setParams({ status: e.target.value }, { replace: true })}>
              <option value="requested">Ждут решения</option>
              <option value="accepted">Принятые</option>
              <option value="refused">Отклонённые</option>
              <option value="all">Все</option>
            </select>
          </Field>
        </div>
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title={status === 'requested' ? 'Новых возвратов нет' : 'Возвратов нет'}>
            Когда покупатель попросит вернуть товар, запрос появится здесь.
          </Empty>
        ) : (
          <div className="stack">
            {list.items.map((r) => (
              <ReturnCard key={r.id} ret={r} />
            ))}
          </div>
        )}
        <MoreButton list={list} />
      </Panel>
    </div>
  );
}

function ReturnCard({ ret }: { ret: Return }) {
  const total = ret.lines.reduce((n, l) => n + l.amountMinor, 0);
  return (
    <article className="panel" aria-label={`Возврат от ${formatDateTime(ret.requestedAt)}`}>
      <div className="spread">
        <h3>
          Возврат по <Link to={subOrderPath({ id: ret.subOrderId, orderId: ret.orderId })}>заказу</Link> от{' '}
          {formatDateTime(ret.requestedAt)}
        </h3>
        <Badge tone={ret.status === 'accepted' ? 'ok' : ret.status === 'refused' ? 'danger' : 'warn'}>
          {RETURN_STATUS[ret.status]}
        </Badge>
      </div>
      <p>Причина покупателя: «{ret.reason}»</p>
      <ul>
        {ret.lines.map((l) => (
          <li key={l.lineId}>
            {l.name}: {formatNumber(l.quantity)} {l.unit} на {formatMoney(l.amountMinor)}
          </li>
        ))}
      </ul>
      <p className="small">Сумма товаров: {formatMoney(total)}</p>
      {ret.status === 'accepted' && <p className="small">Возвращено покупателю: {formatMoney(ret.refundMinor)}</p>}
      {ret.status === 'refused' && ret.refusalReason && <p className="small">Причина отказа: «{ret.refusalReason}»</p>}
      {ret.status === 'requested' && <Decide ret={ret} />}
    </article>
  );
}

function Decide({ ret }: { ret: Return }) {
  const queryClient = useQueryClient();
  const warehouses = useQuery({ queryKey: ['seller', 'warehouses'], queryFn: listWarehouses });
  const [mode, setMode] = useState<'accept' | 'refuse' | null>(null);
  const [warehouseId, setWarehouseId] = useState('');
  const [refundDelivery, setRefundDelivery] = useState(false);
  const [reason, setReason] = useState('');
  const done = () => void queryClient.invalidateQueries({ queryKey: ['seller'] });
  const accept = useMutation({
    mutationFn: () => acceptReturn(ret.id, { restockWarehouseId: warehouseId || undefined, refundDelivery }),
    onSuccess: done,
  });
  const refuse = useMutation({ mutationFn: () => refuseReturn(ret.id, reason.trim()), onSuccess: done });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'accept') accept.mutate();
    else if (reason.trim()) refuse.mutate();
  };
  if (!mode)
    return (
      <div className="row">
        <Button kind="primary" onClick={() => setMode('accept')}>
          Принять возврат
        </Button>
        <Button kind="danger" onClick={() => setMode('refuse')}>
          Отказать
        </Button>
      </div>
    );
  const error = mode === 'accept' ? accept.error : refuse.error;
  return (
    <form onSubmit={submit} className="stack" style={{ maxWidth: 480 }}>
      {mode === 'accept' ? (
        <>
          <Field label="Вернуть товар на склад" hint="Остаток склада увеличится на возвращённое количество">
            <select value={warehouseId} onChange={(e) => setWarehouseId(e.target.value)}>
              <option value="">Не возвращать на склад (брак, списание)</option>
              {warehouses.data?.items.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name} ({w.code})
                </option>
              ))}
            </select>
          </Field>
          <label className="check">
            <input type="checkbox" checked={refundDelivery} onChange={(e) => setRefundDelivery(e.target.checked)} />
            Вернуть и стоимость доставки
          </label>
        </>
      ) : (
        <Field label="Причина отказа" hint="Покупатель увидит её" error={fieldErrors(refuse.error).reason}>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
        </Field>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="row">
        <Button
          type="submit"
          kind={mode === 'accept' ? 'primary' : 'danger'}
          busy={accept.isPending || refuse.isPending}
          disabled={mode === 'refuse' && !reason.trim()}
        >
          {mode === 'accept' ? 'Принять и вернуть деньги' : 'Отказать в возврате'}
        </Button>
        <Button onClick={() => setMode(null)}>Отмена</Button>
      </div>
    </form>
  );
}
