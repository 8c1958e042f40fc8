/**
 * A black-box client of a running marketplace (the split stack behind nginx, or one process):
 * JSON over fetch and a WebSocket reader, nothing from src/. The base URL is SPLIT_BASE_URL; a
 * self-signed certificate is trusted through NODE_EXTRA_CA_CERTS (deploy/split/test.sh sets it),
 * which both fetch and `ws` honour.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import WebSocket from 'ws';

export function baseUrl(): string {
  const url = process.env.SPLIT_BASE_URL;
  if (!url) throw new Error('SPLIT_BASE_URL is not set: run the split tests with `npm run test:split`');
  return url.replace(/\/+$/, '');
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sends an Idempotency-Key (a fresh one unless given). */
  idempotent?: boolean | string;
}

/** Requests sent again after the connection closed under them (nginx reloading), for the note. */
export const resent = { count: 0 };

/** The connection closed before any answer came: a keep-alive connection nginx was closing. */
export function closedUnderUs(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } }).cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
}

/**
 * One request; the body parsed as JSON when there is one. Like a browser, it sends a request
 * again when its connection closed before any answer — but only one safe to repeat: not a POST
 * or PATCH, unless it carries an Idempotency-Key.
 */
export async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.idempotent) headers['idempotency-key'] = opts.idempotent === true ? randomUUID() : opts.idempotent;
  const repeatable = (method !== 'POST' && method !== 'PATCH') || 'idempotency-key' in headers;
  let res: Response;
  for (let attempt = 1; ; attempt++) {
    try {
      res = await fetch(`${baseUrl()}${path}`, {
        method,
        headers,
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      });
      break;
    } catch (err) {
      if (!repeatable || attempt >= 3 || !closedUnderUs(err)) throw err;
      resent.count++;
    }
  }
  const text = await res.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (res.status >= 400) {
    // Every layer (the app, nginx) answers errors in one format (docs/adr/0015-split-deployment.md).
    expect(res.headers.get('content-type'), `${method} ${path} ${res.status}: ${text}`).toMatch(
      /^application\/problem\+json/,
    );
    expect(body).toMatchObject({ status: res.status });
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** Like `call`, failing with the server's answer unless the status is `expected`; the body. */
export async function ok<T = Record<string, unknown>>(
  expected: number,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<T> {
  const r = await call<T>(method, path, opts);
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBe(expected);
  return r.body;
}

/**
 * Asks `probe` again until it answers something: for what the stack does on its own (an event a
 * worker delivers, a replica catching up). Bounded by tries, never by a timing assertion.
 */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, tries = 120): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`gave up waiting for ${what} after ${tries} tries`);
}

export interface LiveMessage {
  type: string;
  [k: string]: unknown;
}

/** A WebSocket subscriber: every message kept in order, and a wait for the next one that matches. */
export class Live {
  readonly messages: LiveMessage[] = [];
  private waiters: Array<() => void> = [];
  private read = 0;
  private closedWith: string | undefined;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as LiveMessage);
      this.wake();
    });
    ws.on('close', (code) => {
      this.closedWith = `closed (${code})`;
      this.wake();
    });
  }

  /** Opens `path` (http(s) base turned into ws(s)); rejects with the status when the upgrade is refused. */
  static open(path: string, token: string): Promise<Live> {
    const url = `${baseUrl().replace(/^http/, 'ws')}${path}`;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
      ws.once('unexpected-response', (_req, res) => {
        res.resume();
        ws.terminate();
        reject(Object.assign(new Error(`upgrade of ${path} refused: ${res.statusCode}`), { status: res.statusCode }));
      });
      ws.once('error', reject);
      ws.once('open', () => resolve(new Live(ws)));
    });
  }

  /** The next message (after those already taken) of `type` matching `match`; fails after `tries` quarter-seconds. */
  async next(type: string, match: (m: LiveMessage) => boolean = () => true, tries = 120): Promise<LiveMessage> {
    for (let i = 0; ; i++) {
      const at = this.messages.findIndex((m, n) => n >= this.read && m.type === type && match(m));
      if (at >= 0) {
        this.read = at + 1;
        return this.messages[at]!;
      }
      if (this.closedWith) throw new Error(`live stream ${this.closedWith} before a ${type} message`);
      if (i >= tries) throw new Error(`no ${type} message; got ${JSON.stringify(this.messages.map((m) => m.type))}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 250);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  close(): void {
    this.ws.terminate();
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }
}
