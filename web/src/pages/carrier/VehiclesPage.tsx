import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format';
import { Badge, Button, Panel } from '../../ui/controls';
import { MoreButton, useCursorList } from '../../ui/cursor-list';
import { Empty, ErrorNotice, Loading } from '../../ui/states';
import { createVehicle, vehiclesPage } from './carrier-api';
import { VehicleForm } from './VehicleForm';

/** My vehicles and a form to add one. */
export default function VehiclesPage() {
  const client = useQueryClient();
  const list = useCursorList(['carrier', 'vehicles', 'list'], (cursor) => vehiclesPage(cursor));
  const [adding, setAdding] = useState(false);
  const create = useMutation({
    mutationFn: createVehicle,
    onSuccess: () => {
      setAdding(false);
      void client.invalidateQueries({ queryKey: ['carrier'] });
    },
  });
  return (
    <div className="stack">
      <h1>Машины</h1>
      {adding ? (
        <Panel title="Новая машина" actions={<Button onClick={() => setAdding(false)}>Отмена</Button>}>
          <VehicleForm
            busy={create.isPending}
            error={create.error}
            submitLabel="Добавить машину"
            onSubmit={create.mutate}
          />
        </Panel>
      ) : (
        <div className="row">
          <Button kind="primary" onClick={() => setAdding(true)}>
            Добавить машину
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {create.isSuccess && <p className="notice notice-ok">Машина {create.data.plate} добавлена.</p>}
      </div>
      <Panel title="Мои машины">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : list.items.length === 0 ? (
          <Empty title="Машин пока нет">Добавьте машину, чтобы видеть подходящие заявки и делать ставки.</Empty>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th>Госномер</th>
                <th>Кузов</th>
                <th>Вместимость</th>
                <th>Трекер</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((v) => (
                <tr key={v.id}>
                  <td data-label="Госномер">
                    <Link to={`/carrier/vehicles/${v.id}`}>{v.plate}</Link>
                    {v.name && <div className="muted small">{v.name}</div>}
                  </td>
                  <td data-label="Кузов">
                    {v.bodyName}
                    {v.crane && ', кран'}
                    {v.tailLift && ', гидроборт'}
                  </td>
                  <td data-label="Вместимость" className="num">
                    {formatNumber(v.payloadKg)} кг, {formatNumber(v.volumeM3, 2)} м³, {formatNumber(v.bodyLengthM, 2)} м
                  </td>
                  <td data-label="Трекер">
                    {v.trackerKey.active ? <Badge tone="ok">подключён</Badge> : <Badge>нет</Badge>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreButton list={list} />
      </Panel>
    </div>
  );
}
