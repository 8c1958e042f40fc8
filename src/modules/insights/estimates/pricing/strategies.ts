/**
 * Which fitting offer serves each material (docs/domain.md, Estimates): the cheapest (lowest line
 * total, then lowest price), the nearest warehouse to the point (the cheapest among equally
 * near), or everything from one seller — the cheapest seller that has every required line, else
 * the one that has most of them (then the cheapest of those); optional lines never decide the
 * seller and the rest are left without an offer, `not_at_this_seller`.
 */
import { toMilli } from '../../../../shared/decimal.js';
import { haversineKm, type Point } from '../../../../shared/geo.js';
import type { MaterialCandidate } from '../../../catalog/index.js';
import { roadDistance } from '../../../logistics/index.js';
import type { LineReasonCode, PricingStrategy } from '../estimate.js';

export interface Slot {
  optional: boolean;
  candidates: readonly MaterialCandidate[];
  /** Why there are no candidates (from the catalog). */
  why: 'no_fitting_product' | 'not_enough_stock' | null;
}

export type Choice =
  | { candidate: MaterialCandidate; reasonCode: null; seller?: undefined }
  | { candidate: null; reasonCode: LineReasonCode; seller?: string | undefined };

const byCost = (a: MaterialCandidate, b: MaterialCandidate) =>
  a.totalMinor - b.totalMinor || a.priceMinor - b.priceMinor || a.offerId.localeCompare(b.offerId);

function none(slot: Slot): Choice {
  return { candidate: null, reasonCode: slot.why ?? 'not_enough_stock' };
}

function cheapest(slot: Slot): Choice {
  const [best] = [...slot.candidates].sort(byCost);
  return best ? { candidate: best, reasonCode: null } : none(slot);
}

/** Metres to the point, whole: equally near warehouses are told apart by cost. */
const kmTo = (c: MaterialCandidate, near: Point) => Math.round(haversineKm(c, near) * 1000);

function nearest(slot: Slot, near: Point): Choice {
  const [best] = [...slot.candidates].sort((a, b) => kmTo(a, near) - kmTo(b, near) || byCost(a, b));
  return best ? { candidate: best, reasonCode: null } : none(slot);
}

/** The seller's cheapest candidate per slot. */
function bestOf(slot: Slot, sellerId: string): MaterialCandidate | undefined {
  return [...slot.candidates].filter((c) => c.sellerId === sellerId).sort(byCost)[0];
}

function singleSeller(slots: readonly Slot[]): Choice[] {
  const sellers = new Map<string, string>();
  for (const s of slots) for (const c of s.candidates) sellers.set(c.sellerId, c.sellerName);
  const ranked = [...sellers].map(([id, name]) => {
    let required = 0;
    let optional = 0;
    let cost = 0;
    for (const slot of slots) {
      const best = bestOf(slot, id);
      if (!best) continue;
      if (slot.optional) optional += 1;
      else {
        required += 1;
        cost += best.totalMinor;
      }
    }
    return { id, name, required, optional, cost };
  });
  // Most required lines, then the cheapest for them, then most optional ones, then by name.
  ranked.sort(
    (a, b) =>
      b.required - a.required ||
      a.cost - b.cost ||
      b.optional - a.optional ||
      a.name.localeCompare(b.name, 'ru') ||
      a.id.localeCompare(b.id),
  );
  const chosen = ranked[0];
  return slots.map((slot) => {
    if (!chosen) return none(slot);
    const best = bestOf(slot, chosen.id);
    if (best) return { candidate: best, reasonCode: null };
    return slot.candidates.length > 0
      ? { candidate: null, reasonCode: 'not_at_this_seller', seller: chosen.name }
      : none(slot);
  });
}

type Found = Omit<Slot, 'optional'>;

/**
 * With a drop-off, offers from warehouses that deliver there (the road distance within their
 * radius, as the cart decides) are the only ones looked at; when no warehouse delivers a
 * material, the pickup-only ones are (the seller's delivery note says so).
 */
export async function deliverableFirst(
  find: (deliverTo: Point | undefined) => Promise<Found>,
  near: Point | null,
): Promise<Found> {
  if (!near) return find(undefined);
  const found = await find(near);
  const delivered = found.candidates.filter((c) => roadDistance(c, near).roadKm <= c.deliveryRadiusKm);
  if (delivered.length > 0) return { candidates: delivered, why: null };
  return find(undefined);
}

export function choose(strategy: PricingStrategy, slots: readonly Slot[], near: Point | null): Choice[] {
  const first =
    strategy === 'single_seller'
      ? singleSeller(slots)
      : strategy === 'nearest' && near
        ? slots.map((s) => nearest(s, near))
        : slots.map(cheapest);
  return withinStock(strategy, slots, first, near);
}

/**
 * Lines that chose the same offer in the same warehouse must not together ask for more than it
 * holds (to-cart adds them up): a later line takes its next candidate in the strategy's order
 * (the same seller's, for one seller), else it has none, `not_enough_stock`.
 */
function withinStock(
  strategy: PricingStrategy,
  slots: readonly Slot[],
  choices: Choice[],
  near: Point | null,
): Choice[] {
  const used = new Map<string, bigint>();
  return choices.map((choice, i) => {
    if (!choice.candidate) return choice;
    const chosen = choice.candidate;
    const slot = slots[i]!;
    const order =
      strategy === 'single_seller'
        ? slot.candidates.filter((c) => c.sellerId === chosen.sellerId).sort(byCost)
        : strategy === 'nearest' && near
          ? [...slot.candidates].sort((a, b) => kmTo(a, near) - kmTo(b, near) || byCost(a, b))
          : [...slot.candidates].sort(byCost);
    for (const c of [chosen, ...order.filter((c) => c !== chosen)]) {
      const key = `${c.offerId}/${c.warehouseId}`;
      const after = (used.get(key) ?? 0n) + toMilli(c.orderQuantity);
      if (after <= toMilli(c.available)) {
        used.set(key, after);
        return { candidate: c, reasonCode: null };
      }
    }
    return { candidate: null, reasonCode: 'not_enough_stock' };
  });
}
