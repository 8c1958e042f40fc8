/**
 * The built-in TEST payment provider: no money moves. It answers by card number, using Stripe's
 * documented test cards (https://docs.stripe.com/testing) plus a МИР one, so that anyone who
 * has tested a card payment knows them. Real providers implement the same PaymentProvider.
 *
 * It keeps its records as a real provider does on its side, in its own table
 * (orders.test_provider_payments): answers survive our restarts, every replica sees the same
 * 3-D Secure challenges, and a payment can be looked up after the process that made it died.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../../shared/clock.js';
import type { Db, Executor } from '../../../shared/db/database.js';
import type { TestProviderStatus } from '../orders.tables.js';
import { ValidationError } from '../../../shared/errors.js';
import { type CardSummary, cardSummary, isCardExpired, luhnValid, normalizePan } from './card.js';
import { IdempotencyKeyReusedError } from '../../../shared/idempotency.js';
import {
  ThreeDsAlreadyCompletedError,
  ThreeDsCancelledError,
  ThreeDsExpiredError,
  ThreeDsPaymentNotFoundError,
  WebhookBodyInvalidError,
} from './payments.errors.js';
import type {
  CreatePaymentInput,
  CreatePaymentResult,
  Currency,
  PaymentProvider,
  PaymentReference,
  RefundInput,
  RefundResult,
  RetrievedPayment,
  SignedWebhook,
  WebhookEvent,
  WebhookHeaders,
} from './provider.js';
import { refundAtTestProvider } from './test-provider-refunds.js';
import { testProviderRepository as repo, type TestProviderRecord } from './test-provider.repository.js';
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
  /** Nobody answered the 3-D Secure challenge before it lapsed. */
  authentication_expired: 'The payment was not confirmed in time.',
  /** The payment was abandoned (cancelPayment) before 3-D Secure was answered. */
  canceled: 'The payment was cancelled; nothing was charged.',
} as const;

export type DeclineCode = keyof typeof DECLINE_MESSAGES;

export interface TestCardProviderOptions {
  /** Where the provider keeps its records (orders.test_provider_payments). */
  db: Db;
  /** Signs the webhooks it produces and verifies those it receives; a list while rotating keys. */
  webhookSecret: WebhookSecrets;
  /** The orders service's test 3-D Secure page; the provider payment id is appended as a path segment. */
  threeDsBaseUrl: string;
  clock: Clock;
  webhookToleranceSec?: number;
  /** How long a 3-D Secure challenge waits for the customer; an hour by default. */
  threeDsTtlMs?: number;
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
  status: 'pending' | 'succeeded' | 'failed' | 'expired' | 'cancelled';
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

/** An hour: longer than a card order waits (30 minutes), so a confirmation after it expired still meets the late-money rule. */
const THREE_DS_TTL_MS = 60 * 60_000;
const PAGE_STATUS: Record<TestProviderStatus, ThreeDsPaymentView['status']> = {
  requires_action: 'pending',
  succeeded: 'succeeded',
  declined: 'failed',
  failed: 'failed',
  expired: 'expired',
  cancelled: 'cancelled',
};

export class TestCardProvider implements PaymentProvider {
  readonly name = 'test';
  private readonly threeDsBase: URL;

  constructor(private readonly options: TestCardProviderOptions) {
    this.threeDsBase = new URL(
      options.threeDsBaseUrl.endsWith('/') ? options.threeDsBaseUrl : `${options.threeDsBaseUrl}/`,
    );
  }

  async createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    assertChargeable(input);
    const fingerprint = fingerprintOf(input);
    const { db } = this.options;
    const earlier = await repo.byKey(db, input.idempotencyKey);
    if (earlier) return repeated(earlier, fingerprint);
    const record = this.charge(input, fingerprint);
    // The unique key decides between parallel requests with one key: the loser answers the winner's record.
    const inserted = await repo.insert(db, record);
    return repeated(inserted ?? (await repo.byKey(db, input.idempotencyKey))!, fingerprint);
  }

  async retrievePayment(ref: PaymentReference, within?: Executor): Promise<RetrievedPayment> {
    const ex = within ?? this.options.db;
    const found = await this.find(ex, ref);
    return found ? answerOf(await this.lapseIfDue(ex, found)) : { status: 'not_found' };
  }

  async cancelPayment(ref: PaymentReference, within?: Executor): Promise<RetrievedPayment> {
    return this.run(within, async (ex) => {
      const found = await this.find(ex, ref);
      if (!found) return { status: 'not_found' };
      let record = await this.lapseIfDue(ex, found);
      if (record.status === 'requires_action') {
        record = await repo.update(ex, record.providerPaymentId, {
          status: 'cancelled',
          declineCode: 'canceled',
          declineMessage: DECLINE_MESSAGES.canceled,
          updatedAt: this.options.clock.now(),
        });
      }
      return answerOf(record);
    });
  }

  refund(input: RefundInput, within?: Executor): Promise<RefundResult> {
    return this.run(within, (ex) => refundAtTestProvider(ex, input, this.options.clock.now()));
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

  /** The 3-D Secure payment behind a test-page URL, for the page to show; `lock` holds it for `within`. */
  async threeDsPayment(providerPaymentId: string, within?: Executor, lock = false): Promise<ThreeDsPaymentView> {
    const record = threeDsOrThrow(await repo.byId(within ?? this.options.db, providerPaymentId, lock));
    const status = record.status === 'requires_action' && this.lapsed(record) ? 'expired' : record.status;
    return {
      providerPaymentId: record.providerPaymentId,
      paymentId: record.paymentId,
      amountMinor: record.amountMinor,
      currency: record.currency as Currency,
      description: record.description,
      card: cardOf(record),
      returnUrl: record.returnUrl,
      status: PAGE_STATUS[status],
    };
  }

  /**
   * The customer pressed a button on the test 3-D Secure page: returns the signed webhook this
   * provider would POST to us, for the orders service to deliver to its own webhook handler.
   * Pressing the same button again re-signs the same event (same id); the other one is a conflict,
   * and so is any button once the challenge has lapsed or the payment was cancelled.
   */
  async completeThreeDs(providerPaymentId: string, outcome: ThreeDsOutcome, within?: Executor): Promise<SignedWebhook> {
    const body = await this.run(within, async (tx) => {
      const record = threeDsOrThrow(await repo.byId(tx, providerPaymentId, true));
      if (record.completionBody) {
        const chosen: ThreeDsOutcome = record.status === 'succeeded' ? 'succeed' : 'fail';
        if (chosen !== outcome) throw new ThreeDsAlreadyCompletedError(record.status);
        return record.completionBody;
      }
      if (record.status === 'cancelled') throw new ThreeDsCancelledError();
      if (record.status === 'expired' || this.lapsed(record)) throw new ThreeDsExpiredError();
      const event = this.threeDsEvent(record, outcome);
      await repo.update(tx, providerPaymentId, {
        status: outcome === 'succeed' ? 'succeeded' : 'failed',
        declineCode: event.declineCode ?? null,
        declineMessage: event.declineMessage ?? null,
        completionBody: JSON.stringify(event),
        updatedAt: this.options.clock.now(),
      });
      return JSON.stringify(event);
    });
    const signature = signWebhook(this.options.webhookSecret, body, this.options.clock.now());
    return { body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature } };
  }

  /** The record of a new request: its outcome decided by the card number, which is not kept. */
  private charge(input: CreatePaymentInput, fingerprint: string): TestProviderRecord {
    const now = this.options.clock.now();
    const pan = normalizePan(input.card.number);
    const card = cardSummary(pan);
    const providerPaymentId = `tpay_${randomUUID()}`;
    const record = {
      providerPaymentId,
      idempotencyKey: input.idempotencyKey,
      paymentId: input.paymentId,
      fingerprint,
      amountMinor: input.amountMinor,
      currency: input.currency,
      description: input.description,
      returnUrl: input.returnUrl,
      cardBrand: card.brand,
      cardLast4: card.last4,
      declineCode: null,
      declineMessage: null,
      expiresAt: null,
      completionBody: null,
      createdAt: now,
      updatedAt: now,
    };
    const base = { providerPaymentId, card };
    const declined = (code: DeclineCode): TestProviderRecord => {
      const answer = { ...base, status: 'declined', declineCode: code, declineMessage: DECLINE_MESSAGES[code] };
      return { ...record, status: 'declined', declineCode: code, declineMessage: DECLINE_MESSAGES[code], answer };
    };
    // The HTTP edge checks these too (cardInput); a provider must not trust its caller.
    if (!/^\d{12,19}$/.test(pan) || !luhnValid(pan)) return declined('incorrect_number');
    if (isCardExpired(input.card.expMonth, input.card.expYear, now)) return declined('expired_card');
    const behaviour = TEST_CARDS[pan] ?? { outcome: 'decline', code: 'not_a_test_card' };
    switch (behaviour.outcome) {
      case 'succeed':
        return { ...record, status: 'succeeded', answer: { ...base, status: 'succeeded' } };
      case 'decline':
        return declined(behaviour.code);
      case 'three_ds': {
        const url = new URL(encodeURIComponent(providerPaymentId), this.threeDsBase).toString();
        const answer = { ...base, status: 'requires_action', action: { type: 'redirect_3ds', url } };
        const expiresAt = new Date(now.getTime() + (this.options.threeDsTtlMs ?? THREE_DS_TTL_MS));
        return { ...record, status: 'requires_action', answer, expiresAt };
      }
    }
  }

  /** In the caller's transaction, or in one of its own. */
  private run<T>(within: Executor | undefined, work: (ex: Executor) => Promise<T>): Promise<T> {
    return within ? work(within) : this.options.db.transaction(work);
  }

  /** Our reference's record, locked so a 3-D Secure answer being written waits for (or is seen by) the caller. */
  private async find(ex: Executor, ref: PaymentReference): Promise<TestProviderRecord | undefined> {
    const found = ref.providerPaymentId
      ? await repo.byId(ex, ref.providerPaymentId, true)
      : await repo.byKey(ex, ref.idempotencyKey, true);
    if (!found || found.idempotencyKey !== ref.idempotencyKey || found.paymentId !== ref.paymentId) return undefined;
    return found;
  }

  private lapsed(record: TestProviderRecord): boolean {
    return record.expiresAt !== null && record.expiresAt.getTime() <= this.options.clock.now().getTime();
  }

  /** A challenge nobody answered in time is declined for good, so a late button press cannot charge. */
  private async lapseIfDue(ex: Executor, record: TestProviderRecord): Promise<TestProviderRecord> {
    if (record.status !== 'requires_action' || !this.lapsed(record)) return record;
    return repo.update(ex, record.providerPaymentId, {
      status: 'expired',
      declineCode: 'authentication_expired',
      declineMessage: DECLINE_MESSAGES.authentication_expired,
      updatedAt: this.options.clock.now(),
    });
  }

  private threeDsEvent(payment: TestProviderRecord, outcome: ThreeDsOutcome): z.input<typeof webhookBody> {
    const common = {
      id: `evt_${randomUUID()}`,
      providerPaymentId: payment.providerPaymentId,
      amountMinor: payment.amountMinor,
      currency: 'RUB' as const,
      occurredAt: this.options.clock.now().toISOString(),
    };
    if (outcome === 'succeed') return { ...common, type: 'payment.succeeded' };
    const declineCode: DeclineCode = 'payment_intent_authentication_failure';
    return { ...common, type: 'payment.failed', declineCode, declineMessage: DECLINE_MESSAGES[declineCode] };
  }
}

/** The first answer for a key, repeated as it was (Stripe's idempotency), or 422 for another request. */
function repeated(record: TestProviderRecord, fingerprint: string): CreatePaymentResult {
  if (record.fingerprint !== fingerprint) {
    throw new IdempotencyKeyReusedError(
      'PAYMENT.IDEMPOTENCY_KEY_REUSED',
      'this idempotency key was already used for a different payment request',
    );
  }
  return firstAnswer(record);
}

/** Where a record stands, as `retrievePayment` answers it. */
function answerOf(record: TestProviderRecord): RetrievedPayment {
  const base = { providerPaymentId: record.providerPaymentId, card: cardOf(record) };
  switch (record.status) {
    case 'succeeded':
      return { ...base, status: 'succeeded' };
    case 'requires_action':
      return firstAnswer(record);
    case 'cancelled':
      return { ...base, status: 'cancelled' };
    default:
      return {
        ...base,
        status: 'declined',
        declineCode: record.declineCode ?? 'card_declined',
        declineMessage: record.declineMessage ?? DECLINE_MESSAGES.card_declined,
      };
  }
}

function firstAnswer(record: TestProviderRecord): CreatePaymentResult {
  const answer = record.answer as unknown as CreatePaymentResult;
  return answer.status === 'requires_action' ? { ...answer, expiresAt: record.expiresAt ?? undefined } : answer;
}

function cardOf(record: TestProviderRecord): CardSummary {
  return { brand: record.cardBrand as CardSummary['brand'], last4: record.cardLast4 };
}

/** Only payments that asked for 3-D Secure have a page (and a challenge expiry). */
function threeDsOrThrow(record: TestProviderRecord | undefined): TestProviderRecord {
  if (!record || record.expiresAt === null) throw new ThreeDsPaymentNotFoundError();
  return record;
}

/**
 * Everything that makes two requests "the same", as our own request hash does: the card's brand,
 * last four digits, expiry and holder, never its number or CVC (a hash of those could be reversed
 * by trying every number, and this one is stored).
 */
function fingerprintOf({ card, ...rest }: CreatePaymentInput): string {
  const { brand, last4 } = cardSummary(normalizePan(card.number));
  const request = [rest.paymentId, rest.amountMinor, rest.currency, rest.description, rest.returnUrl];
  return createHash('sha256')
    .update(JSON.stringify([...request, brand, last4, card.expMonth, card.expYear, card.holder ?? '']))
    .digest('hex');
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
