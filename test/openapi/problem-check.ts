/** What every answer of the API must look like, whatever was sent: never a 5xx, errors as RFC 9457. */
import type { LightMyRequestResponse } from 'fastify';

/** A V8 stack frame ("    at fn (file.ts:12:5)") or a `stack` member anywhere in the body. */
const STACK_FRAME = /\n\s+at .+(:\d+:\d+\)?|\(native\))/;

/** The ways `res` breaks the contract; empty when it keeps it. */
export function problemViolations(res: LightMyRequestResponse): string[] {
  const out: string[] = [];
  const status = res.statusCode;
  if (status >= 500) out.push(`server error ${status}: ${res.body.slice(0, 500)}`);
  if (status < 400) return out;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) {
    out.push(`a ${status} answered as "${type}", not application/problem+json: ${res.body.slice(0, 300)}`);
    return out;
  }
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    out.push(`a ${status} problem that is not JSON: ${res.body.slice(0, 300)}`);
    return out;
  }
  const p = body as Record<string, unknown>;
  if (p === null || typeof p !== 'object' || Array.isArray(p)) {
    out.push(`a ${status} problem that is not an object: ${res.body.slice(0, 300)}`);
    return out;
  }
  if (p.status !== status) out.push(`problem.status ${String(p.status)} differs from the HTTP status ${status}`);
  if (typeof p.code !== 'string' || p.code === '') out.push(`a ${status} problem without a code: ${res.body}`);
  if (typeof p.detail !== 'string') out.push(`a ${status} problem without a detail: ${res.body.slice(0, 300)}`);
  if (hasStack(p) || STACK_FRAME.test(res.body.replaceAll('\\n', '\n'))) {
    out.push(`a ${status} problem with a stack trace: ${res.body.slice(0, 500)}`);
  }
  return out;
}

function hasStack(v: unknown, depth = 0): boolean {
  if (depth > 10 || v === null || typeof v !== 'object') return false;
  if (!Array.isArray(v) && 'stack' in v) return true;
  return Object.values(v).some((x) => hasStack(x, depth + 1));
}
