import { connect as http2Connect } from 'node:http2';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { until } from './client.js';
import { logOf, metricsOf, metricSum, nginxAccessLog, PORTS, stack } from './stack.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One HTTP/1.1 request over TLS with full control of headers and source address. */
function h1(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string; localAddress?: string } = {},
): Promise<Answer> {
  const url = new URL(path, stack.baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      url,
      {
        method: opts.method ?? 'GET',
        headers: opts.headers,
        ca: stack.ca,
        localAddress: opts.localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (a: Answer) => JSON.parse(a.body.toString('utf8')) as Record<string, unknown>;

function expectProblem(a: Answer, status: number, code: string): Record<string, unknown> {
  expect(a.status).toBe(status);
  expect(String(a.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = json(a);
  expect(body).toMatchObject({ status, code });
  return body;
}

describe('the edge: TLS, HTTP/2, redirects, compression', () => {
  it('speaks HTTP/2 over TLS with the stack certificate', async () => {
    const session = http2Connect(stack.baseUrl, { ca: stack.ca });
    try {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = session.request({ ':path': '/health/ready' });
        let body = '';
        let status = 0;
        req.on('response', (h) => (status = Number(h[':status'])));
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => resolve({ status, body }));
        req.on('error', reject);
        req.end();
      });
      expect(session.alpnProtocol).toBe('h2');
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
    } finally {
      session.close();
    }
  });

  it('redirects plain HTTP to HTTPS, keeping path and query', async () => {
    const res = await fetch(`${stack.httpUrl}/api/v1/catalog/products?q=%D1%86%D0%B5%D0%BC%D0%B5%D0%BD%D1%82`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(
      `${stack.baseUrl}/api/v1/catalog/products?q=%D1%86%D0%B5%D0%BC%D0%B5%D0%BD%D1%82`,
    );
  });

  it('compresses JSON answers for clients that accept gzip', async () => {
    const a = await h1('/openapi.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBe('gzip');
    const doc = JSON.parse(gunzipSync(a.body).toString('utf8')) as { paths: Record<string, unknown> };
    expect(a.body.length).toBeLessThan(JSON.stringify(doc).length / 3);
    const plain = await h1('/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('serves one OpenAPI document that lists every service', async () => {
    const doc = json(await h1('/openapi.json')) as { paths: Record<string, unknown> };
    const paths = Object.keys(doc.paths);
    for (const service of ['users', 'catalog', 'orders', 'logistics', 'insights']) {
      expect(paths.some((p) => p.startsWith(`/api/v1/${service}/`))).toBe(true);
    }
    const docs = await h1('/docs/', { headers: { accept: 'text/html' } });
    expect(docs.status).toBe(200);
  });
});

describe("the proxy's own refusals are problem+json", () => {
  it('refuses a JSON body over the app limit of 1 MiB with 413, and passes one under it to the app', async () => {
    const big = JSON.stringify({ email: 'a@b.ru', password: 'x'.repeat(1_100_000) });
    const refused = await h1('/api/v1/users/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    const body = expectProblem(refused, 413, 'HTTP.PAYLOAD_TOO_LARGE');
    expect(body.requestId).toBe(refused.headers['x-request-id']);
    // Under the limit, the app itself answers: a password that long is a 400 naming the field.
    const passed = await h1('/api/v1/users/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.ru', password: 'x'.repeat(900_000) }),
    });
    expect(passed.status).toBe(400);
    expect(JSON.stringify(json(passed))).toContain('password');
  });

  it('lets a price list larger than 1 MiB through to the catalog', async () => {
    const boundary = 'split-boundary';
    const file = Buffer.alloc(2 * 1024 * 1024, 'a');
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const a = await h1('/api/v1/catalog/price-lists', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    // The app refuses it for want of a token: it was the app that answered, not the proxy's 413.
    expectProblem(a, 401, 'AUTH.UNAUTHENTICATED');
  });

  it('answers a request line over 8 kB with 414', async () => {
    const a = await h1(`/api/v1/catalog/products?q=${'a'.repeat(9000)}`);
    expectProblem(a, 414, 'HTTP.URI_TOO_LONG');
  });

  it('answers a request it cannot read with 400', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = tlsConnect({
        host: '127.0.0.1',
        port: Number(new URL(stack.baseUrl).port),
        ca: stack.ca,
        servername: 'localhost',
      });
      let data = '';
      socket.on('secureConnect', () =>
        socket.write('GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'),
      );
      socket.on('data', (c: Buffer) => (data += c.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(text).toMatch(/content-type: application\/problem\+json/i);
    expect(text).toContain('"code":"HTTP.BAD_REQUEST"');
  });

  it('answers unknown paths with 404 problem+json, and /metrics without reaching a process', async () => {
    expectProblem(await h1('/wp-login.php'), 404, 'HTTP.NOT_FOUND');
    expectProblem(await h1('/metrics'), 404, 'HTTP.NOT_FOUND');
    expectProblem(await h1('/api/v2/users/me'), 404, 'HTTP.NOT_FOUND');
  });

  it('serves the web client: its page for any client route, its assets, and its map settings', async () => {
    for (const path of ['/', '/seller/orders', '/products/00000000-0000-4000-8000-000000000000']) {
      const page = await h1(path, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(String(page.headers['content-type'])).toMatch(/^text\/html/);
      expect(page.body.toString('utf8')).toContain('<div id="root">');
    }
    const script = /src="(\/assets\/[^"]+\.js)"/.exec((await h1('/')).body.toString('utf8'))?.[1];
    const asset = await h1(script!);
    expect(asset.status).toBe(200);
    expect(String(asset.headers['cache-control'])).toContain('immutable');
    expect(json(await h1('/app-config.json'))).toEqual({ mapTileUrl: null, mapAttribution: null });
    // An API path a browser asks for as a page is still the API's 404, not the client.
    expectProblem(await h1('/api/v1/nothing/here', { headers: { accept: 'text/html' } }), 404, 'HTTP.NOT_FOUND');
  });
});

describe('one request id and the real client address, from nginx to the logs', () => {
  it("keeps the caller's request id through nginx, the service's log lines and the answer", async () => {
    const id = `split-edge-${Date.now()}`;
    const a = await h1('/api/v1/catalog/products?q=%D0%BA%D0%B8%D1%80%D0%BF%D0%B8%D1%87', {
      headers: { 'x-request-id': id },
    });
    expect(a.status).toBe(200);
    expect(a.headers['x-request-id']).toBe(id);
    // Both lines of the request (in and out) carry it; the second is written after the answer left.
    const lines = await until('the log lines of the request', async () => {
      const mine = logOf('catalog').filter((l) => l.reqId === id);
      return mine.length >= 2 ? mine : undefined;
    });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    const access = await until("nginx's access log line", async () => nginxAccessLog().find((l) => l.requestId === id));
    expect(access).toMatchObject({ service: 'catalog', status: '200', upstream: '127.0.0.1:3002' });
  });

  it('makes up a request id when the caller sends none (or an unusable one), the same in log and answer', async () => {
    const a = await h1('/api/v1/catalog/products?q=abc', { headers: { 'x-request-id': 'bad id "with" quotes' } });
    const id = String(a.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await until('a log line with the made-up id', async () => logOf('catalog').find((l) => l.reqId === id));
  });

  it("records the client's own address, not a forwarded one it made up", async () => {
    const login = await h1('/api/v1/users/auth/login', {
      method: 'POST',
      localAddress: '127.0.0.2',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.66', 'x-device-id': 'split-xff' },
      body: JSON.stringify(stack.admin),
    });
    expect(login.status).toBe(200);
    const token = String(json(login).accessToken);
    const devices = json(await h1('/api/v1/users/me/devices', { headers: { authorization: `Bearer ${token}` } })) as {
      items: Array<{ deviceId: string; ip: string | null }>;
    };
    expect(devices.items.find((d) => d.deviceId === 'split-xff')?.ip).toBe('127.0.0.2');
  });
  it('does the same on the WebSocket paths of live tracking', async () => {
    const id = `split-live-${Date.now()}`;
    const a = await h1('/api/v1/logistics/track/not-a-token/live', {
      headers: { 'x-forwarded-for': '203.0.113.99', 'x-request-id': id },
    });
    expect(a.status).toBeGreaterThanOrEqual(400);
    const line = await until('the live request in a logistics log', async () =>
      [...logOf('logistics'), ...logOf('logistics-2')].find((l) => l.reqId === id && l.req),
    );
    expect(line.req).toMatchObject({ remoteAddress: '127.0.0.1', host: '127.0.0.1' });
  });
});

describe('each process reports its own metrics', () => {
  it('has HTTP histograms by route and status, relay and pool figures', async () => {
    await h1('/api/v1/catalog/products?q=abc');
    const text = await metricsOf(PORTS.catalog);
    expect(
      metricSum(text, 'tutuu_http_request_duration_seconds_count', {
        route: '/api/v1/catalog/products',
        status: '200',
      }),
    ).toBeGreaterThan(0);
    // The users process serves no catalog route: its figures are its own.
    const users = await metricsOf(PORTS.users);
    expect(metricSum(users, 'tutuu_http_request_duration_seconds_count', { route: '/api/v1/catalog/products' })).toBe(
      0,
    );
  });
});
