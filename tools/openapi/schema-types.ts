/** The web client's API types (web/src/api/schema.d.ts) as generated from an OpenAPI document. */
import { resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';

export const SCHEMA_TYPES_FILE = resolve(import.meta.dirname, '../../web/src/api/schema.d.ts');

const HEADER = '// Generated from the server’s OpenAPI document by `npm run api:generate`; do not edit.\n';

/** The file's text, formatted as the repository formats it (so `prettier --check` passes). */
export async function renderSchemaTypes(doc: object): Promise<string> {
  const text = HEADER + astToString(await openapiTS(doc as OpenAPI3));
  const options = await prettier.resolveConfig(SCHEMA_TYPES_FILE);
  return prettier.format(text, { ...options, filepath: SCHEMA_TYPES_FILE });
}
