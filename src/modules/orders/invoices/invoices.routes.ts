import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses } from '../../../shared/http/problem.js';
import type { InvoiceFile, InvoicesService } from './invoices.service.js';
import { idParams } from '../orders.schemas.js';

const PDF = 'application/pdf';
const secured = { tags: ['orders'], security: [{ bearerAuth: [] }] };
const pdfResponse = (description: string) => ({
  200: { description, content: { [PDF]: { schema: z.string().meta({ format: 'binary' }) } } },
});

/**
 * Счета на оплату as PDF. Registered without the zod type provider, like the price-list template:
 * the answer is a file's bytes, not JSON; params are still validated by the zod schema.
 */
export async function invoicesRoutes(app: FastifyInstance, s: { invoices: InvoicesService }): Promise<void> {
  const seller = app.requireRole('seller', 'admin');

  app.get<{ Params: z.infer<typeof idParams> }>(
    '/:id/invoice.pdf',
    {
      preValidation: app.authenticate,
      schema: {
        ...secured,
        operationId: 'getOrderInvoicePdf',
        summary: 'Customer or admin: the order’s invoices (счета на оплату), one per seller, in one PDF',
        description:
          'Each live sub-order’s invoice starts on a new page; cancelled sub-orders are left out. ' +
          '409 ORDER.NOT_INVOICE for an order paid by card, 409 ORDER.CANCELLED when every part is cancelled.',
        params: idParams,
        response: { ...pdfResponse('The invoices, one after another'), ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (req, reply) => sendPdf(reply, await s.invoices.forOrder(principalOf(req), req.params.id)),
  );

  app.get<{ Params: z.infer<typeof idParams> }>(
    '/sub-orders/:id/invoice.pdf',
    {
      preValidation: seller,
      schema: {
        ...secured,
        operationId: 'getSubOrderInvoicePdf',
        summary: 'Seller or admin: the invoice (счёт на оплату) of one sub-order, as a PDF',
        description: '409 ORDER.NOT_INVOICE for an order paid by card, 409 ORDER.CANCELLED for a cancelled sub-order.',
        params: idParams,
        response: { ...pdfResponse('The invoice'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => sendPdf(reply, await s.invoices.forSubOrder(principalOf(req), req.params.id)),
  );
}

function sendPdf(reply: FastifyReply, file: InvoiceFile) {
  return reply
    .type(PDF)
    .header('content-disposition', contentDisposition(`schet-${file.number}.pdf`, `Счёт ${file.number}.pdf`))
    .header('cache-control', 'private, no-store')
    .send(file.pdf);
}

/** An ASCII `filename` for old clients and the Cyrillic name as RFC 5987 `filename*` for the rest. */
export function contentDisposition(ascii: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
