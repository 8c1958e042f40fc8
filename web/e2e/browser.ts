/**
 * Browser and API helpers for journeys and the screenshot script: playwright-core driving the
 * system Chromium (Debian's `chromium`; CHROMIUM_PATH names another), logging in as a demo user.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'tutuu-demo-2026';

let base: string | undefined;

/** Which server the helpers talk to (the harness sets it from the global setup). */
export function useBaseUrl(url: string): void {
  base = url;
}

/** 'http://127.0.0.1:<port>' of the server under test. */
export function baseUrl(): string {
  if (!base) throw new Error('no e2e server: run through `npm run test:e2e` (web/e2e/vitest.config.ts)');
  return base;
}

export async function openBrowser(): Promise<Browser> {
  const root = process.getuid?.() === 0;
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Chromium refuses its sandbox to root; /dev/shm is small in containers.
    args: [...(root ? ['--no-sandbox'] : []), '--disable-dev-shm-usage'],
  });
}

/** Logs in through the login form and waits until the app has left /login for the cabinet. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
    what: string,
  ) {
    super(`${what} → ${status}: ${JSON.stringify(problem)}`);
  }
}

// Journeys read whatever fields they arranged; the API's own types live in web/src/api.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface ApiClient {
  token: string;
  get<T = Loose>(path: string): Promise<T>;
  post<T = Loose>(path: string, body?: unknown): Promise<T>;
  patch<T = Loose>(path: string, body?: unknown): Promise<T>;
  put<T = Loose>(path: string, body?: unknown): Promise<T>;
  del<T = Loose>(path: string): Promise<T>;
}

async function call(method: string, path: string, body: unknown, token?: string): Promise<Loose> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  if (!res.ok) throw new ApiFailure(res.status, parsed, `${method} ${path}`);
  return parsed;
}

/** Logs in through the API; the helper's calls carry that user's bearer token. */
export async function api(email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const { accessToken: token } = (await call('POST', '/api/v1/users/auth/login', { email, password })) as {
    accessToken: string;
  };
  return {
    token,
    get: (path) => call('GET', path, undefined, token),
    post: (path, body = {}) => call('POST', path, body, token),
    patch: (path, body = {}) => call('PATCH', path, body, token),
    put: (path, body = {}) => call('PUT', path, body, token),
    del: (path) => call('DELETE', path, undefined, token),
  };
}

/** The visible viewport as a PNG at `<dir>/<name>.png` (the directory is made when missing). */
export async function screenshot(page: Page, name: string, dir = 'docs/screenshots'): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
