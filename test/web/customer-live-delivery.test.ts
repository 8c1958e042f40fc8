import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../web/src/pages/customer/customer-api.js';
import { applyMessage } from '../../web/src/pages/customer/live-delivery.js';

const snapshot = {
  status: 'en_route_to_pickup',
  statusText: 'Машина едет на склад',
  pickup: { name: 'Склад', address: 'Москва', lat: 55.6, lon: 37.5 },
  dropoff: { address: 'Москва, Ленинский проспект, 30', lat: 55.7, lon: 37.6 },
  window: { from: '2026-11-29T06:00:00Z', to: '2026-11-29T15:00:00Z' },
  vehicle: { bodyType: 'tent', bodyName: 'тент', plate: 'В387ТК750' },
  lastPosition: null,
  route: { points: [], positions: 0, toleranceM: 5 },
  remainingKm: null,
  etaAt: null,
  etaText: null,
  minutesLeft: null,
  suggestedStatus: null,
  timeline: [],
} as unknown as Delivery;

describe('the live delivery, message by message', () => {
  it('starts from the snapshot and ignores anything before it', () => {
    expect(applyMessage(null, { type: 'eta', remainingKm: 3, etaAt: 'x', etaText: 'x', minutes: 5 })).toBeNull();
    expect(applyMessage(null, { type: 'snapshot', delivery: snapshot })).toBe(snapshot);
  });

  it('moves the truck to the newest position and extends the route', () => {
    const at = '2026-11-28T11:00:00Z';
    const d = applyMessage(snapshot, {
      type: 'positions',
      points: [
        { lat: 55.61, lon: 37.51, at, speedKmh: 30, heading: 10 },
        { lat: 55.62, lon: 37.52, at, speedKmh: 31, heading: 12 },
      ],
    })!;
    expect(d.lastPosition).toMatchObject({ lat: 55.62, lon: 37.52 });
    expect(d.route.points).toEqual([
      [55.61, 37.51],
      [55.62, 37.52],
    ]);
    expect(d.route.positions).toBe(2);
  });

  it('takes the ETA and distance left, and a status with its line on the timeline', () => {
    const withEta = applyMessage(snapshot, {
      type: 'eta',
      remainingKm: 12.2,
      etaAt: '2026-11-28T12:06:00Z',
      etaText: '15:06',
      minutes: 60,
    })!;
    expect(withEta).toMatchObject({ remainingKm: 12.2, etaAt: '2026-11-28T12:06:00Z', minutesLeft: 60 });
    const loaded = applyMessage(withEta, {
      type: 'status',
      status: 'loaded',
      at: '2026-11-28T11:30:00Z',
      text: '28.11.2026 14:30 МСК — Груз загружен',
    })!;
    expect(loaded.status).toBe('loaded');
    expect(loaded.timeline.map((t) => t.text)).toEqual(['28.11.2026 14:30 МСК — Груз загружен']);
    expect(loaded.remainingKm).toBe(12.2);
  });
});
