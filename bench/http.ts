/**
 * What the PostgreSQL load benches (checkout, auction, tracking) share: calling the API as a
 * client does, the demo accounts they log in as, and the few figures they print alike.
 */

/** The demo data's password and accounts (src/modules/users/users.seed.ts): every bench starts on them. */
export const DEMO_PASSWORD = 'tutuu-demo-2026';
export const DEMO_CUSTOMER = 'ivan.petrov@tutuu.demo';
export const DEMO_SELLER = 'sales@strojbaza.demo';
export const DEMO_ADMIN = 'admin@tutuu.demo';

export type Json = Record<string, unknown>;

/** One request; the answer's status and parsed body (null when empty). Never throws on a status. */
export async function call<T = Json>(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

/** Like `call`, but anything but `expected` stops the bench with what the server said. */
export async function must<T = Json>(expected: number, what: string, ...args: Parameters<typeof call>): Promise<T> {
  const r = await call<T>(...args);
  if (r.status !== expected) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/** Logs in; the user's id comes along because some benches write rows for that user directly. */
export async function login(
  base: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<{ token: string; id: string }> {
  const r = await must<{ accessToken: string; user: { id: string } }>(
    200,
    `login ${email}`,
    base,
    'POST',
    '/api/v1/users/auth/login',
    '',
    { email, password },
  );
  return { token: r.accessToken, id: r.user.id };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The nearest-rank percentile of ascending `sorted` (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** How often each code occurs, as JSON: `{"409 JOB_CLOSED":3}`. */
export function tally(codes: readonly string[]): string {
  return JSON.stringify(Object.fromEntries([...new Set(codes)].map((c) => [c, codes.filter((x) => x === c).length])));
}

/** One autocannon figure as the benches print it. */
export interface LoadFigure {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/**
 * The benches' markdown table of autocannon figures: the given label columns, then req/s, p50,
 * p99, errors and non-2xx.
 */
export function loadTable<F extends LoadFigure>(
  labels: Array<[string, (f: F) => string]>,
  figures: readonly F[],
): string[] {
  return [
    `| ${labels.map(([h]) => h).join(' | ')} | req/s | p50 ms | p99 ms | errors | non-2xx |`,
    `|${'---|'.repeat(labels.length + 5)}`,
    ...figures.map(
      (f) =>
        `| ${labels.map(([, get]) => get(f)).join(' | ')} | ${f.reqPerSec} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} |`,
    ),
  ];
}
