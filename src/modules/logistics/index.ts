/**
 * The logistics service's public face (docs/domain.md, Logistics): the delivery guide price that
 * checkout quotes before any carrier has bid, carriers' vehicles, delivery jobs placed from
 * sub-orders' events, the reverse auction, deliveries and their live tracking. Other modules
 * reach it only through this file and the outbox.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import type { EventBus } from '../../shared/events/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { OrdersModule } from '../orders/index.js';
import type { UsersApi } from '../users/index.js';
import type { NotificationListener } from '../../shared/db/listener.js';
import { createTracking, type Tracking } from './tracking/index.js';
import { AdminJobs } from './jobs/admin-jobs.js';
import { Auction } from './jobs/auction.js';
import { JobPosting } from './jobs/job-posting.js';
import { jobsRoutes } from './jobs/jobs.routes.js';
import { JobsService } from './jobs/jobs.service.js';
import { subscribeJobs } from './jobs/job-events.js';
import { seedDemoLogistics } from './demo-logistics.js';
import { CarrierCabinet } from './deliveries/cabinet.service.js';
import { deliveriesRoutes } from './deliveries/deliveries.routes.js';
import { DeliveriesService } from './deliveries/deliveries.service.js';
import { ProofPhotos } from './deliveries/proof-photos.js';
import { quoteRoutes } from './quote.routes.js';
import { VehiclesService, vehiclesRoutes } from './vehicles/index.js';

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
  orders: Pick<OrdersModule, 'delivery' | 'loadDelivery'>;
  users: UsersApi;
  config: Config['logistics'];
  /** Where the API is reached from outside (PUBLIC_URL), for trackers' setup; none: the request's origin. */
  publicUrl?: string | undefined;
  /** The process's LISTEN connection: live tracking fans out through it. */
  listener: NotificationListener;
}

export interface LogisticsModule {
  routes: (app: FastifyInstance) => Promise<void>;
  /** Live tracking: positions, the live stream, ETA, share links (tracking/index.ts). */
  tracking: Tracking;
  /** Demo vehicles, bids and a delivery on the road, on the demo customer's ready parts (demo-logistics.ts). */
  seedDemo(carriers: readonly { id: string }[], customerId: string): ReturnType<typeof seedDemoLogistics>;
}

export function createLogisticsModule(deps: LogisticsModuleDeps): LogisticsModule {
  const carrierStatus = async (tx: Executor, carrierId: string) => (await deps.users.getUser(carrierId, tx))?.status;
  const vehicles = new VehiclesService(deps.db, deps.clock, deps.publicUrl);
  const { auctionMinutes, confirmMinutes } = deps.config;
  const tracking = createTracking({
    db: deps.db,
    clock: deps.clock,
    events: deps.events,
    listener: deps.listener,
    geofenceM: deps.config.geofenceM,
    publicUrl: deps.publicUrl,
    carrierStatus,
  });
  const posting = new JobPosting({ ...deps, auctionMinutes });
  const auction = new Auction({
    clock: deps.clock,
    events: deps.events,
    auctionMinutes,
    confirmMinutes,
    carrierStatus,
    live: tracking.livePublisher,
  });
  const jobs = new JobsService({ ...deps, posting, auction });
  const adminJobs = new AdminJobs(deps);
  subscribeJobs(deps.events, posting, auction);
  const deliveries = new DeliveriesService({
    ...deps,
    live: tracking.livePublisher,
    auction,
    photos: new ProofPhotos(deps.config.uploadDir),
  });
  const cabinet = new CarrierCabinet(deps.db);
  return {
    tracking,
    seedDemo: (carriers, customerId) =>
      seedDemoLogistics({ db: deps.db, vehicles, jobs, deliveries, tracking }, carriers, customerId),
    routes: async (app) => {
      await app.register(quoteRoutes);
      await app.register(vehiclesRoutes, { vehicles });
      await app.register(jobsRoutes, { jobs, admin: adminJobs });
      await app.register(deliveriesRoutes, {
        deliveries,
        cabinet,
        clock: deps.clock,
        maxBytes: deps.config.photoMaxBytes,
      });
      await app.register(tracking.routes);
    },
  };
}
