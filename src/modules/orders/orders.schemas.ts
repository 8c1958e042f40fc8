import { z } from 'zod';
import { innField, kppField, positiveQuantity } from '../../shared/http/field-schemas.js';
import { pageOf, pageQuery } from '../../shared/http/pagination.js';
import { BODY_TYPES, CARGO_KINDS } from '../logistics/index.js';
import { DELIVERY_STATES, SUB_ORDER_STATUSES, UNLOADING } from './orders.tables.js';

export const idParams = z.object({ id: z.uuid('must be a UUID') });
export const subOrderParams = idParams.extend({ subOrderId: z.uuid('must be a UUID') });
export const itemParams = z.object({ itemId: z.uuid('must be a UUID') });
const lat = z.number('must be a number').min(-90).max(90);
const lon = z.number('must be a number').min(-180).max(180);
const address = z.string().trim().min(5, 'must be a full address').max(500);

export const addItemBody = z.object({
  offerId: z.uuid('must be a UUID'),
  quantity: positiveQuantity.describe('In the offer’s unit; at least its minimum, in its steps'),
});
export const updateItemBody = z.object({ quantity: positiveQuantity });
const unloading = z.enum(UNLOADING).describe('crane: a truck with a crane (costs more); manual; forklift on site');
export const cartAddressBody = z.object({
  address,
  lat,
  lon,
  unloading: unloading.optional().describe('How the goods come off the truck; quoted without a crane when absent'),
});

const status = z.enum(SUB_ORDER_STATUSES);
const isoTime = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 time, e.g. 2026-12-01T09:00:00+03:00' });

export const checkoutBody = z.object({
  delivery: z
    .object({
      method: z.enum(['delivery', 'pickup']),
      address: address.optional(),
      lat: lat.optional(),
      lon: lon.optional(),
      window: z
        .object({ from: isoTime, to: isoTime })
        .refine((w) => Date.parse(w.from) < Date.parse(w.to), { message: 'from must be before to', path: ['to'] })
        .optional(),
      unloading: unloading.optional(),
    })
    .describe(
      'For delivery: the address, point and unloading default to the cart’s (PUT /cart/address); the window is required',
    ),
  paymentMethod: z.enum(['card', 'invoice']),
  buyer: z
    .object({ companyName: z.string().trim().min(1).max(300), inn: innField, kpp: kppField.optional() })
    .optional()
    .describe('Invoice the order to this company instead of the customer’s own'),
  acceptPriceChanges: z.boolean().optional().describe('Buy at the current prices even if they changed'),
});

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string('the Idempotency-Key header is required')
    .trim()
    .min(8, 'must be at least 8 characters (a UUID is best)')
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces'),
});

export const listQuery = z.object({ status: status.optional(), ...pageQuery });
export const transitionBody = z.object({ to: status, reason: z.string().trim().min(1).max(1000).optional() });
export const reasonBody = z.object({ reason: z.string().trim().min(1, 'say why').max(1000) });

const money = z.number().int();
const totals = z.object({ goodsMinor: money, deliveryMinor: money, vatMinor: money, totalMinor: money });
const body = {
  bodyType: z.enum(BODY_TYPES).describe('The body the load needs (docs/domain.md, The delivery guide price)'),
  bodyName: z.string().describe('Its Russian name: тент, самосвал, цементовоз, …'),
};
const quote = z.object({
  vehicleClass: z.string().describe('The dearest trip’s vehicle class'),
  vehicleName: z.string(),
  // Absent on quotes stored before the guide price knew bodies.
  ...z.object(body).partial().shape,
  vehicles: z.number().describe('All trips’ vehicles together'),
  roadKm: z.number(),
  priceMinor: money.describe('All trips together'),
  trips: z
    .array(
      z.object({
        cargo: z.enum(CARGO_KINDS),
        vehicleClass: z.string(),
        vehicleName: z.string(),
        ...body,
        vehicles: z.number(),
        priceMinor: money,
      }),
    )
    .optional()
    .describe('One per cargo kind: sand and bagged goods in one part are a самосвал and a truck'),
});

const cartLine = z.object({
  itemId: z.uuid(),
  offerId: z.uuid(),
  productId: z.uuid().nullable(),
  name: z.string(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.string(),
  minQty: z.string().nullable(),
  step: z.string().nullable(),
  priceMinor: money.nullable(),
  previousPriceMinor: money.nullable(),
  vatRate: z.string().nullable(),
  totalMinor: money,
  vatMinor: money,
  available: z.string(),
  status: z.enum(['ok', 'insufficient_stock', 'unavailable', 'quantity_not_allowed']),
});

export const cartView = z.object({
  id: z.uuid(),
  address: z
    .object({ address: z.string(), lat: z.number(), lon: z.number(), unloading: z.enum(UNLOADING).nullable() })
    .nullable(),
  sellers: z.array(
    z.object({
      sellerId: z.uuid(),
      sellerName: z.string(),
      lines: z.array(cartLine),
      goodsMinor: money,
      vatMinor: money,
      delivery: z
        .array(
          z.object({
            warehouseId: z.uuid(),
            warehouseName: z.string(),
            quote: quote.nullable(),
            pickupOnly: z
              .boolean()
              .describe('Beyond the warehouse’s delivery radius, or more than one delivery carries'),
            why: z.string().nullable(),
          }),
        )
        .nullable(),
      deliveryMinor: money,
    }),
  ),
  unavailable: z.array(cartLine),
  totals,
  ready: z.boolean().describe('Every line can be checked out as it stands'),
  deliverable: z.boolean().describe('There is an address and every part can be delivered to it'),
});

const line = z.object({
  id: z.uuid(),
  offerId: z.uuid(),
  productId: z.uuid(),
  sku: z.string().nullable(),
  name: z.string(),
  unit: z.string(),
  quantity: z.string(),
  priceMinor: money,
  vatRate: z.string(),
  totalMinor: money,
  vatMinor: money,
  weightKg: z.string(),
  volumeM3: z.string(),
});

export const subOrderView = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  number: z.string(),
  status,
  sellerId: z.uuid(),
  sellerName: z.string(),
  warehouse: z.object({ id: z.uuid(), name: z.string(), address: z.string(), lat: z.number(), lon: z.number() }),
  deliveryMethod: z.enum(['delivery', 'pickup']),
  delivery: z.object({
    method: z.enum(['delivery', 'pickup']),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    window: z.object({ from: z.string(), to: z.string() }).nullable(),
    unloading: z.enum(UNLOADING).nullable(),
  }),
  buyer: z
    .object({
      name: z.string(),
      inn: z.string().nullable(),
      kpp: z.string().nullable(),
      contactName: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .describe('Whom the goods are for and whom to call'),
  totals,
  receivedMinor: money.describe('Money received for this part (card payment, or invoice payments so far)'),
  dueMinor: money.describe('While it awaits payment: what is still due (totalMinor − receivedMinor); else 0'),
  weightKg: z.string(),
  volumeM3: z.string(),
  deliveryQuote: quote.nullable(),
  paidAt: z.string().nullable(),
  receivedAt: z
    .string()
    .nullable()
    .describe('When the goods were picked up or delivered: the return window counts from it'),
  deliveryJobId: z
    .uuid()
    .nullable()
    .describe('A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted'),
  deliveryId: z
    .uuid()
    .nullable()
    .describe(
      'Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream',
    ),
  deliveryState: z
    .enum(DELIVERY_STATES)
    .nullable()
    .describe('The delivery’s last state as the orders service heard it (logistics has the live one)'),
  nextStatuses: z
    .array(status)
    .describe(
      'Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery',
    ),
  lines: z.array(line),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const paymentView = z.object({
  id: z.uuid(),
  method: z.enum(['card', 'invoice']),
  provider: z.string(),
  status: z.enum(['pending', 'requires_action', 'succeeded', 'declined', 'failed', 'cancelled']),
  amountMinor: money,
  card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  declineCode: z.string().nullable(),
  declineMessage: z.string().nullable(),
  action: z.object({ type: z.literal('redirect_3ds'), url: z.string() }).nullable(),
  subOrderId: z.uuid().nullable().describe('Invoice payments: the part paid'),
  documentNumber: z.string().nullable().describe('Invoice payments: the payment order (платёжное поручение) №'),
  paidOn: z.string().nullable().describe('Invoice payments: the payment order’s date, YYYY-MM-DD'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const orderSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  status,
  customerId: z.uuid(),
  paymentMethod: z.enum(['card', 'invoice']),
  deliveryMethod: z.enum(['delivery', 'pickup']),
  totals,
  returnedPartially: z
    .boolean()
    .describe('Completed, but some lines came back (accepted returns): the order kept only the rest'),
  payBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const orderView = orderSummary.extend({
  delivery: z.object({
    method: z.enum(['delivery', 'pickup']),
    address: z.string().optional(),
    lat: z.number().optional(),
    lon: z.number().optional(),
    window: z.object({ from: z.string(), to: z.string() }).optional(),
    unloading: z.enum(['crane', 'manual', 'forklift']).optional(),
  }),
  buyer: z.object({
    name: z.string(),
    inn: z.string().nullable().optional(),
    kpp: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
  }),
  subOrders: z.array(subOrderView),
  payments: z.array(paymentView),
});

export const orderPage = pageOf(orderSummary);
export const subOrderPage = pageOf(subOrderView);
export const historyView = z.object({
  items: z.array(
    z.object({
      subOrderId: z.uuid().nullable(),
      from: z.string().nullable(),
      to: z.string(),
      actorId: z.uuid().nullable(),
      actorRole: z.string(),
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

// Payments (payments.routes.ts, payment-webhook.routes.ts, test-three-ds.routes.ts).

/** `card` is `cardInput(clock)` (payments/card-input.ts), built where the app's clock is known. */
export const payBody = <Card extends z.ZodType>(card: Card) =>
  z.object({
    method: z.literal('card', 'only card payments are made here; invoices are paid by bank transfer'),
    card,
  });
export const paymentList = z.object({ items: z.array(paymentView) });
export const webhookParams = z.object({
  provider: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'a provider name such as test'),
});
export const webhookBody = z
  .string()
  .describe(
    'The provider’s JSON event exactly as sent (signed in the Tutuu-Signature header): ' +
      '{id, type: payment.succeeded | payment.failed, providerPaymentId, amountMinor, currency, occurredAt, declineCode?, declineMessage?}',
  );
export const webhookAck = z.object({
  received: z.literal(true),
  duplicate: z.boolean().describe('The event was applied before; nothing changed'),
});
export const threeDsParams = z.object({ providerPaymentId: z.string().min(1).max(200) });
export const threeDsForm = z.object({
  outcome: z.enum(['succeed', 'fail'], 'outcome must be succeed or fail'),
});
export const threeDsResult = z.object({
  outcome: z.enum(['succeeded', 'failed']),
  orderId: z.uuid(),
  payment: paymentView,
});
