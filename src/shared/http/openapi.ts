import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { errorResponses } from './problem.js';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { withoutUnusedSchemas } from './openapi-components.js';
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
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // The document is served by the API itself, so its paths are relative to where it came from.
      servers: [{ url: '/' }],
      tags: [...services, 'health' as const].map((name) => ({ name, description: SERVICE_TAGS[name] })),
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          trackerDeviceKey: {
            type: 'apiKey',
            in: 'query',
            name: 'id',
            description:
              'A vehicle’s tracker device key (issued by POST /api/v1/logistics/vehicles/{id}/tracker-key); also ' +
              'taken as the form field id or deviceid, or the JSON field device_id.',
          },
          paymentSignature: {
            type: 'apiKey',
            in: 'header',
            name: 'Tutuu-Signature',
            description:
              'Not a fixed key: the provider signs each webhook, t=<unix seconds>,v1=<hex HMAC-SHA256 of ' +
              '"<t>.<raw body>"> with the shared webhook secret.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => withoutUnusedSchemas(jsonSchemaTransformObject(doc)),
  });
  app.addHook('onRoute', documentCommonErrors);
  if (!serve) return;
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

/**
 * The errors any route may answer whether its author listed them or not: the global rate limit
 * (429), validation of what it takes (400), a path segment too long (414), a body too large or
 * of another type (413, 415), a token that does not verify (401). Documentation only: problems
 * are sent as strings, so these schemas never shape an answer.
 */
function documentCommonErrors(route: RouteOptions): void {
  const schema = route.schema as
    | {
        hide?: boolean;
        params?: unknown;
        querystring?: unknown;
        body?: unknown;
        security?: unknown[];
        response?: Record<string, unknown>;
      }
    | undefined;
  if (!schema || schema.hide || !schema.response) return;
  const statuses = [429];
  if (schema.params || schema.querystring || schema.body) statuses.push(400);
  if (schema.params) statuses.push(414);
  if (schema.body) statuses.push(413, 415);
  if (schema.security?.some((s) => s && typeof s === 'object' && 'bearerAuth' in s)) statuses.push(401);
  const missing = statuses.filter((s) => !(s in schema.response!) && !(String(s) in schema.response!));
  schema.response = { ...schema.response, ...errorResponses(...missing) };
}
