/** Clients of the live stream for tests and the bench: a WebSocket and an SSE reader that collect messages. */
import http from 'node:http';
import WebSocket from 'ws';

export interface LiveMessageJson {
  type: string;
  [k: string]: unknown;
}

/** Messages as they arrive, and a way to wait for the next one that matches. */
class Inbox {
  readonly messages: LiveMessageJson[] = [];
  private waiters: { match: (m: LiveMessageJson) => boolean; resolve: (m: LiveMessageJson) => void; from: number }[] =
    [];
  private read = 0;

  push(m: LiveMessageJson): void {
    this.messages.push(m);
    for (const w of [...this.waiters]) {
      const i = this.messages.findIndex((x, n) => n >= w.from && w.match(x));
      if (i >= 0) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(this.messages[i]!);
      }
    }
  }

  /** The next message (after those already taken) of `type` and matching `match`. */
  next(type: string, match: (m: LiveMessageJson) => boolean = () => true): Promise<LiveMessageJson> {
    const test = (m: LiveMessageJson) => m.type === type && match(m);
    const i = this.messages.findIndex((x, n) => n >= this.read && test(x));
    if (i >= 0) {
      this.read = i + 1;
      return Promise.resolve(this.messages[i]!);
    }
    return new Promise((resolve) =>
      this.waiters.push({
        match: test,
        from: this.read,
        resolve: (m) => {
          this.read = this.messages.indexOf(m) + 1;
          resolve(m);
        },
      }),
    );
  }
}

export interface LiveClient {
  inbox: Inbox;
  next: Inbox['next'];
  /** Resolves when the server ends the stream. */
  closed: Promise<void>;
  close(): void;
}

/** Opens a WebSocket; rejects with the HTTP status when the server refuses the upgrade. */
export function openSocket(url: string, headers: Record<string, string> = {}): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const inbox = new Inbox();
    let closedResolve!: () => void;
    const closed = new Promise<void>((r) => (closedResolve = r));
    ws.on('message', (data) => inbox.push(JSON.parse(String(data)) as LiveMessageJson));
    ws.on('close', () => closedResolve());
    ws.on('unexpected-response', (_req, res) => {
      reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode }));
      res.resume();
      ws.terminate();
    });
    ws.on('error', (err) => reject(err));
    ws.on('open', () => resolve({ inbox, next: (t, m) => inbox.next(t, m), closed, close: () => ws.terminate() }));
  });
}

/** Opens an SSE stream (Accept: text/event-stream); rejects with the status when it is not 200. */
export function openEvents(
  url: string,
  headers: Record<string, string> = {},
): Promise<LiveClient & { status: number; contentType: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(Object.assign(new Error(`status ${res.statusCode}`), { status: res.statusCode }));
        return;
      }
      const inbox = new Inbox();
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          if (data) inbox.push(JSON.parse(data) as LiveMessageJson);
        }
      });
      const closed = new Promise<void>((r) => res.on('close', () => r()));
      resolve({
        inbox,
        next: (t, m) => inbox.next(t, m),
        closed,
        close: () => req.destroy(),
        status: res.statusCode,
        contentType: String(res.headers['content-type']),
      });
    });
    req.on('error', reject);
  });
}
