import { moscowDate, moscowMidnight } from '../../../shared/moscow-time.js';
import { groupLines, makeLine, offerFor, type HistoryLine, type HistorySub, type Site } from './baskets.js';
import type { HistoryRegion } from './customers.js';
import { onGrid } from './decimals.js';
import { DAY_MS, priceAt, type PricePoint } from './market.js';
import { drawSpec, EXTRA_SLUGS, STAGES, stageNeeds, type Need, type ProjectKind, type StageKind } from './projects.js';
import { rngFor, type Rng } from './random.js';
import type { SnapProduct, Snapshot } from './snapshot.js';

/**
 * Customers → projects → stages → orders (docs/insights.md, History): each stage is an order (and
 * sometimes a top-up a few days later), placed when the project reaches it; building stages wait
 * out the winter; a few extras ride along. Pure: the same input gives the same orders.
 */

export interface PlanCustomer {
  key: string;
  id: string;
  company: boolean;
  region: HistoryRegion;
  site: Site;
  /** Fixed projects (the demo accounts): stage → days before now. */
  fixed?: { kind: ProjectKind; area: number; stages: Partial<Record<StageKind, number>> }[];
}

export interface HistoryOrder {
  customerId: string;
  placedAt: Date;
  pickup: boolean;
  site: Site;
  payment: 'card' | 'invoice';
  subs: HistorySub[];
}

export interface PlanInput {
  snapshot: Snapshot;
  customers: readonly PlanCustomer[];
  prices: ReadonlyMap<string, readonly PricePoint[]>;
  now: Date;
  seed: number;
}

/** Relative building activity by month (January first): the season peaks May–September. */
const OUTDOOR = [0.3, 0.35, 0.6, 0.9, 1.3, 1.5, 1.5, 1.45, 1.2, 0.8, 0.45, 0.3];
/** Interior work carries on through the winter. */
const INDOOR = [0.8, 0.8, 0.9, 1, 1, 1, 1, 1, 1.1, 1.1, 1, 0.9];
const WINDOW_DAYS = 365;

const monthOf = (t: number) => Number(moscowDate(new Date(t)).slice(5, 7)) - 1;

/** A day in [from, to] drawn in proportion to the month's weight (rejection sampling). */
function seasonalDay(rng: Rng, from: number, to: number, weights: readonly number[]): number {
  const max = Math.max(...weights);
  for (;;) {
    const t = rng.uniform(from, to);
    if (rng.uniform(0, max) <= weights[monthOf(t)]!) return t;
  }
}

/** Building stages that fall in December–February mostly wait for the spring thaw. */
function afterWinter(rng: Rng, t: number, stage: StageKind): number {
  const m = monthOf(t);
  if (stage === 'finishing' || ![11, 0, 1].includes(m) || !rng.chance(0.75)) return t;
  const year = Number(moscowDate(new Date(t)).slice(0, 4)) + (m === 11 ? 1 : 0);
  return moscowMidnight(`${year}-03-15`).getTime() + rng.uniform(0, 60) * DAY_MS;
}

const GAP: Record<StageKind, [number, number]> = {
  foundation: [0, 0],
  walls: [20, 45],
  roof: [25, 60],
  finishing: [40, 120],
};

export function planHistory(input: PlanInput): HistoryOrder[] {
  const { snapshot: snap, now } = input;
  const end = now.getTime() - DAY_MS;
  const start = now.getTime() - WINDOW_DAYS * DAY_MS;
  const popularity = new Map<string, number>();
  const weightOf = (p: SnapProduct) => {
    let w = popularity.get(p.id);
    if (w === undefined) {
      w = Math.exp(0.35 * rngFor(`popularity:${p.sku}`, input.seed).normal());
      popularity.set(p.id, w);
    }
    return w;
  };
  // Candidates and their weights per slot and region: the same for every customer of the region.
  const pools = new Map<string, { candidates: SnapProduct[]; weights: number[] }>();
  const poolOf = (key: string, make: () => { candidates: SnapProduct[]; weights: number[] }) => {
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = make()));
    return pool;
  };
  const orders: HistoryOrder[] = [];
  for (const c of input.customers) {
    const rng = rngFor(`projects:${c.key}`, input.seed);
    const loyal = new Map<string, SnapProduct>();
    const choose = (need: Need, memo: Map<string, SnapProduct>): SnapProduct | null => {
      const key = `${need.slot}:${need.slugs.join(',')}`;
      const known = memo.get(key) ?? (rng.chance(0.7) ? loyal.get(key) : undefined);
      if (known) return known;
      const pool = poolOf(`${key}:${c.region}`, () => {
        const candidates = need.slugs
          .flatMap((s) => snap.bySlug.get(s) ?? [])
          .filter((p) => !need.fits || need.fits(p));
        const local = (p: SnapProduct) => p.offers.some((o) => snap.sellers.get(o.sellerId)?.region === c.region);
        return { candidates, weights: candidates.map((p) => weightOf(p) * (local(p) ? 2 : 1)) };
      });
      if (pool.candidates.length === 0) return null;
      const chosen = pool.candidates[rng.weighted(pool.weights)]!;
      memo.set(key, chosen);
      loyal.set(key, chosen);
      return chosen;
    };
    const line = (p: SnapProduct, amount: number, at: number): HistoryLine => {
      const offer = offerFor(p, c.region, snap);
      const price = priceAt(input.prices.get(offer.id) ?? [{ at: now, priceMinor: offer.priceMinor }], at);
      return makeLine(p, offer, onGrid(amount, offer.minQty, offer.step), price);
    };
    const place = (at: number, lines: HistoryLine[]) => {
      if (lines.length === 0) return;
      for (let k = rng.int(0, rng.chance(0.45) ? 2 : 0); k > 0; k--) {
        const p = choose({ slot: `extra${k}`, slugs: [rng.pick(EXTRA_SLUGS)], amount: () => 0 }, new Map());
        if (p && !lines.some((l) => l.product.id === p.id)) {
          const o = offerFor(p, c.region, snap);
          lines.push(line(p, Number(o.minQty) * rng.int(1, 3), at));
        }
      }
      const regional = lines.every((l) => snap.sellers.get(l.offer.sellerId)?.region === c.region);
      const pickup = regional && rng.chance(0.15);
      orders.push({
        customerId: c.id,
        placedAt: new Date(Math.floor(at / 60_000) * 60_000),
        pickup,
        site: c.site,
        payment: c.company ? 'invoice' : 'card',
        subs: groupLines(lines, snap, c.site, pickup),
      });
    };
    const projects = c.fixed
      ? c.fixed.map((f) => ({ ...f, random: false }))
      : Array.from(
          { length: c.company ? rng.int(3, 8) : 1 + (rng.chance(0.25) ? 1 : 0) + (rng.chance(0.08) ? 1 : 0) },
          () => {
            const kind = rng.pick<ProjectKind>(
              c.company
                ? ['house', 'house', 'house', 'renovation']
                : ['house', 'house', 'bath', 'renovation', 'renovation', 'reroof'],
            );
            return { kind, area: 0, stages: {} as Partial<Record<StageKind, number>>, random: true };
          },
        );
    for (const project of projects) {
      const spec = drawSpec(rng, project.kind, c.company);
      if (!project.random) spec.area = project.area;
      const memo = new Map<string, SnapProduct>();
      const weights = project.kind === 'renovation' ? INDOOR : OUTDOOR;
      let t = seasonalDay(rng, start - 150 * DAY_MS, end, weights);
      for (const [i, stage] of STAGES[project.kind].entries()) {
        if (project.random) {
          if (i > 0) t += rng.uniform(...GAP[stage]) * DAY_MS;
          t = afterWinter(rng, t, stage);
        } else {
          const daysAgo = project.stages[stage];
          if (daysAgo === undefined) continue;
          t = now.getTime() - daysAgo * DAY_MS;
        }
        const at = moscowMidnight(moscowDate(new Date(t))).getTime() + rng.uniform(8, 20) * 3_600_000;
        // Stages before the window or after today are no orders of this history (the draws go on alike).
        const inWindow = (x: number) => x >= start && x <= end;
        const bought: { p: SnapProduct; amount: number }[] = [];
        for (const need of stageNeeds(stage, spec)) {
          const p = choose(need, memo);
          if (p) bought.push({ p, amount: need.amount(p) });
        }
        // Half the bigger stages are bought in two goes a few days apart: the main material first
        // (concrete from the plant, the blocks, the sheets), the rest when the work needs it.
        const split = bought.length >= 5 && rng.chance(0.5) ? rng.int(2, bought.length - 2) : bought.length;
        const second = at + rng.uniform(2, 10) * DAY_MS;
        if (inWindow(at))
          place(
            at,
            bought.slice(0, split).map((b) => line(b.p, b.amount, at)),
          );
        if (split < bought.length && inWindow(second)) {
          place(
            second,
            bought.slice(split).map((b) => line(b.p, b.amount, second)),
          );
        }
        if (project.random && bought.length > 0 && rng.chance(0.3)) {
          const later = at + rng.uniform(4, 20) * DAY_MS;
          const some = bought.filter(() => rng.chance(0.35)).slice(0, 2);
          const parts = some.map((b) => b.amount * rng.uniform(0.1, 0.3));
          if (inWindow(later))
            place(
              later,
              some.map((b, k) => line(b.p, parts[k]!, later)),
            );
        }
      }
    }
  }
  return orders.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime() || a.customerId.localeCompare(b.customerId));
}
