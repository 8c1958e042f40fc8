import { z } from 'zod';
import { DELIVERY_STATUSES } from '../logistics.tables.js';
import { MAX_BATCH } from './positions.service.js';

export const idParams = z.object({ id: z.uuid('must be a UUID') });
export const linkParams = z.object({ id: z.uuid('must be a UUID'), linkId: z.uuid('must be a UUID') });
export const tokenParams = z.object({
  token: z.string().min(1).max(128).describe('The share link’s token, as it was shown once'),
});

export const liveQuery = z.object({
  access_token: z
    .string()
    .min(1)
    .max(4096)
    .optional()
    .describe('The access token, for browsers’ WebSocket, which cannot send an Authorization header'),
});

const point = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  speedKmh: z.number().min(0).max(1000).optional().describe('Speed over ground, km/h'),
  heading: z.number().min(0).max(360).optional().describe('Degrees clockwise from north'),
  accuracyM: z.number().min(0).max(100_000).optional().describe('Horizontal accuracy, metres'),
  at: z.iso.datetime({ offset: true }).describe('When the device took the fix (ISO 8601)'),
});

export const positionsBody = z.object({
  points: z
    .array(point)
    .min(1)
    .max(MAX_BATCH)
    .describe(`1–${MAX_BATCH} fixes in any order; they are judged in time order`),
});

export const suggestedStatusView = z
  .object({
    status: z.enum(['loaded', 'in_transit', 'delivered']),
    reason: z.string(),
    requiresProof: z.boolean().describe('Delivered still takes the recipient’s name (and a photo if there is one)'),
  })
  .nullable()
  .describe('The next status the geofences suggest to the carrier; never taken without the carrier');

export const ingestView = z.object({
  accepted: z.number().int(),
  usable: z.number().int().describe('Points used for the ETA and the live stream'),
  flagged: z.object({
    outOfOrder: z.number().int().describe('Not newer than the newest usable point (or older than the delivery)'),
    implausible: z.number().int().describe('Over 200 km/h from the previous usable point'),
  }),
  remainingKm: z.number().nullable(),
  etaAt: z.string().nullable(),
  minutesLeft: z.number().int().nullable(),
  suggestedStatus: suggestedStatusView,
});

const livePointView = z.object({
  lat: z.number(),
  lon: z.number(),
  at: z.string(),
  speedKmh: z.number().nullable(),
  heading: z.number().nullable(),
});

const timelineEntry = z.object({
  kind: z.string().describe('A status, arrived_at_pickup, arrived_at_dropoff or arriving_soon'),
  at: z.string(),
  text: z.string().describe('With Moscow time, for a person to read'),
  reason: z.string().nullable().optional(),
});

export const deliveryView = z
  .object({
    id: z.uuid().optional(),
    jobId: z.uuid().optional(),
    orderId: z.uuid().optional(),
    orderNumber: z.string().optional(),
    subOrderId: z.uuid().optional(),
    status: z.enum(DELIVERY_STATUSES),
    statusText: z.string(),
    pickup: z.object({ name: z.string(), address: z.string(), lat: z.number(), lon: z.number() }),
    dropoff: z.object({ address: z.string(), lat: z.number(), lon: z.number() }),
    window: z.object({ from: z.string(), to: z.string() }),
    vehicle: z.object({
      bodyType: z.string(),
      bodyName: z.string(),
      name: z.string().optional(),
      plate: z.string(),
    }),
    priceMinor: z.number().int().optional().describe('The carrier’s price: the carrier and admins only'),
    contact: z
      .object({ name: z.string(), company: z.string().nullable(), phone: z.string().nullable() })
      .optional()
      .describe('Who receives the goods: the carrier and admins only'),
    recipientName: z.string().nullable().optional(),
    lastPosition: livePointView.nullable(),
    route: z.object({
      points: z.array(z.tuple([z.number(), z.number()])).describe('[lat, lon] pairs, simplified (Douglas–Peucker)'),
      positions: z.number().int().describe('Usable positions the route was drawn from'),
      toleranceM: z.number(),
    }),
    remainingKm: z
      .number()
      .nullable()
      .describe('Road km still to drive to the drop-off (via the pickup before loading)'),
    etaAt: z.string().nullable(),
    etaText: z.string().nullable(),
    minutesLeft: z.number().int().nullable(),
    suggestedStatus: suggestedStatusView,
    timeline: z.array(timelineEntry),
    createdAt: z.string().optional(),
    deliveredAt: z.string().nullable().optional(),
  })
  .meta({ id: 'TrackedDelivery' });

export const snapshotView = z.object({ type: z.literal('snapshot'), delivery: deliveryView });

export const replayView = z.object({
  id: z.uuid(),
  status: z.enum(DELIVERY_STATUSES),
  statusText: z.string(),
  points: z.array(livePointView).describe('Every usable point, in time order'),
  timeline: z.array(timelineEntry),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});

export const shareLinkView = z.object({
  id: z.uuid(),
  token: z.string().describe('Shown once: only its hash is kept'),
  url: z.string().describe('The read-only view (GET)'),
  liveUrl: z.string().describe('Its live stream (WebSocket or SSE)'),
  createdAt: z.string(),
});

const osmandParam = z.string().max(200).optional();
export const osmandQuery = z
  .object({
    id: osmandParam.describe('The device key issued for the vehicle (POST /vehicles/{id}/tracker-key)'),
    deviceid: osmandParam.describe('Same as id'),
    lat: osmandParam,
    lon: osmandParam,
    location: osmandParam.describe('"lat,lon", instead of lat and lon'),
    timestamp: osmandParam.describe('Unix seconds or milliseconds, ISO 8601, or yyyy-MM-dd HH:mm:ss (UTC)'),
    speed: osmandParam.describe('Knots, as Traccar Client and OsmAnd send it'),
    bearing: osmandParam.describe('Degrees'),
    heading: osmandParam.describe('Same as bearing'),
    altitude: osmandParam,
    accuracy: osmandParam.describe('Metres'),
    batt: osmandParam.describe('Battery, %: taken, not kept'),
  })
  .catchall(z.union([z.string().max(200), z.array(z.string().max(200)).max(20)]));
