import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { findRefusedInput } from './field-schemas.js';

/**
 * The app's validator: before a route's zod schema runs, one rule for every string and key of
 * every request part — no control characters (field-schemas.ts), no nesting past MAX_NESTING; a
 * JSON body keeps tab and line breaks, the path and the query string refuse those too. The answer
 * is the same 400 problem as any validation failure, naming the field.
 */
export const guardedValidatorCompiler: FastifySchemaCompiler<unknown> = (route) => {
  const validate = validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
  // Headers are left to the HTTP parser, which refuses control characters other than tab.
  if (route.httpPart === 'headers') return validate;
  const kind = route.httpPart === 'body' ? 'text' : 'line';
  return (data: unknown) => {
    const hit = findRefusedInput(data, kind);
    if (!hit) return validate(data);
    const path = hit.path.join('/');
    return {
      error: [
        {
          keyword: 'request_rule',
          instancePath: path ? `/${path}` : '',
          schemaPath: '#/request_rule',
          message: hit.problem,
          params: {},
        },
      ],
    } as unknown as ReturnType<typeof validate>;
  };
};
