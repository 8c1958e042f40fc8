import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../auth/RequireRole';

const DashboardPage = lazy(() => import('./DashboardPage'));
const SubOrdersPage = lazy(() => import('./SubOrdersPage'));
const SubOrderPage = lazy(() => import('./SubOrderPage'));
const OffersPage = lazy(() => import('./OffersPage'));
const OfferPage = lazy(() => import('./OfferPage'));
const WarehousesPage = lazy(() => import('./WarehousesPage'));
const WarehousePage = lazy(() => import('./WarehousePage'));
const PriceListPage = lazy(() => import('./PriceListPage'));
const ReturnsPage = lazy(() => import('./ReturnsPage'));
const RequisitesPage = lazy(() => import('./RequisitesPage'));
const TrendsPage = lazy(() => import('./TrendsPage'));

/** The seller pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const sellerRoutes: ReactElement[] = [
  <Route key="seller" path="seller" element={<RequireRole roles={['seller']} />}>
    <Route index element={<DashboardPage />} />
    <Route path="orders" element={<SubOrdersPage />} />
    <Route path="orders/:id" element={<SubOrderPage />} />
    <Route path="offers" element={<OffersPage />} />
    <Route path="offers/:id" element={<OfferPage />} />
    <Route path="warehouses" element={<WarehousesPage />} />
    <Route path="warehouses/:id" element={<WarehousePage />} />
    <Route path="price-lists" element={<PriceListPage />} />
    <Route path="returns" element={<ReturnsPage />} />
    <Route path="requisites" element={<RequisitesPage />} />
    <Route path="trends" element={<TrendsPage />} />
  </Route>,
];
