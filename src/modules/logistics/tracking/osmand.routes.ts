import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../shared/http/problem.js';
import type { Tracking } from './index.js';
import { readTrackerRequest } from './osmand.js';
import { osmandQuery } from './tracking.schemas.js';

/** A phone reporting every second, with room for a buffer sent after a tunnel. */
export const DEVICE_REPORTS_PER_MINUTE = 600;

/** A form body's fields, a repeated one as a list (Traccar sends `cell` and `wifi` more than once). */
function formFields(body: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const had = fields[key];
    fields[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return fields;
}

/** The device key a request reports with (query, form or JSON), for the rate limit; the address without one. */
function deviceOf(req: FastifyRequest): string {
  const q = req.query as Record<string, unknown>;
  const b = (req.body ?? {}) as Record<string, unknown>;
  const key = [q.id, q.deviceid, b.id, b.deviceid, b.device_id].find(
    (v) => typeof v === 'string' || typeof v === 'number',
  );
  return key === undefined ? `ip:${req.ip}` : `device:${String(key).trim().toLowerCase().slice(0, 64)}`;
}

/**
 * The OsmAnd / Traccar Client protocol (osmand.ts): a phone app set up with the server URL
 * `…/api/v1/logistics/osmand` and the vehicle's device key as its identifier reports positions
 * with no other credential. 200 only when the point is stored — Traccar Client keeps a point and
 * sends it again until it gets a 200.
 */
export async function osmandRoutes(app: FastifyInstance, { tracking }: { tracking: Tracking }): Promise<void> {
  // This plugin's own context: the app takes no form bodies anywhere else.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => done(null, formFields(body as string)),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Limited per device, not per address: a fleet's phones often share one carrier-grade NAT
  // address. Counted once the body is read (the JSON form names its device there). One limiter
  // for both methods' routes, so a device has one allowance however it reports.
  const perDevice = app.rateLimit({ keyGenerator: deviceOf, max: DEVICE_REPORTS_PER_MINUTE, timeWindow: 60_000 });
  // One route per method, so each has an operation name of its own in the OpenAPI document.
  for (const [method, operationId] of [
    ['GET', 'reportTrackerPositionByQuery'],
    ['POST', 'reportTrackerPosition'],
  ] as const)
    r.route({
      method,
      url: '/osmand',
      // The global per-address limit gives way to the per-device one.
      config: { rateLimit: false },
      preHandler: perDevice,
      schema: {
        tags: ['logistics'],
        operationId,
        // The device key is the credential (query `id`, or the form / JSON field named below).
        security: [{ trackerDeviceKey: [] }],
        summary: 'Phone trackers (OsmAnd, Traccar Client): report a position by device key',
        description:
          'Query or form parameters id=<device key>&lat=&lon=&timestamp=&speed=&bearing=&altitude=&accuracy=&batt= ' +
          '(speed in knots; timestamp Unix seconds or milliseconds, or ISO 8601), or the JSON body Traccar Client sends: ' +
          '{"device_id": key, "location": {"timestamp", "coords": {"latitude", "longitude", "speed" (m/s), "heading", ' +
          '"accuracy", "altitude"}, …}} (location may be a list). The key goes to its vehicle’s delivery under way. ' +
          'Unknown or revoked key: 404; no delivery under way: 409; 200 only when stored. At most 600 reports a minute ' +
          'per device key (429 beyond).',
        querystring: osmandQuery,
        response: {
          200: z.object({ stored: z.number().int(), usable: z.number().int() }),
          ...errorResponses(400, 404, 409, 415, 429),
        },
      },
      handler: async (req) => {
        const report = readTrackerRequest({
          query: req.query,
          body: req.body,
          contentType: req.headers['content-type'],
          now: tracking.now(),
        });
        const result = await tracking.positions.postFromTracker(report.key, report.points, report.source);
        return { stored: result.accepted, usable: result.usable };
      },
    });
}
