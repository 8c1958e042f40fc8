import type { FastifyRequest } from 'fastify';
import type { ClientInfo } from './auth.service.js';

/** The request's origin, recorded with a session (IP honours TRUST_PROXY). */
export function clientInfo(request: FastifyRequest): ClientInfo {
  const device = request.headers['x-device-id'];
  return {
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 500),
    deviceId: typeof device === 'string' ? device : undefined,
  };
}
