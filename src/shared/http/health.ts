import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { migrationsCurrent } from '../db/migrate.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.boolean()).optional(),
});

export function registerHealth(app: FastifyInstance, database: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/health/live',
    { schema: { tags: ['health'], summary: 'The process is up', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const }),
  );
  r.get(
    '/health/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The database answers and its migrations are current (and whether the read replica answers)',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      // A replica that is down does not make the process unready: its reads fall back to the
      // primary (docs/adr/0015). Asked at the same time, so a silent one costs no extra wait.
      const [database_, replica] = await Promise.all([database.ping(), database.pingRead()]);
      const migrations = database_ && (await migrationsCurrent(database));
      const ok = database_ && migrations;
      return reply.code(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'unavailable',
        checks: { database: database_, migrations, ...(replica === undefined ? {} : { replica }) },
      });
    },
  );
}
