import { ok, type paths } from '../../api';
import { api } from '../../lib/api';

/**
 * Every call the carrier pages make, one small function each, so a renamed path is a one-line
 * change here. Types come from the generated OpenAPI schema.
 */
export type BoardQuery = NonNullable<paths['/api/v1/logistics/jobs']['get']['parameters']['query']>;
export type BoardJob = Awaited<ReturnType<typeof boardPage>>['items'][number];
export type Job = Awaited<ReturnType<typeof job>>;
export type Bid = Job['bids'][number];
export type MyBid = Awaited<ReturnType<typeof myBidsPage>>['items'][number];
export type BidStatus = Bid['status'];
export type MyDelivery = Awaited<ReturnType<typeof myDeliveriesPage>>['items'][number];
export type Delivery = Awaited<ReturnType<typeof delivery>>;
export type DeliveryStatus = Delivery['status'];
export type Vehicle = Awaited<ReturnType<typeof vehicle>>;
export type VehicleBody = paths['/api/v1/logistics/vehicles']['post']['requestBody']['content']['application/json'];
export type IssuedKey = Awaited<ReturnType<typeof issueTrackerKey>>;
export type Earnings = Awaited<ReturnType<typeof earnings>>;
export type PositionPoint =
  paths['/api/v1/logistics/deliveries/{id}/positions']['post']['requestBody']['content']['application/json']['points'][number];
export type NextStatus =
  paths['/api/v1/logistics/deliveries/{id}/status']['post']['requestBody']['content']['application/json'];

const L = '/api/v1/logistics';

export const boardPage = (query: BoardQuery) => ok(api.GET(`${L}/jobs`, { params: { query } }));
export const job = (id: string) => ok(api.GET(`${L}/jobs/{id}`, { params: { path: { id } } }));
export const placeBid = (id: string, body: { vehicleId: string; priceMinor: number; pickupAt: string }) =>
  ok(api.POST(`${L}/jobs/{id}/bids`, { params: { path: { id } }, body }));
export const withdrawBid = (id: string, bidId: string) =>
  ok(api.DELETE(`${L}/jobs/{id}/bids/{bidId}`, { params: { path: { id, bidId } } }));
export const confirmAward = (id: string) => ok(api.POST(`${L}/jobs/{id}/confirm`, { params: { path: { id } } }));
export const declineAward = (id: string, reason: string) =>
  ok(api.POST(`${L}/jobs/{id}/decline`, { params: { path: { id } }, body: { reason } }));

export const myBidsPage = (cursor?: string, status?: BidStatus) =>
  ok(api.GET(`${L}/me/bids`, { params: { query: { cursor, status, limit: 20 } } }));
export const myDeliveriesPage = (state: 'active' | 'done', cursor?: string) =>
  ok(api.GET(`${L}/me/deliveries`, { params: { query: { state, cursor, limit: 20 } } }));
export const earnings = (year?: number) => ok(api.GET(`${L}/me/earnings`, { params: { query: { year } } }));

export const delivery = (id: string) => ok(api.GET(`${L}/deliveries/{id}`, { params: { path: { id } } }));
export const moveDelivery = (id: string, body: NextStatus) =>
  ok(api.POST(`${L}/deliveries/{id}/status`, { params: { path: { id } }, body }));
export const reportPositions = (id: string, points: PositionPoint[]) =>
  ok(api.POST(`${L}/deliveries/{id}/positions`, { params: { path: { id } }, body: { points } }));

export const vehiclesPage = (cursor?: string) =>
  ok(api.GET(`${L}/vehicles`, { params: { query: { cursor, limit: 50 } } }));
export const vehicle = (id: string) => ok(api.GET(`${L}/vehicles/{id}`, { params: { path: { id } } }));
export const createVehicle = (body: VehicleBody) => ok(api.POST(`${L}/vehicles`, { body }));
export const updateVehicle = (id: string, body: Partial<VehicleBody>) =>
  ok(api.PATCH(`${L}/vehicles/{id}`, { params: { path: { id } }, body }));
export const deleteVehicle = (id: string) => ok(api.DELETE(`${L}/vehicles/{id}`, { params: { path: { id } } }));
export const issueTrackerKey = (id: string) =>
  ok(api.POST(`${L}/vehicles/{id}/tracker-key`, { params: { path: { id } } }));
export const revokeTrackerKey = (id: string) =>
  ok(api.DELETE(`${L}/vehicles/{id}/tracker-key`, { params: { path: { id } } }));
