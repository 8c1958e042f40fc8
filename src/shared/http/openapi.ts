import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { ServiceName } from '../../config.js';

const SERVICE_TAGS: Record<ServiceName | 'health', string> = {
  users: 'Accounts, sessions and devices; admin approval of sellers and carriers',
  catalog: 'Products, offers, warehouses, stock, search',
  orders: 'Cart, checkout, orders, payments',
  logistics: 'Delivery jobs, bids, tracking',
  insights: 'Recommendations, forecasts, market trends',
  health: 'Liveness and readiness',
};

/**
 * OpenAPI 3.1 built from the routes' zod schemas (`app.swagger()`), served at /openapi.json with
 * Swagger UI at /docs when `serve` is set (API_DOCS; off in production unless asked for).
 */
export async function registerOpenApi(
  app: FastifyInstance,
  services: readonly ServiceName[],
  { serve }: { serve: boolean },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'TUTUU Market API',
        version: '1.0.0',
        description:
          'Marketplace of construction materials. Errors are application/problem+json (RFC 9457) ' +
          'with a stable `code`; money is integer kopecks in fields ending in `Minor`.',
      },
      tags: [...services, 'health' as const].map((name) => ({ name, description: SERVICE_TAGS[name] })),
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  if (!serve) return;
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
