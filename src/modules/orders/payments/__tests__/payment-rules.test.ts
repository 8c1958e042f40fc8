/** Pure rules of card payments: what makes two requests the same, and when an order can be paid. */
import { describe, expect, it } from 'vitest';
import type { OrderRow, SubOrderRow } from '../../orders.repository.js';
import type { PaymentRow } from '../../orders.repository.js';
import { payableParts, paymentRequestHash, whyUnpayable, type PayBody } from '../payment-rules.js';

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
    // One charge per order: a paid one says so; one whose every part was cancelled has nothing to pay.
    expect(codeOf(() => payableParts(order({ status: 'paid' }), [sub('paid')], now))).toMatch(/already paid/);
    expect(codeOf(() => payableParts(order({ status: 'cancelled' }), [sub('cancelled')], now))).toMatch(/nothing/);
    expect(codeOf(() => payableParts(order({ payBy: now }), [sub('pending_payment')], now))).toMatch(/ran out/);
  });
});

describe('whyUnpayable', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const order = {
    paymentMethod: 'card',
    status: 'pending_payment',
    payBy: new Date('2026-03-01T10:30:00Z'),
  } as OrderRow;
  const sub = (status: SubOrderRow['status'], totalMinor = 100) => ({ status, totalMinor }) as SubOrderRow;
  const payment = (status: PaymentRow['status'], amountMinor = 170) => ({ status, amountMinor }) as PaymentRow;
  const open = [sub('pending_payment', 100), sub('pending_payment', 70)];

  it('is null while the order still awaits exactly what an open payment is for', () => {
    expect(whyUnpayable(payment('requires_action'), order, open, now)).toBeNull();
    expect(whyUnpayable(payment('pending'), order, open, now)).toBeNull();
  });

  it('names why a payment can no longer take money', () => {
    expect(whyUnpayable(payment('cancelled'), order, open, now)).toBe('payment_ended');
    expect(whyUnpayable(payment('requires_action'), order, [sub('paid', 170)], now)).toBe('order_paid');
    expect(whyUnpayable(payment('requires_action'), order, [sub('cancelled', 170)], now)).toBe('order_cancelled');
    expect(whyUnpayable(payment('requires_action'), { ...order, payBy: now }, open, now)).toBe('pay_by_passed');
    const oneCancelled = [sub('pending_payment', 100), sub('cancelled', 70)];
    expect(whyUnpayable(payment('requires_action'), order, oneCancelled, now)).toBe('amount_changed');
  });
});
