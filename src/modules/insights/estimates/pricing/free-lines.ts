/**
 * Free lines (docs/domain.md, Estimates): with an offer, the quantity is in the offer's unit and
 * must lie on its grid (min, min + step, …) — 400 naming the field, or, for a saved estimate viewed
 * later, shown unsellable (off_grid); without an offer, the user's own price, never sold here.
 */
import { fitsMinAndStep } from '../../../../shared/decimal.js';
import { ValidationError } from '../../../../shared/errors.js';
import type { DescribedOffer } from '../../../catalog/index.js';
import { lineTotalMinor, type QuotedLine } from '../../../orders/index.js';
import type { EstimateFreeLine, FreeLineRequest, LineReasonCode } from '../estimate.js';
import { reasonText } from './reasons.js';

export interface FreeDraft {
  /** What to price through the orders module (an offer on sale, on its grid). */
  quote: { offerId: string; quantity: string } | null;
  view(quoted: QuotedLine | undefined): EstimateFreeLine;
}

export function freeLineDrafts(
  lines: readonly FreeLineRequest[],
  described: ReadonlyMap<string, DescribedOffer>,
  lenient: boolean,
): FreeDraft[] {
  return lines.map((f, index): FreeDraft => {
    const quantity = String(f.quantity);
    const base = { index, name: f.name, unit: f.unit, quantity, previousPriceMinor: null };
    const unpriced = (code: LineReasonCode | null, priceMinor: number | null = null): EstimateFreeLine => ({
      ...base,
      product: null,
      offer: null,
      orderQuantity: null,
      priceMinor,
      totalMinor: priceMinor === null ? null : (lineTotalMinor(priceMinor, quantity) ?? null),
      vatRate: null,
      vatMinor: null,
      sellable: false,
      reason: code ? reasonText(code) : null,
      reasonCode: code,
    });
    if (!f.offerId) {
      const price = f.priceMinor ?? null;
      return { quote: null, view: () => unpriced(price === null ? 'no_price' : null, price) };
    }
    const offer = described.get(f.offerId);
    if (!offer) {
      if (lenient) return { quote: null, view: () => unpriced('offer_unavailable') };
      throw new ValidationError([{ path: `freeLines.${index}.offerId`, message: 'no such offer' }]);
    }
    const onGrid = fitsMinAndStep(quantity, offer.minQty, offer.step);
    if (!onGrid && !lenient) {
      throw new ValidationError([
        {
          path: `freeLines.${index}.quantity`,
          message: `the offer sells from ${offer.minQty} ${offer.unit} in steps of ${offer.step}`,
        },
      ]);
    }
    const product = {
      id: offer.productId,
      name: offer.productName,
      sku: offer.sku,
      unit: offer.unit,
      attributes: offer.attributes,
    };
    const code: LineReasonCode | null = !offer.onSale ? 'offer_unavailable' : !onGrid ? 'off_grid' : null;
    if (code) return { quote: null, view: () => ({ ...unpriced(code), product }) };
    return {
      quote: { offerId: offer.offerId, quantity },
      view: (quoted) => {
        if (!quoted) return { ...unpriced('offer_unavailable'), product };
        const fullest = [...offer.stock].sort((a, b) => Number(b.available) - Number(a.available))[0];
        const warehouse = quoted.warehouseId
          ? { id: quoted.warehouseId, name: quoted.warehouseName ?? '', available: quoted.available ?? '0' }
          : fullest
            ? { id: fullest.warehouseId, name: fullest.warehouseName, available: fullest.available }
            : null;
        return {
          ...base,
          unit: offer.unit,
          product,
          offer: warehouse
            ? {
                id: offer.offerId,
                sellerId: offer.sellerId,
                sellerName: offer.sellerName,
                warehouseId: warehouse.id,
                warehouseName: warehouse.name,
                distanceKm: quoted.distanceKm,
                unit: offer.unit,
                minQty: offer.minQty,
                step: offer.step,
                perSaleUnit: '1',
                available: warehouse.available,
              }
            : null,
          orderQuantity: quoted.short ? null : quantity,
          priceMinor: quoted.priceMinor,
          totalMinor: quoted.totalMinor,
          vatRate: quoted.vatRate,
          vatMinor: quoted.vatMinor,
          sellable: !quoted.short,
          reason: quoted.short ? reasonText('not_enough_stock') : null,
          reasonCode: quoted.short ? 'not_enough_stock' : null,
        };
      },
    };
  });
}
