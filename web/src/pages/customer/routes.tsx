import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../auth/RequireRole';

const CartPage = lazy(() => import('./CartPage'));
const CheckoutPage = lazy(() => import('./CheckoutPage'));
const OrdersPage = lazy(() => import('./OrdersPage'));
const OrderPage = lazy(() => import('./OrderPage'));
const TrackingPage = lazy(() => import('./TrackingPage'));
const EstimatesPage = lazy(() => import('./EstimatesPage'));
const EstimatePage = lazy(() => import('./EstimatePage'));
const AccountPage = lazy(() => import('./AccountPage'));

/** The customer pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const customerRoutes: ReactElement[] = [
  <Route key="customer" element={<RequireRole roles={['customer']} />}>
    <Route path="cart" element={<CartPage />} />
    <Route path="checkout" element={<CheckoutPage />} />
    <Route path="orders" element={<OrdersPage />} />
    <Route path="orders/:id" element={<OrderPage />} />
    <Route path="orders/:id/deliveries/:deliveryId" element={<TrackingPage />} />
    <Route path="estimates" element={<EstimatesPage />} />
    <Route path="estimates/:id" element={<EstimatePage />} />
  </Route>,
  // Any signed-in role's own account.
  <Route key="account" element={<RequireRole />}>
    <Route path="account" element={<AccountPage />} />
  </Route>,
];
