import { z } from 'zod';
import { line } from '../../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../../shared/http/pagination.js';
import { bodyTypeField } from '../body-field.js';
import { BID_STATUSES, JOB_STATUSES } from '../logistics.tables.js';

const uuid = z.uuid('must be a UUID');
export const jobParams = z.object({ id: uuid });
export const bidParams = z.object({ id: uuid, bidId: uuid });
const MAX_BID_MINOR = 100_000_000_00;

/** `lat,lon` as a query parameter. */
const pointParam = z
  .string()
  .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'must be "lat,lon", e.g. 55.75,37.62')
  .transform((v) => {
    const [lat, lon] = v.split(',').map(Number) as [number, number];
    return { lat, lon };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, 'lat must be -90…90 and lon -180…180');

export const boardQuery = z.object({
  near: pointParam.optional().describe('Where to measure from (lat,lon); default: the base of your first vehicle'),
  radiusKm: z.coerce.number().min(1).max(3000).optional().describe('Only pickups within this straight distance'),
  body: bodyTypeField.optional().describe('Only jobs this body type of yours fits (id or Russian name)'),
  ...pageQuery,
});

export const postJobBody = z.object({ subOrderId: uuid });

export const bidBody = z.object({
  vehicleId: uuid,
  priceMinor: z.number('must be an integer number of kopecks').int('must be whole kopecks').min(100).max(MAX_BID_MINOR),
  pickupAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 time' }).transform((v) => new Date(v)),
});

export const awardBody = z.object({ bidId: uuid });
export const declineBody = z.object({ reason: line(500) });

export const adminJobsQuery = z.object({
  flagged: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  status: z.enum(JOB_STATUSES).optional(),
  ...pageQuery,
});

const body = z.object({ bodyType: z.string(), bodyName: z.string() });
const point = z.object({ lat: z.number(), lon: z.number() });
const rating = z.object({ delivered: z.number(), failed: z.number(), onTimeShare: z.number().nullable() });

export const bidView = z.object({
  id: z.string(),
  jobId: z.string(),
  status: z.enum(BID_STATUSES),
  priceMinor: z.number(),
  pickupAt: z.string(),
  vehicle: body.extend({ payloadKg: z.number(), bodyLengthM: z.number(), crane: z.boolean() }).nullable(),
  rating,
  carrier: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});

export const jobView = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  subOrderId: z.string(),
  orderNumber: z.string(),
  pickup: point.extend({ warehouseId: z.string(), name: z.string(), address: z.string(), hours: z.string() }),
  dropoff: point.extend({
    address: z.string().nullable(),
    approximate: z.boolean(),
    precisionM: z.number().optional(),
  }),
  contact: z.object({ name: z.string(), company: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  window: z.object({ from: z.string(), to: z.string(), text: z.string() }),
  unloading: z.string(),
  load: z.object({
    weightKg: z.number(),
    volumeM3: z.number(),
    longestItemM: z.number().nullable(),
    cargo: z.string(),
    needsCrane: z.boolean(),
    bodies: z.array(body),
    vehicles: z.number(),
  }),
  roadKm: z.number(),
  distanceKm: z.number().nullable(),
  guidePriceMinor: z.number(),
  lowestBidMinor: z.number().nullable(),
  bidCount: z.number(),
  round: z.number(),
  postedAt: z.string(),
  closesAt: z.string(),
  secondsLeft: z.number(),
  awardedBidId: z.string().nullable(),
  confirmBy: z.string().nullable(),
  flagReason: z.string().nullable(),
});

export const jobDetail = jobView.extend({
  bids: z.array(bidView),
  deliveryId: z
    .string()
    .nullable()
    .describe(
      'Its latest delivery once the winner confirmed (GET /api/v1/logistics/deliveries/{id}); carriers: their own only',
    ),
});
export const boardItem = jobView.extend({ myBidId: z.string().nullable() });
export const boardPage = pageOf(boardItem);
export const jobPage = pageOf(jobView);
export const placedBid = bidView.extend({ closesAt: z.string() });
export const confirmed = z.object({ deliveryId: z.string(), job: jobDetail });
