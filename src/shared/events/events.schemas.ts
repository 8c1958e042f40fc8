import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.js';

const source = z.enum(['event', 'deadline']).describe('An outbox event or a deadline');

export const deadListQuery = z.object(pageQuery);

export const deadItemParams = z.object({ id: z.uuid() });

export const deadItemView = z
  .object({
    id: z.uuid(),
    source,
    type: z.string().describe('The event type (order.paid) or the deadline kind (order.payment_expiry)'),
    key: z.string().nullable().describe('What it is about, usually an aggregate id'),
    payload: z.record(z.string(), z.unknown()),
    attempts: z.number().int(),
    lastError: z.string().nullable().describe("The failing handlers' last error messages"),
    createdAt: z.iso.datetime(),
    failedAt: z.iso.datetime().describe('When it was parked as dead'),
    dueAt: z.iso.datetime().nullable().describe('Deadlines only'),
  })
  .meta({ id: 'DeadEvent' });

export const deadItemPage = pageOf(deadItemView);

export const requeuedItemView = z
  .object({
    id: z.uuid(),
    source,
    type: z.string(),
    key: z.string().nullable(),
    status: z.literal('pending'),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime(),
  })
  .meta({ id: 'RequeuedEvent' });
