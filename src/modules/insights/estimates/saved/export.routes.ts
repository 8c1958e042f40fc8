import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../../../shared/http/auth.js';
import { errorResponses } from '../../../../shared/http/problem.js';
import { estimatePdf } from '../export/estimate-pdf.js';
import { estimateXlsx } from '../export/estimate-xlsx.js';
import { idParams, tokenParams } from './saved.schemas.js';
import type { SavedEstimates } from './saved.service.js';
import { tokenlessLog } from './share.routes.js';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const secured = { tags: ['insights'], security: [{ bearerAuth: [] }] };
const fileResponse = (type: string, description: string) => ({
  200: { description, content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } },
});

/**
 * The estimate as a PDF and as an Excel workbook, priced now. Registered without the zod type
 * provider, like invoices: the answer is a file's bytes; params are still checked by zod.
 */
export async function exportRoutes(app: FastifyInstance, { saved }: { saved: SavedEstimates }): Promise<void> {
  const customer = app.requireRole('customer');

  app.get<{ Params: z.infer<typeof idParams> }>(
    '/estimates/:id/estimate.pdf',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'getEstimatePdf',
        summary:
          'Customer: the estimate as a PDF (Russian): a table per job with formulas and norms, totals by seller, VAT',
        params: idParams,
        response: { ...fileResponse(PDF, 'The estimate'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { view, meta } = await saved.forExport(principalOf(req), req.params.id);
      return send(reply, PDF, await estimatePdf(view, meta), meta.title, 'pdf');
    },
  );

  app.get<{ Params: z.infer<typeof idParams> }>(
    '/estimates/:id/estimate.xlsx',
    {
      preValidation: customer,
      schema: {
        ...secured,
        operationId: 'getEstimateXlsx',
        summary: 'Customer: the estimate as an Excel workbook: a sheet per job and «Итого», with live formulas',
        params: idParams,
        response: { ...fileResponse(XLSX, 'The workbook'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { view, meta } = await saved.forExport(principalOf(req), req.params.id);
      return send(reply, XLSX, await estimateXlsx(view, meta), meta.title, 'xlsx');
    },
  );

  app.get<{ Params: z.infer<typeof tokenParams> }>(
    '/shared-estimates/:token/estimate.pdf',
    {
      logSerializers: tokenlessLog,
      schema: {
        tags: ['insights'],
        operationId: 'getSharedEstimatePdf',
        security: [],
        summary: 'A shared estimate as a PDF (no account needed)',
        params: tokenParams,
        response: { ...fileResponse(PDF, 'The estimate'), ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      const { view, meta } = await saved.shares.forExport(req.params.token);
      return send(reply, PDF, await estimatePdf(view, meta), meta.title, 'pdf');
    },
  );
}

function send(reply: FastifyReply, type: string, file: Buffer, title: string, ext: string) {
  return reply
    .type(type)
    .header('content-disposition', contentDisposition(`smeta.${ext}`, `Смета — ${title}.${ext}`))
    .header('cache-control', 'private, no-store')
    .send(file);
}

/** An ASCII `filename` for old clients and the Cyrillic name as RFC 5987 `filename*` for the rest. */
function contentDisposition(ascii: string, name: string): string {
  const safe = name.replace(/[\\/:*?"<>|]/g, ' ');
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
