import { z } from 'zod';
import { line } from '../../../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../../../shared/http/pagination.js';
import { MAX_TITLE_LENGTH } from '../../insights.tables.js';
import { estimateRequestFields, estimateView } from '../calculate.schemas.js';

const uuid = z.uuid('must be a UUID');
const title = line(MAX_TITLE_LENGTH).describe('What the customer calls it («Дом 10×12, коробка»)');
const version = z.number().int().min(1).max(2_147_483_647);
const timestamp = z.string().describe('ISO-8601, UTC');

export const idParams = z.object({ id: uuid });
/**
 * The version is checked after the estimate's owner (a malformed one is a 404 like a missing one), so
 * a stranger learns nothing from how its answer differs between a real estimate and a made-up one.
 */
export const versionParams = z.object({
  id: uuid,
  version: z.string().min(1).max(32).describe('The version number (1, 2, …)'),
});
export const shareParams = z.object({ id: uuid, shareId: uuid });
export const tokenParams = z.object({
  token: z.string().min(1).max(128).describe('The share link’s token, as it was shown once'),
});
export const listQuery = z.object(pageQuery);

export const createBody = z.object({ title, ...estimateRequestFields });

export const patchBody = z.object({
  version: version.describe('The version this save edits (the latest): a stale one is a 409'),
  title: title.optional(),
  jobs: estimateRequestFields.jobs.optional(),
  pricing: estimateRequestFields.pricing.unwrap().nullable().optional().describe('null removes it: cheapest, no point'),
  overrides: estimateRequestFields.overrides.unwrap().optional(),
  freeLines: estimateRequestFields.freeLines.unwrap().optional(),
});

export const toCartBody = z
  .object({ version: version.optional().describe('When given, must be the latest version (409 otherwise)') })
  .nullish();
export const copyBody = z.object({
  token: z.string().min(1).max(128).describe('The share link’s token'),
  title: title.optional().describe('The copy’s title; the shared estimate’s when absent'),
});

/** The request as saved: what the customer gave, before defaults (an answer: plain shapes, no input transforms). */
const savedRequest = z.object({
  jobs: z.array(
    z.object({
      template: z.string(),
      inputs: z.record(z.string(), z.unknown()).optional(),
      title: z.string().optional(),
    }),
  ),
  pricing: z
    .object({
      strategy: z.enum(['cheapest', 'single_seller', 'nearest']),
      near: z.object({ lat: z.number(), lon: z.number() }).optional(),
    })
    .optional(),
  overrides: z
    .array(
      z.object({
        job: z.number().int(),
        material: z.string(),
        quantity: z.string().optional(),
        offerId: z.string().nullable().optional(),
      }),
    )
    .optional(),
  freeLines: z
    .array(
      z.object({
        name: z.string(),
        unit: z.string(),
        quantity: z.string(),
        offerId: z.string().optional(),
        priceMinor: z.number().int().optional(),
      }),
    )
    .optional(),
});

export const savedEstimateView = z.object({
  id: uuid,
  title: z.string(),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
  savedTotalMinor: z.number().int().describe('The grand total when last saved; estimate.totals.totalMinor is today’s'),
  request: savedRequest,
  estimate: estimateView,
  shares: z
    .array(z.object({ id: uuid, createdAt: timestamp }))
    .describe('Live share links (their tokens are not kept)'),
});

export const estimateSummary = z.object({
  id: uuid,
  title: z.string(),
  version: z.number().int(),
  jobs: z.number().int(),
  savedTotalMinor: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const estimatePage = pageOf(estimateSummary);

const totals = z.object({
  goodsMinor: z.number().int(),
  deliveryMinor: z.number().int(),
  vatMinor: z.number().int(),
  totalMinor: z.number().int(),
});
export const versionSummary = z.object({
  version: z.number().int(),
  title: z.string(),
  jobs: z.number().int(),
  savedAt: timestamp,
  totals: totals.describe('As priced at the save'),
});
export const versionPage = pageOf(versionSummary);
export const versionView = versionSummary.extend({
  request: savedRequest,
  estimate: estimateView
    .nullable()
    .describe('This version priced now, lines flagged against its save; null when it no longer computes'),
});

const linePlace = {
  job: z.number().int().nullable(),
  material: z.string().nullable(),
  freeLine: z.number().int().nullable(),
  name: z.string(),
};
export const toCartView = z.object({
  added: z.array(
    z.object({ ...linePlace, offerId: uuid, sellerName: z.string(), quantity: z.string(), unit: z.string() }),
  ),
  skipped: z.array(
    z.object({
      ...linePlace,
      offerId: uuid.nullable(),
      quantity: z.string().nullable(),
      unit: z.string().nullable(),
      reasonCode: z.string(),
      reason: z.string(),
    }),
  ),
  cartLines: z.array(z.object({ offerId: uuid, cartItemId: uuid, added: z.string(), cartQuantity: z.string() })),
});

export const createdShareView = z.object({
  id: uuid,
  token: z.string().describe('Shown once: only its hash is kept'),
  url: z.string(),
  createdAt: timestamp,
});

export const sharedEstimateView = z.object({
  title: z.string(),
  version: z.number().int(),
  updatedAt: timestamp,
  request: savedRequest,
  estimate: estimateView,
});
