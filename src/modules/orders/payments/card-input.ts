import { z } from 'zod';
import type { Clock } from '../../../shared/clock.js';
import { fullExpiryYear, isCardExpired, luhnValid, normalizePan } from './card.js';
import type { CardInput } from './provider.js';

/** Cards are issued for at most about ten years; a later year is a typo (2062 for 2026). */
const MAX_YEARS_AHEAD = 20;

// No message below repeats the input: a card number must not end up in a problem document or a log.
const numberField = z
  .string({ error: 'card number is required, as a string of 12–19 digits' })
  .transform(normalizePan)
  .superRefine((pan, ctx) => {
    if (!/^\d{12,19}$/.test(pan)) {
      ctx.addIssue({ code: 'custom', message: 'card number must have 12–19 digits (spaces allowed)' });
    } else if (!luhnValid(pan)) {
      ctx.addIssue({ code: 'custom', message: 'card number is not valid: its check digit is wrong' });
    }
  })
  .describe('12–19 digits, spaces allowed; Luhn-checked; never stored, logged or returned');

const expMonthField = z
  .union([z.number(), z.string()], { error: 'expMonth is required: the expiry month 1–12' })
  .transform((v, ctx) => {
    const month = typeof v === 'number' ? v : /^\d{1,2}$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      ctx.addIssue({ code: 'custom', message: 'expMonth must be a month number 1–12' });
      return z.NEVER;
    }
    return month;
  })
  .describe('Expiry month 1–12 (number, or a string such as "04")');

const expYearField = z
  .union([z.number(), z.string()], { error: 'expYear is required: the expiry year as 2 or 4 digits' })
  .transform((v, ctx) => {
    const text = typeof v === 'number' ? (Number.isInteger(v) && v >= 0 ? String(v).padStart(2, '0') : '') : v.trim();
    if (!/^(\d{2}|\d{4})$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'expYear must have 2 or 4 digits (26 or 2026)' });
      return z.NEVER;
    }
    return fullExpiryYear(Number(text));
  })
  .describe('Expiry year, 2 or 4 digits; answered as 4 digits');

const cvcField = z
  .string({ error: 'cvc is required, as a string of 3 or 4 digits' })
  .trim()
  .regex(/^\d{3,4}$/, 'cvc must be 3 or 4 digits')
  .describe('CVC/CVV; a string, so leading zeros survive; never stored or logged');

const holderField = z
  .string({ error: 'holder must be a string' })
  .trim()
  .max(100, 'holder must be at most 100 characters')
  // Forms send "" for an empty optional input; МИР cards are often issued without a name.
  .transform((v) => (v === '' ? undefined : v))
  .optional()
  .describe('Name on the card, if any');

/**
 * The card a payment form sends, for the HTTP edge. `now` decides expiry: give the app's clock,
 * read at every parse, or a fixed date in tests. The output has `number` as digits only and a
 * four-digit `expYear`.
 */
export function cardInput(now: Date | Clock) {
  const clock: Clock = now instanceof Date ? { now: () => now } : now;
  return z
    .object(
      { number: numberField, expMonth: expMonthField, expYear: expYearField, cvc: cvcField, holder: holderField },
      { error: 'card must be an object with number, expMonth, expYear and cvc' },
    )
    .superRefine((card, ctx) => {
      const today = clock.now();
      const thisYear = today.getUTCFullYear();
      if (isCardExpired(card.expMonth, card.expYear, today)) {
        const mmyy = `${String(card.expMonth).padStart(2, '0')}/${card.expYear}`;
        ctx.addIssue({
          code: 'custom',
          // Point at the field that makes it past: the year, or the month within this year.
          path: [card.expYear < thisYear ? 'expYear' : 'expMonth'],
          message: `the card has expired: expiry ${mmyy} is in the past`,
        });
      } else if (card.expYear > thisYear + MAX_YEARS_AHEAD) {
        ctx.addIssue({
          code: 'custom',
          path: ['expYear'],
          message: `expYear must be within ${MAX_YEARS_AHEAD} years from now`,
        });
      }
    })
    .describe('A bank card; only its brand and last four digits are kept') satisfies z.ZodType<CardInput>;
}

export type CardInputBody = z.input<ReturnType<typeof cardInput>>;
