import { z } from 'zod';
import { line } from '../../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../../shared/http/pagination.js';
import { bidView } from '../jobs/jobs.schemas.js';
import { BID_STATUSES, DELIVERY_STATUSES } from '../logistics.tables.js';

export const deliveryParams = z.object({ id: z.uuid('must be a UUID') });

export const statusBody = z.object({
  status: z.enum(['en_route_to_pickup', 'loaded', 'in_transit', 'delivered', 'failed']),
  recipientName: line(200).optional().describe('Who took the goods (required for delivered)'),
  reason: line(1000).optional().describe('Why it failed (required for failed)'),
});

export const deliveryStatusView = z.object({
  id: z.string(),
  jobId: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  priceMinor: z.number(),
  recipientName: z.string().nullable(),
  failReason: z.string().nullable(),
  updatedAt: z.string(),
});

export const myBidsQuery = z.object({ status: z.enum(BID_STATUSES).optional(), ...pageQuery });
export const myDeliveriesQuery = z.object({ state: z.enum(['active', 'done']).optional(), ...pageQuery });
export const earningsQuery = z.object({ year: z.coerce.number().int().min(2020).max(2100).optional() });

export const myBidsPage = pageOf(
  bidView.extend({ job: z.object({ status: z.string(), orderNumber: z.string(), closesAt: z.string() }) }),
);
export const myDeliveriesPage = pageOf(
  z.object({
    id: z.string(),
    jobId: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    priceMinor: z.number(),
    vehicleId: z.string(),
    orderNumber: z.string(),
    pickupAddress: z.string(),
    dropoffAddress: z.string(),
    window: z.object({ from: z.string(), to: z.string() }),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  }),
);
export const earningsView = z.object({
  year: z.number(),
  months: z.array(z.object({ month: z.string(), deliveries: z.number(), earnedMinor: z.number() })),
  totalMinor: z.number(),
});
