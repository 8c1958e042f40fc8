import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import type { Tracking } from './index.js';
import {
  deliveryView,
  idParams,
  ingestView,
  linkParams,
  positionsBody,
  replayView,
  shareLinkView,
  tokenParams,
} from './tracking.schemas.js';
import { logSerializers } from './url-tokens.js';

const secured = { tags: ['logistics'], security: [{ bearerAuth: [] }] };

/** Positions, the delivery's view and replay, share links and what they show. */
export async function trackingRoutes(app: FastifyInstance, { tracking }: { tracking: Tracking }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/deliveries/:id/positions',
    {
      preValidation: app.requireRole('carrier'),
      schema: {
        ...secured,
        operationId: 'reportDeliveryPositions',
        summary: 'Carrier: report a batch of positions of its delivery',
        description:
          'The awarded carrier, while the delivery is awarded, en route to the pickup, loaded or in transit (finished: 409; ' +
          'anyone else: 404). Points older than the newest usable one, or over 200 km/h from it, are kept but flagged and ' +
          'not used for the ETA; the usable ones move the ETA, record geofence arrivals and go out on the live stream. ' +
          'A fix more than 5 minutes ahead of the server clock is a 400.',
        params: idParams,
        body: positionsBody,
        response: { 201: ingestView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const points = req.body.points.map((p) => ({
        lat: p.lat,
        lon: p.lon,
        speedKmh: p.speedKmh ?? null,
        heading: p.heading === undefined ? null : p.heading % 360,
        accuracyM: p.accuracyM ?? null,
        at: new Date(p.at),
      }));
      const result = await tracking.positions.postBatch(principalOf(req), req.params.id, points);
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/deliveries/:id',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getDelivery',
        summary: 'A delivery: status, vehicle, route so far, distance left, ETA, timeline',
        description:
          'For the awarded carrier, the order’s customer, the seller and admins (others: 404). The route is simplified ' +
          '(Douglas–Peucker, 5 m) from usable positions; the ETA follows docs/domain.md (Tracking); suggestedStatus is ' +
          'what the geofences offer the carrier. The carrier’s price and the recipient’s contact: carrier and admins only.',
        params: idParams,
        response: { 200: deliveryView, ...errorResponses(400, 401, 404) },
      },
    },
    async (req) => tracking.views.forCaller(principalOf(req), req.params.id),
  );

  r.get(
    '/deliveries/:id/replay',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getDeliveryReplay',
        summary: 'A finished delivery’s route, point by point, with its timeline, to play back',
        description: 'Customer, seller, admins and the carrier; 409 while the delivery runs.',
        params: idParams,
        response: { 200: replayView, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (req) => tracking.views.replay(principalOf(req), req.params.id),
  );

  r.post(
    '/deliveries/:id/share-links',
    {
      preValidation: app.requireRole('customer'),
      schema: {
        ...secured,
        operationId: 'createShareLink',
        summary: 'Customer: a link to a read-only live view for whoever takes the goods on site',
        description:
          'The token is shown once. The link shows status, vehicle, route, ETA and timeline — no prices, no phones — ' +
          'and is dead once revoked or once the delivery has ended. 409 when the delivery has ended or has 10 live links.',
        params: idParams,
        response: { 201: shareLinkView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await tracking.shareLinks.create(principalOf(req), req.params.id)),
  );

  r.delete(
    '/deliveries/:id/share-links/:linkId',
    {
      preValidation: app.requireRole('customer', 'admin'),
      schema: {
        ...secured,
        operationId: 'revokeShareLink',
        summary: 'Customer (or admin): revoke a share link; its open streams end',
        params: linkParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await tracking.shareLinks.revoke(principalOf(req), req.params.id, req.params.linkId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/track/:token',
    {
      // The token is the credential: it never reaches a log line.
      logSerializers,
      schema: {
        operationId: 'getTrackedDelivery',
        tags: ['logistics'],
        security: [],
        summary: 'A share link’s read-only view of a delivery (no account needed)',
        description: '404 for an unknown or revoked link and once the delivery has ended.',
        params: tokenParams,
        response: { 200: deliveryView, ...errorResponses(400, 404) },
      },
    },
    async (req) => tracking.trackView(req.params.token),
  );
}
