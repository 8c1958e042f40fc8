import type { FastifyReply } from 'fastify';

/**
 * Sends JSON the database already wrote (json_build_object(...)::text) as it is: a string, or its
 * UTF-8 bytes, with a JSON content type skips the route's serializer. The route's response schema
 * still documents it, and a test must check the text against that schema, since nothing at runtime does.
 */
export function sendJsonText(reply: FastifyReply, text: string | Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(text);
}
