import { useState } from 'react';
import { Button, Field } from '../../ui/controls';
import { MapView, type MapPoint } from '../../ui/MapView';
import type { LatLon } from '../../ui/map-math';

const MOSCOW: LatLon = { lat: 55.7558, lon: 37.6173 };
/** Towns around Moscow, so the picker opens on the region rather than on one street. */
const LANDMARKS: MapPoint[] = [
  { lat: 55.7558, lon: 37.6173, label: 'Москва', kind: 'warehouse' },
  { lat: 55.9825, lon: 37.1814, label: 'Зеленоград', kind: 'warehouse' },
  { lat: 55.4311, lon: 37.5447, label: 'Подольск', kind: 'warehouse' },
  { lat: 55.7963, lon: 37.9382, label: 'Балашиха', kind: 'warehouse' },
];
const RADII = [10, 25, 50, 100, 300];

export const nearText = (p: LatLon) => `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;
export function parseNear(text: string | null): LatLon | null {
  const m = text ? /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(text) : null;
  return m ? { lat: Number(m[1]), lon: Number(m[2]) } : null;
}

/**
 * «Рядом со мной»: the browser's position, or a point picked on the map, and a radius; the
 * search then shows only goods in stock within it, with the distance to the nearest warehouse.
 */
export function NearPicker({
  near,
  radiusKm,
  onChange,
  withRadius = true,
  legend = 'Рядом со мной',
}: {
  near: LatLon | null;
  radiusKm: string | null;
  onChange: (near: LatLon | null, radiusKm: string | null) => void;
  withRadius?: boolean;
  legend?: string;
}) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setProblem('Браузер не сообщает местоположение: выберите точку на карте.');
      setPicking(true);
      return;
    }
    setLocating(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onChange({ lat: pos.coords.latitude, lon: pos.coords.longitude }, radiusKm);
      },
      () => {
        setLocating(false);
        setProblem('Не удалось узнать местоположение: разрешите доступ или выберите точку на карте.');
        setPicking(true);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="row">
        <Button small busy={locating} onClick={locate}>
          {near ? 'Обновить местоположение' : 'Моё местоположение'}
        </Button>
        <Button small onClick={() => setPicking((p) => !p)} aria-expanded={picking}>
          {picking ? 'Скрыть карту' : 'Точка на карте'}
        </Button>
        {near && (
          <Button small onClick={() => onChange(null, null)}>
            Везде
          </Button>
        )}
      </div>
      {problem && (
        <p className="small muted" role="status">
          {problem}
        </p>
      )}
      {near && withRadius && (
        <Field label="Радиус">
          <select value={radiusKm ?? '50'} onChange={(e) => onChange(near, e.target.value)}>
            {RADII.map((r) => (
              <option key={r} value={String(r)}>
                {r} км
              </option>
            ))}
          </select>
        </Field>
      )}
      {picking && (
        <div style={{ marginTop: '0.5rem' }}>
          <MapView
            label="Карта: нажмите, чтобы выбрать точку поиска"
            points={[{ ...(near ?? MOSCOW), label: 'Точка поиска', kind: 'me' }, ...LANDMARKS]}
            width={320}
            height={220}
            onPick={(p) => onChange(p, radiusKm)}
          />
          <p className="small muted">Нажмите на карту или сдвиньте точку стрелками.</p>
        </div>
      )}
    </fieldset>
  );
}
