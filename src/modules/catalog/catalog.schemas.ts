import { z } from 'zod';
import { decimalUpTo, imageUrl, positiveQuantity, stockQuantity } from '../../shared/http/field-schemas.js';
import {
  MAX_DELIVERY_RADIUS_KM,
  MAX_LEAD_TIME_HOURS,
  MAX_PRICE_MINOR,
  MAX_UNIT_VOLUME_M3,
  MAX_UNIT_WEIGHT_KG,
} from '../../shared/limits.js';
import { pageOf, pageQuery } from '../../shared/http/pagination.js';
import { CARGO_KINDS } from '../logistics/index.js';
import { UNITS, VAT_RATES } from './catalog.tables.js';

export const idParams = z.object({ id: z.uuid('must be a UUID') });
export const vatRate = z
  .enum(VAT_RATES)
  .describe(
    "VAT %, as the seller's tax regime allows: a VAT payer 22 (general since 2026), 10 or 0; УСН: none; " +
      'УСН at the special rates: 5 or 7',
  );
export const priceMinor = z
  .number()
  .int('must be whole kopecks')
  .positive()
  .max(MAX_PRICE_MINOR)
  .describe('Kopecks, VAT included; at most 100 million roubles a unit');

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase latin letters, digits and single hyphens');
export const categoryBody = z.object({
  slug,
  name: z.string().trim().min(1).max(200),
  parentId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).max(100000).optional(),
});
export const categoryPatch = categoryBody.partial().strict();

interface CategoryTreeNode {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  path: string;
  position: number;
  productCount: number;
  children: CategoryTreeNode[];
}
export const categoryView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  path: z.string(),
  position: z.number(),
});
export const categoryNode: z.ZodType<CategoryTreeNode> = z
  .lazy(
    () => categoryView.extend({ productCount: z.number().int(), children: z.array(categoryNode) }),
    // A named component: the document can only refer to a recursive schema by its name.
  )
  .meta({ id: 'CategoryNode' });

const attributes = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'attribute names are snake_case latin'),
    z.string().trim().min(1).max(200),
  )
  .refine((a) => Object.keys(a).length <= 50, 'at most 50 attributes')
  // How the goods travel decides the delivery's body (docs/domain.md, The delivery guide price).
  .refine((a) => a.cargo === undefined || (CARGO_KINDS as readonly string[]).includes(a.cargo), {
    path: ['cargo'],
    message: `must be one of ${CARGO_KINDS.join(', ')}`,
  })
  .describe(
    'Free attributes; `cargo` (general, bulk_cement, ready_concrete, bulk) and `length_m`/`length_mm` choose the delivery body',
  );
export const productBody = z.object({
  name: z.string().trim().min(2).max(300),
  description: z.string().max(10000).optional(),
  brand: z.string().trim().min(1).max(100).nullable().optional(),
  categoryId: z.uuid(),
  unit: z.enum(UNITS).describe('ОКЕИ unit of sale'),
  packSize: positiveQuantity.optional().describe('Units per pack (a pallet of 480 bricks: 480)'),
  weightKg: decimalUpTo(MAX_UNIT_WEIGHT_KG).describe('Weight of one unit, kg'),
  volumeM3: decimalUpTo(MAX_UNIT_VOLUME_M3, 6).describe('Volume of one unit, m³'),
  sku: z.string().trim().min(1).max(64).nullable().optional(),
  ean: z
    .string()
    .regex(/^\d{8}$|^\d{13}$/, 'EAN-8 or EAN-13 digits')
    .nullable()
    .optional(),
  attributes: attributes.optional(),
  images: z.array(imageUrl).max(20).optional(),
});
export const productPatch = productBody.partial().strict();

export const productCard = z.object({
  id: z.string(),
  sku: z.string().nullable(),
  ean: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  brand: z.string().nullable(),
  categoryId: z.string(),
  unit: z.string(),
  packSize: z.string(),
  weightKg: z.string(),
  volumeM3: z.string(),
  attributes: z.record(z.string(), z.string()),
  images: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const nearQuery = z
  .string()
  .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'must be "lat,lon", e.g. 55.75,37.62')
  .transform((v) => {
    const [lat, lon] = v.split(',').map(Number) as [number, number];
    return { lat, lon };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, 'latitude within ±90, longitude within ±180');

export const productPage = productCard.extend({
  offers: z.array(
    z.object({
      id: z.string(),
      sellerId: z.string(),
      sellerName: z.string(),
      priceMinor: z.number().int(),
      vatRate: z.string(),
      minQty: z.string(),
      step: z.string(),
      backorder: z.boolean(),
      inStock: z.boolean(),
      stock: z.array(
        z.object({
          warehouseId: z.string(),
          name: z.string(),
          code: z.string(),
          address: z.string(),
          pickup: z.boolean(),
          lat: z.number(),
          lon: z.number(),
          available: z.string(),
          distanceKm: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const offerBody = z.object({
  productId: z.uuid(),
  priceMinor,
  vatRate,
  minQty: positiveQuantity.optional(),
  step: positiveQuantity.optional(),
  status: z.enum(['active', 'paused']).optional(),
  backorder: z.boolean().optional(),
});
export const offerPatch = offerBody.omit({ productId: true }).partial().strict();
export const offerView = z.object({
  id: z.string(),
  productId: z.string(),
  sellerId: z.string(),
  priceMinor: z.number().int(),
  vatRate: z.string(),
  minQty: z.string(),
  step: z.string(),
  status: z.enum(['active', 'paused']),
  backorder: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const offerListQuery = z.object({
  mine: z.literal('true').describe('Only the caller’s own offers (the only listing offered here)'),
  productId: z.uuid().optional(),
  ...pageQuery,
});
export const offerPage = pageOf(offerView);

export const priceHistoryQuery = z.object({ from: z.iso.datetime().optional(), to: z.iso.datetime().optional() });
export const priceHistoryView = z.object({
  items: z.array(z.object({ priceMinor: z.number().int(), vatRate: z.string(), at: z.string() })),
});

export const warehouseBody = z.object({
  name: z.string().trim().min(1).max(200),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, _ and -, at most 32'),
  address: z.string().trim().min(3).max(500),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  workingHours: z.string().max(200).optional(),
  pickup: z.boolean().optional(),
  deliveryRadiusKm: z
    .number()
    .int()
    .min(0)
    .max(MAX_DELIVERY_RADIUS_KM)
    .optional()
    .describe('Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers'),
  leadTimeHours: z
    .number()
    .int()
    .min(0)
    .max(MAX_LEAD_TIME_HOURS)
    .nullable()
    .optional()
    .describe(
      'Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time',
    ),
});
export const warehousePatch = warehouseBody.partial().strict();
export const warehouseView = warehouseBody.required().extend({
  id: z.string(),
  sellerId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const warehouseStockQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the product name, or the start of its SKU'),
  ...pageQuery,
});
export const warehouseStockPage = pageOf(
  z.object({
    offer: z.object({
      id: z.string(),
      priceMinor: z.number().int(),
      vatRate: z.string(),
      status: z.enum(['active', 'paused']),
      minQty: z.string(),
      step: z.string(),
      backorder: z.boolean(),
    }),
    product: z.object({ id: z.string(), name: z.string(), sku: z.string().nullable(), unit: z.string() }),
    onHand: z.string(),
    reserved: z.string().describe('Held by orders not yet shipped'),
    available: z.string(),
    updatedAt: z.string(),
  }),
);

export const offerDetails = offerView.extend({
  sellerName: z.string(),
  product: z.object({ id: z.string(), name: z.string(), sku: z.string().nullable(), unit: z.string() }),
  stock: z.array(
    z.object({
      warehouseId: z.string(),
      name: z.string(),
      code: z.string(),
      available: z.string(),
      onHand: z.string().optional().describe('Its seller and admins only'),
      reserved: z.string().optional().describe('Its seller and admins only'),
      updatedAt: z.string().optional().describe('Its seller and admins only'),
    }),
  ),
});

export const stockParams = z.object({ id: z.uuid('must be a UUID'), offerId: z.uuid('must be a UUID') });
export const stockBody = z.object({ onHand: stockQuantity });
export const stockView = z.object({
  offerId: z.string(),
  warehouseId: z.string(),
  onHand: z.string(),
  reserved: z.string(),
  available: z.string(),
  updatedAt: z.string(),
});
