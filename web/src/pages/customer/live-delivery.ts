/**
 * The live stream's messages (src/modules/logistics/tracking/live-hub.ts, LiveMessage) and how
 * each one changes the delivery as last known: pure, so it is unit-tested (test/web).
 */
import type { Delivery } from './customer-api';

export type LivePoint = { lat: number; lon: number; at: string; speedKmh: number | null; heading: number | null };
export type LiveMessage =
  | { type: 'snapshot'; delivery: Delivery }
  | { type: 'positions'; points: LivePoint[] }
  | { type: 'eta'; remainingKm: number; etaAt: string; etaText: string; minutes: number }
  | { type: 'geofence'; kind: string; at: string; text: string }
  | { type: 'arriving_soon'; etaAt: string; minutes: number; text: string }
  | { type: 'status'; status: Delivery['status']; at: string; text: string; reason?: string | null };

/** A delivery in one of these has ended: its stream closes and is not reopened. */
export const ENDED = ['delivered', 'failed', 'cancelled'];

/** Folds one message into the delivery as last known. */
export function applyMessage(d: Delivery | null, m: LiveMessage): Delivery | null {
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
          m.type === 'geofence'
            ? { kind: m.kind, at: m.at, text: m.text }
            : { kind: 'arriving_soon', at: new Date().toISOString(), text: m.text },
        ],
      };
  }
}
