import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../lib/problems';
import { Button, Field } from '../../ui/controls';
import { MapView } from '../../ui/MapView';
import { ErrorNotice } from '../../ui/states';
import type { Warehouse, WarehouseBody } from './seller-api';

/** Moscow's centre: where the picker starts for a new warehouse. */
const START = { lat: 55.7558, lon: 37.6173 };

/** A warehouse's name, code, address and point (picked on the map), hours, pickup and delivery radius. */
export function WarehouseForm({
  initial,
  submitText,
  busy,
  error,
  onSubmit,
}: {
  initial?: Warehouse;
  submitText: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: WarehouseBody) => void;
}) {
  const [v, setV] = useState({
    name: initial?.name ?? '',
    code: initial?.code ?? '',
    address: initial?.address ?? '',
    workingHours: initial?.workingHours ?? 'Пн–Пт 8:00–20:00',
    radius: String(initial?.deliveryRadiusKm ?? 300),
    lead: initial?.leadTimeHours == null ? '' : String(initial.leadTimeHours),
  });
  const [point, setPoint] = useState(initial ? { lat: initial.lat, lon: initial.lon } : START);
  const [pickup, setPickup] = useState(initial?.pickup ?? true);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(error);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!v.name.trim()) errs.name = 'Укажите название';
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(v.code.trim())) errs.code = 'Латинские буквы, цифры, _ и -, до 32 символов';
    if (v.address.trim().length < 3) errs.address = 'Укажите адрес';
    if (!/^\d+$/.test(v.radius)) errs.deliveryRadiusKm = 'Целое число километров';
    if (v.lead && !/^\d+$/.test(v.lead)) errs.leadTimeHours = 'Целое число часов или пусто';
    setLocal(errs);
    if (Object.keys(errs).length > 0) return;
    onSubmit({
      name: v.name.trim(),
      code: v.code.trim(),
      address: v.address.trim(),
      lat: Math.round(point.lat * 1e6) / 1e6,
      lon: Math.round(point.lon * 1e6) / 1e6,
      workingHours: v.workingHours.trim(),
      pickup,
      deliveryRadiusKm: Number(v.radius),
      leadTimeHours: v.lead ? Number(v.lead) : null,
    });
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <div className="cols">
        <div className="stack">
          <Field label="Название" error={local.name ?? server.name}>
            <input value={v.name} onChange={set('name')} required />
          </Field>
          <Field
            label="Код склада"
            hint="Он же — заголовок столбца остатков в прайс-листе, например MSK-1"
            error={local.code ?? server.code}
          >
            <input value={v.code} onChange={set('code')} required autoCapitalize="characters" />
          </Field>
          <Field label="Адрес" error={local.address ?? server.address}>
            <input value={v.address} onChange={set('address')} required autoComplete="street-address" />
          </Field>
          <Field label="Часы работы" error={server.workingHours}>
            <input value={v.workingHours} onChange={set('workingHours')} />
          </Field>
          <label className="check">
            <input type="checkbox" checked={pickup} onChange={(e) => setPickup(e.target.checked)} />
            Покупатели могут забирать заказы сами (самовывоз)
          </label>
          <Field
            label="Радиус доставки, км"
            hint="0 — склад не доставляет"
            error={local.deliveryRadiusKm ?? server.deliveryRadiusKm}
          >
            <input inputMode="numeric" value={v.radius} onChange={set('radius')} />
          </Field>
          <Field
            label="Срок подготовки к доставке, ч"
            hint="Пусто — со следующего дня с 8:00 по Москве"
            error={local.leadTimeHours ?? server.leadTimeHours}
          >
            <input inputMode="numeric" value={v.lead} onChange={set('lead')} />
          </Field>
        </div>
        <div className="stack">
          <MapView
            points={[{ ...point, label: v.name || 'Склад', kind: 'warehouse' }]}
            onPick={setPoint}
            height={320}
            label="Точка склада на карте: щёлкните по карте или двигайте точку стрелками"
          />
          <p className="small muted" aria-live="polite">
            Точка: {point.lat.toFixed(5)}, {point.lon.toFixed(5)}. Щёлкните по карте, чтобы переставить.
          </p>
          {(server.lat || server.lon) && <p className="error">Точка на карте указана неверно</p>}
        </div>
      </div>
      {error !== null && error !== undefined && <ErrorNotice error={error} />}
      <div>
        <Button type="submit" kind="primary" busy={busy}>
          {submitText}
        </Button>
      </div>
    </form>
  );
}
