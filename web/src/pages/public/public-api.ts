/**
 * Every API call of the public pages, one small function each, so a renamed path is a one-line
 * change here.
 */
import { ok, type components, type paths } from '../../api';
import { api } from '../../lib/api';

type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type SearchResult = Json<'/api/v1/catalog/products', 'get'>;
export type SearchItem = SearchResult['items'][number];
export type CategoryNode = Json<'/api/v1/catalog/categories', 'get'>['items'][number];
export type ProductPage = Json<'/api/v1/catalog/products/{id}', 'get'>;
export type ProductOffer = ProductPage['offers'][number];
export type Template = Json<'/api/v1/insights/estimate-templates', 'get'>['items'][number];
export type TemplateInput = Template['inputs'][number];
export type EstimateRequest = components['schemas'] extends { EstimateRequest: infer R }
  ? R
  : NonNullable<paths['/api/v1/insights/estimates/calculate']['post']['requestBody']>['content']['application/json'];
export type EstimateView = Json<'/api/v1/insights/estimates/calculate', 'post'>;
export type TrackedDelivery = Json<'/api/v1/logistics/track/{token}', 'get'>;

/** The search query as the API takes it: known keys plus any `attr.<name>` (repeated for OR). */
export type SearchQuery = Record<string, string | string[] | undefined>;

export function searchProducts(query: SearchQuery, cursor?: string) {
  return ok(
    api.GET('/api/v1/catalog/products', {
      // attr.* keys are open-ended, which the generated type cannot list.
      params: { query: { ...query, cursor, limit: 24 } as never },
    }),
  ) as Promise<SearchResult>;
}

export const categoryTree = () => ok(api.GET('/api/v1/catalog/categories'));

export const productPage = (id: string, near?: string) =>
  ok(api.GET('/api/v1/catalog/products/{id}', { params: { path: { id }, query: { near } } }));

export const priceHistory = (id: string) =>
  ok(api.GET('/api/v1/catalog/offers/{id}/price-history', { params: { path: { id }, query: {} } }));

export const priceForecast = (productId: string) =>
  ok(api.GET('/api/v1/insights/forecast', { params: { query: { productId, horizonDays: 56 } } }));

export const boughtTogether = (productId: string) =>
  ok(api.GET('/api/v1/insights/recommendations/bought-together', { params: { query: { productId, limit: 8 } } }));

export const addToCart = (offerId: string, quantity: string) =>
  ok(api.POST('/api/v1/orders/cart/items', { body: { offerId, quantity } }));

export const estimateTemplates = () => ok(api.GET('/api/v1/insights/estimate-templates'));

export const calculateEstimate = (body: EstimateRequest, signal?: AbortSignal) =>
  ok(api.POST('/api/v1/insights/estimates/calculate', { body, signal })) as Promise<EstimateView>;

export const saveEstimate = (body: EstimateRequest & { title: string }) =>
  ok(api.POST('/api/v1/insights/estimates', { body }));

export const estimateToCart = (id: string) =>
  ok(api.POST('/api/v1/insights/estimates/{id}/to-cart', { params: { path: { id } }, body: {} }));

export const sharedEstimate = (token: string) =>
  ok(api.GET('/api/v1/insights/shared-estimates/{token}', { params: { path: { token } } }));

export const copySharedEstimate = (token: string) =>
  ok(api.POST('/api/v1/insights/estimates/copy', { body: { token } }));

/** A file behind the bearer token: fetched through the client as a blob. */
export async function estimateFile(id: string, kind: 'pdf' | 'xlsx'): Promise<Blob> {
  return kind === 'pdf'
    ? ((await ok(
        api.GET('/api/v1/insights/estimates/{id}/estimate.pdf', { params: { path: { id } }, parseAs: 'blob' }),
      )) as Blob)
    : ((await ok(
        api.GET('/api/v1/insights/estimates/{id}/estimate.xlsx', { params: { path: { id } }, parseAs: 'blob' }),
      )) as Blob);
}

export const sharedEstimatePdf = async (token: string) =>
  (await ok(
    api.GET('/api/v1/insights/shared-estimates/{token}/estimate.pdf', {
      params: { path: { token } },
      parseAs: 'blob',
    }),
  )) as Blob;

export const trackedDelivery = (token: string) =>
  ok(api.GET('/api/v1/logistics/track/{token}', { params: { path: { token } } }));

/** The share link's live stream as a WebSocket URL on this site. */
export function trackLiveUrl(token: string): string {
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${window.location.host}/api/v1/logistics/track/${encodeURIComponent(token)}/live`;
}
