import { z } from 'zod';
import { positiveQuantity } from '../../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../../shared/http/pagination.js';
import { RETURN_STATUSES } from './returns.tables.js';

const reason = z.string().trim().min(1, 'say why').max(1000);

export const returnRequestBody = z.object({
  subOrderId: z.uuid('must be a UUID'),
  reason,
  lines: z
    .array(z.object({ lineId: z.uuid('must be a UUID'), quantity: positiveQuantity }))
    .min(1)
    .max(200)
    .optional()
    .describe('Lines and quantities to send back; omitted: everything of the part not yet returned'),
});

export const acceptReturnBody = z
  .object({
    restockWarehouseId: z.uuid('must be a UUID').optional().describe('Put the goods back on this warehouse’s stock'),
    refundDelivery: z.boolean().optional().describe('Give the part’s delivery back too (not by default)'),
  })
  .strict();

export const refuseReturnBody = z.object({ reason });

export const returnsQuery = z.object({
  status: z.enum(RETURN_STATUSES).optional(),
  orderId: z.uuid('must be a UUID').optional(),
  ...pageQuery,
});

export const returnIdParams = z.object({ returnId: z.uuid('must be a UUID') });

export const returnView = z
  .object({
    id: z.string(),
    orderId: z.string(),
    subOrderId: z.string(),
    status: z.enum(RETURN_STATUSES),
    reason: z.string(),
    lines: z.array(
      z.object({
        lineId: z.string(),
        offerId: z.string().nullable(),
        name: z.string(),
        unit: z.string(),
        quantity: z.string(),
        amountMinor: z.number().int(),
      }),
    ),
    requestedAt: z.string(),
    resolvedAt: z.string().nullable(),
    refusalReason: z.string().nullable(),
    restockWarehouseId: z.string().nullable(),
    refundDelivery: z.boolean(),
    refundMinor: z.number().int().describe('Paid back by this return (kopecks)'),
  })
  .meta({ id: 'Return' });

export const returnsPage = pageOf(returnView);
