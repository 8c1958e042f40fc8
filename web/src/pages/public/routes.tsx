import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';

const CataloguePage = lazy(() => import('./CataloguePage'));
const ProductPage = lazy(() => import('./ProductPage'));
const EstimatePage = lazy(() => import('./EstimatePage'));
const SharedEstimatePage = lazy(() => import('./SharedEstimatePage'));
const TrackPage = lazy(() => import('./TrackPage'));

/** The public pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const publicRoutes: ReactElement[] = [
  <Route key="catalogue" index element={<CataloguePage />} />,
  <Route key="product" path="products/:id" element={<ProductPage />} />,
  <Route key="estimate" path="estimate" element={<EstimatePage />} />,
  <Route key="shared-estimate" path="estimates/shared/:token" element={<SharedEstimatePage />} />,
  <Route key="track" path="track/:token" element={<TrackPage />} />,
];
