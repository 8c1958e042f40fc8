/**
 * Every API call of the seller cabinet, one small function each, so a renamed path is a one-line
 * change. Types are taken from what the functions answer.
 */
import { ok } from '../../api';
import { api } from '../../lib/api';

type Page = { cursor?: string; limit?: number };

// ── Offers and products (src/modules/catalog/catalog.routes.ts) ──
export const listMyOffers = (page: Page, productId?: string) =>
  ok(api.GET('/api/v1/catalog/offers', { params: { query: { mine: 'true', productId, ...page } } }));
export const getOffer = (id: string) => ok(api.GET('/api/v1/catalog/offers/{id}', { params: { path: { id } } }));
export type OfferPatch = {
  priceMinor?: number;
  vatRate?: VatRate;
  minQty?: string;
  step?: string;
  status?: 'active' | 'paused';
  backorder?: boolean;
};
export const patchOffer = (id: string, body: OfferPatch) =>
  ok(api.PATCH('/api/v1/catalog/offers/{id}', { params: { path: { id } }, body }));
export const createOffer = (body: OfferPatch & { productId: string; priceMinor: number; vatRate: VatRate }) =>
  ok(api.POST('/api/v1/catalog/offers', { body }));
export const priceHistory = (id: string) =>
  ok(api.GET('/api/v1/catalog/offers/{id}/price-history', { params: { path: { id } } }));
export const getProduct = (id: string) => ok(api.GET('/api/v1/catalog/products/{id}', { params: { path: { id } } }));
export const searchProducts = (q: string) =>
  ok(api.GET('/api/v1/catalog/products', { params: { query: { q, limit: 10 } } }));
export type NewProduct = {
  name: string;
  categoryId: string;
  unit: string;
  weightKg: string;
  volumeM3: string;
  sku?: string | null;
  brand?: string | null;
  description?: string;
};
export const createProduct = (body: NewProduct) => ok(api.POST('/api/v1/catalog/products', { body: body as never }));
export const categoryTree = () => ok(api.GET('/api/v1/catalog/categories'));
export type Offer = Awaited<ReturnType<typeof listMyOffers>>['items'][number];
export type OfferDetails = Awaited<ReturnType<typeof getOffer>>;
export type VatRate = '22' | '10' | '0' | '5' | '7' | 'none';

// ── Warehouses and stock ──
export const listWarehouses = () => ok(api.GET('/api/v1/catalog/warehouses'));
export const getWarehouse = (id: string) =>
  ok(api.GET('/api/v1/catalog/warehouses/{id}', { params: { path: { id } } }));
export type WarehouseBody = {
  name: string;
  code: string;
  address: string;
  lat: number;
  lon: number;
  workingHours?: string;
  pickup?: boolean;
  deliveryRadiusKm?: number;
  leadTimeHours?: number | null;
};
export const createWarehouse = (body: WarehouseBody) => ok(api.POST('/api/v1/catalog/warehouses', { body }));
export const updateWarehouse = (id: string, body: Partial<WarehouseBody>) =>
  ok(api.PATCH('/api/v1/catalog/warehouses/{id}', { params: { path: { id } }, body }));
export const deleteWarehouse = (id: string) =>
  ok(api.DELETE('/api/v1/catalog/warehouses/{id}', { params: { path: { id } } }));
export const warehouseStock = (id: string, page: Page & { q?: string }) =>
  ok(api.GET('/api/v1/catalog/warehouses/{id}/stock', { params: { path: { id }, query: page } }));
export const setStock = (id: string, offerId: string, onHand: string) =>
  ok(
    api.PUT('/api/v1/catalog/warehouses/{id}/stock/{offerId}', { params: { path: { id, offerId } }, body: { onHand } }),
  );
export type Warehouse = Awaited<ReturnType<typeof listWarehouses>>['items'][number];
export type StockRow = Awaited<ReturnType<typeof warehouseStock>>['items'][number];

// ── Price lists (src/modules/catalog/price-lists/price-lists.routes.ts; the upload is in price-list-upload.ts) ──
export const priceListTemplate = () =>
  ok(api.GET('/api/v1/catalog/price-lists/template.xlsx', { parseAs: 'blob' })) as Promise<Blob>;

// ── Sub-orders (src/modules/orders/orders.routes.ts) ──
export type SubOrderStatus =
  | 'pending_payment'
  | 'paid'
  | 'confirmed'
  | 'assembling'
  | 'ready'
  | 'picked_up'
  | 'handed_to_carrier'
  | 'in_transit'
  | 'delivered'
  | 'return_requested'
  | 'completed'
  | 'cancelled'
  | 'returned';
export const listSubOrders = (page: Page & { status?: SubOrderStatus }) =>
  ok(api.GET('/api/v1/orders/sub-orders', { params: { query: page } }));
/** One sub-order, read through its order (the seller pages carry the order id as ?order=). */
export const getSubOrder = (orderId: string, subOrderId: string) =>
  ok(api.GET('/api/v1/orders/{id}/sub-orders/{subOrderId}', { params: { path: { id: orderId, subOrderId } } }));
export const transitionSubOrder = (id: string, to: SubOrderStatus, reason?: string) =>
  ok(api.POST('/api/v1/orders/sub-orders/{id}/transition', { params: { path: { id } }, body: { to, reason } }));
export const subOrderInvoice = (id: string) =>
  ok(
    api.GET('/api/v1/orders/sub-orders/{id}/invoice.pdf', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Promise<Blob>;
export type SubOrder = Awaited<ReturnType<typeof listSubOrders>>['items'][number];

// ── Invoice payments and refunds (payments/refunds.routes.ts, payments/payments.routes.ts) ──
export const subOrderMoney = (id: string) =>
  ok(api.GET('/api/v1/orders/sub-orders/{id}/payments', { params: { path: { id } } }));
export const markPaid = (id: string, body: { amountMinor: number; paidOn: string; documentNumber: string }) =>
  ok(api.POST('/api/v1/orders/sub-orders/{id}/mark-paid', { params: { path: { id } }, body }));
export const refundPaidBack = (id: string, body: { paidOn: string; documentNumber: string }) =>
  ok(api.POST('/api/v1/orders/refunds/{id}/paid-back', { params: { path: { id } }, body }));
export type SubOrderMoney = Awaited<ReturnType<typeof subOrderMoney>>;

// ── Delivery job of a delivery part (src/modules/logistics/jobs/jobs.routes.ts) ──
export const getJob = (id: string) => ok(api.GET('/api/v1/logistics/jobs/{id}', { params: { path: { id } } }));
export type Job = Awaited<ReturnType<typeof getJob>>;
export const getDelivery = (id: string) =>
  ok(api.GET('/api/v1/logistics/deliveries/{id}', { params: { path: { id } } }));

// ── Returns (src/modules/orders/returns/returns.routes.ts) ──
export type ReturnStatus = 'requested' | 'accepted' | 'refused';
export const listReturns = (page: Page & { status?: ReturnStatus }) =>
  ok(api.GET('/api/v1/orders/returns', { params: { query: page } }));
export const acceptReturn = (returnId: string, body: { restockWarehouseId?: string; refundDelivery?: boolean }) =>
  ok(api.POST('/api/v1/orders/returns/{returnId}/accept', { params: { path: { returnId } }, body }));
export const refuseReturn = (returnId: string, reason: string) =>
  ok(api.POST('/api/v1/orders/returns/{returnId}/refuse', { params: { path: { returnId } }, body: { reason } }));
export type Return = Awaited<ReturnType<typeof listReturns>>['items'][number];

// ── Requisites and tax regime (src/modules/users/seller-terms.routes.ts) ──
export const getRequisites = () => ok(api.GET('/api/v1/users/me/requisites'));
export type Bank = { bankName: string; bik: string; corrAccount: string; account: string };
export const putRequisites = (bank: Bank | null) => ok(api.PUT('/api/v1/users/me/requisites', { body: { bank } }));
export type TaxRegime = 'vat_payer' | 'usn' | 'usn_vat_5' | 'usn_vat_7';
export const getTaxRegimes = () => ok(api.GET('/api/v1/users/me/tax-regimes'));
export const addTaxRegime = (taxRegime: TaxRegime, from?: string) =>
  ok(api.POST('/api/v1/users/me/tax-regimes', { body: { taxRegime, from } }));

// ── Market trends (src/modules/insights/trends/trends.routes.ts): mine=true adds the seller's own ──
export const getTrends = (query: { category?: string; period: 'week' | 'month'; mine: 'true' }) =>
  ok(api.GET('/api/v1/insights/trends', { params: { query } }));
export type Trends = Awaited<ReturnType<typeof getTrends>>;
