/**
 * Logistics demo data, made through the same services as real work so every screen has data on a
 * fresh `npm start`: vehicles for the two demo carriers, an open job with bids from both, and a
 * delivery in transit from the Химки warehouse along Ленинградское шоссе with its recorded track.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../shared/db/database.js';
import type { Principal } from '../../shared/principal.js';
import type { DeliveriesService } from './deliveries/deliveries.service.js';
import type { JobsService } from './jobs/jobs.service.js';
import { deliveries, deliveryTimeline, jobs } from './logistics.tables.js';
import type { Tracking } from './tracking/index.js';
import type { VehiclesService } from './vehicles/index.js';
import type { VehicleInput } from './vehicles/vehicles.schemas.js';

export interface DemoLogisticsDeps {
  db: Db;
  vehicles: VehiclesService;
  jobs: JobsService;
  deliveries: DeliveriesService;
  tracking: Tracking;
}

const VIDNOE = { address: 'Московская обл., Видное, Проектируемый пр., 4', lat: 55.5532, lon: 37.7091 };
const KHIMKI_LOT = { address: 'Московская обл., Химки, ул. Строителей, 3 (стоянка)', lat: 55.8897, lon: 37.4312 };

/** The demo carriers' fleets: ГрузЭкспресс (Видное) and ИП Соколов, who keeps trucks in Химки. */
const FLEETS: Omit<VehicleInput, 'crane' | 'tailLift'>[][] = [
  [
    {
      bodyType: 'tent',
      name: 'МАЗ-5340 тент 10 т',
      payloadKg: 10_000,
      volumeM3: '50',
      bodyLengthM: '7.2',
      plate: 'Х245ММ50',
      base: VIDNOE,
    },
    {
      bodyType: 'crane',
      name: 'КамАЗ-43118 манипулятор',
      payloadKg: 7_000,
      volumeM3: '30',
      bodyLengthM: '6.2',
      plate: 'О117РА50',
      base: VIDNOE,
    },
    {
      bodyType: 'tent',
      name: 'ГАЗель Next тент',
      payloadKg: 1_500,
      volumeM3: '9',
      bodyLengthM: '3.1',
      plate: 'В387ТК750',
      base: VIDNOE,
    },
  ],
  [
    {
      bodyType: 'tent',
      name: 'ГАЗон Next тент 5 т',
      payloadKg: 5_000,
      volumeM3: '36',
      bodyLengthM: '6.0',
      plate: 'Р556ОХ47',
      base: KHIMKI_LOT,
    },
    {
      bodyType: 'dump',
      name: 'КамАЗ-65115 самосвал',
      payloadKg: 15_000,
      volumeM3: '10',
      bodyLengthM: '4.5',
      plate: 'С903НЕ47',
      base: KHIMKI_LOT,
    },
    {
      bodyType: 'long_flatbed',
      name: 'МАЗ-6312 с полуприцепом-длинномером',
      payloadKg: 20_000,
      volumeM3: '60',
      bodyLengthM: '13.6',
      plate: 'К740ВУ47',
      base: KHIMKI_LOT,
    },
  ],
];

/**
 * Ленинградское шоссе and Ленинградский проспект from the Химки warehouse to Сокол, as the road
 * runs (hand-placed points on the carriageway; the track is filled in between them).
 */
const LENINGRADKA: readonly [number, number][] = [
  [55.9005, 37.4082],
  [55.8992, 37.4118],
  [55.8961, 37.4186],
  [55.8917, 37.4265],
  [55.8869, 37.4352],
  [55.8822, 37.4428],
  [55.8776, 37.4496],
  [55.8713, 37.4578],
  [55.8652, 37.4652],
  [55.8585, 37.473],
  [55.8518, 37.4783],
  [55.8455, 37.483],
  [55.8399, 37.487],
  [55.833, 37.4905],
  [55.8262, 37.494],
  [55.8189, 37.4978],
  [55.8131, 37.5044],
  [55.8085, 37.5104],
  [55.8054, 37.5146],
  [55.8048, 37.5156],
];

/** How far along the road the truck is now (the rest is ahead of it). */
const DRIVEN_SHARE = 0.75;
const STEP_M = 40;
const SPEED_KMH = 32;

export async function seedDemoLogistics(
  d: DemoLogisticsDeps,
  carriers: readonly { id: string }[],
  customerId: string,
): Promise<{ vehicles: number; bids: number; delivering: boolean }> {
  if (carriers.length < 2) return { vehicles: 0, bids: 0, delivering: false };
  const as = (userId: string, role: 'carrier' | 'customer'): Principal => ({
    userId,
    role,
    sessionId: 'seed',
    status: role === 'carrier' ? 'approved' : 'active',
  });
  const fleets: string[][] = [];
  for (const [i, fleet] of FLEETS.entries()) {
    const ids: string[] = [];
    for (const v of fleet) {
      ids.push(
        (
          await d.vehicles.create(as(carriers[i]!.id, 'carrier'), {
            ...v,
            crane: v.bodyType === 'crane',
            tailLift: false,
          })
        ).id,
      );
    }
    fleets.push(ids);
  }
  const open = await d.db
    .select({ id: jobs.id, dropoffLat: jobs.dropoffLat, guide: jobs.guidePriceMinor, windowFrom: jobs.windowFrom })
    .from(jobs)
    .where(and(eq(jobs.customerId, customerId), eq(jobs.status, 'open')))
    .orderBy(asc(jobs.postedAt));
  // The job by Сокол goes to Соколов's truck on the road; the other stays open with two bids.
  const toSokol = open.find((j) => j.dropoffLat > 55.8);
  const toCentre = open.find((j) => j !== toSokol);
  let bids = 0;
  const bid = async (
    carrier: number,
    jobId: string,
    priceMinor: number,
    pickupAt: Date,
  ): Promise<string | undefined> => {
    for (const vehicleId of fleets[carrier]!) {
      try {
        const placed = await d.jobs.bid(as(carriers[carrier]!.id, 'carrier'), jobId, {
          vehicleId,
          priceMinor,
          pickupAt,
        });
        bids++;
        return placed.id;
      } catch {
        // This vehicle does not fit the load: the carrier tries its next one.
      }
    }
    return undefined;
  };
  const now = new Date();
  if (toCentre) {
    const pickupAt = new Date(toCentre.windowFrom.getTime() - 2 * 3_600_000);
    await bid(0, toCentre.id, Math.floor((toCentre.guide * 0.92) / 100) * 100, pickupAt);
    await bid(1, toCentre.id, Math.floor((toCentre.guide * 0.95) / 100) * 100, pickupAt);
  }
  let delivering = false;
  if (toSokol) {
    const bidId = await bid(
      1,
      toSokol.id,
      Math.floor((toSokol.guide * 0.9) / 100) * 100,
      new Date(now.getTime() + 60_000),
    );
    if (bidId) {
      await d.jobs.award(as(customerId, 'customer'), toSokol.id, bidId);
      const { deliveryId } = await d.jobs.confirm(as(carriers[1]!.id, 'carrier'), toSokol.id);
      await drive(d, as(carriers[1]!.id, 'carrier'), deliveryId, now);
      delivering = true;
    }
  }
  return { vehicles: fleets.flat().length, bids, delivering };
}

/** The truck's day so far: to the warehouse, loaded, and 3/4 of the way along Ленинградка. */
async function drive(d: DemoLogisticsDeps, carrier: Principal, deliveryId: string, now: Date): Promise<void> {
  const track = interpolate(LENINGRADKA, STEP_M);
  const driven = track.slice(0, Math.floor(track.length * DRIVEN_SHARE));
  const stepMs = (STEP_M / 1000 / SPEED_KMH) * 3_600_000;
  const startedAt = now.getTime() - driven.length * stepMs;
  for (const status of ['en_route_to_pickup', 'loaded', 'in_transit'] as const) {
    await d.deliveries.move(carrier, deliveryId, { status });
  }
  // The steps happened before the track, not at seed time: the awarded carrier set off 50 minutes
  // earlier and loaded for 25.
  const at = { awarded: 75, en_route_to_pickup: 50, loaded: 5, in_transit: 0 };
  await d.db
    .update(deliveries)
    .set({ createdAt: new Date(startedAt - at.awarded * 60_000) })
    .where(eq(deliveries.id, deliveryId));
  for (const [kind, minutesBefore] of Object.entries(at)) {
    await d.db
      .update(deliveryTimeline)
      .set({ at: new Date(startedAt - minutesBefore * 60_000) })
      .where(and(eq(deliveryTimeline.deliveryId, deliveryId), eq(deliveryTimeline.kind, kind)));
  }
  await d.tracking.positions.postBatch(
    carrier,
    deliveryId,
    driven.map(([lat, lon, heading], i) => ({
      lat,
      lon,
      heading,
      speedKmh: SPEED_KMH + ((i * 7) % 11) - 5,
      accuracyM: 5 + (i % 4),
      at: new Date(startedAt + i * stepMs),
    })),
  );
}

/** Points every `stepM` metres along the polyline, with the heading of each stretch. */
function interpolate(line: readonly [number, number][], stepM: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 1; i < line.length; i++) {
    const [aLat, aLon] = line[i - 1]!;
    const [bLat, bLon] = line[i]!;
    const dy = (bLat - aLat) * 111_320;
    const dx = (bLon - aLon) * 111_320 * Math.cos((aLat * Math.PI) / 180);
    const length = Math.hypot(dx, dy);
    const heading = Math.round(((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360);
    const steps = Math.max(1, Math.round(length / stepM));
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      out.push([round6(aLat + (bLat - aLat) * t), round6(aLon + (bLon - aLon) * t), heading]);
    }
  }
  const [lat, lon] = line[line.length - 1]!;
  out.push([lat, lon, out[out.length - 1]?.[2] ?? 0]);
  return out;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
