/**
 * Requests that never reach a route — refused by Node's HTTP parser or by the router — are
 * answered like every other error: problem+json with the security headers. They need a real
 * socket: `inject` never goes through the parser.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './context.js';

let ctx: TestContext;
let port: number;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  port = (ctx.app.server.address() as net.AddressInfo).port;
});
afterAll(() => ctx.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `request` as bytes on a fresh connection and reads the answer until the server closes it. */
function raw(request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

function expectProblemAnswer(res: RawAnswer, status: number, code: string) {
  expect(res.status, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
  expect(body.detail).toEqual(expect.any(String));
  expect(body.requestId).toBe(res.headers['x-request-id']);
  expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:/);
  for (const header of ['x-content-type-options', 'content-security-policy', 'strict-transport-security']) {
    expect(res.headers[header], `${header} on ${status}`).toBeTruthy();
  }
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  return body;
}

const get = (path: string, extra = '') =>
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`;

describe('errors before routing are problem+json with the security headers', () => {
  it('a 10 kB path segment → 414, without echoing the path back whole', async () => {
    const res = await raw(get(`/api/v1/catalog/products/${'a'.repeat(10_000)}`));
    const body = expectProblemAnswer(res, 414, 'HTTP.URI_TOO_LONG');
    expect(res.body.length).toBeLessThan(1_000);
    expect(body.instance.length).toBeLessThanOrEqual(256);
  });

  it('a URL longer than the parser reads → 414', async () => {
    expectProblemAnswer(await raw(get(`/${'b'.repeat(100_000)}`)), 414, 'HTTP.URI_TOO_LONG');
  });

  it('oversized headers → 431', async () => {
    expectProblemAnswer(
      await raw(get('/health/live', `X-Big: ${'c'.repeat(20_000)}\r\n`)),
      431,
      'HTTP.HEADERS_TOO_LARGE',
    );
  });

  it('a malformed request line, an unknown method → 400', async () => {
    expectProblemAnswer(await raw('GARBAGE\r\n\r\n'), 400, 'HTTP.MALFORMED_REQUEST');
    expectProblemAnswer(await raw('FOO / HTTP/1.1\r\nHost: x\r\n\r\n'), 400, 'HTTP.MALFORMED_REQUEST');
  });

  it('a path that is not valid percent-encoding → 400', async () => {
    expectProblemAnswer(await raw(get('/api/v1/catalog/products/%E0%A4%A')), 400, 'HTTP.BAD_URL');
  });

  it('an ordinary request on the same server still works', async () => {
    const res = await raw(get('/health/live'));
    expect(res.status).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
