/**
 * The logistics service's public face (docs/domain.md, Logistics): the delivery guide price that
 * checkout quotes before any carrier has bid, carriers' vehicles, delivery jobs placed from
 * sub-orders' events, the reverse auction, deliveries and their live tracking. Other modules
 * reach it only through this file and the outbox.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import type { EventBus } from '../../shared/events/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { OrdersModule } from '../orders/index.js';

export {
  guidePrice,
  NoVehicleFitsError,
  type CargoPart,
  type GuidePrice,
  type GuidePriceBreakdown,
  type GuidePriceInput,
  type GuidePriceQuote,
  type GuideTrip,
} from './guide-price.js';
export { roadDistance, roadDistanceOf, type RoadDistance, type RoadStretch } from './road-distance.js';
export { DEFAULT_TARIFFS, type VehicleClassId, type VehicleTariff } from './vehicle-tariffs.js';
export {
  allowedBodies,
  BODY_NAMES,
  BODY_TYPES,
  CARGO_KINDS,
  cargoKindOf,
  itemLengthM,
  parseBodyType,
  vehicleFits,
  type BodyType,
  type CargoKind,
  type Load,
  type LoadNeeds,
} from './body-types.js';

export interface LogisticsModuleDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
  catalog: CatalogModule;
  orders: Pick<OrdersModule, 'delivery'>;
  config: Config['logistics'];
}

export interface LogisticsModule {
  routes: (app: FastifyInstance) => Promise<void>;
}

export function createLogisticsModule(deps: LogisticsModuleDeps): LogisticsModule {
  void deps;
  return {
    routes: async (app) => {
      void app;
    },
  };
}
