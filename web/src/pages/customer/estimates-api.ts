/** The saved estimates' API calls (src/modules/insights/estimates/saved), one small function each. */
import { ok } from '../../api';
import { api } from '../../lib/api';

export const listEstimates = (cursor?: string) =>
  ok(api.GET('/api/v1/insights/estimates', { params: { query: { cursor } } }));
export const getEstimate = (id: string) => ok(api.GET('/api/v1/insights/estimates/{id}', { params: { path: { id } } }));
export type SavedEstimate = Awaited<ReturnType<typeof getEstimate>>;
export type EstimatePatch = {
  version: number;
  title?: string;
  jobs?: SavedEstimate['request']['jobs'];
  pricing?: { strategy: 'cheapest' | 'single_seller' | 'nearest'; near?: { lat: number; lon: number } } | null;
  overrides?: { job: number; material: string; quantity?: string; offerId?: string | null }[];
};
export const updateEstimate = (id: string, body: EstimatePatch) =>
  ok(api.PATCH('/api/v1/insights/estimates/{id}', { params: { path: { id } }, body }));
export const deleteEstimate = (id: string) =>
  ok(api.DELETE('/api/v1/insights/estimates/{id}', { params: { path: { id } } }));
export const listVersions = (id: string, cursor?: string) =>
  ok(api.GET('/api/v1/insights/estimates/{id}/versions', { params: { path: { id }, query: { cursor } } }));
export const getVersion = (id: string, version: number) =>
  ok(
    api.GET('/api/v1/insights/estimates/{id}/versions/{version}', {
      params: { path: { id, version: String(version) } },
    }),
  );
export const estimateToCart = (id: string, version: number) =>
  ok(api.POST('/api/v1/insights/estimates/{id}/to-cart', { params: { path: { id } }, body: { version } }));
export type ToCartResult = Awaited<ReturnType<typeof estimateToCart>>;
export const shareEstimate = (id: string) =>
  ok(api.POST('/api/v1/insights/estimates/{id}/share', { params: { path: { id } } }));
export const revokeShare = (id: string, shareId: string) =>
  ok(api.DELETE('/api/v1/insights/estimates/{id}/share/{shareId}', { params: { path: { id, shareId } } }));
export const estimatePdf = (id: string) =>
  ok(api.GET('/api/v1/insights/estimates/{id}/estimate.pdf', { params: { path: { id } }, parseAs: 'blob' }));
export const estimateXlsx = (id: string) =>
  ok(api.GET('/api/v1/insights/estimates/{id}/estimate.xlsx', { params: { path: { id } }, parseAs: 'blob' }));
