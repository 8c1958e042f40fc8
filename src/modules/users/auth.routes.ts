import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../shared/http/auth.js';
import { errorResponses } from '../../shared/http/problem.js';
import type { AuthService } from './auth.service.js';
import { clientInfo } from './client-info.js';
import { authResult, deviceHeaders, loginBody, refreshBody, registerBody, revokedBody } from './users.schemas.js';

export interface AuthRoutesOptions {
  auth: AuthService;
  /** Requests per IP per window on these routes, stricter than the global limit. */
  rateLimit: { max: number; timeWindow: number };
}

export async function authRoutes(app: FastifyInstance, { auth, rateLimit }: AuthRoutesOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { rateLimit };
  const tags = ['users'];

  r.post(
    '/auth/register',
    {
      config,
      schema: {
        operationId: 'register',
        security: [],
        tags,
        summary: 'Create an account (customer, seller or carrier)',
        description:
          'Sellers and carriers give a company with a valid ИНН and start pending until an admin approves them.',
        headers: deviceHeaders,
        body: registerBody,
        response: { 201: authResult, ...errorResponses(400, 409, 415, 429) },
      },
    },
    async (request, reply) => {
      const result = await auth.register(request.body, clientInfo(request));
      return reply.code(201).send(result);
    },
  );

  r.post(
    '/auth/login',
    {
      config,
      schema: {
        operationId: 'login',
        security: [],
        tags,
        summary: 'Log in with email and password',
        headers: deviceHeaders,
        body: loginBody,
        response: { 200: authResult, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => auth.login(request.body.email, request.body.password, clientInfo(request)),
  );

  r.post(
    '/auth/refresh',
    {
      config,
      schema: {
        operationId: 'refreshSession',
        // The refresh token in the body is the credential.
        security: [],
        tags,
        summary: 'Rotate the token pair',
        description:
          'A refresh token works once. Presenting a used one again revokes the whole login (theft detection).',
        headers: deviceHeaders,
        body: refreshBody,
        response: { 200: authResult, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => auth.refresh(request.body.refreshToken, clientInfo(request)),
  );

  r.post(
    '/auth/logout',
    {
      schema: {
        operationId: 'logout',
        // The refresh token in the body is the credential.
        security: [],
        tags,
        summary: 'End the session this refresh token belongs to',
        body: refreshBody,
        response: { 204: z.null().describe('Logged out'), ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      await auth.logout(request.body.refreshToken);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/auth/logout-all',
    {
      preHandler: app.authenticate,
      // A suspended (read-only) account may still end its own sessions.
      config: { allowSuspended: true },
      schema: {
        operationId: 'logoutEverywhere',
        tags,
        summary: 'End every session of the current user, on every device',
        security: [{ bearerAuth: [] }],
        response: { 200: revokedBody, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ revokedSessions: await auth.logoutAll(principalOf(request)) }),
  );
}
