import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { registerGauges, type MetricsSources } from './metrics-gauges.js';
import { problem, sendProblem } from './problem.js';

export type { MetricsSources } from './metrics-gauges.js';

export interface MetricsAccess {
  /** Networks (CIDR or single addresses) whose scrapers need no token. */
  allow: readonly string[];
  /** A bearer token that opens /metrics from anywhere; none: networks only. */
  token: string | undefined;
}

/**
 * Prometheus metrics: one registry per app, so several apps in one process do not collide. HTTP
 * traffic by route and status, process internals, and the gauges of `registerGauges`.
 */
export function registerMetrics(app: FastifyInstance, access: MetricsAccess, sources: MetricsSources): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tutuu_' });
  const refreshGauges = registerGauges(registry, sources);
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'tutuu_http_requests_total',
    help: 'HTTP requests by route template and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'tutuu_http_request_duration_seconds',
    help: 'HTTP request latency by route template and status',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route template, not the URL: ids would make the label set unbounded.
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  const allowed = metricsGate(access);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    // Routes, traffic and process internals are for the operator's scraper: anyone else sees no such route.
    if (!allowed(request)) {
      return sendProblem(reply, problem(404, 'HTTP.NOT_FOUND', `no route ${request.method} /metrics`));
    }
    await refreshGauges(request.log);
    reply.type(registry.contentType);
    return registry.metrics();
  });
}

/** Whether a request may read /metrics: from an allowed network, or with the token. */
export function metricsGate(access: MetricsAccess): (request: FastifyRequest) => boolean {
  const networks = new BlockList();
  for (const entry of access.allow) addNetwork(networks, entry);
  const token = access.token ? Buffer.from(`Bearer ${access.token}`) : undefined;
  return (request) => {
    if (token) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length === token.length && timingSafeEqual(given, token)) return true;
    }
    const ip = unmapped(request.ip);
    return isIPv4(ip) ? networks.check(ip, 'ipv4') : isIPv6(ip) ? networks.check(ip, 'ipv6') : false;
  };
}

/** `10.0.0.0/8`, `::1`, `192.168.1.7`; a bad entry stops start-up (config.ts checks the list first). */
export function addNetwork(list: BlockList, entry: string): void {
  const [address = '', bits] = entry.split('/');
  const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (!type) throw new RangeError(`not an IP address or network: ${entry}`);
  if (bits === undefined) list.addAddress(address, type);
  else list.addSubnet(address, Number(bits), type);
}

/** `::ffff:10.1.2.3` (an IPv4 client on a dual-stack socket) is 10.1.2.3. */
function unmapped(ip: string): string {
  return ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
}
