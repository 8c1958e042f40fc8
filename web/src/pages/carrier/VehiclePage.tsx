import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { Button, Panel } from '../../ui/controls';
import { ErrorNotice, QueryView } from '../../ui/states';
import { deleteVehicle, updateVehicle, vehicle, type Vehicle } from './carrier-api';
import { TrackerKey } from './TrackerKey';
import { VehicleForm } from './VehicleForm';

/** One vehicle: edit it, remove it, and the device key for a phone tracker. */
export default function VehiclePage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['carrier', 'vehicle', id], queryFn: () => vehicle(id) });
  return (
    <div className="stack">
      <p>
        <Link to="/carrier/vehicles">← Все машины</Link>
      </p>
      <QueryView query={query}>{(v) => <VehicleView v={v} />}</QueryView>
    </div>
  );
}

function VehicleView({ v }: { v: Vehicle }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const done = () => void client.invalidateQueries({ queryKey: ['carrier'] });
  const update = useMutation({
    mutationFn: (b: Parameters<typeof updateVehicle>[1]) => updateVehicle(v.id, b),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => deleteVehicle(v.id),
    onSuccess: () => {
      done();
      void navigate('/carrier/vehicles');
    },
  });
  return (
    <>
      <h1>
        {v.plate} — {v.bodyName}
      </h1>
      <Panel title="Данные машины">
        <VehicleForm
          vehicle={v}
          busy={update.isPending}
          error={update.error}
          submitLabel="Сохранить"
          onSubmit={update.mutate}
        />
        <div aria-live="polite">
          {update.isSuccess && <p className="notice notice-ok">Сохранено {formatDateTime(update.data.updatedAt)}.</p>}
        </div>
      </Panel>
      <TrackerKey vehicle={v} />
      <Panel title="Удалить машину">
        <p className="muted">Её действующие ставки будут отозваны, ключ трекера отключён.</p>
        {remove.error !== null && <ErrorNotice error={remove.error} />}
        {confirming ? (
          <div className="row" style={{ flexWrap: 'wrap' }}>
            <Button kind="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
              Да, удалить {v.plate}
            </Button>
            <Button onClick={() => setConfirming(false)}>Отмена</Button>
          </div>
        ) : (
          <Button kind="danger" onClick={() => setConfirming(true)}>
            Удалить машину…
          </Button>
        )}
      </Panel>
    </>
  );
}
