/**
 * An estimate's totals: per seller as the orders module priced them (goods, VAT of goods and
 * delivery, the delivery guide price), free lines at the user's own price apart («без продавца»),
 * and the lines left without an offer.
 */
import type { SellerDeliveryQuote } from '../../../orders/index.js';
import type { EstimateFreeLine, EstimateJob, EstimateSeller, EstimateView, MissingLine } from '../estimate.js';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** VAT rates in a stable order: 22, 10, 7, 5, 0, then none. */
const RATE_ORDER = ['22', '20', '10', '7', '5', '0', 'none'];

export function totalsOf(
  jobs: readonly EstimateJob[],
  freeLines: readonly EstimateFreeLine[],
  quoted: readonly SellerDeliveryQuote[],
): Pick<EstimateView, 'sellers' | 'missing' | 'totals'> {
  const sellers: EstimateSeller[] = quoted.map((s) => ({
    sellerId: s.sellerId,
    sellerName: s.sellerName,
    goodsMinor: s.goodsMinor,
    vatMinor: s.vatMinor,
    delivery: s.delivery,
    deliveryMinor: s.deliveryMinor,
    deliveryVatMinor: s.deliveryVatMinor,
    deliveryNote: s.deliveryNote,
    totalMinor: s.goodsMinor + s.deliveryMinor,
    lines: s.lines,
  }));
  const missing: MissingLine[] = jobs.flatMap((job) =>
    job.lines.flatMap((l) =>
      l.offer === null && l.reasonCode !== null && l.reasonCode !== 'not_needed'
        ? [{ job: job.index, material: l.material, name: l.name, reason: l.reason ?? '', reasonCode: l.reasonCode }]
        : [],
    ),
  );
  const own = freeLines.filter((f) => f.offer === null && f.totalMinor !== null);
  const withoutSeller = { goodsMinor: sum(own.map((f) => f.totalMinor ?? 0)), lines: own.length };
  const rates = new Map<string, number>();
  for (const s of quoted) for (const r of s.vatByRate) rates.set(r.rate, (rates.get(r.rate) ?? 0) + r.vatMinor);
  const goodsMinor = sum(sellers.map((s) => s.goodsMinor)) + withoutSeller.goodsMinor;
  const deliveryMinor = sum(sellers.map((s) => s.deliveryMinor));
  return {
    sellers,
    missing,
    totals: {
      goodsMinor,
      deliveryMinor,
      vatMinor: sum(sellers.map((s) => s.vatMinor)),
      totalMinor: goodsMinor + deliveryMinor,
      vatByRate: [...rates]
        .sort(([a], [b]) => RATE_ORDER.indexOf(a) - RATE_ORDER.indexOf(b))
        .map(([rate, vatMinor]) => ({ rate, vatMinor })),
      withoutSeller,
    },
  };
}
