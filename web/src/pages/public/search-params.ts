/**
 * The catalogue search lives in the page's URL query, with the API's own parameter names
 * (GET /catalog/products), so a link is shareable and the back button steps through searches.
 */
import type { SearchQuery } from './public-api';

export const SORTS = [
  { value: 'relevance', label: 'По релевантности', needs: 'q' },
  { value: 'popular', label: 'Популярные' },
  { value: 'price_asc', label: 'Сначала дешевле' },
  { value: 'price_desc', label: 'Сначала дороже' },
  { value: 'distance', label: 'Ближе ко мне', needs: 'near' },
] as const;

const KNOWN = ['q', 'category', 'priceMin', 'priceMax', 'inStock', 'near', 'radiusKm', 'sort'] as const;

/** The API query from the URL: known keys and every `attr.<name>` (repeated values kept). */
export function queryFromUrl(params: URLSearchParams): SearchQuery {
  const out: SearchQuery = {};
  for (const key of KNOWN) {
    const v = params.get(key);
    if (v) out[key] = v;
  }
  for (const key of new Set(params.keys())) {
    if (key.startsWith('attr.')) out[key] = params.getAll(key);
  }
  // A sort the query cannot have (distance without a point) would be a 400: drop it.
  if (out.sort === 'distance' && !out.near) delete out.sort;
  if (out.sort === 'relevance' && !out.q) delete out.sort;
  if (out.radiusKm && !out.near) delete out.radiusKm;
  return out;
}

/** A copy of the URL query with `key` set (or removed when empty); paging always restarts. */
export function withParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value === '') next.delete(key);
  else next.set(key, value);
  return next;
}

/** Adds or removes one value of a repeated `attr.<name>`. */
export function toggleAttr(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const key = `attr.${name}`;
  const values = params.getAll(key);
  const next = new URLSearchParams(params);
  next.delete(key);
  const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of kept) next.append(key, v);
  return next;
}

/** How many filters are on (for the empty state and the «сбросить» button). */
export function activeFilters(params: URLSearchParams): number {
  let n = 0;
  for (const key of new Set(params.keys())) if (key !== 'q' && key !== 'sort') n += 1;
  return n;
}
