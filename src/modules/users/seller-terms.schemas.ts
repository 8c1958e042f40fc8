import { z } from 'zod';
import { TAX_REGIMES } from '../../shared/tax-regimes.js';

/** Digits as people paste them: spaces inside are dropped; whether they key is the service's check. */
const digits = (max: number) =>
  z
    .string()
    .max(max)
    .transform((v) => v.replace(/\s+/g, ''));

export const bankInput = z.object({
  bankName: z.string().trim().min(1, 'is required').max(300).describe('ПАО Сбербанк'),
  bik: digits(20).describe('БИК, 9 digits'),
  corrAccount: digits(40).describe('Корреспондентский счёт, 20 digits, keyed with the БИК'),
  account: digits(40).describe('Расчётный счёт, 20 digits, keyed with the БИК'),
});

export const requisitesBody = z
  .object({ bank: bankInput.nullable().describe('null removes them: invoice orders are then refused') })
  .strict();

export const requisitesView = z
  .object({
    bank: z.object({ bankName: z.string(), bik: z.string(), corrAccount: z.string(), account: z.string() }).nullable(),
  })
  .meta({ id: 'BankRequisites' });

const taxRegime = z
  .enum(TAX_REGIMES)
  .describe('vat_payer: 22/10/0 %; usn: without VAT; usn_vat_5 / usn_vat_7: everything at 5 / 7 %');

/** A calendar date that exists (2026-02-30 is refused here, not by the database). */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date, YYYY-MM-DD', abort: true })
  .refine((v) => {
    const t = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
  }, 'not a date in the calendar');

export const taxRegimeBody = z
  .object({
    taxRegime,
    from: calendarDate
      .optional()
      .describe('The Moscow date it applies from: today or later; today (the default) means from now'),
  })
  .strict();

export const taxRegimesView = z
  .object({
    current: taxRegime.describe('In force now'),
    items: z.array(
      z.object({
        taxRegime,
        startsOn: z.string().nullable().describe('null: the regime every account starts with'),
        appliesFrom: z.string().nullable().describe('The instant it applies from; null: from the beginning'),
        recordedAt: z.string().nullable(),
        recordedBy: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'TaxRegimes' });
