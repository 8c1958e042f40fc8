/** `npm run api:generate`: writes web/src/api/schema.d.ts from the server's OpenAPI document. */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dumpOpenApi } from './dump.js';
import { renderSchemaTypes, SCHEMA_TYPES_FILE } from './schema-types.js';

writeFileSync(SCHEMA_TYPES_FILE, await renderSchemaTypes(await dumpOpenApi()));
process.stdout.write(`wrote ${relative(process.cwd(), SCHEMA_TYPES_FILE)}\n`);
