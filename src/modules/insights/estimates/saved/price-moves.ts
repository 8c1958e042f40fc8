/**
 * Prices move between saves (docs/domain.md, Estimates): a save keeps each priced line's offer and
 * price, and every later view, priced again, flags the lines whose price differs from it.
 */
import type { SavedPrices } from '../../insights.tables.js';
import type { EstimateView } from '../estimate.js';

/** A job line is known by its job and material, a free line by its place. */
export const jobLineKey = (job: number, material: string) => `j${job}:${material}`;
export const freeLineKey = (index: number) => `f${index}`;

/** The offer and price of every priced line, as a save keeps them. */
export function pricesOf(view: EstimateView): SavedPrices {
  const prices: SavedPrices = {};
  for (const job of view.jobs) {
    for (const line of job.lines) {
      if (line.offer && line.priceMinor !== null) {
        prices[jobLineKey(job.index, line.material)] = { offerId: line.offer.id, priceMinor: line.priceMinor };
      }
    }
  }
  for (const line of view.freeLines) {
    if (line.offer && line.priceMinor !== null) {
      prices[freeLineKey(line.index)] = { offerId: line.offer.id, priceMinor: line.priceMinor };
    }
  }
  return prices;
}

/**
 * The view with `previousPriceMinor` on each line priced now at another price than at the save
 * (the same offer repriced, or another offer chosen since); null elsewhere.
 */
export function withPriceMoves(view: EstimateView, saved: SavedPrices): EstimateView {
  const moved = (key: string, priceMinor: number | null): number | null => {
    const before = Object.hasOwn(saved, key) ? saved[key] : undefined;
    return before && priceMinor !== null && before.priceMinor !== priceMinor ? before.priceMinor : null;
  };
  return {
    ...view,
    jobs: view.jobs.map((job) => ({
      ...job,
      lines: job.lines.map((line) => ({
        ...line,
        previousPriceMinor: moved(jobLineKey(job.index, line.material), line.priceMinor),
      })),
    })),
    freeLines: view.freeLines.map((line) => ({
      ...line,
      previousPriceMinor: moved(freeLineKey(line.index), line.priceMinor),
    })),
  };
}
