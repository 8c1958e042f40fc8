import type { UNITS } from '../catalog.tables.js';

export type Unit = (typeof UNITS)[number];

/** One demo product card before it gets its SKU, EAN and database id. */
export interface ProductSpec {
  /** SKU group: `CEM` becomes `TT-CEM-0001`, `TT-CEM-0002`, … in list order. */
  group: string;
  /** Slug of the leaf category. */
  category: string;
  name: string;
  brand: string | null;
  description: string;
  unit: Unit;
  /**
   * Units in the pack the product is sold in (a pallet of 480 bricks, a 1.44 m² box of tiles,
   * a 9 l can); 1 when it is sold singly. Offers of packed products take whole packs only.
   */
  packSize: number;
  /** Per sale unit. */
  weightKg: number;
  /** Per sale unit. */
  volumeM3: number;
  attributes: Record<string, string>;
  /** Reference retail price of one sale unit in roubles, VAT included; sellers price around it. */
  priceRub: number;
  /** Smallest order and its increment when they differ from the pack (sand by 0.5 m³). */
  minQty?: number;
  step?: number;
  /** Retail-packaged goods carry a barcode. */
  ean?: boolean;
}

export type SpecInput = Omit<ProductSpec, 'packSize' | 'attributes'> & {
  packSize?: number;
  attributes: Record<string, string | number | undefined>;
};

/** Fills defaults and turns attribute numbers into the strings the catalog stores. */
export function spec(input: SpecInput): ProductSpec {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.attributes)) {
    if (value !== undefined) attributes[key] = typeof value === 'number' ? decimal(value) : value;
  }
  return { ...input, packSize: input.packSize ?? 1, attributes };
}

/** A decimal without float noise or trailing zeros: 12.5 → '12.5', 0.1 + 0.2 → '0.3'. */
export function decimal(value: number, digits = 6): string {
  return value
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** Steel density, kg/m³. */
export const STEEL_KG_M3 = 7850;

/** A number as Russian text writes it, with a decimal comma: 12.5 → '12,5'. */
export function ruNum(value: number): string {
  return String(value).replace('.', ',');
}

/** Volume of a box given in millimetres, in m³. */
export function boxM3(a: number, b: number, c: number): number {
  return (a * b * c) / 1e9;
}

/** Steel bar or rod mass per metre (DOMAIN: 0.00617·d² kg/m, d in mm). */
export function barKgPerM(d: number): number {
  return 0.00617 * d * d;
}

/** Rounds a reference price to what a price tag shows: kopecks under 100 ₽, whole roubles above. */
export function tagPrice(rub: number): number {
  return rub < 100 ? Math.round(rub * 10) / 10 : Math.round(rub);
}
