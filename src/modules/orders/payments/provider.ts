import type { Executor } from '../../../shared/db/database.js';
import type { CardSummary } from './card.js';

/**
 * What the orders service needs from a card-payment provider. The built-in one is a test
 * provider (test-card-provider.ts); ЮKassa, CloudPayments or Т-Банк adapters implement the
 * same interface. The methods are async because real ones call the provider's API; each must time
 * out well within PAYMENT_RECONCILE_SEC.
 */
export interface PaymentProvider {
  /** Stored next to each payment, so a webhook is routed to the provider that made it. */
  readonly name: string;
  /**
   * Charges a card. A decline is a result, not an error: the customer may try another card.
   * The same `idempotencyKey` returns the same result, so a retried request never charges twice.
   */
  createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult>;
  /**
   * Where a payment stands now, asked by our own reference: a crash can come between the charge
   * and our writing its answer down, before we ever learn the provider's id. `not_found`: the
   * request never reached the provider. `within` is the caller's open transaction: a provider that
   * keeps its records in our database (the test one) reads through it, since PGlite has one
   * connection and that transaction holds it; providers reached over HTTP ignore it.
   */
  retrievePayment(ref: PaymentReference, within?: Executor): Promise<RetrievedPayment>;
  /**
   * Abandons a payment still waiting for 3-D Secure, so no later confirmation can charge it. A
   * payment that already ended is not changed: the answer says where it stands (a confirmation
   * that came first is `succeeded`). `within` as for `retrievePayment`.
   */
  cancelPayment(ref: PaymentReference, within?: Executor): Promise<RetrievedPayment>;
  /**
   * Pays (part of) a succeeded payment back to its card. Idempotent by `refundId`: asked again, it
   * answers the first result and pays nothing twice. A refusal is a result (`failed`); an error
   * thrown means the provider could not be asked and the call may be repeated.
   */
  refund(input: RefundInput, within?: Executor): Promise<RefundResult>;
  /**
   * Verifies and parses a notification the provider POSTed to us. `rawBody` must be the bytes
   * as received (not re-serialized JSON), or the signature cannot match. Throws a
   * `WebhookSignatureError` (401) for a missing, malformed, stale or wrong signature and
   * `WebhookBodyInvalidError` (400) for a signed body that is not an event.
   */
  parseWebhook(rawBody: string | Buffer, headers: WebhookHeaders): Promise<WebhookEvent>;
}

export type Currency = 'RUB';

/** A card as the payment form sends it, after `cardInput` has parsed it (`number`: digits only). */
export interface CardInput {
  number: string;
  expMonth: number;
  /** Four digits. */
  expYear: number;
  cvc: string;
  holder?: string;
}

export interface CreatePaymentInput {
  /** Our payment's uuid; providers echo it back in their dashboards. */
  paymentId: string;
  /** Kopecks. */
  amountMinor: number;
  currency: Currency;
  description: string;
  card: CardInput;
  idempotencyKey: string;
  /** Where the 3-D Secure page sends the customer when it is done. */
  returnUrl: string;
}

interface ResultBase {
  providerPaymentId: string;
  /** Brand and last four digits only: the full number never leaves createPayment. */
  card: CardSummary;
}

export interface PaymentSucceeded extends ResultBase {
  status: 'succeeded';
}

export interface PaymentDeclined extends ResultBase {
  status: 'declined';
  /** Stable, machine-readable: `card_declined`, `insufficient_funds`, `expired_card`, … */
  declineCode: string;
  /** Safe to show the customer. */
  declineMessage: string;
}

export interface PaymentRequiresAction extends ResultBase {
  status: 'requires_action';
  /** Send the customer here; the outcome arrives later as a webhook. */
  action: { type: 'redirect_3ds'; url: string };
  /** When the challenge lapses unanswered (then the payment is declined), if the provider says. */
  expiresAt?: Date | undefined;
}

export type CreatePaymentResult = PaymentSucceeded | PaymentDeclined | PaymentRequiresAction;

/** Abandoned before 3-D Secure was answered (`cancelPayment`): nothing was charged. */
export interface PaymentCancelled extends ResultBase {
  status: 'cancelled';
}

/** Our reference to a payment: its id and the idempotency key it was created with, and the provider's id if known. */
export interface PaymentReference {
  paymentId: string;
  idempotencyKey: string;
  providerPaymentId?: string | undefined;
}

/**
 * A payment as the provider has it now: `declined` also covers a 3-D Secure challenge refused or
 * left to lapse.
 */
export type RetrievedPayment = CreatePaymentResult | PaymentCancelled | { status: 'not_found' };

export interface RefundInput {
  /** Our refund's uuid: the idempotency key of the call. */
  refundId: string;
  paymentId: string;
  providerPaymentId: string;
  amountMinor: number;
  currency: Currency;
  reason: string;
}

export type RefundResult =
  | { status: 'succeeded'; providerRefundId: string }
  | { status: 'failed'; providerRefundId?: string | undefined; failureCode: string; failureMessage: string };

/** Node's and Fastify's incoming headers: lower-case names, a list when a header repeats. */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

export interface WebhookEvent {
  /** Unique per event: a provider redelivers until we answer 2xx, so handlers dedupe on it. */
  id: string;
  type: 'payment.succeeded' | 'payment.failed';
  providerPaymentId: string;
  amountMinor: number;
  currency: Currency;
  occurredAt: Date;
  /** Set on `payment.failed`. */
  declineCode?: string;
  declineMessage?: string;
}

/** The signed HTTP request a provider would POST to our webhook endpoint. */
export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
}
