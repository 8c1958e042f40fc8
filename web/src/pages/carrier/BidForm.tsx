import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatMoney, formatNumber, parseMoney } from '../../lib/format';
import { fieldErrors, messageFor } from '../../lib/problems';
import { Button, Field, Panel } from '../../ui/controls';
import { Loading } from '../../ui/states';
import { placeBid, vehiclesPage, type Job, type Vehicle } from './carrier-api';
import { fromMoscowInput, toMoscowInput } from './moscow';

/** Whether a vehicle can take the job's load (the API decides; this only narrows the choice). */
function fits(v: Vehicle, j: Job): boolean {
  return (
    j.load.bodies.some((b) => b.bodyType === v.bodyType) &&
    v.payloadKg >= j.load.weightKg &&
    Number(v.volumeM3) >= j.load.volumeM3 &&
    (!j.load.needsCrane || v.crane)
  );
}

/** Place a bid: the price in roubles, the pickup time (Moscow) and a vehicle that fits. */
export function BidForm({ job }: { job: Job }) {
  const client = useQueryClient();
  const vehicles = useQuery({ queryKey: ['carrier', 'vehicles', 'all'], queryFn: () => vehiclesPage() });
  const fitting = (vehicles.data?.items ?? []).filter((v) => fits(v, job));
  const [price, setPrice] = useState('');
  const [pickupAt, setPickupAt] = useState(() => toMoscowInput(job.window.from));
  const [vehicleId, setVehicleId] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const bid = useMutation({
    mutationFn: placeBid.bind(null, job.id),
    onSuccess: () => {
      setPrice('');
      void client.invalidateQueries({ queryKey: ['carrier'] });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const priceMinor = parseMoney(price);
    const at = fromMoscowInput(pickupAt);
    const chosen = vehicleId || fitting[0]?.id || '';
    const errors: Record<string, string> = {};
    if (priceMinor === null || priceMinor < 100) errors.priceMinor = 'Введите цену в рублях, например 12 500';
    else if (priceMinor > job.guidePriceMinor)
      errors.priceMinor = `Не выше ориентира: ${formatMoney(job.guidePriceMinor, { whole: true })}`;
    if (!at) errors.pickupAt = 'Укажите дату и время погрузки';
    if (!chosen) errors.vehicleId = 'Выберите машину';
    setLocal(errors);
    if (Object.keys(errors).length === 0 && priceMinor !== null && at)
      bid.mutate({ vehicleId: chosen, priceMinor, pickupAt: at });
  };

  const server = fieldErrors(bid.error);
  const errors = { ...server, ...local };
  return (
    <Panel title="Сделать ставку">
      {vehicles.isPending ? (
        <Loading label="Загружаем ваши машины…" />
      ) : fitting.length === 0 ? (
        <p className="notice">
          Ни одна из ваших машин не подходит под этот груз. <Link to="/carrier/vehicles">Добавьте машину</Link>.
        </p>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <div className="grid cols">
            <Field
              label="Ваша цена, ₽"
              hint={`Не выше ${formatMoney(job.guidePriceMinor, { whole: true })}; новая ставка — ниже прежней`}
              error={errors.priceMinor}
            >
              <input inputMode="decimal" autoComplete="off" value={price} onChange={(e) => setPrice(e.target.value)} />
            </Field>
            <Field
              label="Погрузка (время московское)"
              hint={`Окно доставки: ${job.window.text}`}
              error={errors.pickupAt}
            >
              <input type="datetime-local" value={pickupAt} onChange={(e) => setPickupAt(e.target.value)} />
            </Field>
            <Field label="Машина" error={errors.vehicleId}>
              <select value={vehicleId || fitting[0]?.id} onChange={(e) => setVehicleId(e.target.value)}>
                {fitting.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.plate} — {v.bodyName}, {formatNumber(v.payloadKg)} кг{v.name && ` (${v.name})`}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div aria-live="polite">
            {bid.error !== null && Object.keys(server).length === 0 && (
              <p className="notice notice-error" role="alert">
                {messageFor(bid.error)}
              </p>
            )}
            {bid.isSuccess && (
              <p className="notice notice-ok">Ставка {formatMoney(bid.data.priceMinor, { whole: true })} принята.</p>
            )}
          </div>
          <div className="row">
            <Button type="submit" kind="primary" busy={bid.isPending}>
              Предложить цену
            </Button>
          </div>
        </form>
      )}
    </Panel>
  );
}
