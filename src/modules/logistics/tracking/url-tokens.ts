import type { FastifyRequest } from 'fastify';

/** Tokens in URLs (?access_token=, /track/<token>) never reach a log line. */
export function redactedUrl(url: string): string {
  return url.replace(/([?&]access_token=)[^&]*/gi, '$1[redacted]').replace(/(\/track\/)[^/?]+/, '$1[redacted]');
}

/** A route's request serializer for the log: what Fastify logs, with the URL's tokens redacted. */
export const logSerializers = {
  req: (req: FastifyRequest) => ({
    method: req.method,
    url: redactedUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
  }),
};
