import { ok, type components, type paths } from '../../api';
import { api } from '../../lib/api';

/**
 * Every call the admin pages make, one small function each, so a renamed path is a one-line
 * change here. Types come from the generated OpenAPI schema.
 */
export type User = components['schemas']['User'];
export type UserQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
export type AuditEntry = Awaited<ReturnType<typeof auditPage>>['items'][number];
export type OrderQuery = NonNullable<paths['/api/v1/orders']['get']['parameters']['query']>;
export type OrderSummary = Awaited<ReturnType<typeof ordersPage>>['items'][number];
export type Order = Awaited<ReturnType<typeof order>>;
export type Refund = Awaited<ReturnType<typeof refundsPage>>['items'][number];
export type RefundStatus = NonNullable<paths['/api/v1/orders/admin/refunds']['get']['parameters']['query']>['status'];
export type Job = Awaited<ReturnType<typeof jobsPage>>['items'][number];
export type DeadEvent = Awaited<ReturnType<typeof deadEventsPage>>['items'][number];

export const usersPage = (query: UserQuery) => ok(api.GET('/api/v1/users', { params: { query } }));
export const user = (id: string) => ok(api.GET('/api/v1/users/{id}', { params: { path: { id } } }));
export const auditPage = (id: string, cursor?: string) =>
  ok(api.GET('/api/v1/users/{id}/audit', { params: { path: { id }, query: { cursor, limit: 20 } } }));
export const requisites = (id: string) => ok(api.GET('/api/v1/users/{id}/requisites', { params: { path: { id } } }));
export const taxRegimes = (id: string) => ok(api.GET('/api/v1/users/{id}/tax-regimes', { params: { path: { id } } }));
export const approve = (id: string) =>
  ok(api.POST('/api/v1/users/{id}/approve', { params: { path: { id } }, body: {} }));
export const suspend = (id: string, reason: string) =>
  ok(api.POST('/api/v1/users/{id}/suspend', { params: { path: { id } }, body: { reason } }));
export const reinstate = (id: string, reason?: string) =>
  ok(api.POST('/api/v1/users/{id}/reinstate', { params: { path: { id } }, body: reason ? { reason } : {} }));
export const cancelOpenOrders = (sellerId: string, reason: string) =>
  ok(
    api.POST('/api/v1/orders/admin/sellers/{sellerId}/cancel-open', {
      params: { path: { sellerId } },
      body: { reason },
    }),
  );

export const ordersPage = (query: OrderQuery) => ok(api.GET('/api/v1/orders', { params: { query } }));
export const order = (id: string) => ok(api.GET('/api/v1/orders/{id}', { params: { path: { id } } }));
export const orderHistory = (id: string) => ok(api.GET('/api/v1/orders/{id}/history', { params: { path: { id } } }));
export const orderMoney = (id: string) => ok(api.GET('/api/v1/orders/{id}/payments', { params: { path: { id } } }));

export const jobsPage = (flagged: boolean, cursor?: string) =>
  ok(
    api.GET('/api/v1/logistics/admin/jobs', {
      params: { query: { flagged: flagged ? 'true' : undefined, cursor, limit: 20 } },
    }),
  );
export const job = (id: string) => ok(api.GET('/api/v1/logistics/jobs/{id}', { params: { path: { id } } }));

export const refundsPage = (status: RefundStatus, cursor?: string) =>
  ok(api.GET('/api/v1/orders/admin/refunds', { params: { query: { status, cursor, limit: 20 } } }));
export const retryRefund = (id: string) =>
  ok(api.POST('/api/v1/orders/admin/refunds/{id}/retry', { params: { path: { id } } }));
export const paidBack = (id: string, body: { documentNumber: string; paidOn: string }) =>
  ok(api.POST('/api/v1/orders/refunds/{id}/paid-back', { params: { path: { id } }, body }));

export const deadEventsPage = (cursor?: string) =>
  ok(api.GET('/api/v1/orders/admin/events/dead', { params: { query: { cursor, limit: 20 } } }));
export const retryEvent = (id: string) =>
  ok(api.POST('/api/v1/orders/admin/events/{id}/retry', { params: { path: { id } } }));
