import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import {
  adminJobsQuery,
  awardBody,
  bidBody,
  bidParams,
  boardPage,
  boardQuery,
  confirmed,
  declineBody,
  jobDetail,
  jobPage,
  jobParams,
  placedBid,
  postJobBody,
} from './jobs.schemas.js';
import type { JobsService } from './jobs.service.js';
import type { AdminJobs } from './admin-jobs.js';

const secured = { tags: ['logistics'], security: [{ bearerAuth: [] }] };

/** Delivery jobs: posting, the board, bids, the award and the winner's answer. */
export async function jobsRoutes(app: FastifyInstance, s: { jobs: JobsService; admin: AdminJobs }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const carrier = app.requireRole('carrier');

  r.post(
    '/jobs',
    {
      preValidation: app.requireRole('seller', 'admin'),
      schema: {
        ...secured,
        operationId: 'postDeliveryJob',
        summary: 'Put a delivery sub-order out to carriers before it is ready (from confirmed on)',
        description:
          'Jobs are also posted automatically when a delivery sub-order becomes ready. Posting again answers the same job (200).',
        body: postJobBody,
        response: { 201: jobDetail, 200: jobDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const made = await s.jobs.post(principalOf(req), req.body.subOrderId);
      return reply.code(made.created ? 201 : 200).send(made.job);
    },
  );

  r.get(
    '/jobs',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'listJobBoard',
        summary: 'The job board: open jobs one of your vehicles fits, nearest pickup first',
        description:
          'Before the award the drop-off is shown to about 1 km and without the receiver; the lowest bid shows, not who made it.',
        querystring: boardQuery,
        response: { 200: boardPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.jobs.board(principalOf(req), req.query),
  );

  r.get(
    '/jobs/:id',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getDeliveryJob',
        summary: 'One delivery job with its bids (to its customer, seller, admins; carriers see their own bids)',
        params: jobParams,
        response: { 200: jobDetail, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => s.jobs.get(principalOf(req), req.params.id),
  );

  r.post(
    '/jobs/:id/bids',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'placeBid',
        summary: 'Bid on a job: a price and a pickup time with one of your vehicles that fits',
        description:
          'A new bid must be lower than your previous one (409 LOGISTICS.BID_NOT_LOWER); a bid in the last 5 minutes moves the close to 5 minutes after it.',
        params: jobParams,
        body: bidBody,
        response: { 201: placedBid, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.jobs.bid(principalOf(req), req.params.id, req.body)),
  );

  r.delete(
    '/jobs/:id/bids/:bidId',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'withdrawBid',
        summary: 'Withdraw your bid before the close',
        params: bidParams,
        response: { 204: z.null().describe('Withdrawn'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await s.jobs.withdraw(principalOf(req), req.params.id, req.params.bidId);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/jobs/:id/award',
    {
      preValidation: app.requireRole('customer', 'seller', 'admin'),
      schema: {
        ...secured,
        operationId: 'awardBid',
        summary: 'Award a bid before the close (the customer or seller of the sub-order, or an admin)',
        description:
          'Any active bid within the guide price; above it only an admin may award (409 LOGISTICS.BID_ABOVE_GUIDE): the customer is never charged the difference.',
        params: jobParams,
        body: awardBody,
        response: { 200: jobDetail, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.jobs.award(principalOf(req), req.params.id, req.body.bidId),
  );

  r.post(
    '/jobs/:id/confirm',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'confirmAward',
        summary: 'The winner confirms the award: its delivery starts',
        params: jobParams,
        response: { 200: confirmed, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.jobs.confirm(principalOf(req), req.params.id),
  );

  r.post(
    '/jobs/:id/decline',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'declineAward',
        summary: 'The winner declines the award: the next-best bid wins, or the job goes back out',
        params: jobParams,
        body: declineBody,
        response: { 204: z.null().describe('Declined'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await s.jobs.decline(principalOf(req), req.params.id, req.body.reason);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/admin/jobs',
    {
      preValidation: app.requireRole('admin'),
      schema: {
        ...secured,
        operationId: 'listJobsForAdmin',
        summary: 'Delivery jobs for admins; ?flagged=true lists those nobody covered at the guide price',
        querystring: adminJobsQuery,
        response: { 200: jobPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.admin.list(req.query),
  );
}
