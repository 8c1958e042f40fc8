/**
 * A share link's delivery kept current: the snapshot from GET /logistics/track/{token}, then the
 * live stream's messages (src/modules/logistics/tracking/live-hub.ts, LiveMessage) applied to it.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useReducer, useState } from 'react';
import { trackedDelivery, trackLiveUrl, type TrackedDelivery } from './public-api';

type LivePoint = { lat: number; lon: number; at: string; speedKmh: number | null; heading: number | null };
export type LiveMessage =
  | { type: 'snapshot'; delivery: TrackedDelivery }
  | { type: 'positions'; points: LivePoint[] }
  | { type: 'eta'; remainingKm: number; etaAt: string; etaText: string; minutes: number }
  | { type: 'geofence'; kind: string; at: string; text: string }
  | { type: 'arriving_soon'; etaAt: string; minutes: number; text: string }
  | { type: 'status'; status: TrackedDelivery['status']; at: string; text: string };

export const STATUS_RU: Record<TrackedDelivery['status'], string> = {
  awarded: 'Перевозчик назначен',
  en_route_to_pickup: 'Машина едет на склад',
  loaded: 'Груз загружен',
  in_transit: 'Машина в пути',
  delivered: 'Доставлено',
  failed: 'Доставка не состоялась',
  cancelled: 'Доставка отменена',
};

/** The delivery after one live message (a pure step, so the order of messages is all that matters). */
export function applyLive(d: TrackedDelivery | null, m: LiveMessage): TrackedDelivery | null {
  if (m.type === 'snapshot') return m.delivery;
  if (!d) return d;
  switch (m.type) {
    case 'positions': {
      const last = m.points[m.points.length - 1];
      if (!last) return d;
      const added = m.points.map((p) => [p.lat, p.lon] as [number, number]);
      return { ...d, lastPosition: last, route: { ...d.route, points: [...d.route.points, ...added] } };
    }
    case 'eta':
      return { ...d, remainingKm: m.remainingKm, etaAt: m.etaAt, etaText: m.etaText, minutesLeft: m.minutes };
    case 'geofence':
      return { ...d, timeline: [...d.timeline, { kind: m.kind, at: m.at, text: m.text }] };
    case 'arriving_soon':
      // The message says when it will arrive, not when it was said: the entry is dated on receipt.
      return { ...d, timeline: [...d.timeline, { kind: m.type, at: new Date().toISOString(), text: m.text }] };
    case 'status':
      return {
        ...d,
        status: m.status,
        statusText: STATUS_RU[m.status],
        timeline: [...d.timeline, { kind: m.status, at: m.at, text: m.text }],
      };
    default:
      return d;
  }
}

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'ended';

/** The delivery, how the live stream stands, and the first load's error (a dead link is a 404). */
export function useTrackedDelivery(token: string) {
  const first = useQuery({
    queryKey: ['logistics', 'track', token],
    queryFn: () => trackedDelivery(token),
    retry: false,
  });
  const [delivery, dispatch] = useReducer(applyLive, null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const loaded = first.data !== undefined;

  useEffect(() => {
    if (first.data) dispatch({ type: 'snapshot', delivery: first.data as TrackedDelivery });
  }, [first.data]);

  useEffect(() => {
    if (!loaded) return;
    let socket: WebSocket | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let stopped = false;
    const open = () => {
      socket = new WebSocket(trackLiveUrl(token));
      socket.onopen = () => {
        attempts = 0;
        setConnection('live');
      };
      socket.onmessage = (e) => {
        try {
          dispatch(JSON.parse(String(e.data)) as LiveMessage);
        } catch {
          // Not JSON: nothing this page can show.
        }
      };
      socket.onclose = (e) => {
        if (stopped) return;
        // 1000: the stream has ended (delivered, cancelled or the link revoked): nothing more comes.
        if (e.code === 1000) {
          setConnection('ended');
          return;
        }
        setConnection('reconnecting');
        attempts += 1;
        retry = setTimeout(open, Math.min(30_000, 1000 * 2 ** attempts));
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
    };
  }, [token, loaded]);

  return { delivery, connection, first };
}
