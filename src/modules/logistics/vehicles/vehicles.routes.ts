import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import {
  idParams,
  issuedKeyView,
  listQuery,
  vehicleBody,
  vehiclePage,
  vehiclePatch,
  vehicleView,
} from './vehicles.schemas.js';
import type { VehiclesService } from './vehicles.service.js';

const secured = { tags: ['logistics'], security: [{ bearerAuth: [] }] };

/** A carrier's vehicles and their trackers' device keys, under /api/v1/logistics. */
export async function vehiclesRoutes(app: FastifyInstance, s: { vehicles: VehiclesService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const reader = app.requireRole('carrier', 'admin');
  const carrier = app.requireRole('carrier');

  r.get(
    '/vehicles',
    {
      preValidation: reader,
      schema: {
        ...secured,
        operationId: 'listVehicles',
        summary: 'Carrier: your vehicles, newest first (admins: everyone’s, or one carrier’s with carrierId)',
        querystring: listQuery,
        response: { 200: vehiclePage, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => s.vehicles.list(principalOf(req), req.query),
  );
  r.post(
    '/vehicles',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'createVehicle',
        summary: 'Carrier: add a vehicle',
        description: '409 LOGISTICS.PLATE_TAKEN when another live vehicle has the plate.',
        body: vehicleBody,
        response: { 201: vehicleView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await s.vehicles.create(principalOf(req), req.body)),
  );
  r.get(
    '/vehicles/:id',
    {
      preValidation: reader,
      schema: {
        ...secured,
        operationId: 'getVehicle',
        summary: 'Carrier: one of your vehicles, with whether its tracker key is live (admins: any)',
        params: idParams,
        response: { 200: vehicleView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => s.vehicles.get(principalOf(req), req.params.id),
  );
  r.patch(
    '/vehicles/:id',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'updateVehicle',
        summary: 'Carrier: edit a vehicle',
        description:
          'Plate, name and base always; body type, payload, volume, length and crane not while the vehicle ' +
          'has a delivery under way or an award to confirm (409 LOGISTICS.VEHICLE_BUSY).',
        params: idParams,
        body: vehiclePatch,
        response: { 200: vehicleView, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => s.vehicles.update(principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/vehicles/:id',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'deleteVehicle',
        summary: 'Carrier: remove a vehicle (its live bids are withdrawn, its tracker key revoked)',
        description: '409 LOGISTICS.VEHICLE_BUSY while it has a delivery under way or an award to confirm.',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      await s.vehicles.remove(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/vehicles/:id/tracker-key',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'issueTrackerKey',
        summary: 'Carrier: a new device key for the vehicle’s phone tracker (Traccar Client, OsmAnd)',
        description:
          'The key is shown only in this answer and replaces the vehicle’s previous one. Put setup.serverUrl ' +
          'in Traccar Client as the server address and the key as the device identifier.',
        params: idParams,
        response: { 201: issuedKeyView, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const origin = `${req.protocol}://${req.host}`;
      return reply.code(201).send(await s.vehicles.issueTrackerKey(principalOf(req), req.params.id, origin));
    },
  );
  r.delete(
    '/vehicles/:id/tracker-key',
    {
      preValidation: carrier,
      schema: {
        ...secured,
        operationId: 'revokeTrackerKey',
        summary: 'Carrier: revoke the vehicle’s tracker key (its tracker’s positions are no longer taken)',
        params: idParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await s.vehicles.revokeTrackerKey(principalOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
