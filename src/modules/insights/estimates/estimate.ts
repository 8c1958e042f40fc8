/**
 * An estimate priced with live offers (docs/domain.md, Estimates): the jobs' lines, each mapped to
 * a catalog product by its attributes and priced by the chosen strategy, the user's overrides and
 * free lines, and the totals per seller with the delivery guide price the cart would show.
 */
import type { Executor } from '../../../shared/db/database.js';
import type { InsightsModuleDeps } from '../index.js';
import type { ComputedLine, JobRequest } from './jobs.js';
import type { DerivedSize, Inputs, TemplateId } from './model.js';
import { priceEstimate } from './pricing/price-estimate.js';

export type PricingStrategy = 'cheapest' | 'single_seller' | 'nearest';
export const PRICING_STRATEGIES: readonly PricingStrategy[] = ['cheapest', 'single_seller', 'nearest'];

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface EstimatePricing {
  strategy: PricingStrategy;
  /** The drop-off: delivery is quoted to it, `nearest` measures from it. */
  near?: GeoPoint | null | undefined;
}

/** The user's change to one line: its quantity (line units) and/or its offer (null: «I'll buy it elsewhere»). */
export interface LineOverride {
  job: number;
  material: string;
  quantity?: string | undefined;
  offerId?: string | null | undefined;
}

/** A line the user adds by hand: an offer (quantity in its unit) or a price of their own. */
export interface FreeLineRequest {
  name: string;
  unit: string;
  quantity: string;
  offerId?: string | undefined;
  priceMinor?: number | undefined;
}

export interface EstimateRequest {
  jobs: readonly JobRequest[];
  pricing?: EstimatePricing | undefined;
  overrides?: readonly LineOverride[] | undefined;
  freeLines?: readonly FreeLineRequest[] | undefined;
}

export interface LineProduct {
  id: string;
  name: string;
  sku: string | null;
  unit: string;
  attributes: Record<string, string>;
}

export interface LineOffer {
  id: string;
  sellerId: string;
  sellerName: string;
  warehouseId: string;
  warehouseName: string;
  /** Straight-line km from `pricing.near` to the warehouse, 0.1 km; null without a point. */
  distanceKm: number | null;
  unit: string;
  minQty: string;
  step: string;
  /** Line units in one sale unit (a 25 kg bag: '25'), decimal string. */
  perSaleUnit: string;
  /** What the warehouse has now (available = on hand − reserved). */
  available: string;
}

/** Why a line has no offer (or, with an offer, why it cannot be bought as it stands). */
export type LineReasonCode =
  | 'no_fitting_product'
  | 'not_enough_stock'
  | 'not_at_this_seller'
  | 'excluded'
  | 'not_needed'
  | 'offer_unavailable'
  | 'off_grid'
  | 'no_price';

export interface EstimateLine extends Omit<ComputedLine, 'match'> {
  product: LineProduct | null;
  offer: LineOffer | null;
  /** In the offer's unit: the smallest quantity on the offer's grid (min, min+step, …) ≥ packs × step. */
  orderQuantity: string | null;
  /** Per offer unit, VAT included. */
  priceMinor: number | null;
  /** round(priceMinor × orderQuantity), half up. */
  totalMinor: number | null;
  vatRate: string | null;
  vatMinor: number | null;
  reason: string | null;
  reasonCode: LineReasonCode | null;
  overridden: { quantity: boolean; offer: boolean };
  /** Saved estimates: the price at the last save, when it has moved since (calculate: always null). */
  previousPriceMinor: number | null;
}

export interface EstimateJob {
  index: number;
  template: TemplateId;
  title: string;
  inputs: Inputs;
  derived: DerivedSize[];
  lines: EstimateLine[];
}

/** A free line as answered: priced from its offer (sellable) or from the user's own price (not sellable). */
export interface EstimateFreeLine {
  index: number;
  name: string;
  unit: string;
  /** In the offer's unit when an offer is chosen. */
  quantity: string;
  product: LineProduct | null;
  offer: LineOffer | null;
  /** = quantity when an offer is chosen and can be bought; null otherwise. */
  orderQuantity: string | null;
  priceMinor: number | null;
  totalMinor: number | null;
  vatRate: string | null;
  vatMinor: number | null;
  /** True when it goes to the cart (an offer, available, on its grid). */
  sellable: boolean;
  reason: string | null;
  reasonCode: LineReasonCode | null;
  previousPriceMinor: number | null;
}

export interface SellerDelivery {
  priceMinor: number;
  vehicleName: string;
  bodyName: string;
  vehicles: number;
  /** The farthest warehouse's road km. */
  roadKm: number;
  /** Per warehouse the lines ship from (the cart's delivery list); VAT is rounded per warehouse, as the cart does. */
  parts: { warehouseId: string; warehouseName: string; priceMinor: number; vatMinor: number; vehicleName: string }[];
}

export interface EstimateSeller {
  sellerId: string;
  sellerName: string;
  goodsMinor: number;
  vatMinor: number;
  /** The guide price from the seller's warehouses to `pricing.near`, as the cart shows it; null without a point. */
  delivery: SellerDelivery | null;
  deliveryMinor: number;
  /** The delivery's VAT (in vatMinor), at the seller's regime rate: 22 % for a VAT payer. */
  deliveryVatMinor: number;
  /** Why there is no (or only a partial) delivery price: no address, pickup only… */
  deliveryNote: string | null;
  totalMinor: number;
  /** Priced lines (job lines and free lines) bought from this seller. */
  lines: number;
}

export interface MissingLine {
  job: number;
  material: string;
  name: string;
  reason: string;
  reasonCode: LineReasonCode;
}

export interface EstimateTotals {
  /** Sellers' goods plus free lines priced by the user. */
  goodsMinor: number;
  deliveryMinor: number;
  vatMinor: number;
  totalMinor: number;
  vatByRate: { rate: string; vatMinor: number }[];
  /** Free lines with the user's own price («без продавца»): in goodsMinor and totalMinor, not in VAT. */
  withoutSeller: { goodsMinor: number; lines: number };
}

export interface EstimateView {
  jobs: EstimateJob[];
  freeLines: EstimateFreeLine[];
  pricing: { strategy: PricingStrategy; near: GeoPoint | null };
  sellers: EstimateSeller[];
  missing: MissingLine[];
  totals: EstimateTotals;
}

/** What pricing reads: the catalog's materials API (through its module). */
export type EstimateDeps = Pick<InsightsModuleDeps, 'catalog'>;

export interface CalculateOptions {
  /** The moment prices and tax regimes are read at (the caller's clock). */
  at?: Date | undefined;
  /**
   * Saved estimates viewed later: a free line's quantity that no longer fits its offer's grid is
   * shown unsellable (reasonCode off_grid) instead of a 400.
   */
  lenient?: boolean | undefined;
}

/**
 * Computes every job, applies the overrides, prices each line by the strategy and totals per
 * seller. Bad inputs, overrides of lines that do not exist and free lines off their offer's
 * grid are 400s naming the field; a material nothing fits is a line without an offer, never an error.
 */
export function calculateEstimate(
  ex: Executor,
  deps: EstimateDeps,
  request: EstimateRequest,
  opts: CalculateOptions = {},
): Promise<EstimateView> {
  return priceEstimate(ex, deps, request, opts);
}
