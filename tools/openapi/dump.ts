/**
 * The server's OpenAPI document as an object: the whole app built on an empty in-memory PGlite
 * (building queries nothing, so no migrations), asked for its document, then closed.
 */
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/shared/db/database.js';

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, Record<string, unknown>>>;
};

export async function dumpOpenApi(): Promise<OpenApiDocument> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      // Placeholders: nothing is signed or verified while the document is read.
      JWT_SECRET: 'openapi-dump-'.padEnd(48, 'x'),
      PAYMENT_WEBHOOK_SECRET: 'openapi-dump-'.padEnd(48, 'y'),
      SEED_DEMO: 'false',
      WORKER: 'false',
    });
    const app = await buildApp({ config, services: { database } });
    try {
      await app.ready();
      // A deep copy: the live document is the app's, and it is closed below.
      return JSON.parse(JSON.stringify(app.swagger())) as OpenApiDocument;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
