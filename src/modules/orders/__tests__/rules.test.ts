/** Pure order rules: the state machine, the order's derived status, money and the payment deadline. */
import { describe, expect, it } from 'vitest';
import { payBy } from '../payments/pay-by.js';
import { goodsVatRate, lineTotalMinor, sumDecimals, times, vatOf } from '../pricing.js';
import {
  byDelivery,
  canCancel,
  deliverySteps,
  nextStatuses,
  orderStatus,
  sellerTransitions,
  ships,
  unships,
} from '../state-machine.js';

describe('sub-order state machine', () => {
  it('follows docs/domain.md for pickup and for delivery', () => {
    expect(nextStatuses('ready', 'pickup')).toEqual(['picked_up', 'cancelled']);
    expect(nextStatuses('ready', 'delivery')).toEqual(['handed_to_carrier', 'cancelled']);
    // A failed delivery takes the part back to ready (logistics only).
    expect(nextStatuses('handed_to_carrier', 'delivery')).toEqual(['in_transit', 'ready']);
    expect(nextStatuses('in_transit', 'delivery')).toEqual(['delivered', 'ready']);
    expect(nextStatuses('delivered', 'delivery')).toEqual(['completed', 'return_requested']);
    expect(nextStatuses('picked_up', 'pickup')).toEqual(['completed', 'return_requested']);
    expect(nextStatuses('return_requested', 'delivery')).toEqual(['delivered', 'returned']);
    for (const end of ['completed', 'cancelled', 'returned'] as const) expect(nextStatuses(end, 'pickup')).toEqual([]);
  });

  it('cancels only up to ready', () => {
    const cancellable = ['pending_payment', 'paid', 'confirmed', 'assembling', 'ready'] as const;
    for (const s of cancellable) expect(canCancel(s)).toBe(true);
    for (const s of [
      'picked_up',
      'handed_to_carrier',
      'in_transit',
      'delivered',
      'return_requested',
      'completed',
      'returned',
    ] as const) {
      expect(canCancel(s)).toBe(false);
    }
  });

  it('sellers never mark paid through a transition, nor move a return: that is the returns flow', () => {
    expect(sellerTransitions('pending_payment', 'pickup', 'seller')).toEqual(['cancelled']);
    expect(sellerTransitions('delivered', 'delivery', 'seller')).toEqual(['completed']);
    expect(sellerTransitions('delivered', 'delivery', 'admin')).toEqual(['completed']);
    expect(sellerTransitions('return_requested', 'delivery', 'admin')).toEqual([]);
  });

  it('a delivery part goes past ready with its delivery: the seller only cancels, an admin may move it by hand', () => {
    expect(sellerTransitions('ready', 'delivery', 'seller')).toEqual(['cancelled']);
    expect(sellerTransitions('handed_to_carrier', 'delivery', 'seller')).toEqual([]);
    expect(sellerTransitions('in_transit', 'delivery', 'seller')).toEqual([]);
    expect(sellerTransitions('ready', 'delivery', 'admin')).toEqual(['handed_to_carrier', 'cancelled']);
    // Forward only: back to ready (goods on hand again) only a failed delivery leads.
    expect(sellerTransitions('handed_to_carrier', 'delivery', 'admin')).toEqual(['in_transit']);
    expect(sellerTransitions('in_transit', 'delivery', 'admin')).toEqual(['delivered']);
    // Pickup parts stay the seller's to hand over.
    expect(sellerTransitions('ready', 'pickup', 'seller')).toEqual(['picked_up', 'cancelled']);
    expect(sellerTransitions('assembling', 'delivery', 'seller')).toEqual(['ready', 'cancelled']);

    expect(byDelivery('ready', 'handed_to_carrier', 'delivery')).toBe(true);
    expect(byDelivery('in_transit', 'ready', 'delivery')).toBe(true);
    expect(byDelivery('in_transit', 'delivered', 'delivery')).toBe(true);
    expect(byDelivery('ready', 'cancelled', 'delivery')).toBe(false);
    expect(byDelivery('assembling', 'ready', 'delivery')).toBe(false);
    expect(byDelivery('ready', 'picked_up', 'pickup')).toBe(false);
    // Back from a return is the returns flow's, not the delivery's.
    expect(byDelivery('return_requested', 'delivered', 'delivery')).toBe(false);
  });

  it('a carrier report passes through the steps it skipped, and never goes back or beyond', () => {
    expect(deliverySteps('ready', 'handed_to_carrier')).toEqual(['handed_to_carrier']);
    expect(deliverySteps('ready', 'in_transit')).toEqual(['handed_to_carrier', 'in_transit']);
    expect(deliverySteps('ready', 'delivered')).toEqual(['handed_to_carrier', 'in_transit', 'delivered']);
    expect(deliverySteps('handed_to_carrier', 'delivered')).toEqual(['in_transit', 'delivered']);
    // Loaded while still being assembled (the job was posted early): it was ready.
    expect(deliverySteps('assembling', 'handed_to_carrier')).toEqual(['ready', 'handed_to_carrier']);
    expect(deliverySteps('confirmed', 'in_transit')).toEqual([
      'assembling',
      'ready',
      'handed_to_carrier',
      'in_transit',
    ]);
    // There already, or beyond, or out of a delivery's reach.
    expect(deliverySteps('in_transit', 'in_transit')).toEqual([]);
    expect(deliverySteps('delivered', 'handed_to_carrier')).toEqual([]);
    expect(deliverySteps('return_requested', 'delivered')).toEqual([]);
    for (const s of ['cancelled', 'pending_payment', 'paid', 'completed'] as const)
      expect(deliverySteps(s, 'delivered')).toEqual([]);
  });

  it('stock leaves on hand-over only', () => {
    expect(ships('ready', 'picked_up')).toBe(true);
    expect(ships('ready', 'handed_to_carrier')).toBe(true);
    expect(ships('handed_to_carrier', 'in_transit')).toBe(false);
    expect(ships('assembling', 'ready')).toBe(false);
    // Back from a return that was refused or partly accepted: the goods left long ago.
    expect(ships('return_requested', 'picked_up')).toBe(false);
    // A failed delivery brings the goods back: the way back of shipping.
    expect(unships('handed_to_carrier', 'ready')).toBe(true);
    expect(unships('in_transit', 'ready')).toBe(true);
    expect(unships('assembling', 'ready')).toBe(false);
    expect(ships('handed_to_carrier', 'ready')).toBe(false);
  });

  it('an order is as far as its slowest live part; once all are final: completed, else returned, else cancelled', () => {
    expect(orderStatus(['paid', 'pending_payment'])).toBe('pending_payment');
    expect(orderStatus(['paid', 'cancelled'])).toBe('paid');
    expect(orderStatus(['delivered', 'picked_up'])).toBe('picked_up');
    expect(orderStatus(['delivered', 'completed'])).toBe('delivered');
    expect(orderStatus(['return_requested', 'completed'])).toBe('return_requested');
    expect(orderStatus(['returned', 'delivered'])).toBe('delivered');
    expect(orderStatus(['completed', 'returned'])).toBe('completed');
    expect(orderStatus(['completed', 'cancelled'])).toBe('completed');
    expect(orderStatus(['returned', 'cancelled'])).toBe('returned');
    expect(orderStatus(['cancelled', 'cancelled'])).toBe('cancelled');
  });
});

describe('money and measures', () => {
  it('prices a decimal quantity half up, in kopecks', () => {
    expect(lineTotalMinor(95_000, '2.5')).toBe(237_500);
    expect(lineTotalMinor(333, '0.5')).toBe(167); // 166.5 → 167
    expect(lineTotalMinor(333, '0.001')).toBe(0);
    expect(lineTotalMinor(1, '1000000')).toBe(1_000_000);
  });

  it('takes the VAT out of a VAT-inclusive amount; none and 0 are zero', () => {
    expect(vatOf(122_00, '22')).toBe(22_00);
    expect(vatOf(110_00, '10')).toBe(10_00);
    expect(vatOf(100_00, 'none')).toBe(0);
    expect(vatOf(100_00, '0')).toBe(0);
  });

  it('weights and volumes are exact decimals', () => {
    expect(times('1600', '2.5', 3)).toBe('4000');
    expect(times('0.00195', '480', 6)).toBe('0.936');
    expect(times('3.5', '0.333', 3)).toBe('1.166'); // 1.1655 → 1.166
    expect(sumDecimals(['0.1', '0.2'], 3)).toBe('0.3');
    expect(sumDecimals(['0.000001', '0.936'], 6)).toBe('0.936001');
  });
});

describe('payment deadline', () => {
  const cfg = { cardPaymentMinutes: 30, invoicePaymentDays: 3 };

  it('card: 30 minutes', () => {
    expect(payBy(new Date('2026-12-01T10:00:00Z'), 'card', cfg).toISOString()).toBe('2026-12-01T10:30:00.000Z');
  });

  it('invoice: 3 banking days in Moscow, weekends skipped', () => {
    // Thursday 3 Dec 2026, 12:00 MSK → Fri, (Sat, Sun), Mon, Tue.
    expect(payBy(new Date('2026-12-03T09:00:00Z'), 'invoice', cfg).toISOString()).toBe('2026-12-08T09:00:00.000Z');
    // Monday → Thursday.
    expect(payBy(new Date('2026-11-30T09:00:00Z'), 'invoice', cfg).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    // Friday 23:30 MSK is already Friday in Moscow (20:30 UTC): Mon, Tue, Wed.
    expect(payBy(new Date('2026-12-04T20:30:00Z'), 'invoice', cfg).toISOString()).toBe('2026-12-09T20:30:00.000Z');
  });
});

describe('goodsVatRate', () => {
  it('sells an УСН seller’s goods at its own rate whatever the offer says', () => {
    expect(goodsVatRate('usn', '22')).toBe('none');
    expect(goodsVatRate('usn_vat_5', 'none')).toBe('5');
    expect(goodsVatRate('usn_vat_7', '10')).toBe('7');
    expect(goodsVatRate('vat_payer', '10')).toBe('10');
    // A rate left from an earlier УСН regime: the general rate.
    expect(goodsVatRate('vat_payer', 'none')).toBe('22');
  });
});
