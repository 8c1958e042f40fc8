import { z } from 'zod';
import { BODY_NAMES, BODY_TYPES, parseBodyType } from './body-types.js';

/** Every body type with its Russian name, for messages and API descriptions. */
export const BODY_LIST = BODY_TYPES.map((b) => `${b} (${BODY_NAMES[b]})`).join(', ');

/** A body type as the API takes it: its id or its Russian name (any case); anything else is a 400 naming the field. */
export const bodyTypeField = z
  .string()
  .max(40)
  .transform((v, ctx) => {
    const body = parseBodyType(v);
    if (body) return body;
    ctx.addIssue({ code: 'custom', message: `must be one of ${BODY_LIST}` });
    return z.NEVER;
  });
