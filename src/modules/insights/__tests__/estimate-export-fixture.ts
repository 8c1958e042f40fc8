/**
 * Estimates for the export tests, built without a database: the lines from `computeJobs`, offers
 * and prices made by hand following the line contract (pack = perSaleUnit × step, packs =
 * ceil(quantity / pack), order = max(packs × step, min on the step grid), total = price × order).
 */
import { fromMilli, toMilli } from '../../../shared/decimal.js';
import type {
  EstimateFreeLine,
  EstimateLine,
  EstimateSeller,
  EstimateView,
  LineOffer,
  LineProduct,
} from '../estimates/estimate.js';
import { computeJobs, type ComputedLine, type JobRequest } from '../estimates/jobs.js';
import { packsOf } from '../estimates/quantity.js';

export const STROYBAZA: LineOffer = {
  id: 'o-1',
  sellerId: 's-1',
  sellerName: 'ООО «СтройБаза»',
  warehouseId: 'w-1',
  warehouseName: 'Склад Москва-1',
  distanceKm: 18.2,
  unit: 'шт',
  minQty: '1',
  step: '1',
  perSaleUnit: '1',
  available: '100000',
};

export interface Price {
  offer: LineOffer;
  priceMinor: number;
  vatRate?: string;
  product?: string;
}

/** VAT inside an amount, half up per line (as orders' pricing does). */
export function vatIn(amountMinor: number, rate: string): number {
  if (rate === 'none' || rate === '0') return 0;
  const r = Number(rate);
  return Math.floor((2 * amountMinor * r + (100 + r)) / (2 * (100 + r)));
}

export function product(name: string, sku: string | null = null, unit = 'шт'): LineProduct {
  return { id: `p-${name}`, name, sku, unit, attributes: {} };
}

function totalOf(priceMinor: number, quantity: string): number {
  return Number((BigInt(priceMinor) * toMilli(quantity) + 500n) / 1000n);
}

export function priced(line: ComputedLine, price: Price | string): EstimateLine {
  const { match: _match, ...rest } = line;
  const none = { quantity: false, offer: false };
  if (typeof price === 'string') {
    return {
      ...rest,
      ...{ product: null, offer: null, orderQuantity: null, priceMinor: null, totalMinor: null },
      ...{ vatRate: null, vatMinor: null, reason: price, reasonCode: 'no_fitting_product' },
      ...{ overridden: none, previousPriceMinor: null },
    };
  }
  const { offer, priceMinor } = price;
  const step = toMilli(offer.step);
  const min = toMilli(offer.minQty);
  const packSize = fromMilli((toMilli(offer.perSaleUnit) * step) / 1000n);
  const packs = packsOf(line.quantity, packSize);
  // The offer's grid (min, min + step, …) at or above packs × step.
  const byPacks = BigInt(packs) * step;
  const orderQuantity = fromMilli(byPacks <= min ? min : min + ((byPacks - min + step - 1n) / step) * step);
  const totalMinor = totalOf(priceMinor, orderQuantity);
  const vatRate = price.vatRate ?? '22';
  return {
    ...rest,
    packSize,
    packs,
    product: product(price.product ?? line.name, `SKU-${line.material}`, offer.unit),
    offer,
    orderQuantity,
    priceMinor,
    totalMinor,
    vatRate,
    vatMinor: vatIn(totalMinor, vatRate),
    ...{ reason: null, reasonCode: null, overridden: none, previousPriceMinor: null },
  };
}

/** A line the customer adds: from an offer (quantity in its unit), or at their own price. */
export function freeLine(name: string, unit: string, quantity: string, price: Price | number | null): EstimateFreeLine {
  const base = { index: 0, name, unit, quantity, previousPriceMinor: null, reason: null, reasonCode: null };
  if (price === null || typeof price === 'number') {
    return {
      ...base,
      ...{ product: null, offer: null, orderQuantity: null, priceMinor: price },
      ...{
        totalMinor: price === null ? null : totalOf(price, quantity),
        vatRate: null,
        vatMinor: null,
        sellable: false,
      },
    };
  }
  const totalMinor = totalOf(price.priceMinor, quantity);
  return {
    ...base,
    unit: price.offer.unit,
    product: product(price.product ?? name, null, price.offer.unit),
    offer: price.offer,
    orderQuantity: quantity,
    priceMinor: price.priceMinor,
    totalMinor,
    vatRate: '22',
    vatMinor: vatIn(totalMinor, '22'),
    sellable: true,
  };
}

export interface Options {
  /** The delivery guide price per seller; null: no drop-off point given. */
  deliveryMinor?: number | null;
  freeLines?: EstimateFreeLine[];
}

/** Jobs computed by the templates, each material priced by `prices[material]` (or unpriced with a reason); sellers and totals summed from the lines. */
export function estimate(
  jobs: JobRequest[],
  prices: Record<string, Price | string> | ((job: number) => Record<string, Price | string>),
  opts: Options = {},
): EstimateView {
  const pricesOf = typeof prices === 'function' ? prices : () => prices;
  const deliveryMinor = opts.deliveryMinor === undefined ? 450_000 : opts.deliveryMinor;
  const freeLines = (opts.freeLines ?? []).map((f, index) => ({ ...f, index }));
  const computed = computeJobs(jobs).map((job) => ({
    ...job,
    lines: job.lines.map((line) =>
      priced(line, pricesOf(job.index)[line.material] ?? 'нет подходящего товара в наличии'),
    ),
  }));
  const sold = [...computed.flatMap((j) => j.lines), ...freeLines].filter((l) => l.offer && l.totalMinor !== null);
  const bySeller = new Map<string, typeof sold>();
  for (const line of sold) bySeller.set(line.offer!.sellerId, [...(bySeller.get(line.offer!.sellerId) ?? []), line]);
  const sellers: EstimateSeller[] = [...bySeller.values()].map((lines) => {
    const goodsMinor = lines.reduce((s, l) => s + l.totalMinor!, 0);
    const delivery = deliveryMinor ?? 0;
    return {
      sellerId: lines[0]!.offer!.sellerId,
      sellerName: lines[0]!.offer!.sellerName,
      goodsMinor,
      vatMinor: lines.reduce((s, l) => s + l.vatMinor!, 0) + vatIn(delivery, '22'),
      delivery:
        deliveryMinor === null
          ? null
          : {
              ...{ priceMinor: delivery, vehicleName: 'Бортовой 5 т', bodyName: 'бортовой', vehicles: 1, roadKm: 18.4 },
              parts: [
                {
                  ...{ warehouseId: 'w-1', warehouseName: 'Склад Москва-1', priceMinor: delivery },
                  ...{ vatMinor: vatIn(delivery, '22'), vehicleName: 'Бортовой 5 т' },
                },
              ],
            },
      deliveryMinor: delivery,
      deliveryVatMinor: vatIn(delivery, '22'),
      deliveryNote: deliveryMinor === null ? 'укажите адрес доставки' : null,
      totalMinor: goodsMinor + delivery,
      lines: lines.length,
    };
  });
  const own = freeLines.filter((f) => f.offer === null && f.totalMinor !== null);
  const withoutSeller = { goodsMinor: own.reduce((s, f) => s + f.totalMinor!, 0), lines: own.length };
  const sum = (f: (s: EstimateSeller) => number): number => sellers.reduce((a, s) => a + f(s), 0);
  return {
    jobs: computed,
    freeLines,
    pricing: { strategy: 'cheapest', near: deliveryMinor === null ? null : { lat: 55.75, lon: 37.62 } },
    sellers,
    missing: computed.flatMap((job) =>
      job.lines
        .filter((l) => !l.offer)
        .map((l) => ({
          job: job.index,
          material: l.material,
          name: l.name,
          reason: l.reason!,
          reasonCode: l.reasonCode!,
        })),
    ),
    totals: {
      goodsMinor: sum((s) => s.goodsMinor) + withoutSeller.goodsMinor,
      deliveryMinor: sum((s) => s.deliveryMinor),
      vatMinor: sum((s) => s.vatMinor),
      totalMinor: sum((s) => s.totalMinor) + withoutSeller.goodsMinor,
      vatByRate: [{ rate: '22', vatMinor: sum((s) => s.vatMinor) }],
      withoutSeller,
    },
  };
}

/** 10 × 2.8 m, one brick (1НФ), two 1.5 × 1.2 windows: 24.4 m² net, 6.1 m³ of masonry. */
export const WALL: JobRequest = {
  template: 'brick_wall',
  title: 'Стены первого этажа',
  inputs: {
    lengthM: 10,
    heightM: 2.8,
    thicknessBricks: 1,
    brickFormat: '1НФ',
    openings: [{ widthM: 1.5, heightM: 1.2, count: 2 }],
  },
};

/** Bricks singly at 18,50; mortar in 40 kg bags at 450,00. */
export const PRICES: Record<string, Price> = {
  brick: { offer: STROYBAZA, priceMinor: 1850, product: 'Кирпич керамический М150 1НФ' },
  masonry_mortar: {
    offer: { ...STROYBAZA, unit: 'мешок', perSaleUnit: '40' },
    priceMinor: 45_000,
    product: 'Смесь кладочная М150, 40 кг',
  },
};

/** A brick house, one job of every template; sizes a builder would give. */
export const HOUSE: JobRequest[] = [
  { template: 'strip_foundation', inputs: { externalLengthM: 40, internalLengthM: 10, widthM: 0.4, heightM: 1.2 } },
  { template: 'slab_foundation', title: 'Плита под гараж', inputs: { lengthM: 6, widthM: 4, thicknessM: 0.25 } },
  WALL,
  { template: 'block_wall', inputs: { lengthM: 12, heightM: 2.8 } },
  { template: 'floor_screed', inputs: { areaM2: 80, thicknessMm: 50 } },
  { template: 'wall_plaster', inputs: { areaM2: 120, thicknessMm: 15 } },
  { template: 'drywall_partition', inputs: { lengthM: 5, heightM: 2.7 } },
  { template: 'tiling', inputs: { areaM2: 12 } },
  { template: 'painting', inputs: { areaM2: 150 } },
  { template: 'laminate', inputs: { areaM2: 45 } },
  { template: 'pitched_roof', inputs: { planLengthM: 10, planWidthM: 8 } },
  { template: 'insulation', inputs: { areaM2: 100 } },
];

/** Every material of the house at 100,00 a unit from one seller, except the tile adhesive. */
export function housePrices(materials: readonly string[]): Record<string, Price | string> {
  const prices = Object.fromEntries(materials.map((m) => [m, { offer: STROYBAZA, priceMinor: 10_000 }]));
  return { ...prices, tile_adhesive: 'Ни на одном складе нет нужного количества подходящего товара' };
}
