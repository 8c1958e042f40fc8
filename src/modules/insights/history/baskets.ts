import { haversineKm } from '../../../shared/geo.js';
import { lineTotal, sumDecimals, times, vatInside } from './decimals.js';
import type { HistoryRegion } from './customers.js';
import type { SnapOffer, SnapProduct, SnapSeller, SnapWarehouse, Snapshot } from './snapshot.js';

/** A line as the order freezes it: the price in force when it was placed, VAT by the offer's rate. */
export interface HistoryLine {
  offer: SnapOffer;
  product: SnapProduct;
  quantity: string;
  priceMinor: number;
  vatRate: string;
  totalMinor: number;
  vatMinor: number;
  weightKg: string;
  volumeM3: string;
}

/** One seller warehouse's part, with totals that add up as the CHECK constraints require. */
export interface HistorySub {
  seller: SnapSeller;
  regime: string;
  warehouse: SnapWarehouse;
  lines: HistoryLine[];
  goodsMinor: number;
  deliveryMinor: number;
  vatMinor: number;
  totalMinor: number;
  weightKg: string;
  volumeM3: string;
}

export interface Site {
  address: string;
  lat: number;
  lon: number;
}

/** A seller's regime as its offers' VAT rate shows it (the demo sellers keep theirs all year). */
export function regimeOfRate(rate: string): string {
  return rate === '5' ? 'usn_vat_5' : rate === '7' ? 'usn_vat_7' : rate === 'none' ? 'usn' : 'vat_payer';
}

function deliveryRate(regime: string): string {
  return regime === 'usn_vat_5' ? '5' : regime === 'usn_vat_7' ? '7' : regime === 'usn' ? 'none' : '22';
}

/**
 * The offer a customer of `region` buys: its region's seller's when it has one (they deliver
 * nearby), else the cheapest other.
 */
export function offerFor(p: SnapProduct, region: HistoryRegion, snap: Snapshot): SnapOffer {
  const local = p.offers.find((o) => snap.sellers.get(o.sellerId)?.region === region);
  return local ?? [...p.offers].sort((a, b) => a.priceMinor - b.priceMinor)[0]!;
}

export function makeLine(product: SnapProduct, offer: SnapOffer, quantity: string, priceMinor: number): HistoryLine {
  const totalMinor = lineTotal(priceMinor, quantity);
  return {
    offer,
    product,
    quantity,
    priceMinor,
    vatRate: offer.vatRate,
    totalMinor,
    vatMinor: vatInside(totalMinor, offer.vatRate),
    weightKg: times(product.weightKg, quantity, 3),
    volumeM3: times(product.volumeM3, quantity, 6),
  };
}

/**
 * A delivery price in the spirit of the guide price (docs/domain.md, Logistics): road km as
 * 1.3 × the straight line, 2 000 ₽ + 45 ₽/km a truck of up to 10 t, at least 3 500 ₽ a truck.
 */
export function deliveryPrice(from: SnapWarehouse, to: Site, weightKg: string): number {
  const km = haversineKm(from, to) * 1.3;
  const trucks = Math.max(1, Math.ceil(Number(weightKg) / 10_000));
  return Math.max(350_000, Math.round((200_000 + 4_500 * km) / 100) * 100) * trucks;
}

/** Lines grouped per seller into parts from the seller's nearest warehouse (a pickup one when picking up). */
export function groupLines(lines: readonly HistoryLine[], snap: Snapshot, site: Site, pickup: boolean): HistorySub[] {
  const bySeller = new Map<string, HistoryLine[]>();
  for (const l of lines) bySeller.set(l.offer.sellerId, [...(bySeller.get(l.offer.sellerId) ?? []), l]);
  const subs: HistorySub[] = [];
  for (const [sellerId, own] of bySeller) {
    const seller = snap.sellers.get(sellerId)!;
    const choices = pickup ? seller.warehouses.filter((w) => w.pickup) : seller.warehouses;
    const warehouse = [...(choices.length > 0 ? choices : seller.warehouses)].sort(
      (a, b) => haversineKm(a, site) - haversineKm(b, site),
    )[0]!;
    const regime = regimeOfRate(own[0]!.offer.vatRate);
    const weightKg = sumDecimals(
      own.map((l) => l.weightKg),
      3,
    );
    const goodsMinor = own.reduce((s, l) => s + l.totalMinor, 0);
    const deliveryMinor = pickup ? 0 : deliveryPrice(warehouse, site, weightKg);
    const vatMinor = own.reduce((s, l) => s + l.vatMinor, 0) + vatInside(deliveryMinor, deliveryRate(regime));
    subs.push({
      seller,
      regime,
      warehouse,
      lines: own,
      goodsMinor,
      deliveryMinor,
      vatMinor,
      totalMinor: goodsMinor + deliveryMinor,
      weightKg,
      volumeM3: sumDecimals(
        own.map((l) => l.volumeM3),
        6,
      ),
    });
  }
  return subs;
}
