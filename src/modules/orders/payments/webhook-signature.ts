/**
 * Webhook signatures in Stripe's scheme: `Tutuu-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`
 * where each v1 is HMAC-SHA256 of `${t}.${rawBody}` under one secret. The timestamp inside the
 * signed text stops replays; several v1 values let a sender sign with the old and the new
 * secret while a key rotation is under way.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  WebhookSignatureInvalidError,
  WebhookSignatureMalformedError,
  WebhookSignatureMissingError,
  WebhookTimestampOutOfToleranceError,
} from './payments.errors.js';
import type { WebhookHeaders } from './provider.js';

export const SIGNATURE_HEADER = 'Tutuu-Signature';
export const DEFAULT_TOLERANCE_SEC = 300;

/** One secret, or several during a rotation (sign with all, accept any). */
export type WebhookSecrets = string | readonly string[];

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

function secretList(secrets: WebhookSecrets): readonly string[] {
  const list = typeof secrets === 'string' ? [secrets] : secrets;
  // An empty secret would make every signature forgeable.
  if (list.length === 0 || list.some((s) => s.length === 0)) throw new Error('webhook secrets must be non-empty');
  return list;
}

function hmac(secret: string, timestamp: number, body: string | Buffer): Buffer {
  // Fed as bytes: re-decoding a Buffer as text could alter it and break the match.
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
}

/** The header value for `body` signed at `now` with each secret. */
export function signWebhook(secrets: WebhookSecrets, body: string | Buffer, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  const signatures = secretList(secrets).map((s) => `v1=${hmac(s, t, body).toString('hex')}`);
  return [`t=${t}`, ...signatures].join(',');
}

interface ParsedHeader {
  timestamp: number;
  signatures: Buffer[];
}

function parseHeader(header: string): ParsedHeader {
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, `"${part.trim()}" is not key=value`);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined) throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, 't is given twice');
      if (!/^\d{1,12}$/.test(value))
        throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, 't must be unix seconds');
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!HEX_SHA256.test(value)) {
        throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, 'v1 must be 64 hex digits');
      }
      signatures.push(Buffer.from(value, 'hex'));
    }
    // Other schemes (Stripe's v0 test signatures, a future v2) are skipped, as Stripe's libraries do.
  }
  if (timestamp === undefined) throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, 'no t=<timestamp>');
  if (signatures.length === 0) throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, 'no v1=<signature>');
  return { timestamp, signatures };
}

/**
 * Throws unless one v1 in `header` is the HMAC of `body` under one of `secrets` and the
 * timestamp is within `toleranceSec` of `now` (either way: a sender's clock may run ahead).
 * Returns when the sender signed it.
 */
export function verifyWebhook(
  secrets: WebhookSecrets,
  body: string | Buffer,
  header: string | string[] | undefined,
  now: Date,
  toleranceSec = DEFAULT_TOLERANCE_SEC,
): Date {
  if (Array.isArray(header)) {
    if (header.length > 1) throw new WebhookSignatureMalformedError(SIGNATURE_HEADER, 'the header is repeated');
    header = header[0];
  }
  if (header === undefined || header.trim() === '') throw new WebhookSignatureMissingError(SIGNATURE_HEADER);
  const { timestamp, signatures } = parseHeader(header);
  const expected = secretList(secrets).map((s) => hmac(s, timestamp, body));
  // timingSafeEqual: comparing byte by byte with an early exit would leak how much of a guess is right.
  const matches = signatures.some((sig) => expected.some((e) => timingSafeEqual(sig, e)));
  if (!matches) throw new WebhookSignatureInvalidError();
  // Checked after the signature, so "out of tolerance" only ever means a genuine but old (replayed) message.
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSec) {
    throw new WebhookTimestampOutOfToleranceError(toleranceSec);
  }
  return new Date(timestamp * 1000);
}

/** The signature header from incoming headers, whatever the case of its name. */
export function signatureHeaderOf(headers: WebhookHeaders): string | string[] | undefined {
  const wanted = SIGNATURE_HEADER.toLowerCase();
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === wanted) return value;
  return undefined;
}
