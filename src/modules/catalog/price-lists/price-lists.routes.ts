import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '../../../shared/errors.js';
import { principalOf } from '../../../shared/http/auth.js';
import { errorResponses, problemSchema } from '../../../shared/http/problem.js';
import { guardedValidatorCompiler } from '../../../shared/http/validation.js';
import { PriceListFormatError, PriceListTooLargeError } from '../catalog.errors.js';
import { PRICE_LIST_LIMITS } from './read-limits.js';
import { PRICE_LIST_COLUMNS } from './row-checker.js';
import type { PriceListsService } from './price-lists.service.js';

export interface PriceListRoutesOptions {
  priceLists: PriceListsService;
}

/** The upload streams (docs/domain.md, Price lists): 100 000 rows with long names are some 50 MB of CSV. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['catalog'];

const rowError = z.object({
  row: z.number().int().describe('Row as numbered in the file; the header is row 1'),
  column: z.string().nullable().describe('Column as named in the report (sku, price, …) or a warehouse code'),
  message: z.string(),
});
const report = {
  dryRun: z.boolean(),
  created: z.number().int().describe('Rows that made a new offer'),
  updated: z.number().int().describe('Rows that changed an offer or its stock'),
  unchanged: z.number().int(),
  productsCreated: z.number().int().describe('New product cards among the created rows'),
  rows: z.number().int().describe('Data rows in the file'),
  errors: z.array(rowError),
  errorCount: z.number().int().optional().describe('All errors, when more than the report lists'),
};
const priceListReport = z.object(report);

const L = PRICE_LIST_LIMITS;
const UPLOAD_DESCRIPTION = `A CSV (\`,\` \`;\` or tab separated, UTF-8 or Windows-1251) or XLSX (first visible sheet) file in the
multipart field \`file\`. The first row names the columns
(case-insensitive; Russian names such as «Артикул», «Цена», «НДС» also work): ${PRICE_LIST_COLUMNS.join(', ')},
then one stock column per warehouse, headed by its code (MSK-1). Each row is matched to a card by \`sku\`;
an unknown SKU makes a new card (name, category slug or id and unit are then required; weight_kg and
volume_m3 default to 0 when absent). The seller's offer is created or updated (price in rubles with comma
or dot decimals, VAT 22/10/0/none, min_qty, step); each stock cell sets the quantity on hand (an empty cell
leaves it; below the reserved quantity is an error). Existing cards are never edited by a price list.
\`dryRun=true\` reports what would happen and changes nothing. A real run applies all rows in one transaction,
or, if any row is bad, none: 422 \`CATALOG.PRICE_LIST_INVALID\` with the same report.

Limits, checked while the file is read; past any, reading stops and the answer is 413
\`CATALOG.PRICE_LIST_TOO_LARGE\` whose \`limit\` names it and \`max\` gives its value:
\`fileBytes\` ${MAX_FILE_BYTES} (64 MiB), \`rows\` ${L.rows} non-empty data rows, \`columns\` ${L.columns} (the rightmost
cell with content), \`cells\` ${L.cells} cells read (empty ones included), \`cellCharacters\` ${L.cellCharacters}
characters in a cell, \`bytes\` ${L.bytes} bytes unpacked (XLSX), \`sharedStrings\` ${L.sharedStrings} distinct texts of an
XLSX and \`sharedStringCharacters\` ${L.sharedStringCharacters} characters in them, \`mergedRanges\` ${L.mergedRanges}
merged ranges, \`seconds\` ${L.seconds} s to read the file.`;

/** Zod checks the query; the multipart body is read as a stream in the handler, its schema only documents it. */
const skipBodyValidation: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === 'body' ? () => true : guardedValidatorCompiler(route);

/** Price-list upload (multipart, registered only in this plugin) and the example workbook. */
export async function priceListRoutes(app: FastifyInstance, s: PriceListRoutesOptions): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10, parts: 20, fieldSize: 1024 },
  });
  // Any other body (a bare text/csv upload) is left unread, so the handler can answer 415 naming `file`
  // instead of the app-wide "this endpoint accepts application/json".
  app.addContentTypeParser('*', (_req, _payload, done) => done(null));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const seller = app.requireRole('seller', 'admin');
  r.post(
    '/price-lists',
    {
      preValidation: seller,
      validatorCompiler: skipBodyValidation,
      schema: {
        operationId: 'importPriceList',
        tags,
        security: [{ bearerAuth: [] }],
        summary: 'Seller: upload a price list (CSV or XLSX); dryRun=true checks it and changes nothing',
        description: UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        querystring: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .describe('true: check every row and report, change nothing'),
        }),
        body: z.object({
          file: z.string().meta({ format: 'binary' }).describe('The price list, .csv or .xlsx'),
        }),
        response: {
          200: priceListReport,
          422: {
            description: 'Some rows are bad; nothing was changed',
            content: { 'application/problem+json': { schema: problemSchema.extend(report) } },
          },
          ...errorResponses(400, 401, 403, 409, 413, 415),
        },
      },
    },
    async (req) => {
      const part = await uploadedPart(req);
      const bytes = partBytes(part);
      try {
        const file = { filename: part.filename, mimetype: part.mimetype, data: bytes };
        return await s.priceLists.upload(principalOf(req), file, { dryRun: req.query.dryRun === 'true' });
      } finally {
        // Refused part-way (a limit, a bad header): the rest of the body is read and dropped, so the answer gets out.
        if (!part.file.readableEnded) {
          void bytes
            .return(undefined)
            .catch(() => undefined)
            .then(() => part.file.resume());
        }
      }
    },
  );

  // Without the zod type provider: the answer is a workbook's bytes, not the documented JSON-less schema's type.
  app.get(
    '/price-lists/template.xlsx',
    {
      // Public; a seller's token, when sent, puts its own warehouse codes in it.
      preValidation: app.authenticateIfPresent,
      schema: {
        operationId: 'getPriceListTemplate',
        tags,
        security: [{ bearerAuth: [] }, {}],
        summary: 'An example price list (XLSX); with a seller token, its stock columns are your warehouse codes',
        response: {
          200: { description: 'The workbook', content: { [XLSX]: { schema: z.string().meta({ format: 'binary' }) } } },
          ...errorResponses(401),
        },
      },
    },
    async (req, reply) => {
      const workbook = await s.priceLists.template(req.principal);
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="price-list-template.xlsx"')
        .send(workbook);
    },
  );
}

/** The one file of a multipart request, from the field `file`. */
async function uploadedPart(req: FastifyRequest): Promise<MultipartFile> {
  const missing = new ValidationError([
    { path: 'file', message: 'attach the price list (.csv or .xlsx) as the multipart/form-data field "file"' },
  ]);
  if (!req.isMultipart()) {
    if (req.headers['content-type']) {
      throw new PriceListFormatError('send the price list as multipart/form-data with the file in the field "file"');
    }
    throw missing;
  }
  const part = await req.file().catch((err: unknown) => {
    throw multipartError(err);
  });
  if (!part) throw missing;
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw missing;
  }
  return part;
}

/** The file's bytes as they arrive; a cut-off body or one past the file limit ends them with its error. */
async function* partBytes(part: MultipartFile): AsyncGenerator<Buffer> {
  try {
    // Not destroyed when the reader stops early: the handler drains what is left.
    for await (const chunk of part.file.iterator({ destroyOnReturn: false })) yield chunk as Buffer;
  } catch (err) {
    throw multipartError(err);
  }
  if (part.file.truncated) throw multipartError({ code: 'FST_REQ_FILE_TOO_LARGE' });
}

/** Whatever goes wrong reading the upload is the client's body: no boundary, a cut-off part, too much. */
function multipartError(err: unknown): Error {
  switch ((err as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new PriceListTooLargeError('the file is larger than 64 MiB: split the price list', {
        limit: 'fileBytes',
        max: MAX_FILE_BYTES,
      });
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new ValidationError([{ path: 'file', message: 'send one file, in the field "file", and nothing else' }]);
    default:
      return new ValidationError([
        { path: 'file', message: `the multipart body cannot be read: ${(err as Error).message ?? String(err)}` },
      ]);
  }
}
