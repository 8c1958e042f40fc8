import { describe, expect, expectTypeOf, it } from 'vitest';
import { ManualClock } from '../../../../shared/clock.js';
import { cardInput } from '../card-input.js';
import { cardBrand, cardSummary, isCardExpired, luhnValid, maskPan } from '../card.js';
import type { CardInput } from '../provider.js';
import { TEST_CARDS } from '../test-card-provider.js';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('luhnValid', () => {
  it.each(Object.keys(TEST_CARDS))('accepts the test card %s', (pan) => {
    expect(luhnValid(pan)).toBe(true);
  });

  it('accepts the textbook example and ignores spaces', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('4242 4242 4242 4242')).toBe(true);
  });

  it('gives the МИР test card 2200 0000 0000 000x exactly one check digit: 4', () => {
    // From the right, the two 2s sit in the 16th (doubled: 4) and 15th (2) places: 6, so x = 4.
    const valid = [...'0123456789'].filter((d) => luhnValid(`220000000000000${d}`));
    expect(valid).toEqual(['4']);
  });

  it('refuses a wrong check digit, a swap of two digits, non-digits and the empty string', () => {
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('4242424242424224')).toBe(false);
    expect(luhnValid('4242-4242-4242-4242')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('cardBrand', () => {
  it.each([
    ['4242424242424242', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['5105105105105100', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720990000000000', 'mastercard'],
    ['2200000000000004', 'mir'],
    ['2204000000000000', 'mir'],
    ['2205000000000000', 'unknown'],
    ['2721000000000000', 'unknown'],
    ['378282246310005', 'unknown'],
    ['', 'unknown'],
  ])('%s is %s', (pan, brand) => {
    expect(cardBrand(pan)).toBe(brand);
  });

  it('summarises a card as its brand and last four digits only', () => {
    expect(cardSummary('2200 0000 0000 0004')).toEqual({ brand: 'mir', last4: '0004' });
  });
});

describe('maskPan', () => {
  it('shows the first and last four digits of a 16-digit number', () => {
    expect(maskPan('4242424242424242')).toBe('4242 •••• •••• 4242');
    expect(maskPan('4000 0000 0000 3220')).toBe('4000 •••• •••• 3220');
  });

  it('keeps the last four together on other lengths', () => {
    expect(maskPan('2200000000000000004')).toBe('2200 •••• •••• ••• 0004');
    expect(maskPan('378282246310005')).toBe('3782 •••• ••• 0005');
    expect(maskPan('123456789012')).toBe('1234 •••• 9012');
  });

  it('masks anything too short to be a card number entirely', () => {
    expect(maskPan('12345678')).toBe('••••');
    expect(maskPan('')).toBe('••••');
  });
});

describe('isCardExpired', () => {
  it('treats a card as valid through the last day of its month', () => {
    expect(isCardExpired(3, 2026, new Date('2026-03-31T23:59:59Z'))).toBe(false);
    expect(isCardExpired(3, 2026, new Date('2026-04-01T00:00:00Z'))).toBe(true);
    expect(isCardExpired(12, 25, NOW)).toBe(true);
    expect(isCardExpired(1, 27, NOW)).toBe(false);
  });
});

type Issues = Record<string, string>;

function issuesOf(body: unknown, now: Date | ManualClock = NOW): Issues {
  const result = cardInput(now).safeParse(body);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || '(card)', i.message]));
}

const good = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123' };

describe('cardInput', () => {
  it('normalises the number and a 2-digit year and accepts string months', () => {
    const card = cardInput(NOW).parse({ ...good, expMonth: '04', expYear: '27', holder: ' IVAN PETROV ' });
    expect(card).toEqual({ number: '4242424242424242', expMonth: 4, expYear: 2027, cvc: '123', holder: 'IVAN PETROV' });
    expectTypeOf(card).toExtend<CardInput>();
  });

  it('takes an empty holder as none (МИР cards often have no name)', () => {
    expect(cardInput(NOW).parse({ ...good, holder: '' }).holder).toBeUndefined();
  });

  it('names the field of every format error', () => {
    expect(issuesOf({ ...good, number: '4242 4242' })).toEqual({
      number: 'card number must have 12–19 digits (spaces allowed)',
    });
    expect(issuesOf({ ...good, number: '4242424242424241' })).toEqual({
      number: 'card number is not valid: its check digit is wrong',
    });
    expect(issuesOf({ ...good, number: '4242-4242-4242-4242' })).toHaveProperty('number');
    expect(issuesOf({ ...good, expMonth: 13 })).toEqual({ expMonth: 'expMonth must be a month number 1–12' });
    expect(issuesOf({ ...good, expMonth: '0' })).toEqual({ expMonth: 'expMonth must be a month number 1–12' });
    expect(issuesOf({ ...good, expMonth: 4.5 })).toEqual({ expMonth: 'expMonth must be a month number 1–12' });
    expect(issuesOf({ ...good, expYear: 202 })).toEqual({ expYear: 'expYear must have 2 or 4 digits (26 or 2026)' });
    expect(issuesOf({ ...good, expYear: '2O3O' })).toEqual({ expYear: 'expYear must have 2 or 4 digits (26 or 2026)' });
    expect(issuesOf({ ...good, cvc: '12' })).toEqual({ cvc: 'cvc must be 3 or 4 digits' });
    expect(issuesOf({ ...good, cvc: '12a' })).toEqual({ cvc: 'cvc must be 3 or 4 digits' });
    expect(issuesOf({ ...good, holder: 'x'.repeat(101) })).toEqual({ holder: 'holder must be at most 100 characters' });
  });

  it('names every missing field at once', () => {
    expect(issuesOf({})).toEqual({
      number: 'card number is required, as a string of 12–19 digits',
      expMonth: 'expMonth is required: the expiry month 1–12',
      expYear: 'expYear is required: the expiry year as 2 or 4 digits',
      cvc: 'cvc is required, as a string of 3 or 4 digits',
    });
    expect(issuesOf(null)).toEqual({ '(card)': 'card must be an object with number, expMonth, expYear and cvc' });
    expect(issuesOf({ ...good, cvc: 123 })).toEqual({ cvc: 'cvc is required, as a string of 3 or 4 digits' });
  });

  it('refuses an expired card, pointing at the year or at the month within this year', () => {
    expect(issuesOf({ ...good, expMonth: 12, expYear: 25 })).toEqual({
      expYear: 'the card has expired: expiry 12/2025 is in the past',
    });
    expect(issuesOf({ ...good, expMonth: 2, expYear: 2026 })).toEqual({
      expMonth: 'the card has expired: expiry 02/2026 is in the past',
    });
    expect(issuesOf({ ...good, expMonth: 3, expYear: 2026 })).toEqual({});
  });

  it('refuses a year more than 20 years ahead', () => {
    expect(issuesOf({ ...good, expYear: 2047 })).toEqual({ expYear: 'expYear must be within 20 years from now' });
    expect(issuesOf({ ...good, expYear: 2046 })).toEqual({});
  });

  it('reads a clock at every parse, so one schema serves a running app', () => {
    const clock = new ManualClock('2026-03-31T23:00:00Z');
    const schema = cardInput(clock);
    const body = { ...good, expMonth: 3, expYear: 2026 };
    expect(schema.safeParse(body).success).toBe(true);
    clock.advance(60 * 60 * 1000);
    expect(schema.safeParse(body).success).toBe(false);
  });

  it('never repeats the card number in an error', () => {
    const pan = '4242424242424241';
    const result = cardInput(NOW).safeParse({ ...good, number: pan, expYear: 2020 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error)).not.toContain(pan);
    expect(JSON.stringify(result.error)).not.toContain('42424242');
  });
});
