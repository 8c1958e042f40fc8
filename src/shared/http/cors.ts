import type { FastifyCorsOptions } from '@fastify/cors';

/** Every method a route of this API answers: a preflight for any other is refused. */
const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * CORS from `CORS_ORIGINS`. Listed origins may send credentials (cookies, Authorization from a
 * browser session). `*` means any origin and therefore never credentials: reflecting any origin
 * with credentials would let every site on the web act as the user (`null` included).
 */
export function corsOptions(origins: readonly string[]): FastifyCorsOptions {
  if (origins.length === 0) return { origin: false };
  const common = {
    methods: API_METHODS,
    exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed', 'content-disposition'],
    maxAge: 600,
  };
  if (origins.includes('*')) return { ...common, origin: '*', credentials: false };
  return { ...common, origin: [...origins], credentials: true };
}
