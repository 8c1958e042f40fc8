import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/http/problem.js';
import { webhookAck, webhookBody, webhookParams } from '../orders.schemas.js';
import type { PaymentsService } from './payments.service.js';

/**
 * `POST /payments/webhook/:provider`, alone in its plugin: here JSON bodies are kept as the raw
 * string, because the signature is over the bytes as sent and re-serialized JSON would not match.
 */
export async function paymentWebhookRoutes(app: FastifyInstance, s: { payments: PaymentsService }): Promise<void> {
  // Encapsulated: every other route keeps the parsing JSON parser.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/payments/webhook/:provider',
    {
      schema: {
        operationId: 'receivePaymentWebhook',
        security: [{ paymentSignature: [] }],
        tags: ['orders'],
        summary: 'Payment provider → us: a payment succeeded or failed (signed; no bearer token)',
        description:
          'Verified by its Tutuu-Signature header (HMAC-SHA256 of "<t>.<raw body>", 5 minutes tolerance): a missing, ' +
          'malformed, stale or wrong signature is 401. Each event is applied once, in one transaction: a redelivery ' +
          'answers 200 with duplicate: true and changes nothing. An unknown providerPaymentId is 404 (the provider ' +
          'retries later).',
        params: webhookParams,
        body: webhookBody,
        response: { 200: webhookAck, ...errorResponses(400, 401, 404, 409, 415) },
      },
    },
    async (req) => {
      const { duplicate } = await s.payments.handleWebhook(req.params.provider, req.body, req.headers, req.log);
      return { received: true as const, duplicate };
    },
  );
}
