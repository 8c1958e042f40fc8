/**
 * Prices an estimate (docs/domain.md, Estimates): jobs computed, overrides applied, one catalog
 * query per material for fitting offers, the strategy's choice, then the orders module prices
 * the chosen lines exactly as a cart would (VAT by the seller's regime, the warehouse each line
 * ships from, the delivery guide price per seller to the point).
 */
import type { Executor } from '../../../../shared/db/database.js';
import { toMilli } from '../../../../shared/decimal.js';
import { ValidationError } from '../../../../shared/errors.js';
import type { DescribedOffer, MaterialCandidate } from '../../../catalog/index.js';
import { quoteEstimateLines, type QuoteItem, type QuotedLine } from '../../../orders/index.js';
import type {
  CalculateOptions,
  EstimateDeps,
  EstimateJob,
  EstimateLine,
  EstimateRequest,
  EstimateView,
  LineReasonCode,
} from '../estimate.js';
import { computeJobs, type ComputedLine } from '../jobs.js';
import { packsOf } from '../quantity.js';
import { freeLineDrafts } from './free-lines.js';
import { orderQuantityOf, packSizeOf, perSaleUnitOf } from './measure.js';
import { reasonText } from './reasons.js';
import { choose, deliverableFirst, type Slot } from './strategies.js';
import { totalsOf } from './totals.js';

/** The offer a line is bought from and how much of it. */
type Chosen = Omit<
  MaterialCandidate,
  'warehouseId' | 'warehouseName' | 'lat' | 'lon' | 'available' | 'totalMinor' | 'deliveryRadiusKm'
> & {
  fallbackWarehouse: { id: string; name: string; available: string } | null;
};

/** A job line on its way to the answer: its quantity, and the offer and pack it is bought in. */
interface Draft {
  job: number;
  line: ComputedLine;
  overridden: { quantity: boolean; offer: boolean };
  /** The user's offer: a uuid, null («elsewhere»), or undefined (the strategy picks). */
  offerId: string | null | undefined;
  overridePath: string | null;
  pick?: Chosen | undefined;
  reasonCode: LineReasonCode | null;
  seller?: string | undefined;
}

export async function priceEstimate(
  ex: Executor,
  deps: EstimateDeps,
  request: EstimateRequest,
  opts: CalculateOptions,
): Promise<EstimateView> {
  const strategy = request.pricing?.strategy ?? 'cheapest';
  const near = request.pricing?.near ?? null;
  if (strategy === 'nearest' && !near) {
    throw new ValidationError([
      { path: 'pricing.near', message: 'the nearest strategy needs the point to measure from' },
    ]);
  }
  const at = opts.at ?? new Date();
  const jobs = computeJobs(request.jobs);
  const drafts = applyOverrides(jobs, request.overrides ?? []);
  const materials = deps.catalog.materials;

  const chosenIds = [
    ...drafts.flatMap((d) => (typeof d.offerId === 'string' ? [d.offerId] : [])),
    ...(request.freeLines ?? []).flatMap((f) => (f.offerId ? [f.offerId] : [])),
  ];
  const auto = drafts.filter((d) => d.offerId === undefined && toMilli(d.line.quantity) > 0n);
  const [described, found] = await Promise.all([
    materials.describe(ex, chosenIds),
    Promise.all(
      auto.map((d) =>
        deliverableFirst(
          (deliverTo) =>
            materials.candidates(
              ex,
              {
                categories: d.line.match.categories,
                attributes: d.line.match.attributes,
                sale: d.line.match.sale,
                quantity: d.line.quantity,
                deliverTo,
              },
              strategy === 'cheapest' ? { only: 'cheapest' } : {},
            ),
          near,
        ),
      ),
    ),
  ]);
  const slots: Slot[] = auto.map((d, i) => ({ optional: d.line.optional, ...found[i]! }));
  choose(strategy, slots, near).forEach((choice, i) => {
    const d = auto[i]!;
    if (choice.candidate) d.pick = pickOf(d.line.quantity, choice.candidate);
    else Object.assign(d, { reasonCode: choice.reasonCode, seller: choice.seller });
  });
  for (const d of drafts) {
    if (d.offerId === null) d.reasonCode = 'excluded';
    else if (toMilli(d.line.quantity) === 0n) d.reasonCode = 'not_needed';
    else if (typeof d.offerId === 'string') chosenOffer(d, described.get(d.offerId), opts.lenient ?? false);
  }
  const free = freeLineDrafts(request.freeLines ?? [], described, opts.lenient ?? false);

  const items: QuoteItem[] = [
    ...drafts.flatMap((d, i) =>
      d.pick ? [{ key: `j${i}`, offerId: d.pick.offerId, quantity: d.pick.orderQuantity }] : [],
    ),
    ...free.flatMap((f, i) =>
      f.quote ? [{ key: `f${i}`, offerId: f.quote.offerId, quantity: f.quote.quantity }] : [],
    ),
  ];
  const quote = await quoteEstimateLines(ex, deps.catalog.stock, items, { destination: near ?? undefined, at });

  const views = drafts.map((d, i) => lineView(d, quote.lines.get(`j${i}`)));
  const freeViews = free.map((f, i) => f.view(quote.lines.get(`f${i}`)));
  const answerJobs: EstimateJob[] = jobs.map((job) => ({
    index: job.index,
    template: job.template,
    title: job.title,
    inputs: job.inputs,
    derived: job.derived,
    lines: views.filter((_, i) => drafts[i]!.job === job.index),
  }));
  return {
    jobs: answerJobs,
    freeLines: freeViews,
    pricing: { strategy, near },
    ...totalsOf(answerJobs, freeViews, quote.sellers),
  };
}

function applyOverrides(
  jobs: ReturnType<typeof computeJobs>,
  overrides: NonNullable<EstimateRequest['overrides']>,
): Draft[] {
  const drafts = jobs.flatMap((job) =>
    job.lines.map((line): Draft => ({
      job: job.index,
      line,
      overridden: { quantity: false, offer: false },
      offerId: undefined,
      overridePath: null,
      reasonCode: null,
    })),
  );
  const seen = new Map<Draft, number>();
  overrides.forEach((o, n) => {
    if (o.job < 0 || o.job >= jobs.length) {
      throw new ValidationError([
        { path: `overrides.${n}.job`, message: `no job ${o.job}: the estimate has ${jobs.length}` },
      ]);
    }
    const d = drafts.find((x) => x.job === o.job && x.line.material === o.material);
    if (!d) {
      const known = jobs[o.job]!.lines.map((l) => l.material).join(', ');
      throw new ValidationError([
        { path: `overrides.${n}.material`, message: `job ${o.job} has no line «${o.material}»; it has: ${known}` },
      ]);
    }
    if (seen.has(d)) {
      throw new ValidationError([{ path: `overrides.${n}`, message: `repeats overrides.${seen.get(d)}` }]);
    }
    seen.set(d, n);
    if (o.quantity !== undefined) {
      const quantity = String(o.quantity);
      d.line = { ...d.line, quantity, packs: packsOf(quantity, d.line.packSize) };
      d.overridden.quantity = true;
    }
    if (o.offerId !== undefined) {
      d.offerId = o.offerId;
      d.overridden.offer = true;
      d.overridePath = `overrides.${n}.offerId`;
    }
  });
  return drafts;
}

function pickOf(quantity: string, c: MaterialCandidate): Chosen {
  const packs = packsOf(quantity, c.packSize);
  const {
    warehouseId: _w,
    warehouseName: _n,
    lat: _lat,
    lon: _lon,
    available: _a,
    totalMinor: _t,
    deliveryRadiusKm: _r,
    ...offer
  } = c;
  return {
    ...offer,
    packs,
    orderQuantity: orderQuantityOf(packs, c),
    fallbackWarehouse: { id: c.warehouseId, name: c.warehouseName, available: c.available },
  };
}

/**
 * The user's offer for a line: it must be sold in a unit the line can be measured in (400
 * otherwise; unbuyable when viewed leniently). Gone or not on sale: offer_unavailable.
 */
function chosenOffer(d: Draft, offer: DescribedOffer | undefined, lenient: boolean): void {
  if (!offer || !offer.onSale) {
    d.reasonCode = 'offer_unavailable';
    return;
  }
  const perSaleUnit = perSaleUnitOf(d.line.match.sale, offer);
  const packSize = perSaleUnit === null ? '0' : packSizeOf(perSaleUnit, offer.step);
  if (perSaleUnit === null || toMilli(packSize) === 0n) {
    // A saved estimate viewed after the product changed its unit: shown unbuyable, not refused.
    if (lenient) {
      d.reasonCode = 'offer_unavailable';
      return;
    }
    const units = d.line.match.sale.map((m) => (m.attribute ? `${m.unit} (${m.attribute})` : m.unit)).join(', ');
    throw new ValidationError([
      {
        path: d.overridePath ?? 'overrides',
        message: `the offer is sold in «${offer.unit}»; «${d.line.material}» is bought in: ${units}`,
      },
    ]);
  }
  const packs = packsOf(d.line.quantity, packSize);
  const fullest = [...offer.stock].sort((a, b) => Number(toMilli(b.available) - toMilli(a.available)))[0];
  const { stock: _stock, categorySlug: _slug, onSale: _onSale, ...fields } = offer;
  d.pick = {
    ...fields,
    perSaleUnit,
    packSize,
    packs,
    orderQuantity: orderQuantityOf(packs, offer),
    fallbackWarehouse: fullest
      ? { id: fullest.warehouseId, name: fullest.warehouseName, available: fullest.available }
      : null,
  };
}

function lineView(d: Draft, quoted: QuotedLine | undefined): EstimateLine {
  const { match: _match, ...line } = d.line;
  const base = {
    ...line,
    overridden: d.overridden,
    previousPriceMinor: null,
  };
  const p = d.pick;
  const warehouse = quoted?.warehouseId
    ? { id: quoted.warehouseId, name: quoted.warehouseName ?? '', available: quoted.available ?? '0' }
    : p?.fallbackWarehouse;
  if (!p || !quoted || !warehouse) {
    const code = d.reasonCode ?? (p ? 'not_enough_stock' : 'no_fitting_product');
    return {
      ...base,
      product: null,
      offer: null,
      orderQuantity: null,
      priceMinor: null,
      totalMinor: null,
      vatRate: null,
      vatMinor: null,
      reason: reasonText(code, d.seller),
      reasonCode: code,
    };
  }
  const short = quoted.short;
  return {
    ...base,
    packSize: p.packSize,
    packs: p.packs,
    product: { id: p.productId, name: p.productName, sku: p.sku, unit: p.unit, attributes: p.attributes },
    offer: {
      id: p.offerId,
      sellerId: p.sellerId,
      sellerName: p.sellerName,
      warehouseId: warehouse.id,
      warehouseName: warehouse.name,
      distanceKm: quoted.distanceKm,
      unit: p.unit,
      minQty: p.minQty,
      step: p.step,
      perSaleUnit: p.perSaleUnit,
      available: warehouse.available,
    },
    orderQuantity: p.orderQuantity,
    priceMinor: quoted.priceMinor,
    totalMinor: quoted.totalMinor,
    vatRate: quoted.vatRate,
    vatMinor: quoted.vatMinor,
    reason: short ? reasonText('not_enough_stock') : null,
    reasonCode: short ? 'not_enough_stock' : null,
  };
}
