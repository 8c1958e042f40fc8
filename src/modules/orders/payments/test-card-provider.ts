/**
 * The built-in TEST payment provider: no money moves. It answers by card number, using Stripe's
 * documented test cards (https://docs.stripe.com/testing) plus a МИР one, so that anyone who
 * has tested a card payment knows them. Real providers implement the same PaymentProvider.
 *
 * Its state (idempotency keys, 3-D Secure payments waiting for the test page) lives in this
 * process's memory and is never pruned: a restart forgets it, and several replicas do not share
 * it. That is acceptable for a test provider and for nothing else.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../../shared/clock.js';
import { ValidationError } from '../../../shared/errors.js';
import { type CardSummary, cardSummary, isCardExpired, luhnValid, normalizePan } from './card.js';
import {
  IdempotencyKeyReusedError,
  ThreeDsAlreadyCompletedError,
  ThreeDsPaymentNotFoundError,
  WebhookBodyInvalidError,
} from './payments.errors.js';
import type {
  CreatePaymentInput,
  CreatePaymentResult,
  Currency,
  PaymentProvider,
  SignedWebhook,
  WebhookEvent,
  WebhookHeaders,
} from './provider.js';
import {
  DEFAULT_TOLERANCE_SEC,
  SIGNATURE_HEADER,
  signatureHeaderOf,
  signWebhook,
  verifyWebhook,
  type WebhookSecrets,
} from './webhook-signature.js';

type TestCardBehaviour = { outcome: 'succeed' } | { outcome: 'decline'; code: DeclineCode } | { outcome: 'three_ds' };

/** Digits only. Every other Luhn-valid number is declined with `not_a_test_card`. */
export const TEST_CARDS: Readonly<Record<string, TestCardBehaviour>> = {
  '4242424242424242': { outcome: 'succeed' }, // Visa
  '5555555555554444': { outcome: 'succeed' }, // Mastercard
  '2200000000000004': { outcome: 'succeed' }, // МИР (BIN 2200; check digit 4 by Luhn)
  '4000000000000002': { outcome: 'decline', code: 'card_declined' },
  '4000000000009995': { outcome: 'decline', code: 'insufficient_funds' },
  '4000000000000069': { outcome: 'decline', code: 'expired_card' },
  '4000000000003220': { outcome: 'three_ds' }, // the test page decides: completeThreeDs()
};

/** Stripe's decline codes and customer-facing wording, plus our `not_a_test_card`. */
export const DECLINE_MESSAGES = {
  card_declined: 'Your card was declined.',
  insufficient_funds: 'Your card has insufficient funds.',
  expired_card: 'Your card has expired.',
  incorrect_number: 'Your card number is incorrect.',
  /** A real, well-formed card number given to the test provider: it never charges real cards. */
  not_a_test_card: 'This is a test payment system: use one of its test card numbers.',
  /** The customer failed (or cancelled) 3-D Secure on the test page. */
  payment_intent_authentication_failure: 'We are unable to authenticate your payment method.',
} as const;

export type DeclineCode = keyof typeof DECLINE_MESSAGES;

export interface TestCardProviderOptions {
  /** Signs the webhooks it produces and verifies those it receives; a list while rotating keys. */
  webhookSecret: WebhookSecrets;
  /** The orders service's test 3-D Secure page; the provider payment id is appended as a path segment. */
  threeDsBaseUrl: string;
  clock: Clock;
  webhookToleranceSec?: number;
}

export type ThreeDsOutcome = 'succeed' | 'fail';

/** What the test 3-D Secure page shows and where it sends the customer afterwards. */
export interface ThreeDsPaymentView {
  providerPaymentId: string;
  paymentId: string;
  amountMinor: number;
  currency: Currency;
  description: string;
  card: CardSummary;
  returnUrl: string;
  status: 'pending' | 'succeeded' | 'failed';
}

interface ThreeDsPayment extends Omit<ThreeDsPaymentView, 'status'> {
  /** Kept so that a second press of the same button re-sends the same event (same id). */
  completion?: { outcome: ThreeDsOutcome; body: string };
}

/** The JSON body of our webhooks: a WebhookEvent with `occurredAt` as ISO-8601. */
const webhookBody = z.object({
  id: z.string().min(1),
  type: z.enum(['payment.succeeded', 'payment.failed']),
  providerPaymentId: z.string().min(1),
  amountMinor: z.number().int().positive(),
  currency: z.literal('RUB'),
  occurredAt: z.iso.datetime(),
  declineCode: z.string().optional(),
  declineMessage: z.string().optional(),
});

export class TestCardProvider implements PaymentProvider {
  readonly name = 'test';
  private readonly byIdempotencyKey = new Map<string, { fingerprint: string; result: CreatePaymentResult }>();
  private readonly threeDs = new Map<string, ThreeDsPayment>();
  /** Keys the request fingerprints, so that even this memory holds nothing a card number can be guessed from. */
  private readonly fingerprintKey = randomBytes(32);
  private readonly threeDsBase: URL;

  constructor(private readonly options: TestCardProviderOptions) {
    this.threeDsBase = new URL(
      options.threeDsBaseUrl.endsWith('/') ? options.threeDsBaseUrl : `${options.threeDsBaseUrl}/`,
    );
  }

  async createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    assertChargeable(input);
    const fingerprint = this.fingerprint(input);
    const earlier = this.byIdempotencyKey.get(input.idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
      return structuredClone(earlier.result);
    }
    const result = this.charge(input);
    this.byIdempotencyKey.set(input.idempotencyKey, { fingerprint, result });
    return structuredClone(result);
  }

  async parseWebhook(rawBody: string | Buffer, headers: WebhookHeaders): Promise<WebhookEvent> {
    const { webhookSecret, clock, webhookToleranceSec = DEFAULT_TOLERANCE_SEC } = this.options;
    verifyWebhook(webhookSecret, rawBody, signatureHeaderOf(headers), clock.now(), webhookToleranceSec);
    let json: unknown;
    try {
      json = JSON.parse(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8'));
    } catch {
      throw new WebhookBodyInvalidError([{ path: 'body', message: 'is not valid JSON' }]);
    }
    const parsed = webhookBody.safeParse(json);
    if (!parsed.success) {
      throw new WebhookBodyInvalidError(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })),
      );
    }
    return { ...parsed.data, occurredAt: new Date(parsed.data.occurredAt) };
  }

  /** The 3-D Secure payment behind a test-page URL, for the page to show. */
  threeDsPayment(providerPaymentId: string): ThreeDsPaymentView {
    const { completion, ...payment } = this.pendingOrThrow(providerPaymentId);
    const status = !completion ? 'pending' : completion.outcome === 'succeed' ? 'succeeded' : 'failed';
    return { ...structuredClone(payment), status };
  }

  /**
   * The customer pressed a button on the test 3-D Secure page: returns the signed webhook this
   * provider would POST to us, for the orders service to deliver to its own webhook handler.
   * Pressing the same button again re-signs the same event (same id); the other one is a conflict.
   */
  completeThreeDs(providerPaymentId: string, outcome: ThreeDsOutcome): SignedWebhook {
    const payment = this.pendingOrThrow(providerPaymentId);
    if (payment.completion && payment.completion.outcome !== outcome) {
      throw new ThreeDsAlreadyCompletedError(payment.completion.outcome === 'succeed' ? 'succeeded' : 'failed');
    }
    payment.completion ??= { outcome, body: JSON.stringify(this.threeDsEvent(payment, outcome)) };
    const { body } = payment.completion;
    const signature = signWebhook(this.options.webhookSecret, body, this.options.clock.now());
    return { body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature } };
  }

  private charge(input: CreatePaymentInput): CreatePaymentResult {
    const pan = normalizePan(input.card.number);
    const base = { providerPaymentId: `tpay_${randomUUID()}`, card: cardSummary(pan) };
    const declined = (code: DeclineCode): CreatePaymentResult => ({
      ...base,
      status: 'declined',
      declineCode: code,
      declineMessage: DECLINE_MESSAGES[code],
    });
    // The HTTP edge checks these too (cardInput); a provider must not trust its caller.
    if (!/^\d{12,19}$/.test(pan) || !luhnValid(pan)) return declined('incorrect_number');
    if (isCardExpired(input.card.expMonth, input.card.expYear, this.options.clock.now())) {
      return declined('expired_card');
    }
    const behaviour = TEST_CARDS[pan] ?? { outcome: 'decline', code: 'not_a_test_card' };
    switch (behaviour.outcome) {
      case 'succeed':
        return { ...base, status: 'succeeded' };
      case 'decline':
        return declined(behaviour.code);
      case 'three_ds': {
        const { paymentId, amountMinor, currency, description, returnUrl } = input;
        this.threeDs.set(base.providerPaymentId, { ...base, paymentId, amountMinor, currency, description, returnUrl });
        const url = new URL(encodeURIComponent(base.providerPaymentId), this.threeDsBase).toString();
        return { ...base, status: 'requires_action', action: { type: 'redirect_3ds', url } };
      }
    }
  }

  private threeDsEvent(payment: ThreeDsPayment, outcome: ThreeDsOutcome): z.input<typeof webhookBody> {
    const common = {
      id: `evt_${randomUUID()}`,
      providerPaymentId: payment.providerPaymentId,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      occurredAt: this.options.clock.now().toISOString(),
    };
    if (outcome === 'succeed') return { ...common, type: 'payment.succeeded' };
    const declineCode: DeclineCode = 'payment_intent_authentication_failure';
    return { ...common, type: 'payment.failed', declineCode, declineMessage: DECLINE_MESSAGES[declineCode] };
  }

  private pendingOrThrow(providerPaymentId: string): ThreeDsPayment {
    const payment = this.threeDs.get(providerPaymentId);
    if (!payment) throw new ThreeDsPaymentNotFoundError();
    return payment;
  }

  /** Everything that makes two requests "the same", hashed with a key so no card number is kept. */
  private fingerprint({ card, ...rest }: CreatePaymentInput): string {
    const request = [rest.paymentId, rest.amountMinor, rest.currency, rest.description, rest.returnUrl];
    const cardPart = [normalizePan(card.number), card.expMonth, card.expYear, card.cvc, card.holder ?? ''];
    return createHmac('sha256', this.fingerprintKey)
      .update(JSON.stringify([...request, ...cardPart]))
      .digest('hex');
  }
}

function assertChargeable(input: CreatePaymentInput): void {
  const errors = [];
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    errors.push({ path: 'amountMinor', message: 'must be a positive whole number of kopecks' });
  }
  if (input.currency !== 'RUB') errors.push({ path: 'currency', message: 'must be RUB' });
  if (input.idempotencyKey.trim() === '') errors.push({ path: 'idempotencyKey', message: 'is required' });
  if (errors.length > 0) throw new ValidationError(errors);
}
