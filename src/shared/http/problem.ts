import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHECK_VIOLATION, DEADLOCK_DETECTED, SERIALIZATION_FAILURE } from '../db/errors.js';
import { DomainError, type ErrorKind, type FieldError } from '../errors.js';
import { driverErrorOf } from '../log/safe-error.js';

/** The one place where a domain error kind becomes an HTTP status. */
const STATUS_BY_KIND: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const MAX_INSTANCE_LENGTH = 256;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('Stable machine-readable code, e.g. USER.EMAIL_TAKEN'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), location: z.string().optional() })).optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof problemSchema>;

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Problem {
  const body: Problem = { type: `urn:tutuu:problem:${code}`, title: TITLES[status] ?? 'Error', status, detail, code };
  // An error's details never override the standard members (a detail named `status` once did).
  for (const [key, value] of Object.entries(extra)) if (!(key in body)) body[key] = value;
  return body;
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  // The path as asked, cut short: a 10 kB path is not echoed back whole.
  const instance = reply.request.url.split('?')[0]!.slice(0, MAX_INSTANCE_LENGTH);
  const withId = { ...body, instance, requestId: reply.request.id };
  // Sent as a string so no route's response schema re-shapes it.
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(withId));
}

function zodFieldErrors(err: FastifyError): FieldError[] {
  const location = err.validationContext ?? 'body';
  return (err.validation ?? []).map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { path: path || location, message: v.message ?? 'invalid', location };
  });
}

/** Fastify's own errors (body parsing, limits) and plugin errors carry a statusCode and a code. */
function frameworkProblem(err: FastifyError): Problem | null {
  const status = err.statusCode ?? 500;
  if (status >= 500) return null;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(413, 'HTTP.PAYLOAD_TOO_LARGE', 'request body is larger than the limit of 1 MiB');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'HTTP.UNSUPPORTED_MEDIA_TYPE', 'this endpoint accepts application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'HTTP.MALFORMED_BODY', 'the body is empty but the content type says JSON', {
        errors: [{ path: 'body', message: 'empty JSON body', location: 'body' }],
      });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem(400, 'HTTP.MALFORMED_BODY', 'the body is not valid JSON', {
        errors: [{ path: 'body', message: err.message, location: 'body' }],
      });
    case 'RATE_LIMITED':
      return problem(429, 'RATE_LIMITED', err.message);
    default:
      break;
  }
  if (err instanceof SyntaxError) {
    return problem(400, 'HTTP.MALFORMED_BODY', 'the body is not valid JSON');
  }
  return problem(status, `HTTP.${status}`, err.message);
}

export function toProblem(err: unknown): Problem | null {
  if (err instanceof DomainError) {
    const status = STATUS_BY_KIND[err.kind];
    return problem(status, err.code, err.message, err.details);
  }
  // The database's own checks stand behind the schemas (limits, states): a write they refuse
  // is the request's doing — a row written before a rule existed, a value no schema foresaw.
  const db = driverErrorOf(err);
  if (db?.code === CHECK_VIOLATION) {
    const constraint = typeof db.constraint === 'string' ? db.constraint : 'a check';
    return problem(422, 'DATA.CHECK_VIOLATION', `the change breaks a rule of the stored data (${constraint})`, {
      constraint,
    });
  }
  // Two transactions waited on each other and the database chose this one to give way: nothing of
  // it was written, and the same request again goes through.
  if (db?.code === DEADLOCK_DETECTED || db?.code === SERIALIZATION_FAILURE) {
    return problem(503, 'DATA.RETRY', 'the request met a concurrent change and was rolled back whole: send it again', {
      retryAfter: 1,
    });
  }
  const fe = err as FastifyError;
  // Schema validation, whichever compiler raised it (zod routes, or Fastify's own for headers).
  if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
    const errors = zodFieldErrors(fe);
    return problem(400, 'VALIDATION', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
  return frameworkProblem(fe);
}

/** Every error becomes application/problem+json; 5xx details stay in the log, never in the answer. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, request: FastifyRequest, reply: FastifyReply) => {
    const body = toProblem(err);
    if (body?.code === 'DATA.CHECK_VIOLATION') request.log.warn({ err }, 'a database check refused a write');
    if (body) {
      if ((body.status === 429 || body.status === 503) && typeof body.retryAfter === 'number') {
        reply.header('retry-after', String(body.retryAfter));
      }
      return sendProblem(reply, body);
    }
    request.log.error({ err }, 'unhandled error');
    return sendProblem(
      reply,
      problem(500, 'INTERNAL', 'an unexpected error occurred; the request id identifies it in the logs'),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    const page = app.webClientPage?.(request, reply);
    if (page) return page;
    const path = request.url.split('?')[0]!;
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
    const allowed = methods.filter((m) => m !== request.method && app.findRoute({ method: m, url: path }));
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(
        reply,
        problem(405, 'HTTP.METHOD_NOT_ALLOWED', `${request.method} is not allowed here; use ${allowed.join(', ')}`, {
          allowed,
        }),
      );
    }
    return sendProblem(reply, problem(404, 'HTTP.NOT_FOUND', `no route ${request.method} ${path}`));
  });
}

/** OpenAPI error responses for a route: `...errorResponses(400, 401, 404)`, as application/problem+json. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: TITLES[s] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  ) as Record<
    number,
    { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }
  >;
}
