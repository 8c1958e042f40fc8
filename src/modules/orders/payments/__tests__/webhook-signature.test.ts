import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../../../shared/http/problem.js';
import { WebhookSignatureError } from '../payments.errors.js';
import { SIGNATURE_HEADER, signatureHeaderOf, signWebhook, verifyWebhook } from '../webhook-signature.js';

const SECRET = 'whsec_current';
const OLD_SECRET = 'whsec_previous';
const NOW = new Date('2026-03-15T12:00:00Z');
const T = NOW.getTime() / 1000;
const BODY = JSON.stringify({ id: 'evt_1', type: 'payment.succeeded', amountMinor: 1_234_56 });

const seconds = (s: number) => new Date(NOW.getTime() + s * 1000);

/** The error's code, or 'OK' when `f` does not throw. */
function outcome(f: () => unknown): string {
  try {
    f();
    return 'OK';
  } catch (e) {
    if (e instanceof WebhookSignatureError) return e.code;
    throw e;
  }
}

describe('signWebhook', () => {
  it("follows Stripe's scheme: t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}`>", () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(signWebhook(SECRET, BODY, NOW)).toBe(`t=${T},v1=${expected}`);
  });

  it('signs bytes and text alike', () => {
    expect(signWebhook(SECRET, Buffer.from(BODY), NOW)).toBe(signWebhook(SECRET, BODY, NOW));
  });

  it('adds one v1 per secret during a rotation', () => {
    const header = signWebhook([SECRET, OLD_SECRET], BODY, NOW);
    expect(header.split(',').map((p) => p.slice(0, 3))).toEqual(['t=1', 'v1=', 'v1=']);
  });

  it('refuses to sign with an empty secret', () => {
    expect(() => signWebhook('', BODY, NOW)).toThrow('non-empty');
    expect(() => signWebhook([], BODY, NOW)).toThrow('non-empty');
  });
});

describe('verifyWebhook', () => {
  const header = signWebhook(SECRET, BODY, NOW);

  it('accepts its own signature and says when it was signed', () => {
    expect(verifyWebhook(SECRET, BODY, header, NOW)).toEqual(NOW);
    expect(verifyWebhook(SECRET, Buffer.from(BODY), header, NOW)).toEqual(NOW);
  });

  it('refuses a tampered body, a tampered signature, a tampered timestamp and the wrong secret', () => {
    const v1 = header.split('v1=')[1]!;
    const flipped = `${v1[0] === '0' ? '1' : '0'}${v1.slice(1)}`;
    expect(outcome(() => verifyWebhook(SECRET, BODY.replace('123456', '999999'), header, NOW))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_INVALID',
    );
    expect(outcome(() => verifyWebhook(SECRET, `${BODY} `, header, NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_INVALID');
    expect(outcome(() => verifyWebhook(SECRET, BODY, `t=${T},v1=${flipped}`, NOW))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_INVALID',
    );
    expect(outcome(() => verifyWebhook(SECRET, BODY, `t=${T + 1},v1=${v1}`, NOW))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_INVALID',
    );
    expect(outcome(() => verifyWebhook('whsec_wrong', BODY, header, NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_INVALID');
  });

  it('accepts 300 s either way and refuses more (a replay, or a clock far ahead)', () => {
    expect(outcome(() => verifyWebhook(SECRET, BODY, header, seconds(300)))).toBe('OK');
    expect(outcome(() => verifyWebhook(SECRET, BODY, header, seconds(-300)))).toBe('OK');
    expect(outcome(() => verifyWebhook(SECRET, BODY, header, seconds(301)))).toBe(
      'PAYMENT.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE',
    );
    expect(outcome(() => verifyWebhook(SECRET, BODY, header, seconds(-301)))).toBe(
      'PAYMENT.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE',
    );
    expect(outcome(() => verifyWebhook(SECRET, BODY, header, seconds(301), 600))).toBe('OK');
    expect(outcome(() => verifyWebhook(SECRET, BODY, header, seconds(61), 60))).toBe(
      'PAYMENT.WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE',
    );
  });

  it('reports a forged and old signature as forged, not as old', () => {
    expect(outcome(() => verifyWebhook('whsec_wrong', BODY, header, seconds(3600)))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_INVALID',
    );
  });

  it('refuses a missing header', () => {
    expect(outcome(() => verifyWebhook(SECRET, BODY, undefined, NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_MISSING');
    expect(outcome(() => verifyWebhook(SECRET, BODY, '', NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_MISSING');
    expect(outcome(() => verifyWebhook(SECRET, BODY, [], NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_MISSING');
  });

  it.each([
    ['not key=value', 'garbage'],
    ['no timestamp', `v1=${'a'.repeat(64)}`],
    ['no v1', `t=${T}`],
    ['no v1, only v0', `t=${T},v0=${'a'.repeat(64)}`],
    ['a timestamp that is not seconds', `t=2026-03-15,v1=${'a'.repeat(64)}`],
    ['two timestamps', `t=${T},t=${T},v1=${'a'.repeat(64)}`],
    ['a short v1', `t=${T},v1=abc`],
    ['a v1 that is not hex', `t=${T},v1=${'z'.repeat(64)}`],
  ])('refuses a malformed header: %s', (_why, value) => {
    expect(outcome(() => verifyWebhook(SECRET, BODY, value, NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_MALFORMED');
  });

  it('refuses a repeated header', () => {
    expect(outcome(() => verifyWebhook(SECRET, BODY, [header, header], NOW))).toBe(
      'PAYMENT.WEBHOOK_SIGNATURE_MALFORMED',
    );
    expect(verifyWebhook(SECRET, BODY, [header], NOW)).toEqual(NOW);
  });

  it('skips unknown schemes and tolerates spaces after commas', () => {
    const [t, v1] = header.split(',');
    expect(verifyWebhook(SECRET, BODY, `${t}, v0=deadbeef, ${v1}`, NOW)).toEqual(NOW);
  });

  describe('key rotation', () => {
    const both = signWebhook([SECRET, OLD_SECRET], BODY, NOW);

    it('lets a receiver on either secret accept a message signed with both', () => {
      expect(outcome(() => verifyWebhook(SECRET, BODY, both, NOW))).toBe('OK');
      expect(outcome(() => verifyWebhook(OLD_SECRET, BODY, both, NOW))).toBe('OK');
      expect(outcome(() => verifyWebhook('whsec_other', BODY, both, NOW))).toBe('PAYMENT.WEBHOOK_SIGNATURE_INVALID');
    });

    it('lets a receiver holding both secrets accept a message signed with either', () => {
      expect(outcome(() => verifyWebhook([SECRET, OLD_SECRET], BODY, signWebhook(OLD_SECRET, BODY, NOW), NOW))).toBe(
        'OK',
      );
      expect(outcome(() => verifyWebhook([SECRET, OLD_SECRET], BODY, signWebhook(SECRET, BODY, NOW), NOW))).toBe('OK');
    });

    it('accepts when any one of several v1 values matches', () => {
      const good = signWebhook(SECRET, BODY, NOW).split('v1=')[1]!;
      expect(verifyWebhook(SECRET, BODY, `t=${T},v1=${'0'.repeat(64)},v1=${good}`, NOW)).toEqual(NOW);
    });
  });

  it('answers every failure as 401 with its own code', () => {
    const failures = [
      () => verifyWebhook(SECRET, BODY, undefined, NOW),
      () => verifyWebhook(SECRET, BODY, 'garbage', NOW),
      () => verifyWebhook(SECRET, BODY, header, seconds(301)),
      () => verifyWebhook('whsec_wrong', BODY, header, NOW),
    ];
    const problems = failures.map((f) => {
      try {
        f();
      } catch (e) {
        return toProblem(e);
      }
      return null;
    });
    expect(problems.map((p) => p?.status)).toEqual([401, 401, 401, 401]);
    expect(new Set(problems.map((p) => p?.code)).size).toBe(4);
  });
});

describe('signatureHeaderOf', () => {
  it('finds the header whatever the case of its name', () => {
    expect(signatureHeaderOf({ 'tutuu-signature': 'a' })).toBe('a');
    expect(signatureHeaderOf({ [SIGNATURE_HEADER]: 'b' })).toBe('b');
    expect(signatureHeaderOf({ 'content-type': 'application/json' })).toBeUndefined();
  });
});
