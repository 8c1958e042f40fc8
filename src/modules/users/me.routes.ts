import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../shared/http/auth.js';
import { errorResponses } from '../../shared/http/problem.js';
import type { AccountService } from './account.service.js';
import {
  deviceIdParams,
  deviceView,
  passwordChangeBody,
  profilePatch,
  revokedBody,
  userView,
} from './users.schemas.js';

export async function meRoutes(app: FastifyInstance, { account }: { account: AccountService }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const common = { tags: ['users'], security: [{ bearerAuth: [] }] };
  // preValidation, not preHandler: who is calling is settled before their input is judged.
  app.addHook('preValidation', app.authenticate);

  r.get(
    '/me',
    {
      schema: {
        ...common,
        operationId: 'getMe',
        summary: 'The current user',
        response: { 200: userView, ...errorResponses(401, 403) },
      },
    },
    async (request) => account.me(principalOf(request)),
  );

  r.patch(
    '/me',
    {
      schema: {
        ...common,
        operationId: 'updateMe',
        summary: 'Update name, phone or company requisites',
        body: profilePatch,
        response: { 200: userView, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request) => account.updateMe(principalOf(request), request.body),
  );

  r.post(
    '/me/password',
    {
      // Securing an account is not trading: a suspended (read-only) one may still do it.
      config: { allowSuspended: true },
      schema: {
        ...common,
        operationId: 'changeMyPassword',
        summary: 'Change the password; every other session is revoked',
        body: passwordChangeBody,
        response: { 200: revokedBody, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) =>
      account.changePassword(principalOf(request), request.body.currentPassword, request.body.newPassword, request.ip),
  );

  r.get(
    '/me/devices',
    {
      schema: {
        ...common,
        operationId: 'listMyDevices',
        summary: 'Devices with live sessions',
        response: { 200: z.object({ items: z.array(deviceView) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await account.devices(principalOf(request)) }),
  );

  r.delete(
    '/me/devices/:deviceId',
    {
      config: { allowSuspended: true },
      schema: {
        ...common,
        operationId: 'revokeMyDevice',
        summary: "Revoke a device's sessions",
        params: deviceIdParams,
        response: { 200: revokedBody, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => account.revokeDevice(principalOf(request), request.params.deviceId),
  );
}
