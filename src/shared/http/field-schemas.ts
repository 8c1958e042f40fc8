import { z } from 'zod';
import { innProblem, isValidKpp } from '../inn.js';

/** ИНН with its check digits verified (10 digits: a company, 12: an individual entrepreneur). */
export const innField = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const bad = innProblem(v);
    if (bad) ctx.addIssue({ code: 'custom', message: bad });
  });

export const kppField = z.string().trim().refine(isValidKpp, 'КПП must be 9 characters: NNNNPPNNN');

/** A decimal quantity with up to 3 places, as a string or a number ('0.5', 12). */
export const quantity = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .pipe(
    z.string().regex(/^\d{1,11}(\.\d{1,3})?$/, {
      message: 'must be a non-negative decimal with at most 3 places',
      abort: true,
    }),
  );

export const positiveQuantity = quantity.refine((v) => Number(v) > 0, 'must be greater than 0');
