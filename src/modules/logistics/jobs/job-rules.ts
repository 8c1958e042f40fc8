/**
 * The rules of a delivery job that need no database (docs/domain.md, Logistics): what the load
 * needs of a vehicle, when its auction closes, the anti-sniping extension.
 */
import { allowedBodies, cargoKindOf, itemLengthM, type CargoKind, type Load } from '../body-types.js';
import type { CargoPart } from '../guide-price.js';

const MINUTE = 60_000;
/** An auction is never shorter than this. */
export const MIN_AUCTION_MS = 15 * MINUTE;
/** A bid this close to the close moves the close to this long after the bid. */
export const SNIPING_MS = 5 * MINUTE;
/** A round without a fitting bid re-opens once with the guide price raised by this much (in %). */
export const REOPEN_RAISE_PERCENT = 15;

/**
 * When the auction of a job posted at `postedAt` closes: `auctionMinutes` later, but never later
 * than half-way to the window's start (the carrier needs time to plan), and never sooner than 15 min.
 */
export function closeTime(postedAt: Date, windowFrom: Date, auctionMinutes: number): Date {
  const posted = postedAt.getTime();
  const byDefault = posted + auctionMinutes * MINUTE;
  const halfWay = posted + Math.floor((windowFrom.getTime() - posted) / 2);
  return new Date(Math.max(posted + MIN_AUCTION_MS, Math.min(byDefault, halfWay)));
}

/** The close after a bid at `bidAt`: moved to 5 minutes after it when the bid came in the last 5. */
export function extendedClose(closesAt: Date, bidAt: Date): Date {
  return closesAt.getTime() - bidAt.getTime() <= SNIPING_MS ? new Date(bidAt.getTime() + SNIPING_MS) : closesAt;
}

/** The guide price raised for a re-opened round, up to the next whole rouble. */
export function raisedGuide(guideMinor: number): number {
  return Math.ceil((guideMinor * (100 + REOPEN_RAISE_PERCENT)) / 100 / 100) * 100;
}

export interface LoadLine {
  productId: string;
  weightKg: string;
  volumeM3: string;
}

/**
 * The load of a sub-order: weight and volume from its lines, the longest item and how the goods
 * travel from the products' attributes. A part mixing cargo kinds (sand and bagged goods) is put
 * out as the kind that weighs most: one job, one body (docs/domain.md, Logistics); its guide
 * price is still every kind's trips, as checkout charged it.
 */
export function loadOf(
  lines: readonly LoadLine[],
  attributes: ReadonlyMap<string, Record<string, string>>,
  unloading: 'crane' | 'manual' | 'forklift',
): Load & { parts: CargoPart[] } {
  const parts = new Map<CargoKind, CargoPart>();
  const weightByCargo = new Map<CargoKind, number>();
  let longest: number | undefined;
  let weightKg = 0;
  let volumeM3 = 0;
  for (const line of lines) {
    const attrs = attributes.get(line.productId);
    const cargo = cargoKindOf(attrs);
    const w = Number(line.weightKg);
    weightByCargo.set(cargo, (weightByCargo.get(cargo) ?? 0) + w);
    weightKg += w;
    volumeM3 += Number(line.volumeM3);
    const len = itemLengthM(attrs);
    if (len !== undefined && (longest === undefined || len > longest)) longest = len;
    const part = parts.get(cargo) ?? { cargo, weightKg: 0, volumeM3: 0 };
    part.weightKg += w;
    part.volumeM3 += Number(line.volumeM3);
    if (len !== undefined && len > (part.longestItemM ?? 0)) part.longestItemM = len;
    parts.set(cargo, part);
  }
  let cargo: CargoKind = 'general';
  let most = -1;
  for (const [kind, w] of weightByCargo) {
    if (w > most) [cargo, most] = [kind, w];
  }
  return {
    cargo,
    weightKg: Math.round(weightKg * 1000) / 1000,
    volumeM3: Math.round(volumeM3 * 1e6) / 1e6,
    longestItemM: longest,
    needsCrane: unloading === 'crane',
    // Priced as checkout priced it: one set of trips per cargo kind (guide-price.ts).
    parts: [...parts.values()].map((p) => ({
      ...p,
      weightKg: Math.round(p.weightKg * 1000) / 1000,
      volumeM3: Math.round(p.volumeM3 * 1e6) / 1e6,
    })),
  };
}

export { allowedBodies };
