import { DEMO_CATEGORY_TREE, flattenCategories, type FlatCategory } from './demo-categories.js';
import { decimal, tagPrice, type ProductSpec, type Unit } from './demo-product-spec.js';
import { CONCRETE_PRODUCTS } from './demo-products-concrete.js';
import { DRYWALL_PRODUCTS } from './demo-products-drywall.js';
import { ENGINEERING_PRODUCTS } from './demo-products-engineering.js';
import { FINISH_PRODUCTS } from './demo-products-finish.js';
import { FLOOR_PRODUCTS } from './demo-products-floors.js';
import { INSULATION_PRODUCTS } from './demo-products-insulation.js';
import { LUMBER_PRODUCTS } from './demo-products-lumber.js';
import { METAL_PRODUCTS } from './demo-products-metal.js';
import { MIX_PRODUCTS } from './demo-products-mixes.js';
import { ROOF_PRODUCTS } from './demo-products-roof.js';
import { TOOL_PRODUCTS } from './demo-products-tools.js';
import { WALL_PRODUCTS } from './demo-products-walls.js';

export { DEMO_CATEGORY_TREE };
export type { CategoryNode, FlatCategory } from './demo-categories.js';

/** A demo product card as the seed writes it: decimals as strings, money in kopecks. */
export interface DemoProduct {
  sku: string;
  ean: string | null;
  name: string;
  description: string;
  brand: string | null;
  categorySlug: string;
  unit: Unit;
  packSize: string;
  weightKg: string;
  volumeM3: string;
  attributes: Record<string, string>;
  /** Reference retail price per unit, kopecks with VAT; each seller's offer is within ±8 % of it. */
  priceMinor: number;
  minQty: string;
  step: string;
}

export const DEMO_CATEGORIES: readonly FlatCategory[] = flattenCategories(DEMO_CATEGORY_TREE);

/** EAN-13 check digit of the first 12 digits (GS1: weights 1 and 3 from the left). */
export function eanCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(ean: string): boolean {
  return /^\d{13}$/.test(ean) && eanCheckDigit(ean.slice(0, 12)) === Number(ean[12]);
}

/**
 * Barcodes under the Russian GS1 prefix 460; multiplying by a number coprime with 10⁸ spreads
 * the serials over the item field without two products ever sharing one.
 */
function demoEan(serial: number): string {
  const first12 = `4607${String((serial * 7919) % 100_000_000).padStart(8, '0')}`;
  return `${first12}${eanCheckDigit(first12)}`;
}

function toDemoProducts(specs: readonly ProductSpec[]): DemoProduct[] {
  const leafSlugs = new Set(DEMO_CATEGORIES.map((c) => c.slug));
  const counters = new Map<string, number>();
  let eans = 0;
  return specs.map((s) => {
    if (!leafSlugs.has(s.category)) throw new Error(`demo product "${s.name}" names unknown category ${s.category}`);
    const n = (counters.get(s.group) ?? 0) + 1;
    counters.set(s.group, n);
    const pack = decimal(s.packSize, 3);
    return {
      sku: `TT-${s.group}-${String(n).padStart(4, '0')}`,
      ean: s.ean ? demoEan(++eans) : null,
      name: s.name,
      description: s.description,
      brand: s.brand,
      categorySlug: s.category,
      unit: s.unit,
      packSize: pack,
      // The columns keep 3 and 6 decimals; the floors keep tiny items (a lamp, a drill bit) above zero.
      weightKg: decimal(Math.max(s.weightKg, 0.001), 3),
      volumeM3: decimal(Math.max(s.volumeM3, 0.000001), 6),
      attributes: s.attributes,
      priceMinor: Math.round(tagPrice(s.priceRub) * 100),
      minQty: s.minQty !== undefined ? decimal(s.minQty, 3) : pack,
      step: s.step !== undefined ? decimal(s.step, 3) : pack,
    };
  });
}

/** In this order: a product's SKU number is its place among the products of its SKU group. */
export const DEMO_PRODUCTS: readonly DemoProduct[] = toDemoProducts([
  ...WALL_PRODUCTS,
  ...CONCRETE_PRODUCTS,
  ...MIX_PRODUCTS,
  ...METAL_PRODUCTS,
  ...LUMBER_PRODUCTS,
  ...DRYWALL_PRODUCTS,
  ...ROOF_PRODUCTS,
  ...INSULATION_PRODUCTS,
  ...FINISH_PRODUCTS,
  ...FLOOR_PRODUCTS,
  ...ENGINEERING_PRODUCTS,
  ...TOOL_PRODUCTS,
]);
