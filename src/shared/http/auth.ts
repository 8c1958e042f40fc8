import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

import { AccountReadOnlyError, type Principal, type Role } from '../principal.js';

export type { Principal, Role } from '../principal.js';

/** Verifies a bearer token and answers who holds it; the users module provides it. */
export type AccessTokenVerifier = (token: string) => Promise<Principal>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A write a suspended (read-only) account may still make: ending its sessions, changing its password. */
    allowSuspended?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** preHandler: a valid access token is required. */
    authenticate: preHandlerAsyncHookHandler;
    /** preHandler: a valid access token of one of these roles is required. */
    requireRole: (...roles: Role[]) => preHandlerAsyncHookHandler;
    /** preHandler for public routes that show more to some callers: a token, when sent, must be valid. */
    authenticateIfPresent: preHandlerAsyncHookHandler;
  }
}

const READS = new Set(['GET', 'HEAD']);

function bearer(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  if (!m) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
  return m[1]!;
}

export const authPlugin = fp<{ verify: AccessTokenVerifier }>(
  async (app: FastifyInstance, { verify }) => {
    app.decorateRequest('principal', null);

    const authenticate: preHandlerAsyncHookHandler = async (request) => {
      const token = bearer(request);
      if (!token) throw new UnauthenticatedError();
      const principal = await verify(token);
      request.principal = principal;
      // One place for the read-only rule, so no write route can forget it.
      if (
        principal.status === 'suspended' &&
        !READS.has(request.method) &&
        !request.routeOptions.config.allowSuspended
      ) {
        throw new AccountReadOnlyError();
      }
    };
    app.decorate('authenticate', authenticate);
    app.decorate('authenticateIfPresent', async function (request, reply) {
      // An empty header is no token, as an absent one; anything else must verify.
      if (request.headers.authorization) await authenticate.call(this, request, reply);
    } as preHandlerAsyncHookHandler);
    app.decorate('requireRole', (...roles: Role[]) => {
      const guard: preHandlerAsyncHookHandler = async function (request, reply) {
        await authenticate.call(this, request, reply);
        if (!roles.includes(request.principal!.role)) {
          throw new ForbiddenError(`this action needs the role ${roles.join(' or ')}`);
        }
      };
      return guard;
    });
  },
  { name: 'tutuu-auth' },
);

/** The principal of an authenticated request (the guard ran before the handler). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthenticatedError();
  return request.principal;
}
