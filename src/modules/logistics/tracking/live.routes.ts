import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { WebSocket } from 'ws';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import type { LiveSink, LiveTarget, Tracking } from './index.js';
import { logSerializers } from './url-tokens.js';
import { idParams, liveQuery, snapshotView, tokenParams } from './tracking.schemas.js';

/** A subscriber further behind than this (a stalled phone) is cut off rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * The live stream of a delivery (docs/domain.md, Tracking — live stream), one path for three ways in:
 * - a WebSocket upgrade: JSON messages `{type, …}`, the first a `snapshot`;
 * - `Accept: text/event-stream`: the same messages as Server-Sent Events (`data: {…}`), with a
 *   comment every 25 s to keep proxies from closing it;
 * - a plain GET: the snapshot alone, as JSON.
 * Who may watch is settled before the upgrade: anyone else gets the same 404 as a missing id.
 */
export async function liveRoutes(app: FastifyInstance, { tracking }: { tracking: Tracking }): Promise<void> {
  // Once per app, before the routes it serves; a client has nothing to say beyond a few bytes.
  await app.register(websocket, { options: { maxPayload: 4 * 1024 } });
  const targets = new WeakMap<FastifyRequest, LiveTarget>();
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** The app's own token check, fed from ?access_token= when there is no Authorization header. */
  async function authenticate(this: FastifyInstance, req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = (req.query as { access_token?: unknown }).access_token;
    if (!req.headers.authorization && typeof token === 'string' && token !== '') {
      req.headers.authorization = `Bearer ${token}`;
    }
    await app.authenticate.call(this, req, reply);
  }

  const stream = async (req: FastifyRequest, reply: FastifyReply) => {
    const target = targets.get(req)!;
    if (!acceptsEventStream(req)) return tracking.snapshot(target);
    serveEvents(tracking, target, reply);
    return reply;
  };
  const socket = (ws: WebSocket, req: FastifyRequest) => serveSocket(tracking, targets.get(req)!, ws);

  r.route({
    method: 'GET',
    url: '/deliveries/:id/live',
    logSerializers,
    schema: {
      tags: ['logistics'],
      security: [{ bearerAuth: [] }],
      operationId: 'watchDelivery',
      summary: 'Watch a delivery live: WebSocket, or SSE with Accept: text/event-stream',
      description:
        'For the order’s customer, the seller and admins (anyone else: 404, before any upgrade). The token comes as ' +
        'Authorization: Bearer or, for a browser’s WebSocket, ?access_token=. Messages are JSON {type, …}: snapshot ' +
        '(first), positions, eta, geofence, arriving_soon, status. A plain GET answers the snapshot.',
      params: idParams,
      querystring: liveQuery,
      response: { 200: snapshotView, ...errorResponses(400, 401, 404) },
    },
    preValidation: authenticate,
    preHandler: async (req) => {
      targets.set(req, await tracking.liveTarget(principalOf(req), (req.params as { id: string }).id));
    },
    handler: stream,
    wsHandler: socket,
  });

  r.route({
    method: 'GET',
    url: '/track/:token/live',
    logSerializers,
    schema: {
      tags: ['logistics'],
      security: [],
      operationId: 'watchTrackedDelivery',
      summary: 'A share link’s live stream (WebSocket or SSE), no account needed',
      description: 'The same messages as the delivery’s live stream, without reasons. Ends when the link dies.',
      params: tokenParams,
      response: { 200: snapshotView, ...errorResponses(400, 404) },
    },
    preHandler: async (req) => {
      targets.set(req, await tracking.liveTargetByToken((req.params as { token: string }).token));
    },
    handler: stream,
    wsHandler: socket,
  });
}

function acceptsEventStream(req: FastifyRequest): boolean {
  return /\btext\/event-stream\b/i.test(req.headers.accept ?? '');
}

function serveSocket(tracking: Tracking, target: LiveTarget, ws: WebSocket): void {
  let unsubscribe: (() => void) | undefined;
  let alive = true;
  let closed = false;
  ws.on('pong', () => (alive = true));
  // Whatever a client says is ignored; the stream is one-way.
  ws.on('message', () => undefined);
  ws.on('close', () => {
    closed = true;
    unsubscribe?.();
  });
  const sink: LiveSink = {
    send: (text) => {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
      ws.send(text);
    },
    close: () => ws.close(1000, 'the stream has ended'),
    heartbeat: () => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    },
  };
  tracking.attach(target, sink).then(
    (stop) => (closed ? stop() : (unsubscribe = stop)),
    () => ws.close(1011, 'the stream could not start'),
  );
}

function serveEvents(tracking: Tracking, target: LiveTarget, reply: FastifyReply): void {
  reply.hijack();
  const res = reply.raw;
  // Hijacked: the app's onSend hooks do not run, so what they would add is set here.
  const kept = Object.entries(reply.getHeaders()).filter(
    (e): e is [string, string | number | string[]] => e[1] !== undefined,
  );
  res.writeHead(200, {
    ...Object.fromEntries(kept),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // nginx would buffer the stream otherwise.
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');
  let unsubscribe: (() => void) | undefined;
  let closed = false;
  res.on('close', () => {
    closed = true;
    unsubscribe?.();
  });
  const sink: LiveSink = {
    send: (text) => {
      if (closed) return;
      if (res.writableLength > MAX_BUFFERED_BYTES) return void res.destroy();
      res.write(`data: ${text}\n\n`);
    },
    close: () => res.end(),
    heartbeat: () => void (closed || res.write(': keep-alive\n\n')),
  };
  tracking.attach(target, sink).then(
    (stop) => (closed ? stop() : (unsubscribe = stop)),
    () => res.end(),
  );
}
