/** The test provider on a test file's own database, without the app around it. */
import { ManualClock } from '../../../../shared/clock.js';
import type { Database } from '../../../../shared/db/database.js';
import { DomainError } from '../../../../shared/errors.js';
import type { CreatePaymentInput } from '../provider.js';
import { TestCardProvider, type TestCardProviderOptions } from '../test-card-provider.js';

export const SECRET = 'whsec_test';
export const BASE_URL = 'https://market.test/api/v1/orders/payments/test-3ds';
export const PAYMENT_ID = '0b7e6a52-8f5e-4c55-9d3f-1c2a7b9e4d10';

export function testProvider(database: Database, options: Partial<TestCardProviderOptions> = {}) {
  const clock = new ManualClock('2026-03-15T12:00:00Z');
  const provider = new TestCardProvider({
    db: database.db,
    webhookSecret: SECRET,
    threeDsBaseUrl: BASE_URL,
    clock,
    ...options,
  });
  return { clock, provider };
}

let keys = 0;
/** A request for 1 234,56 ₽ with a key of its own. */
export function paymentInput(number: string, overrides: Partial<CreatePaymentInput> = {}): CreatePaymentInput {
  return {
    paymentId: PAYMENT_ID,
    amountMinor: 1_234_56,
    currency: 'RUB',
    description: 'Заказ №1042: цемент М500, 40 мешков',
    card: { number, expMonth: 12, expYear: 2030, cvc: '123' },
    idempotencyKey: `key-${++keys}`,
    returnUrl: 'https://market.test/orders/1042',
    ...overrides,
  };
}

/** The DomainError code `f` rejects with. */
export async function codeOf(f: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('expected a DomainError');
}
