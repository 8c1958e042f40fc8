import { z } from 'zod';
import { BODY_LIST, bodyTypeField } from './body-field.js';
import { BODY_TYPES, CARGO_KINDS } from './body-types.js';

/** What one quote may ask about: a full trailer train's worth and more, never a number that overflows. */
export const MAX_QUOTE_WEIGHT_KG = 1_000_000;
export const MAX_QUOTE_VOLUME_M3 = 100_000;
export const MAX_QUOTE_LENGTH_M = 100;

export const UNLOADING = ['crane', 'manual', 'forklift'] as const;

/** `lat,lon` in decimal degrees. */
const point = z
  .string()
  .max(64)
  .regex(/^\s*-?\d{1,3}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/, 'must be "lat,lon" in degrees, e.g. 55.75,37.62')
  .transform((v) => {
    const [lat, lon] = v.split(',').map(Number) as [number, number];
    return { lat, lon };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, 'lat must be -90…90 and lon -180…180');

/** A decimal ≥ 0 as a query string writes it (no exponent, no sign), at most `max`. */
const amount = (max: number, what: string) =>
  z
    .string()
    .max(32)
    .regex(/^\d+(\.\d+)?$/, 'must be a number ≥ 0, e.g. 1500 or 2.5')
    .transform(Number)
    .pipe(z.number().max(max, `at most ${max} ${what}`));

export const quoteQuery = z.object({
  from: point.describe('Pickup point, "lat,lon" (the warehouse)'),
  to: point.describe('Drop-off point, "lat,lon"'),
  weightKg: amount(MAX_QUOTE_WEIGHT_KG, 'kg').describe('The whole load, kg'),
  volumeM3: amount(MAX_QUOTE_VOLUME_M3, 'm³').optional().describe('The whole load, m³ (default 0: weight decides)'),
  lengthM: amount(MAX_QUOTE_LENGTH_M, 'm').optional().describe('The longest item, m (rebar 11.7, timber 6)'),
  body: bodyTypeField.optional().describe(`Only this body: an id or its Russian name — ${BODY_LIST}`),
  cargo: z
    .enum(CARGO_KINDS)
    .default('general')
    .describe('How the goods travel: bulk_cement → цементовоз, ready_concrete → бетоновоз, bulk → самосвал'),
  unloading: z
    .enum(UNLOADING)
    .default('manual')
    .describe('crane: a манипулятор unloads general cargo (costs more); manual; forklift on site'),
});
export type QuoteQuery = z.infer<typeof quoteQuery>;

const money = z.number().int();
const bodyFields = {
  bodyType: z.enum(BODY_TYPES),
  bodyName: z.string().describe('The body’s Russian name'),
};
const classQuote = z.object({
  vehicleClass: z.string(),
  vehicleName: z.string(),
  ...bodyFields,
  vehicles: z.number().int(),
  priceMinor: money,
});

const tariff = z.object({
  id: z.string(),
  name: z.string(),
  ...bodyFields,
  payloadKg: z.number(),
  volumeM3: z.number(),
  bodyLengthM: z.number(),
  crane: z.boolean(),
  baseMinor: money,
  ratePerKmMinor: money,
  ratePerTonneMinor: money,
  minChargeMinor: money,
  craneSurchargeMinor: money,
});

export const quoteView = z
  .object({
    from: z.object({ lat: z.number(), lon: z.number() }),
    to: z.object({ lat: z.number(), lon: z.number() }),
    cargo: z.enum(CARGO_KINDS),
    unloading: z.enum(UNLOADING),
    ...classQuote.shape,
    straightKm: z.number(),
    roadKm: z.number().describe('1.4 × the first 10 km straight + 1.3 × 10–50 km + 1.2 × the rest, to 0.1 km'),
    circuity: z.number().describe('Road km ÷ straight km'),
    stretches: z.array(z.object({ fromKm: z.number(), toKm: z.number(), factor: z.number(), roadKm: z.number() })),
    breakdown: z
      .object({
        tariff,
        billedWeightKg: z.number().int(),
        vehiclesByWeight: z.number().int(),
        vehiclesByVolume: z.number().int(),
        baseMinor: money,
        distanceMinor: money,
        weightMinor: money,
        runMinor: money,
        minChargeMinor: money,
        minChargeApplied: z.boolean(),
        chargeMinor: money,
        craneMinor: money,
        roundingMinor: money,
      })
      .describe(
        'runMinor = baseMinor + distanceMinor + weightMinor; chargeMinor = max(runMinor, minChargeMinor); ' +
          'priceMinor = chargeMinor + craneMinor + roundingMinor (up to a whole rouble)',
      ),
    candidates: z.array(classQuote).describe('Every class that can carry the load, cheapest first'),
  })
  .describe('The delivery guide price (docs/domain.md, The delivery guide price)');
export type QuoteView = z.infer<typeof quoteView>;
