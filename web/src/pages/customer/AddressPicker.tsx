import { useState } from 'react';
import { Button, Field } from '../../ui/controls';
import { MapView } from '../../ui/MapView';
import type { Unloading } from './customer-api';
import { UNLOADING } from './texts';

export interface AddressValue {
  address: string;
  lat: number;
  lon: number;
  unloading: Unloading;
}

/** Moscow's centre: where the picker starts when nothing is chosen yet. */
const START = { lat: 55.7539, lon: 37.6208 };

/**
 * The delivery address: its text, a point picked on the map (or from the browser's geolocation)
 * and how the goods come off the truck. `onSubmit` gets the whole value.
 */
export function AddressPicker({
  initial,
  submitLabel,
  busy,
  errors = {},
  onSubmit,
}: {
  initial?: Partial<AddressValue> | null;
  submitLabel: string;
  busy?: boolean;
  errors?: Record<string, string>;
  onSubmit: (v: AddressValue) => void;
}) {
  const [address, setAddress] = useState(initial?.address ?? '');
  const [point, setPoint] = useState(
    initial?.lat != null && initial.lon != null ? { lat: initial.lat, lon: initial.lon } : null,
  );
  const [unloading, setUnloading] = useState<Unloading>(initial?.unloading ?? 'manual');
  const [geoNote, setGeoNote] = useState('');
  const [missing, setMissing] = useState('');

  const locate = () => {
    if (!navigator.geolocation)
      return setGeoNote('Браузер не умеет определять местоположение: отметьте точку на карте.');
    setGeoNote('Определяем местоположение…');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setPoint({ lat: pos.coords.latitude, lon: pos.coords.longitude });
        setGeoNote('Точка взята из геолокации. Уточните её на карте, если нужно.');
      },
      () => setGeoNote('Не удалось определить местоположение: разрешите доступ или отметьте точку на карте.'),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!point) return setMissing('Отметьте точку доставки на карте или нажмите «Моё местоположение».');
        setMissing('');
        onSubmit({ address: address.trim(), lat: point.lat, lon: point.lon, unloading });
      }}
    >
      <Field label="Адрес доставки" hint="Город, улица, дом — как его найдёт водитель" error={errors.address}>
        <input
          value={address}
          required
          minLength={5}
          autoComplete="street-address"
          onChange={(e) => setAddress(e.target.value)}
        />
      </Field>
      <div className="stack">
        <div className="spread">
          <span className="small muted">
            {point
              ? `Точка: ${point.lat.toFixed(5)}, ${point.lon.toFixed(5)}`
              : 'Нажмите на карту, чтобы отметить точку разгрузки'}
          </span>
          <Button small onClick={locate}>
            Моё местоположение
          </Button>
        </div>
        <MapView
          label="Точка доставки: нажмите на карту, стрелки сдвигают точку"
          points={[{ ...(point ?? START), label: point ? 'Сюда' : 'Москва', kind: point ? 'drop' : 'me' }]}
          onPick={(p) => setPoint(p)}
          height={300}
        />
        <p className="small muted" role="status" aria-live="polite">
          {geoNote}
        </p>
        {(missing || errors.lat || errors.lon) && (
          <p className="notice notice-error" role="alert">
            {missing || 'Неверная точка на карте'}
          </p>
        )}
      </div>
      <Field label="Разгрузка" error={errors.unloading}>
        <select value={unloading} onChange={(e) => setUnloading(e.target.value as Unloading)}>
          {Object.entries(UNLOADING).map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <Button kind="primary" type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
