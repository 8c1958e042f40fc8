import { useEffect, useReducer, useState } from 'react';
import { liveDeliveryUrl, type Delivery } from './customer-api';

/** The live stream's messages (src/modules/logistics/tracking/live-hub.ts, LiveMessage). */
type LivePoint = { lat: number; lon: number; at: string; speedKmh: number | null; heading: number | null };
type Message =
  | { type: 'snapshot'; delivery: Delivery }
  | { type: 'positions'; points: LivePoint[] }
  | { type: 'eta'; remainingKm: number; etaAt: string; etaText: string; minutes: number }
  | { type: 'geofence'; kind: string; at: string; text: string }
  | { type: 'arriving_soon'; etaAt: string; minutes: number; text: string }
  | { type: 'status'; status: Delivery['status']; at: string; text: string; reason?: string | null };

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'ended';
const ENDED = ['delivered', 'failed', 'cancelled'];

/** Folds one message into the delivery as last known. */
export function applyMessage(d: Delivery | null, m: Message): Delivery | null {
  if (m.type === 'snapshot') return m.delivery;
  if (!d) return d;
  switch (m.type) {
    case 'positions': {
      const last = m.points[m.points.length - 1];
      const added = m.points.map((p) => [p.lat, p.lon] as [number, number]);
      return {
        ...d,
        lastPosition: last ?? d.lastPosition,
        route: { ...d.route, points: [...d.route.points, ...added], positions: d.route.positions + m.points.length },
      };
    }
    case 'eta':
      return { ...d, remainingKm: m.remainingKm, etaAt: m.etaAt, etaText: m.etaText, minutesLeft: m.minutes };
    case 'status':
      return {
        ...d,
        status: m.status,
        statusText: m.text,
        timeline: [...d.timeline, { kind: m.status, at: m.at, text: m.text, reason: m.reason ?? null }],
      };
    case 'geofence':
    case 'arriving_soon':
      return {
        ...d,
        timeline: [
          ...d.timeline,
          { kind: m.type === 'geofence' ? m.kind : 'arriving_soon', at: new Date().toISOString(), text: m.text },
        ],
      };
  }
}

/**
 * Watches a delivery over its WebSocket: the snapshot first, then positions, ETA and statuses.
 * A dropped socket is reopened (a fresh snapshot follows), waiting longer after each failure,
 * until the delivery has ended.
 */
export function useLiveDelivery(deliveryId: string) {
  const [delivery, dispatch] = useReducer(applyMessage, null);
  const [connection, setConnection] = useState<Connection>('connecting');
  useEffect(() => {
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const open = async () => {
      let url: string;
      try {
        url = await liveDeliveryUrl(deliveryId);
      } catch {
        return retry();
      }
      if (stopped) return;
      socket = new WebSocket(url);
      socket.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as Message;
        if (m.type === 'snapshot') {
          attempt = 0;
          setConnection('live');
          ended = ENDED.includes(m.delivery.status);
        }
        if (m.type === 'status' && ENDED.includes(m.status)) ended = true;
        dispatch(m);
      };
      socket.onclose = () => {
        if (stopped) return;
        if (ended) return setConnection('ended');
        retry();
      };
    };
    const retry = () => {
      if (stopped) return;
      setConnection('reconnecting');
      attempt += 1;
      timer = setTimeout(() => void open(), Math.min(1000 * 2 ** (attempt - 1), 15_000));
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [deliveryId]);
  return { delivery, connection };
}
