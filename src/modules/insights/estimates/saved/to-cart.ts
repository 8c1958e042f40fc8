/**
 * An estimate into the cart (docs/domain.md, Estimates): every line priced now with an offer goes in
 * with its order quantity (packs × the offer's step, onto its minimum and grid), lines of one offer
 * together, each added to the cart's line of that offer as the cart adds; every other line is
 * answered as skipped, with why.
 */
import type { CartFillOutcome, CartLineRequest } from '../../../orders/index.js';
import type { EstimateView } from '../estimate.js';

/** Where a line of the estimate is: a job's material, or a free line. */
interface LinePlace {
  job: number | null;
  material: string | null;
  freeLine: number | null;
  name: string;
}

export interface AddedLine extends LinePlace {
  offerId: string;
  sellerName: string;
  /** In the offer's unit: the line's order quantity. */
  quantity: string;
  unit: string;
}

export interface SkippedLine extends LinePlace {
  offerId: string | null;
  quantity: string | null;
  unit: string | null;
  reasonCode: string;
  reason: string;
}

export interface ToCartAnswer {
  added: AddedLine[];
  skipped: SkippedLine[];
  /** One per offer that went in: what was added to the cart's line and what it holds now. */
  cartLines: { offerId: string; cartItemId: string; added: string; cartQuantity: string }[];
}

type Candidate = AddedLine;

/** The view's lines split into what the cart can take and what it cannot (and why). */
export function cartCandidates(view: EstimateView): { candidates: Candidate[]; skipped: SkippedLine[] } {
  const candidates: Candidate[] = [];
  const skipped: SkippedLine[] = [];
  const consider = (
    place: LinePlace,
    line: {
      offer: EstimateView['jobs'][number]['lines'][number]['offer'];
      orderQuantity: string | null;
      priceMinor: number | null;
      reasonCode: string | null;
      reason: string | null;
    },
    sellable: boolean,
    ownLine: boolean,
  ) => {
    const offer = line.offer;
    if (
      offer &&
      sellable &&
      line.orderQuantity !== null &&
      line.priceMinor !== null &&
      Number(line.orderQuantity) > 0
    ) {
      candidates.push({
        ...place,
        offerId: offer.id,
        sellerName: offer.sellerName,
        quantity: line.orderQuantity,
        unit: offer.unit,
      });
      return;
    }
    const [reasonCode, reason] = line.reasonCode
      ? [line.reasonCode, line.reason ?? line.reasonCode]
      : ownLine
        ? ['own_line', 'своя строка без продавца: её нет в каталоге']
        : line.orderQuantity !== null && Number(line.orderQuantity) === 0
          ? ['not_needed', 'ничего не нужно']
          : ['no_offer', 'нет предложения'];
    skipped.push({
      ...place,
      offerId: offer?.id ?? null,
      quantity: line.orderQuantity,
      unit: offer?.unit ?? null,
      reasonCode,
      reason,
    });
  };
  for (const job of view.jobs) {
    for (const line of job.lines) {
      const place = { job: job.index, material: line.material, freeLine: null, name: line.product?.name ?? line.name };
      consider(place, line, line.reasonCode === null, false);
    }
  }
  for (const line of view.freeLines) {
    const place = { job: null, material: null, freeLine: line.index, name: line.name };
    consider(place, line, line.sellable && line.reasonCode === null, !line.offer);
  }
  return { candidates, skipped };
}

/** The cart's answer per offer, put back onto the estimate's lines. */
export async function putInCart(
  view: EstimateView,
  addToCart: (lines: readonly CartLineRequest[]) => Promise<CartFillOutcome[]>,
): Promise<ToCartAnswer> {
  const { candidates, skipped } = cartCandidates(view);
  const outcomes = await addToCart(candidates.map((c) => ({ offerId: c.offerId, quantity: c.quantity })));
  const byOffer = new Map(outcomes.map((o) => [o.offerId, o]));
  const added: AddedLine[] = [];
  for (const c of candidates) {
    const outcome = byOffer.get(c.offerId);
    if (outcome?.added) {
      added.push(c);
      continue;
    }
    skipped.push({
      job: c.job,
      material: c.material,
      freeLine: c.freeLine,
      name: c.name,
      offerId: c.offerId,
      quantity: c.quantity,
      unit: c.unit,
      reasonCode: outcome?.reasonCode ?? 'offer_unavailable',
      reason: outcome?.reason ?? 'предложение недоступно',
    });
  }
  const cartLines = outcomes.flatMap((o) =>
    o.added ? [{ offerId: o.offerId, cartItemId: o.cartItemId, added: o.quantity, cartQuantity: o.cartQuantity }] : [],
  );
  return { added, skipped, cartLines };
}
