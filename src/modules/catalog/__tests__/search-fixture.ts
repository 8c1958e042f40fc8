/** A small catalog for the search tests, made through the HTTP API. */
import { expect } from 'vitest';
import type { TestContext } from '../../../../test/context.js';
import type { Account } from '../../../../test/factories.js';
import { searchResult } from '../search.schemas.js';
import { CATALOG, CatalogFixtures, MOSCOW, SPB, tag, type CategoryJson } from '../../../../test/fixtures/catalog.js';

export const TULA = { lat: 54.19, lon: 37.62 };
/** Видное, about 17 km south of the centre of Moscow. */
export const VIDNOE = { lat: 55.55, lon: 37.7 };

interface Spec {
  key: string;
  name: string;
  category: string;
  attributes: Record<string, string>;
  brand?: string;
  description?: string;
  sku?: string;
  ean?: string;
  /** [seller, price in kopecks, stock by warehouse key (absent: none), backorder] */
  offers: [
    seller: 'a' | 'b' | 'c',
    price: number,
    stock?: Partial<Record<WarehouseKey, number>>,
    backorder?: boolean,
  ][];
}
type WarehouseKey = 'aMoscow' | 'aSpb' | 'bVidnoe' | 'cTula';

const T = tag().toUpperCase();
export const CEMENT_SKU = `CEM-${T}-500`;
export const CEMENT_EAN = '4607001234567';

/** Nine products visible, three hidden (suspended-seller-only, paused, no stock and no backorder). */
const SPECS: Spec[] = [
  {
    key: 'cement500',
    name: 'Цемент М500 Д0 50 кг',
    brand: 'Евроцемент',
    description: 'Портландцемент для фундаментов и бетона высоких марок',
    category: 'cement',
    sku: CEMENT_SKU,
    ean: CEMENT_EAN,
    attributes: { strength: 'М500', bag_kg: '50' },
    offers: [
      ['a', 52000, { aMoscow: 100 }],
      ['b', 49900, { bVidnoe: 40 }],
    ],
  },
  {
    key: 'cement400',
    name: 'Цемент М400 Д20 50 кг',
    brand: 'Holcim',
    category: 'cement',
    attributes: { strength: 'М400', bag_kg: '50' },
    offers: [['a', 43000, { aSpb: 30 }]],
  },
  {
    key: 'plaster',
    name: 'Штукатурка гипсовая 30 кг',
    description: 'Смесь для стен, не цемент',
    category: 'cement-i-smesi',
    attributes: { bag_kg: '30' },
    offers: [['b', 45000, { bVidnoe: 12 }]],
  },
  {
    key: 'brickM150',
    name: 'Кирпич керамический рядовой М150',
    category: 'kirpich-ryadovoj',
    attributes: { strength: 'М150', format: '1НФ' },
    offers: [
      ['a', 1800, { aMoscow: 5000 }],
      ['c', 1700, { cTula: 3000 }],
    ],
  },
  {
    key: 'brickM200',
    name: 'Кирпич рядовой полнотелый М200',
    category: 'kirpich-ryadovoj',
    attributes: { strength: 'М200', format: '1.4НФ' },
    offers: [['b', 2600, { bVidnoe: 2000 }]],
  },
  {
    key: 'brickRed',
    name: 'Кирпич облицовочный красный',
    category: 'kirpich-oblicovochnyj',
    attributes: { format: '1НФ', color: 'красный' },
    offers: [['a', 3100, { aSpb: 800 }]],
  },
  {
    key: 'brickYellow',
    name: 'Кирпич облицовочный жёлтый',
    category: 'kirpich-oblicovochnyj',
    attributes: { format: '1НФ', color: 'жёлтый' },
    offers: [['b', 3100, {}, true]],
  },
  {
    key: 'clamps',
    name: 'Клеммы строительные 2x2,5',
    category: 'instrument',
    attributes: {},
    offers: [['a', 1200, { aMoscow: 300 }]],
  },
  {
    key: 'hammer',
    name: 'Молоток слесарный 500 г',
    category: 'instrument',
    attributes: { weight_g: '500' },
    offers: [['b', 69000, { bVidnoe: 10 }]],
  },
  // Hidden from the start: paused, out of stock without backorder.
  {
    key: 'paused',
    name: 'Кирпич клинкерный приостановленный',
    category: 'kirpich-oblicovochnyj',
    attributes: { format: '1НФ' },
    offers: [['a', 9900, { aMoscow: 50 }]],
  },
  {
    key: 'soldOut',
    name: 'Кирпич шамотный распроданный',
    category: 'kirpich-ryadovoj',
    attributes: { format: '1НФ' },
    offers: [['b', 9000, {}]],
  },
  // Visible until seller C is suspended.
  {
    key: 'tulaOnly',
    name: 'Кирпич силикатный тульский',
    category: 'kirpich-ryadovoj',
    attributes: { strength: 'М150', format: '1НФ' },
    offers: [['c', 1500, { cTula: 1000 }]],
  },
];

export const VISIBLE_KEYS = SPECS.map((s) => s.key).filter((k) => k !== 'paused' && k !== 'soldOut');

export interface SearchWorld {
  sellers: Record<'a' | 'b' | 'c', Account>;
  categories: Record<string, CategoryJson>;
  /** Product ids by key, and keys by id. */
  id: Record<string, string>;
  key: Record<string, string>;
  offers: Record<string, Record<string, string>>;
  warehouses: Record<WarehouseKey, string>;
}

export async function buildSearchWorld(ctx: TestContext): Promise<SearchWorld> {
  const f = new CatalogFixtures(ctx);
  const [a, b, c] = await Promise.all([
    ctx.make.seller({ company: { name: 'ООО «Альфа»', inn: '7707083893' } }),
    ctx.make.seller({ company: { name: 'ООО «Бета»', inn: '7728415300' } }),
    ctx.make.seller({ company: { name: 'ООО «Тула»', inn: '7812640575' } }),
  ]);
  const sellers = { a, b, c };
  const categories: Record<string, CategoryJson> = {};
  const cat = async (slug: string, name: string, parent?: string) => {
    const s = `${slug}-${T.toLowerCase()}`;
    categories[slug] = await f.category({ slug: s, name, ...(parent ? { parentId: categories[parent]!.id } : {}) });
  };
  await cat('kirpich', 'Кирпич');
  await cat('kirpich-ryadovoj', 'Рядовой кирпич', 'kirpich');
  await cat('kirpich-oblicovochnyj', 'Облицовочный кирпич', 'kirpich');
  await cat('cement-i-smesi', 'Цемент и сухие смеси');
  await cat('cement', 'Цемент', 'cement-i-smesi');
  await cat('instrument', 'Инструмент');

  const warehouses: Record<WarehouseKey, string> = {
    aMoscow: (await f.warehouse(a, { name: 'Альфа Москва', ...MOSCOW })).id,
    aSpb: (await f.warehouse(a, { name: 'Альфа Петербург', ...SPB })).id,
    bVidnoe: (await f.warehouse(b, { name: 'Бета Видное', ...VIDNOE })).id,
    cTula: (await f.warehouse(c, { name: 'Тула склад', ...TULA })).id,
  };
  const id: Record<string, string> = {};
  const key: Record<string, string> = {};
  const offers: Record<string, Record<string, string>> = {};
  for (const s of SPECS) {
    const p = await f.product(a, {
      name: s.name,
      categoryId: categories[s.category]!.id,
      attributes: s.attributes,
      sku: s.sku ?? null,
      ean: s.ean ?? null,
      brand: s.brand ?? null,
      description: s.description ?? '',
    });
    id[s.key] = p.id;
    key[p.id] = s.key;
    offers[s.key] = {};
    for (const [seller, price, stock = {}, backorder = false] of s.offers) {
      const o = await f.offer(sellers[seller], p.id, { priceMinor: price, backorder });
      offers[s.key]![seller] = o.id;
      for (const [wh, onHand] of Object.entries(stock)) {
        await f.stock(sellers[seller], warehouses[wh as WarehouseKey], o.id, onHand);
      }
    }
  }
  const pause = await ctx.request({
    method: 'PATCH',
    url: `${CATALOG}/offers/${offers.paused!.a}`,
    token: a.accessToken,
    payload: { status: 'paused' },
  });
  expect(pause.statusCode, pause.body).toBe(200);
  return { sellers, categories, id, key, offers, warehouses };
}

export interface SearchItem {
  id: string;
  sku: string | null;
  name: string;
  categoryId: string;
  attributes: Record<string, string>;
  bestOffer: { id: string; sellerId: string; sellerName: string; priceMinor: number; inStock: boolean };
  offerCount: number;
  nearestWarehouse: { id: string; name: string; sellerId: string; distanceKm: number } | null;
}
export interface SearchBody {
  items: SearchItem[];
  nextCursor: string | null;
  total: number;
  facets: {
    categories: { id: string; slug: string; name: string; parentId: string | null; count: number }[];
    attributes: Record<string, { value: string; count: number }[]>;
    price: { min: number | null; max: number | null };
  };
}

/** GET /products with these parameters (arrays repeat the key); asserts a 200. */
export async function search(ctx: TestContext, params: Record<string, string | number | string[]> = {}) {
  const res = await ctx.request({ method: 'GET', url: `${CATALOG}/products?${queryString(params)}` });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  // The route sends the text the database wrote (search.routes.ts): nothing but this holds it to
  // the documented schema, no key more or less, at any depth.
  const body: unknown = res.json();
  expect(body).toStrictEqual(searchResult.parse(body));
  return body as SearchBody;
}

export function queryString(params: Record<string, string | number | string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : [v]) q.append(k, String(one));
  return q.toString();
}

/** Every page of a search, following nextCursor (bounded). */
export async function allPages(ctx: TestContext, params: Record<string, string | number | string[]>) {
  const items: SearchItem[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: SearchBody = await search(ctx, { ...params, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('more than 100 pages');
}

/** Every facet's count equals the total of the same search narrowed by that facet; answers the search. */
export async function expectFacetsMatchFiltering(
  ctx: TestContext,
  params: Record<string, string | number | string[]>,
): Promise<SearchBody> {
  const body = await search(ctx, { ...params, limit: 100 });
  const all = await allPages(ctx, { ...params, limit: 25 });
  expect(all.length).toBe(body.total);
  const prices = all.map((i) => i.bestOffer.priceMinor);
  expect(body.facets.price).toEqual(
    prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : { min: null, max: null },
  );
  for (const c of body.facets.categories) {
    const narrowed = await search(ctx, { ...params, category: c.slug, limit: 1 });
    expect(narrowed.total, `category ${c.slug}`).toBe(c.count);
  }
  for (const [name, values] of Object.entries(body.facets.attributes)) {
    for (const { value, count } of values) {
      const narrowed = await search(ctx, { ...params, [`attr.${name}`]: value, limit: 1 });
      expect(narrowed.total, `${name}=${value}`).toBe(count);
    }
  }
  return body;
}
