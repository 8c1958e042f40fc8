/** Pure rules of card payments: what makes two requests the same, and when an order can be paid. */
import { describe, expect, it } from 'vitest';
import type { OrderRow, SubOrderRow } from '../../orders.repository.js';
import { payableParts, paymentRequestHash, type PayBody } from '../payment-rules.js';

const body = (over: Partial<PayBody['card']> = {}): PayBody => ({
  method: 'card',
  card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', ...over },
});

describe('paymentRequestHash', () => {
  it('is the same for the same card whatever its CVC, and differs by last four digits, expiry or holder', () => {
    const base = paymentRequestHash(body());
    expect(paymentRequestHash(body({ cvc: '999' }))).toBe(base);
    expect(paymentRequestHash(body({ number: '4000000000000002' }))).not.toBe(base);
    expect(paymentRequestHash(body({ expMonth: 11 }))).not.toBe(base);
    expect(paymentRequestHash(body({ holder: 'IVAN PETROV' }))).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('payableParts', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const order = (over: Partial<OrderRow> = {}) =>
    ({
      paymentMethod: 'card',
      status: 'pending_payment',
      payBy: new Date('2026-03-01T10:30:00Z'),
      ...over,
    }) as OrderRow;
  const sub = (status: SubOrderRow['status'], totalMinor = 100) => ({ status, totalMinor }) as SubOrderRow;
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { code: string; message: string }).message;
    }
    return 'payable';
  };

  it('is the sub-orders awaiting payment', () => {
    const subs = [sub('pending_payment', 100), sub('cancelled', 50), sub('pending_payment', 70)];
    expect(payableParts(order(), subs, now).map((s) => s.totalMinor)).toEqual([100, 70]);
  });

  it('refuses invoice orders, paid orders and orders past their time', () => {
    expect(codeOf(() => payableParts(order({ paymentMethod: 'invoice' }), [sub('pending_payment')], now))).toMatch(
      /invoice/,
    );
    expect(codeOf(() => payableParts(order({ status: 'paid' }), [sub('paid')], now))).toMatch(/nothing/);
    expect(codeOf(() => payableParts(order({ payBy: now }), [sub('pending_payment')], now))).toMatch(/ran out/);
  });
});
