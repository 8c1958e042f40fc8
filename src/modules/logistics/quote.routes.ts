import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ValidationError } from '../../shared/errors.js';
import { errorResponses } from '../../shared/http/problem.js';
import { guidePrice, NoVehicleFitsError } from './guide-price.js';
import { quoteQuery, quoteView, type QuoteQuery, type QuoteView } from './quote.schemas.js';

/** The guide price for any load between two points: what checkout charges, before any bid. */
export async function quoteRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/quote',
    {
      schema: {
        operationId: 'getDeliveryQuote',
        tags: ['logistics'],
        security: [],
        summary: 'The delivery guide price: the vehicle the load needs, how many, road km and the price',
        description:
          'The same function the cart and checkout use. Only bodies the cargo allows are priced (bulk cement → ' +
          'цементовоз, ready concrete → бетоновоз, bulk → самосвал, unloading=crane → манипулятор; an item longer ' +
          'than a body rules it out). 422 LOGISTICS.NO_VEHICLE_FITS names the field that rules every class out ' +
          '(body, lengthM or cargo).',
        querystring: quoteQuery,
        response: { 200: quoteView, ...errorResponses(400, 422) },
      },
    },
    async (req) => quote(req.query),
  );
}

/** The input's names as the query spells them, for the fields a problem names. */
const QUERY_NAMES: Record<string, string> = {
  longestItemM: 'lengthM',
  needsCrane: 'unloading',
  'pickup.lat': 'from',
  'pickup.lon': 'from',
  'dropoff.lat': 'to',
  'dropoff.lon': 'to',
};
const queryName = (path: string) => QUERY_NAMES[path] ?? path;

function quote(q: QuoteQuery): QuoteView {
  let price;
  try {
    price = guidePrice({
      pickup: q.from,
      dropoff: q.to,
      cargo: q.cargo,
      weightKg: q.weightKg,
      volumeM3: q.volumeM3 ?? 0,
      longestItemM: q.lengthM,
      needsCrane: q.unloading === 'crane',
      body: q.body,
    });
  } catch (err) {
    if (err instanceof NoVehicleFitsError) {
      throw new NoVehicleFitsError(err.field, err.reason, err.facts, queryName(err.field));
    }
    if (err instanceof ValidationError) {
      throw new ValidationError(err.errors.map((e) => ({ ...e, path: queryName(e.path) })));
    }
    throw err;
  }
  const { breakdown } = price;
  return {
    from: q.from,
    to: q.to,
    cargo: q.cargo,
    unloading: q.unloading,
    vehicleClass: price.vehicleClass,
    vehicleName: price.vehicleName,
    bodyType: price.bodyType,
    bodyName: price.bodyName,
    vehicles: price.vehicles,
    priceMinor: price.priceMinor,
    straightKm: price.straightKm,
    roadKm: price.roadKm,
    circuity: breakdown.circuity,
    stretches: breakdown.stretches,
    breakdown: {
      tariff: { ...breakdown.tariff, bodyName: price.bodyName },
      billedWeightKg: breakdown.billedWeightKg,
      vehiclesByWeight: breakdown.vehiclesByWeight,
      vehiclesByVolume: breakdown.vehiclesByVolume,
      baseMinor: breakdown.baseMinor,
      distanceMinor: breakdown.distanceMinor,
      weightMinor: breakdown.weightMinor,
      runMinor: breakdown.runMinor,
      minChargeMinor: breakdown.minChargeMinor,
      minChargeApplied: breakdown.minChargeApplied,
      chargeMinor: breakdown.chargeMinor,
      craneMinor: breakdown.craneMinor,
      roundingMinor: breakdown.roundingMinor,
    },
    candidates: price.candidates,
  };
}
