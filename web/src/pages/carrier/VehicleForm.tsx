import { useState, type FormEvent } from 'react';
import './carrier.css';
import { parseDecimal } from '../../lib/format';
import { fieldErrors, messageFor } from '../../lib/problems';
import { Button, Field } from '../../ui/controls';
import { MapView } from '../../ui/MapView';
import type { Vehicle, VehicleBody } from './carrier-api';
import { BODY_TYPES } from './labels';

type BodyType = VehicleBody['bodyType'];
const MOSCOW = { lat: 55.7558, lon: 37.6173 };

/** Add or edit a vehicle: plate (the API checks Russian plates), body, capacity, base on the map. */
export function VehicleForm({
  vehicle,
  busy,
  error,
  submitLabel,
  onSubmit,
}: {
  vehicle?: Vehicle;
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: VehicleBody) => void;
}) {
  const [plate, setPlate] = useState(vehicle?.plate ?? '');
  const [name, setName] = useState(vehicle?.name ?? '');
  const [bodyType, setBodyType] = useState<BodyType>((vehicle?.bodyType as BodyType) ?? 'tent');
  const [payload, setPayload] = useState(vehicle ? String(vehicle.payloadKg) : '');
  const [volume, setVolume] = useState(vehicle?.volumeM3.replace('.', ',') ?? '');
  const [length, setLength] = useState(vehicle?.bodyLengthM.replace('.', ',') ?? '');
  const [crane, setCrane] = useState(vehicle?.crane ?? false);
  const [tailLift, setTailLift] = useState(vehicle?.tailLift ?? false);
  const [address, setAddress] = useState(vehicle?.base.address ?? '');
  const [base, setBase] = useState(vehicle ? { lat: vehicle.base.lat, lon: vehicle.base.lon } : MOSCOW);
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    const payloadKg = Number(payload.replace(/\s/g, ''));
    const volumeM3 = parseDecimal(volume);
    const bodyLengthM = parseDecimal(length);
    if (!plate.trim()) errors.plate = 'Введите госномер, например А123ВС77';
    if (!Number.isInteger(payloadKg) || payloadKg < 1) errors.payloadKg = 'Грузоподъёмность в килограммах, целое число';
    if (!volumeM3) errors.volumeM3 = 'Объём кузова, например 20 или 12,5';
    if (!bodyLengthM) errors.bodyLengthM = 'Длина кузова, например 6,2';
    setLocal(errors);
    if (Object.keys(errors).length > 0 || !volumeM3 || !bodyLengthM) return;
    onSubmit({
      plate: plate.trim(),
      name: name.trim(),
      bodyType,
      payloadKg,
      volumeM3,
      bodyLengthM,
      crane,
      tailLift,
      base: { ...base, address: address.trim() },
    });
  };

  const server = fieldErrors(error);
  // The API explains a refused plate in English: say it in Russian with an example.
  if (server.plate) server.plate = 'Неверный госномер. Пример: А123ВС77 или А123ВС777';
  const errors = { ...server, ...local };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="grid cols">
        <Field label="Госномер" hint="Например, А123ВС77" error={errors.plate}>
          <input value={plate} autoComplete="off" maxLength={24} onChange={(e) => setPlate(e.target.value)} />
        </Field>
        <Field label="Название" hint="Марка или как вы её зовёте" error={errors.name}>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label="Кузов" error={errors.bodyType}>
          <select value={bodyType} onChange={(e) => setBodyType(e.target.value as BodyType)}>
            {Object.entries(BODY_TYPES).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Грузоподъёмность, кг" error={errors.payloadKg}>
          <input inputMode="numeric" value={payload} onChange={(e) => setPayload(e.target.value)} />
        </Field>
        <Field label="Объём кузова, м³" error={errors.volumeM3}>
          <input inputMode="decimal" value={volume} onChange={(e) => setVolume(e.target.value)} />
        </Field>
        <Field label="Длина кузова, м" error={errors.bodyLengthM}>
          <input inputMode="decimal" value={length} onChange={(e) => setLength(e.target.value)} />
        </Field>
      </div>
      <div className="row" style={{ flexWrap: 'wrap', gap: '1rem' }}>
        <label className="row">
          <input type="checkbox" checked={crane} onChange={(e) => setCrane(e.target.checked)} /> Есть кран (КМУ)
        </label>
        <label className="row">
          <input type="checkbox" checked={tailLift} onChange={(e) => setTailLift(e.target.checked)} /> Есть гидроборт
        </label>
      </div>
      <Field label="Адрес стоянки" hint="От неё считаются расстояния на доске заявок" error={errors['base.address']}>
        <input value={address} maxLength={500} onChange={(e) => setAddress(e.target.value)} />
      </Field>
      <MapView
        label="Стоянка машины: нажмите на карту, чтобы передвинуть"
        points={[{ ...base, kind: 'truck', label: 'Стоянка' }]}
        onPick={setBase}
        height={240}
      />
      {error !== null && error !== undefined && Object.keys(server).length === 0 && (
        <p className="notice notice-error" role="alert">
          {messageFor(error)}
        </p>
      )}
      <div className="row">
        <Button type="submit" kind="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
