import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { reportPositions, type PositionPoint } from './carrier-api';

/** The API takes 1–500 fixes a call (docs/domain.md, Tracking). */
const MAX_BATCH = 500;
/** How often unsent fixes are retried while the phone stands still or was offline. */
const RETRY_MS = 10_000;

export interface Sharing {
  on: boolean;
  setOn: (on: boolean) => void;
  sent: number;
  pending: number;
  lastSentAt: Date | null;
  error: unknown;
  geoError: string | null;
}

/**
 * «Отправлять моё местоположение»: while on and the delivery is active, watches the browser's
 * geolocation and posts the fixes in batches. Fixes not yet sent stay in memory (offline, a failed
 * call) and go with the next batch; it stops when switched off, when the delivery ends (the API's
 * 409) or when the page is left (the effect's cleanup).
 */
export function useLocationSharing(deliveryId: string, active: boolean, onSent?: () => void): Sharing {
  const [on, setOn] = useState(false);
  const [sent, setSent] = useState(0);
  const [pending, setPending] = useState(0);
  const [lastSentAt, setLastSentAt] = useState<Date | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [geoError, setGeoError] = useState<string | null>(null);
  const queue = useRef<PositionPoint[]>([]);
  const inFlight = useRef(false);
  const sentHook = useRef(onSent);
  useEffect(() => {
    sentHook.current = onSent;
  }, [onSent]);

  /** Sends what is queued, a batch at a time, until the queue is empty or a call fails. */
  const flush = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      while (queue.current.length > 0 && navigator.onLine) {
        const batch = queue.current.slice(0, MAX_BATCH);
        try {
          await reportPositions(deliveryId, batch);
        } catch (e) {
          if (e instanceof ApiError && e.status === 409) {
            queue.current = [];
            setOn(false);
          } else if (e instanceof ApiError && e.status < 500 && e.status !== 401 && e.status !== 429) {
            // Refused as it is: sending it again would be refused again.
            queue.current = queue.current.slice(batch.length);
          }
          setError(e);
          return;
        }
        queue.current = queue.current.slice(batch.length);
        setSent((n) => n + batch.length);
        setLastSentAt(new Date());
        setError(null);
        sentHook.current?.();
      }
    } finally {
      inFlight.current = false;
      setPending(queue.current.length);
    }
  }, [deliveryId]);

  const switchOn = useCallback((value: boolean) => {
    if (value && !('geolocation' in navigator)) {
      setGeoError('Браузер не умеет определять местоположение.');
      return;
    }
    setGeoError(null);
    setOn(value);
  }, []);

  useEffect(() => {
    if (!on || !active) return;
    const watch = navigator.geolocation.watchPosition(
      (pos) => {
        const c = pos.coords;
        queue.current.push({
          lat: c.latitude,
          lon: c.longitude,
          at: new Date(pos.timestamp || Date.now()).toISOString(),
          ...(c.speed !== null && c.speed >= 0 ? { speedKmh: Math.min(c.speed * 3.6, 1000) } : {}),
          ...(c.heading !== null && Number.isFinite(c.heading) ? { heading: c.heading % 360 } : {}),
          ...(Number.isFinite(c.accuracy) ? { accuracyM: Math.min(c.accuracy, 100_000) } : {}),
        });
        setPending(queue.current.length);
        void flush();
      },
      (err) =>
        setGeoError(
          err.code === err.PERMISSION_DENIED
            ? 'Нет доступа к местоположению: разрешите его в настройках браузера.'
            : 'Не удаётся определить местоположение. Проверьте, что геолокация включена.',
        ),
      { enableHighAccuracy: true, maximumAge: 5000 },
    );
    const retry = window.setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      navigator.geolocation.clearWatch(watch);
      window.clearInterval(retry);
      window.removeEventListener('online', online);
    };
  }, [on, active, flush]);

  return { on: on && active, setOn: switchOn, sent, pending, lastSentAt, error, geoError };
}
