/** Assertions shared by the HTTP tests. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** Asserts an RFC 9457 answer with our stable code, and returns its body. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code,
  });
  expect(body).not.toHaveProperty('stack');
  return body;
}

/** The field paths a 400 problem names (validation, or a domain rule about one field). */
export function errorPaths(res: LightMyRequestResponse): string[] {
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(Array.isArray(body.errors)).toBe(true);
  return body.errors.map((e: { path: string }) => e.path);
}

/** No answer ever carries a password or its hash. */
export function expectNoSecrets(res: LightMyRequestResponse) {
  expect(res.body).not.toMatch(/\$argon2/);
  expect(res.body).not.toMatch(/passwordHash|password_hash/i);
}

export function decodeJwtPart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

export function retryAfterSeconds(res: LightMyRequestResponse): number {
  const raw = res.headers['retry-after'];
  expect(raw, 'Retry-After header').toMatch(/^\d+$/);
  const sec = Number(raw);
  expect(sec).toBeGreaterThan(0);
  return sec;
}
