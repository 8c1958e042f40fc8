/**
 * The calculate request and the priced estimate it answers (estimate.ts): saved estimates take
 * the same request fields and answer the same view.
 */
import { z } from 'zod';
import { line, positiveQuantity } from '../../../shared/http/field-schemas.js';
import { MAX_PRICE_MINOR } from '../../../shared/limits.js';
import type { PricingStrategy } from './estimate.js';
import { MAX_JOBS } from './jobs.js';

const point = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
const strategy = z.enum(['cheapest', 'single_seller', 'nearest'] satisfies PricingStrategy[]);

export const MAX_OVERRIDES = 500;
export const MAX_FREE_LINES = 100;

export const estimateRequestFields = {
  jobs: z
    .array(
      z.object({
        template: z.string().max(64).describe('A template id (GET /insights/estimate-templates)'),
        inputs: z
          .record(z.string().max(64), z.unknown())
          .optional()
          .describe('The template’s inputs; absent ones take their defaults'),
        title: line(200).optional().describe('The job’s name; the template’s title when absent'),
      }),
    )
    .min(1)
    .max(MAX_JOBS),
  pricing: z
    .object({
      strategy: strategy.describe(
        'cheapest: the cheapest fitting offer with enough stock per material; single_seller: everything from the ' +
          'cheapest seller that has every required line (else the one with most, the rest listed as missing); ' +
          'nearest: the nearest warehouse to `near` with enough stock',
      ),
      near: point.optional().describe('The drop-off: delivery is quoted to it; required by nearest'),
    })
    .optional()
    .describe('Absent: cheapest, no delivery'),
  overrides: z
    .array(
      z.object({
        job: z.number().int().min(0).max(MAX_JOBS).describe('The job’s index'),
        material: z.string().max(64).describe('The line’s material key'),
        quantity: positiveQuantity.optional().describe('Replaces net + reserve, in the line’s unit'),
        offerId: z
          .uuid('must be a UUID')
          .nullable()
          .optional()
          .describe('The offer to buy it from; null: bought elsewhere'),
      }),
    )
    .max(MAX_OVERRIDES)
    .optional(),
  freeLines: z
    .array(
      z.object({
        name: line(200),
        unit: line(20),
        quantity: positiveQuantity.describe('In the offer’s unit when offerId is given (on its min/step grid)'),
        offerId: z.uuid('must be a UUID').optional(),
        priceMinor: z
          .number()
          .int()
          .min(0)
          .max(MAX_PRICE_MINOR)
          .optional()
          .describe('Own price per unit, VAT included, without an offer'),
      }),
    )
    .max(MAX_FREE_LINES)
    .optional(),
};

export const estimateRequest = z.object(estimateRequestFields);

const norm = z.object({ value: z.string(), unit: z.string(), source: z.string() });
const offer = z.object({
  id: z.string(),
  sellerId: z.string(),
  sellerName: z.string(),
  warehouseId: z.string(),
  warehouseName: z.string(),
  distanceKm: z.number().nullable(),
  unit: z.string(),
  minQty: z.string(),
  step: z.string(),
  perSaleUnit: z.string().describe('Line units in one sale unit'),
  available: z.string(),
});
const product = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string(),
  attributes: z.record(z.string(), z.string()),
});
const priced = {
  product: product.nullable(),
  offer: offer.nullable(),
  orderQuantity: z.string().nullable().describe('In the offer’s unit'),
  priceMinor: z.number().int().nullable(),
  totalMinor: z.number().int().nullable(),
  vatRate: z.string().nullable(),
  vatMinor: z.number().int().nullable(),
  reason: z.string().nullable(),
  reasonCode: z.string().nullable(),
  previousPriceMinor: z.number().int().nullable(),
};
const label = z.object({ ru: z.string(), en: z.string() });

export const estimateLineView = z.object({
  material: z.string(),
  name: z.string(),
  unit: z.string(),
  formula: z.string(),
  norm,
  factors: z
    .array(norm.extend({ name: z.string() }))
    .readonly()
    .optional(),
  net: z.string(),
  reservePct: z.string(),
  quantity: z.string(),
  packSize: z.string(),
  packs: z.number().int(),
  optional: z.boolean(),
  overridden: z.object({ quantity: z.boolean(), offer: z.boolean() }),
  ...priced,
});

export const estimateView = z.object({
  jobs: z.array(
    z.object({
      index: z.number().int(),
      template: z.string(),
      title: z.string(),
      inputs: z.record(z.string(), z.unknown()),
      derived: z.array(z.object({ name: z.string(), label, value: z.string(), unit: z.string() })),
      lines: z.array(estimateLineView),
    }),
  ),
  freeLines: z.array(
    z.object({
      index: z.number().int(),
      name: z.string(),
      unit: z.string(),
      quantity: z.string(),
      sellable: z.boolean(),
      ...priced,
    }),
  ),
  pricing: z.object({ strategy, near: point.nullable() }),
  sellers: z.array(
    z.object({
      sellerId: z.string(),
      sellerName: z.string(),
      goodsMinor: z.number().int(),
      vatMinor: z.number().int(),
      delivery: z
        .object({
          priceMinor: z.number().int(),
          vehicleName: z.string(),
          bodyName: z.string(),
          vehicles: z.number().int(),
          roadKm: z.number(),
          parts: z
            .array(
              z.object({
                warehouseId: z.string(),
                warehouseName: z.string(),
                priceMinor: z.number().int(),
                vatMinor: z.number().int(),
                vehicleName: z.string(),
              }),
            )
            .optional(),
        })
        .nullable(),
      deliveryMinor: z.number().int(),
      deliveryVatMinor: z.number().int(),
      deliveryNote: z.string().nullable(),
      totalMinor: z.number().int(),
      lines: z.number().int(),
    }),
  ),
  missing: z.array(
    z.object({
      job: z.number().int(),
      material: z.string(),
      name: z.string(),
      reason: z.string(),
      reasonCode: z.string(),
    }),
  ),
  totals: z.object({
    goodsMinor: z.number().int(),
    deliveryMinor: z.number().int(),
    vatMinor: z.number().int(),
    totalMinor: z.number().int(),
    vatByRate: z.array(z.object({ rate: z.string(), vatMinor: z.number().int() })),
    withoutSeller: z.object({ goodsMinor: z.number().int(), lines: z.number().int() }),
  }),
});
