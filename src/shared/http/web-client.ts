import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

/** Paths that belong to the API and its tooling: never answered with the client's page. */
const SERVER_PATHS = /^\/(api|docs|health|metrics|openapi\.json)(\/|$)/;

/**
 * The web client (web/, built by `npm run build:web`) at `/`: hashed assets cached for a year,
 * the page and the service worker never; any other GET for a page gets index.html so the
 * client's router can take the path (docs/adr/0017-web-client.md). Without a build, only the
 * API is served.
 */
export async function registerWebClient(app: FastifyInstance, web: Config['web']): Promise<void> {
  app.get('/app-config.json', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return { mapTileUrl: web.mapTileUrl ?? null, mapAttribution: web.mapAttribution ?? null };
  });

  const root = resolve(web.dir);
  const indexFile = resolve(root, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.info({ dir: root }, 'web client not built (npm run build:web): serving the API only');
    return;
  }
  // Read again when a new build replaced it, so `npm run build:web` needs no restart.
  let index = { mtimeMs: 0, body: Buffer.alloc(0) };
  const currentIndex = () => {
    const mtimeMs = statSync(indexFile, { throwIfNoEntry: false })?.mtimeMs ?? index.mtimeMs;
    if (mtimeMs !== index.mtimeMs) index = { mtimeMs, body: readFileSync(indexFile) };
    return index.body;
  };
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // The build has .br and .gz copies of its text files (web/vite.config.ts).
    preCompressed: true,
    setHeaders: (reply, path) => {
      const immutable = path.includes(`${root}/assets/`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  const sendIndex = (reply: FastifyReply) =>
    reply.code(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(currentIndex());
  app.get('/', { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
  // The files above are routes fixed at start; a later build's hashed assets are found here.
  app.get<{ Params: { '*': string } }>('/assets/*', { schema: { hide: true } }, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return reply.sendFile(`assets/${request.params['*']}`);
  });
  app.decorate('webClientPage', (request: FastifyRequest, reply: FastifyReply): FastifyReply | null => {
    const path = request.url.split('?')[0]!;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || SERVER_PATHS.test(path)) return null;
    if (!(request.headers.accept ?? '').includes('text/html')) return null;
    return sendIndex(reply);
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers a browser's page request the API has no route for with the client (or null). */
    webClientPage?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null;
  }
}
