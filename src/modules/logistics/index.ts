/**
 * The logistics service's public face. For now only the delivery guide price, which checkout
 * quotes before any carrier has bid; jobs, bidding and tracking join it here.
 */
export {
  guidePrice,
  NoVehicleFitsError,
  type GuidePrice,
  type GuidePriceBreakdown,
  type GuidePriceInput,
  type GuidePriceQuote,
} from './guide-price.js';
export { roadDistance, type RoadDistance } from './road-distance.js';
export { DEFAULT_TARIFFS, type VehicleClassId, type VehicleTariff } from './vehicle-tariffs.js';
