import { moscowText } from '../../../shared/moscow-time.js';
import { BODY_NAMES, type BodyType } from '../body-types.js';
import type { BidRow, JobRow, VehicleRow } from './jobs.repository.js';

/** How much of a job a viewer sees (docs/domain.md, Logistics: what a carrier sees before the award). */
export type JobAudience = 'full' | 'carrier' | 'winner';

const KM_PER_DEG_LAT = 111.32;

/** A point snapped to a ~1 km grid: where the goods go, without the house. */
export function approximate(lat: number, lon: number): { lat: number; lon: number; precisionM: number } {
  const stepLat = 1 / KM_PER_DEG_LAT;
  const stepLon = 1 / (KM_PER_DEG_LAT * Math.max(0.1, Math.cos((lat * Math.PI) / 180)));
  const snap = (v: number, step: number) => Math.round(Math.round(v / step) * step * 1e5) / 1e5;
  return { lat: snap(lat, stepLat), lon: snap(lon, stepLon), precisionM: 1000 };
}

export interface Rating {
  delivered: number;
  failed: number;
  onTime: number;
}

export function ratingView(r: Rating | undefined) {
  const delivered = r?.delivered ?? 0;
  const failed = r?.failed ?? 0;
  return {
    delivered,
    failed,
    /** Share of deliveries made within their window, 0–1; null before the first. */
    onTimeShare: delivered > 0 ? Math.round(((r?.onTime ?? 0) / delivered) * 100) / 100 : null,
  };
}

export function bodyView(body: string) {
  return { bodyType: body, bodyName: BODY_NAMES[body as BodyType] ?? body };
}

export function jobView(
  job: JobRow,
  now: Date,
  audience: JobAudience,
  extra: { lowestBidMinor: number | null; bidCount: number; distanceKm?: number | null },
) {
  const seesAll = audience !== 'carrier';
  return {
    id: job.id,
    status: job.status,
    subOrderId: job.subOrderId,
    orderNumber: job.orderNumber,
    pickup: {
      warehouseId: job.warehouseId,
      name: job.pickupName,
      address: job.pickupAddress,
      lat: job.pickupLat,
      lon: job.pickupLon,
      hours: job.pickupHours,
    },
    dropoff: seesAll
      ? { address: job.dropoffAddress, lat: job.dropoffLat, lon: job.dropoffLon, approximate: false }
      : { address: null, ...approximate(job.dropoffLat, job.dropoffLon), approximate: true },
    /** The person who takes the goods: the customer, the seller, admins and the winner only. */
    contact: seesAll ? job.contact : null,
    window: {
      from: job.windowFrom.toISOString(),
      to: job.windowTo.toISOString(),
      text: `${moscowText(job.windowFrom)} – ${moscowText(job.windowTo)}`,
    },
    unloading: job.unloading,
    load: {
      weightKg: Number(job.weightKg),
      volumeM3: Number(job.volumeM3),
      longestItemM: job.longestItemM === null ? null : Number(job.longestItemM),
      cargo: job.cargo,
      needsCrane: job.needsCrane,
      bodies: job.bodies.map(bodyView),
      vehicles: job.vehicles,
    },
    roadKm: Number(job.roadKm),
    distanceKm: extra.distanceKm ?? null,
    guidePriceMinor: job.guidePriceMinor,
    lowestBidMinor: extra.lowestBidMinor,
    bidCount: extra.bidCount,
    round: job.round,
    postedAt: job.postedAt.toISOString(),
    closesAt: job.closesAt.toISOString(),
    secondsLeft: job.status === 'open' ? Math.max(0, Math.floor((job.closesAt.getTime() - now.getTime()) / 1000)) : 0,
    awardedBidId: job.awardedBidId,
    confirmBy: job.confirmBy?.toISOString() ?? null,
    flagReason: job.flagReason,
  };
}

export function bidView(
  bid: BidRow,
  vehicle: VehicleRow | undefined,
  rating: Rating | undefined,
  carrier: { id: string; name: string } | null,
) {
  return {
    id: bid.id,
    jobId: bid.jobId,
    status: bid.status,
    priceMinor: bid.priceMinor,
    pickupAt: bid.pickupAt.toISOString(),
    vehicle: vehicle
      ? {
          ...bodyView(vehicle.bodyType),
          payloadKg: vehicle.payloadKg,
          bodyLengthM: Number(vehicle.bodyLengthM),
          crane: vehicle.crane,
        }
      : null,
    rating: ratingView(rating),
    /** The carrier's name shows once it has won; before the award bids are anonymous. */
    carrier,
    reason: bid.reason,
    createdAt: bid.createdAt.toISOString(),
  };
}
