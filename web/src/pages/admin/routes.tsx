import { lazy, type ReactElement } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../auth/RequireRole';

const ApprovalsPage = lazy(() => import('./ApprovalsPage'));
const UsersPage = lazy(() => import('./UsersPage'));
const UserPage = lazy(() => import('./UserPage'));
const OrdersPage = lazy(() => import('./OrdersPage'));
const OrderPage = lazy(() => import('./OrderPage'));
const JobsPage = lazy(() => import('./JobsPage'));
const RefundsPage = lazy(() => import('./RefundsPage'));
const EventsPage = lazy(() => import('./EventsPage'));

/** The admin pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const adminRoutes: ReactElement[] = [
  <Route key="admin" path="admin" element={<RequireRole roles={['admin']} />}>
    <Route index element={<ApprovalsPage />} />
    <Route path="users" element={<UsersPage />} />
    <Route path="users/:id" element={<UserPage />} />
    <Route path="orders" element={<OrdersPage />} />
    <Route path="orders/:id" element={<OrderPage />} />
    <Route path="jobs" element={<JobsPage />} />
    <Route path="refunds" element={<RefundsPage />} />
    <Route path="events" element={<EventsPage />} />
  </Route>,
];
