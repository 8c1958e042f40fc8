import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '../../../shared/errors.js';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import { guardedValidatorCompiler } from '../../../shared/http/validation.js';
import type { CarrierCabinet } from './cabinet.service.js';
import { PhotoTooLargeError } from './deliveries.errors.js';
import {
  deliveryParams,
  deliveryStatusView,
  earningsQuery,
  earningsView,
  myBidsPage,
  myBidsQuery,
  myDeliveriesPage,
  myDeliveriesQuery,
  statusBody,
} from './deliveries.schemas.js';
import type { DeliveriesService } from './deliveries.service.js';

const secured = { tags: ['logistics'], security: [{ bearerAuth: [] }] };

/** The carrier moves its deliveries; its cabinet. */
export async function deliveriesRoutes(
  app: FastifyInstance,
  s: { deliveries: DeliveriesService; cabinet: CarrierCabinet; clock: { now(): Date }; maxBytes: number },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const carrier = app.requireRole('carrier');

  r.post(
    '/deliveries/:id/status',
    {
      preValidation: app.requireRole('carrier', 'admin'),
      schema: {
        ...secured,
        operationId: 'moveDelivery',
        summary: 'The carrier reports the next step: en_route_to_pickup → loaded → in_transit → delivered, or failed',
        description:
          'delivered needs recipientName (the proof; attach a photo with POST …/proof-photo); failed needs a reason and puts the job ' +
          'back out. Each step is mirrored onto the sub-order (loaded → handed_to_carrier, in_transit, delivered; failed → ready).',
        params: deliveryParams,
        body: statusBody,
        response: { 200: deliveryStatusView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const d = await s.deliveries.move(principalOf(req), req.params.id, req.body);
      return {
        id: d.id,
        jobId: d.jobId,
        status: d.status,
        priceMinor: d.priceMinor,
        recipientName: d.recipientName,
        failReason: d.failReason,
        updatedAt: d.updatedAt.toISOString(),
      };
    },
  );

  // The photo bytes: a plain route, the answer is an image.
  app.get(
    '/deliveries/:id/proof-photo',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getProofPhoto',
        summary: 'The proof-of-delivery photo (the carrier, the customer, the seller, admins)',
        params: deliveryParams,
        response: {
          200: { description: 'The image', content: { 'image/*': { schema: z.string().meta({ format: 'binary' }) } } },
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const photo = await s.deliveries.photo(principalOf(req), id);
      return reply.type(photo.type).header('cache-control', 'private, max-age=3600').send(photo.data);
    },
  );

  r.get(
    '/me/bids',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'listMyBids',
        summary: 'Carrier: my bids, newest first, with their status and job',
        querystring: myBidsQuery,
        response: { 200: myBidsPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.cabinet.bids(principalOf(req), req.query),
  );

  r.get(
    '/me/deliveries',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'listMyDeliveries',
        summary: 'Carrier: my deliveries (state=active: under way; done: delivered, failed, cancelled)',
        querystring: myDeliveriesQuery,
        response: { 200: myDeliveriesPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.cabinet.deliveries(principalOf(req), req.query),
  );

  r.get(
    '/me/earnings',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'getMyEarnings',
        summary:
          'Carrier: what my delivered deliveries earned, per Moscow calendar month of a year (default: this one)',
        querystring: earningsQuery,
        response: { 200: earningsView, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.cabinet.earnings(principalOf(req), req.query.year ?? s.clock.now().getUTCFullYear()),
  );

  await app.register(proofPhotoUpload, { deliveries: s.deliveries, maxBytes: s.maxBytes });
}

/** Zod checks the params; the multipart body is read as a stream in the handler. */
const skipBodyValidation: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body' ? () => true : guardedValidatorCompiler(route);

async function proofPhotoUpload(app: FastifyInstance, s: { deliveries: DeliveriesService; maxBytes: number }) {
  await app.register(multipart, { limits: { fileSize: s.maxBytes, files: 1, fields: 5, parts: 10, fieldSize: 1024 } });
  app.addContentTypeParser('*', (_req, _payload, done) => done(null));
  app.withTypeProvider<ZodTypeProvider>().post(
    '/deliveries/:id/proof-photo',
    {
      preValidation: app.requireRole('carrier'),
      validatorCompiler: skipBodyValidation,
      schema: {
        ...secured,
        operationId: 'uploadProofPhoto',
        summary:
          'The carrier attaches a photo of the goods handed over (JPEG, PNG, WebP or HEIC, multipart field "photo")',
        consumes: ['multipart/form-data'],
        params: deliveryParams,
        body: z.object({ photo: z.string().meta({ format: 'binary' }) }),
        response: {
          201: z.object({ photoUrl: z.string() }),
          ...errorResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (req, reply) => {
      const data = await readPhoto(req, s.maxBytes);
      return reply.code(201).send(await s.deliveries.attachPhoto(principalOf(req), req.params.id, data));
    },
  );
}

async function readPhoto(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  const missing = new ValidationError([{ path: 'photo', message: 'attach the image as the multipart field "photo"' }]);
  if (!req.isMultipart()) throw missing;
  const part = await req.file().catch(() => {
    throw missing;
  });
  if (!part || part.fieldname !== 'photo') {
    part?.file.resume();
    throw missing;
  }
  try {
    return await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new PhotoTooLargeError(maxBytes);
    throw missing;
  }
}
