import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../shared/http/problem.js';
import { threeDsForm, threeDsParams, threeDsResult } from '../orders.schemas.js';
import { threeDsPage, threeDsResultPage } from './test-three-ds.page.js';
import type { TestThreeDsService } from './test-three-ds.service.js';

const HTML = 'text/html; charset=utf-8';
const html = (description: string) => ({ description, content: { 'text/html': { schema: z.string() } } });

/** A browser asks for HTML; an API client (and the tests) for JSON. */
function wantsJson(req: FastifyRequest): boolean {
  const accept = req.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/**
 * The built-in test provider's 3-D Secure page (only mounted with that provider: it takes no
 * credentials, so production has it only with PAYMENT_PROVIDER=test). Its forms
 * post `application/x-www-form-urlencoded`, parsed here only, with URLSearchParams.
 */
export async function testThreeDsRoutes(app: FastifyInstance, s: { threeDs: TestThreeDsService }): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/payments/test-3ds/:providerPaymentId',
    {
      schema: {
        operationId: 'getTestThreeDsPage',
        // The test provider's page; the unguessable payment id is all it takes.
        security: [],
        tags: ['orders'],
        summary: 'Test provider: the 3-D Secure page a customer is sent to (HTML)',
        description: 'Shows the amount and the card’s last four digits with two buttons: «Подтвердить», «Отклонить».',
        params: threeDsParams,
        response: { 200: html('The page'), ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => reply.type(HTML).send(threeDsPage(await s.threeDs.page(req.params.providerPaymentId))),
  );
  r.post(
    '/payments/test-3ds/:providerPaymentId',
    {
      schema: {
        operationId: 'submitTestThreeDs',
        // The test provider's page; the unguessable payment id is all it takes.
        security: [],
        tags: ['orders'],
        summary: 'Test provider: the customer confirms or declines 3-D Secure',
        description:
          'Form field outcome=succeed|fail. The provider’s signed webhook is delivered to our webhook handler at ' +
          'once: succeed marks the payment succeeded and the order paid, fail marks it failed. Pressing the same ' +
          'button again changes nothing; the other one is 409, and so is either once the challenge lapsed (an ' +
          'hour, PAYMENT.THREE_DS_EXPIRED). Answers HTML, or JSON for Accept: application/json.',
        params: threeDsParams,
        body: threeDsForm,
        response: {
          200: {
            description: 'The outcome',
            content: { 'application/json': { schema: threeDsResult }, 'text/html': { schema: z.string() } },
          },
          ...errorResponses(400, 404, 409, 415),
        },
      },
    },
    async (req, reply) => {
      const { providerPaymentId } = req.params;
      const result = await s.threeDs.complete(providerPaymentId, req.body.outcome, req.log);
      if (wantsJson(req)) return reply.type('application/json; charset=utf-8').send(result);
      return reply.type(HTML).send(threeDsResultPage(await s.threeDs.page(providerPaymentId), result.outcome));
    },
  );
}
