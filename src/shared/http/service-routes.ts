import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SERVICE_NAMES, type ServiceName } from '../../config.js';
import { problem, sendProblem } from './problem.js';

export type ServiceRoutes = (scope: FastifyInstance) => Promise<void>;

/**
 * Mounts every service's routes under `/api/v1/<name>`, whatever SERVICES says, so every process
 * documents the whole API in one /openapi.json (docs/adr/0015). The services this process does
 * not serve answer 404 before anything reads the request: in a split deployment nginx's routing
 * is the only way to reach a service.
 */
export async function mountServices(
  app: FastifyInstance,
  served: readonly ServiceName[],
  routes: Record<ServiceName, ServiceRoutes>,
): Promise<void> {
  for (const name of SERVICE_NAMES) {
    await app.register(
      async (scope) => {
        if (!served.includes(name)) scope.addHook('onRequest', notServedHere(name, served));
        await scope.register(routes[name]);
      },
      { prefix: `/api/v1/${name}` },
    );
  }
}

function notServedHere(name: ServiceName, served: readonly ServiceName[]) {
  const detail =
    `no route here: the ${name} service is not served by this process (SERVICES=${served.join(',')}); ` +
    `reach it through the proxy`;
  return async (_request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, problem(404, 'HTTP.NOT_FOUND', detail, { service: name }));
}
