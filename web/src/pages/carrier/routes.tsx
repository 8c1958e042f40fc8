import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../auth/RequireRole';

const BoardPage = lazy(() => import('./BoardPage'));
const JobPage = lazy(() => import('./JobPage'));
const BidsPage = lazy(() => import('./BidsPage'));
const DeliveriesPage = lazy(() => import('./DeliveriesPage'));
const DeliveryPage = lazy(() => import('./DeliveryPage'));
const VehiclesPage = lazy(() => import('./VehiclesPage'));
const VehiclePage = lazy(() => import('./VehiclePage'));
const EarningsPage = lazy(() => import('./EarningsPage'));

/** The carrier pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const carrierRoutes: ReactElement[] = [
  <Route key="carrier" path="carrier" element={<RequireRole roles={['carrier']} />}>
    <Route index element={<BoardPage />} />
    <Route path="jobs/:id" element={<JobPage />} />
    <Route path="bids" element={<BidsPage />} />
    <Route path="deliveries" element={<DeliveriesPage />} />
    <Route path="deliveries/:id" element={<DeliveryPage />} />
    <Route path="vehicles" element={<VehiclesPage />} />
    <Route path="vehicles/:id" element={<VehiclePage />} />
    <Route path="earnings" element={<EarningsPage />} />
  </Route>,
];
