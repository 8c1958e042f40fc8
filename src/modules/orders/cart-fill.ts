/**
 * Many lines into a customer's cart at once (an estimate's «в корзину», docs/domain.md, Estimates):
 * each line goes in as `POST /cart/items` would put it — adding to the cart's line of the same
 * offer — or is skipped with why; one transaction, the cart locked against a parallel checkout.
 */
import { and, count, eq } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import type { Db } from '../../shared/db/database.js';
import { fromMilli, toMilli } from '../../shared/decimal.js';
import { ValidationError } from '../../shared/errors.js';
import { MAX_CART_LINES } from '../../shared/limits.js';
import type { CatalogModule } from '../catalog/index.js';
import { assertQuantityFits, type CartService } from './cart.service.js';
import { cartItems, carts } from './orders.tables.js';

export interface CartLineRequest {
  offerId: string;
  /** In the offer's unit, positive; lines of one offer are added together. */
  quantity: string;
}

export type CartFillSkip = 'offer_unavailable' | 'quantity_rejected' | 'cart_full';

export type CartFillOutcome =
  | {
      offerId: string;
      added: true;
      /** What went in: the lines' sum, rounded up onto the offer's min/step grid with what the cart held. */
      quantity: string;
      /** The cart's line of this offer now. */
      cartQuantity: string;
      cartItemId: string;
    }
  | { offerId: string; added: false; quantity: string; reasonCode: CartFillSkip; reason: string };

interface Deps {
  db: Db;
  clock: Clock;
  stock: CatalogModule['stock'];
  cart: CartService;
}

/** One outcome per distinct offer, in the order the offers first appear. */
export async function fillCart(
  deps: Deps,
  customerId: string,
  lines: readonly CartLineRequest[],
): Promise<CartFillOutcome[]> {
  const wanted = new Map<string, bigint>();
  for (const line of lines) {
    const q = toMilli(line.quantity);
    if (q <= 0n) throw new RangeError(`a cart line needs a positive quantity: ${line.quantity}`);
    wanted.set(line.offerId, (wanted.get(line.offerId) ?? 0n) + q);
  }
  if (wanted.size === 0) return [];
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const cart = await deps.cart.cartOf(tx, customerId, true);
    const offers = await deps.stock.describeOffers(tx, [...wanted.keys()], now);
    const held = new Map((await deps.cart.items(tx, cart.id)).map((i) => [i.offerId, i]));
    const [{ lines: used } = { lines: 0 }] = await tx
      .select({ lines: count() })
      .from(cartItems)
      .where(eq(cartItems.cartId, cart.id));
    let cartLines = used;
    const outcomes: CartFillOutcome[] = [];
    for (const [offerId, milli] of wanted) {
      const quantity = fromMilli(milli);
      const skip = (reasonCode: CartFillSkip, reason: string) =>
        outcomes.push({ offerId, added: false, quantity, reasonCode, reason });
      const offer = offers.get(offerId);
      if (!offer) {
        skip('offer_unavailable', 'предложение снято с продажи');
        continue;
      }
      if (offer.status !== 'active') {
        skip('offer_unavailable', 'продавец приостановил продажу');
        continue;
      }
      if (!offer.sellerApproved) {
        skip('offer_unavailable', 'продавец сейчас не торгует');
        continue;
      }
      const existing = held.get(offerId);
      const before = existing ? toMilli(existing.quantity) : 0n;
      const target = ontoGrid(before + milli, toMilli(offer.minQty), toMilli(offer.step));
      const cartQuantity = fromMilli(target);
      try {
        assertQuantityFits(offer, cartQuantity);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        skip('quantity_rejected', err.errors.map((e) => e.message).join('; '));
        continue;
      }
      let cartItemId: string;
      if (existing) {
        await tx
          .update(cartItems)
          .set({ quantity: cartQuantity, seenPriceMinor: offer.priceMinor })
          .where(and(eq(cartItems.id, existing.id), eq(cartItems.cartId, cart.id)));
        cartItemId = existing.id;
      } else {
        if (cartLines >= MAX_CART_LINES) {
          skip('cart_full', `в корзине уже ${MAX_CART_LINES} строк — больше не помещается`);
          continue;
        }
        const [row] = await tx
          .insert(cartItems)
          .values({ cartId: cart.id, offerId, quantity: cartQuantity, seenPriceMinor: offer.priceMinor, addedAt: now })
          .returning({ id: cartItems.id });
        cartItemId = row!.id;
        cartLines++;
      }
      outcomes.push({ offerId, added: true, quantity: fromMilli(target - before), cartQuantity, cartItemId });
    }
    await tx.update(carts).set({ updatedAt: now }).where(eq(carts.id, cart.id));
    return outcomes;
  });
}

/** The smallest quantity of the grid min, min+step, … that is at least `q` (thousandths). */
export function ontoGrid(q: bigint, min: bigint, step: bigint): bigint {
  if (q <= min || step <= 0n) return q < min ? min : q;
  return min + ((q - min + step - 1n) / step) * step;
}
