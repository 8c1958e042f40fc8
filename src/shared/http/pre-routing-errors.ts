import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problem, sendProblem, type Problem } from './problem.js';

/**
 * What every answer carries that helmet would add (helmet's hooks never run for the answers
 * below): no sniffing, no framing, no referrer, HTTPS only, nothing stored.
 */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** Beyond this a request line is a 414, not a 431: the URL, not the headers, is what is too long. */
const MAX_REQUEST_LINE = 8 * 1024;

/**
 * Errors the router meets before any route or hook runs (Fastify's `frameworkErrors`): a path
 * segment longer than `maxParamLength`, a URL that does not decode.
 */
export function frameworkErrorProblem(err: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  let body: Problem;
  switch (err.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      body = problem(414, 'HTTP.URI_TOO_LONG', 'a segment of the path is longer than any id or name this API takes');
      break;
    case 'FST_ERR_BAD_URL':
      body = problem(400, 'HTTP.BAD_URL', 'the path is not valid percent-encoded UTF-8');
      break;
    default:
      request.log.error({ code: err.code }, 'router error');
      body = problem(500, 'INTERNAL', 'an unexpected error occurred; the request id identifies it in the logs');
  }
  reply.header('x-request-id', request.id).headers(BASELINE_SECURITY_HEADERS);
  return sendProblem(reply, body);
}

/**
 * Requests Node's HTTP parser refuses never become requests: oversized headers (431), a request
 * line too long (414), a malformed request line or method (400), a client too slow (408). They are
 * answered on the socket as problem+json with the security headers, then the connection closes.
 */
export function answerClientError(
  log: { debug: (obj: object, msg: string) => void },
  err: Error & { code?: string; rawPacket?: unknown },
  socket: Socket,
): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const body = clientProblem(err);
  const requestId = randomUUID();
  // Under `reqId`, where every request's lines keep it, so one search finds the answer's id.
  log.debug({ code: err.code, status: body.status, reqId: requestId }, 'client error before routing');
  // As Node's own handler: never write into the middle of an answer already under way.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const json = JSON.stringify({ ...body, requestId });
    const headers = {
      'content-type': PROBLEM_CONTENT_TYPE,
      'content-length': String(Buffer.byteLength(json)),
      'x-request-id': requestId,
      connection: 'close',
      ...BASELINE_SECURITY_HEADERS,
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${body.status} ${body.title}\r\n${head}\r\n${json}`);
  }
  socket.destroy();
}

function clientProblem(err: Error & { code?: string; rawPacket?: unknown }): Problem {
  switch (err.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem(408, 'HTTP.REQUEST_TIMEOUT', 'the request was not received in time');
    case 'HPE_HEADER_OVERFLOW': {
      const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket : undefined;
      const lineEnd = raw ? raw.indexOf('\r\n') : -1;
      if (raw && (lineEnd === -1 || lineEnd > MAX_REQUEST_LINE)) {
        return problem(414, 'HTTP.URI_TOO_LONG', 'the URL is longer than this server reads');
      }
      return problem(431, 'HTTP.HEADERS_TOO_LARGE', 'the request headers are larger than this server reads');
    }
    default:
      return problem(400, 'HTTP.MALFORMED_REQUEST', 'the request is not valid HTTP/1.1');
  }
}
