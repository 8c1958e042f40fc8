import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import { fitsMinAndStep, fromMilli, normalizeDecimal, toMilli } from '../../shared/decimal.js';
import { ForbiddenError, ValidationError } from '../../shared/errors.js';
import type { Principal } from '../../shared/principal.js';
import { isPieceUnit, type CatalogModule, type LockedOffer } from '../catalog/index.js';
import { MAX_CART_LINES, MAX_LINE_QUANTITY, MAX_LINE_TOTAL_MINOR } from '../../shared/limits.js';
import { buildCartView, type CartView } from './cart.view.js';
import { lineLoadFits } from './order-plan.js';
import { lineTotalMinor, times } from './pricing.js';
import { CartFullError, CartItemNotFoundError, OfferUnavailableError } from './orders.errors.js';
import { cartItems, carts, type Unloading } from './orders.tables.js';

type CartRow = typeof carts.$inferSelect;
export type CartItemRow = typeof cartItems.$inferSelect;

/** A customer's cart: lines of offers from any sellers, shown with live prices and stock. */
export class CartService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly stock: CatalogModule['stock'],
  ) {}

  async view(p: Principal): Promise<CartView> {
    assertCustomer(p);
    return this.show(await this.cartOf(this.db, p.userId));
  }

  /** The cart as shown: live prices and stock of its lines. */
  private async show(cart: CartRow): Promise<CartView> {
    const items = await this.items(this.db, cart.id);
    const offers = await this.stock.describeOffers(
      this.db,
      items.map((i) => i.offerId),
      this.clock.now(),
    );
    // What is shown now is what checkout will compare prices against; the view says what changed.
    const previous = new Map<string, number>();
    for (const item of items) {
      const price = offers.get(item.offerId)?.priceMinor;
      if (price === undefined || price === item.seenPriceMinor) continue;
      await this.db.update(cartItems).set({ seenPriceMinor: price }).where(eq(cartItems.id, item.id));
      previous.set(item.id, item.seenPriceMinor);
      item.seenPriceMinor = price;
    }
    return buildCartView(cart, items, offers, previous);
  }

  async addItem(p: Principal, input: { offerId: string; quantity: string }): Promise<CartView> {
    assertCustomer(p);
    const cart = await this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const cart = await this.touchedCart(tx, p.userId, now);
      const offer = await this.offerForSale(tx, input.offerId);
      // All its lines (at most MAX_CART_LINES): the one for this offer and the count in one read.
      const lines = await tx
        .select({ id: cartItems.id, offerId: cartItems.offerId, quantity: cartItems.quantity })
        .from(cartItems)
        .where(eq(cartItems.cartId, cart.id));
      const existing = lines.find((l) => l.offerId === input.offerId);
      // Adding an offer already in the cart adds to its line, as every shop does.
      const quantity = existing ? fromMilli(toMilli(existing.quantity) + toMilli(input.quantity)) : input.quantity;
      assertQuantityFits(offer, quantity);
      if (existing) {
        await tx
          .update(cartItems)
          .set({ quantity, seenPriceMinor: offer.priceMinor })
          .where(eq(cartItems.id, existing.id));
      } else {
        if (lines.length >= MAX_CART_LINES) throw new CartFullError(MAX_CART_LINES);
        await tx.insert(cartItems).values({
          cartId: cart.id,
          offerId: offer.offerId,
          quantity,
          seenPriceMinor: offer.priceMinor,
          addedAt: now,
        });
      }
      return cart;
    });
    return this.show(cart);
  }

  async updateItem(p: Principal, itemId: string, quantity: string): Promise<CartView> {
    assertCustomer(p);
    const cart = await this.db.transaction(async (tx) => {
      const cart = await this.touchedCart(tx, p.userId, this.clock.now());
      const item = await this.ownItem(tx, cart.id, itemId);
      const offer = await this.offerForSale(tx, item.offerId);
      assertQuantityFits(offer, quantity);
      await tx.update(cartItems).set({ quantity, seenPriceMinor: offer.priceMinor }).where(eq(cartItems.id, item.id));
      return cart;
    });
    return this.show(cart);
  }

  async removeItem(p: Principal, itemId: string): Promise<CartView> {
    assertCustomer(p);
    const cart = await this.cartOf(this.db, p.userId);
    const deleted = await this.db
      .delete(cartItems)
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cart.id)))
      .returning({ id: cartItems.id });
    if (deleted.length === 0) throw new CartItemNotFoundError();
    return this.view(p);
  }

  async clear(p: Principal): Promise<void> {
    assertCustomer(p);
    const cart = await this.cartOf(this.db, p.userId);
    await this.db.delete(cartItems).where(eq(cartItems.cartId, cart.id));
  }

  async setAddress(
    p: Principal,
    input: { address: string; lat: number; lon: number; unloading?: Unloading | undefined },
  ): Promise<CartView> {
    assertCustomer(p);
    const cart = await this.cartOf(this.db, p.userId);
    await this.db
      .update(carts)
      .set({
        address: input.address,
        lat: input.lat,
        lon: input.lon,
        unloading: input.unloading ?? null,
        updatedAt: this.clock.now(),
      })
      .where(eq(carts.id, cart.id));
    return this.view(p);
  }

  /** The offers in a customer's cart, none when it has no cart yet (read without making one). */
  async offerIdsOf(customerId: string): Promise<string[]> {
    const rows = await this.db
      .select({ offerId: cartItems.offerId })
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .where(eq(carts.customerId, customerId));
    return rows.map((r) => r.offerId);
  }

  /** Checkout empties the cart in its own transaction: the statement, for it to run with the order's. */
  emptying(tx: Executor, cartId: string) {
    return tx.delete(cartItems).where(eq(cartItems.cartId, cartId));
  }

  /** The customer's cart, made on first use; `lock` holds it against a parallel change or checkout. */
  async cartOf(ex: Executor, customerId: string, lock = false): Promise<CartRow> {
    const find = async () => {
      const query = ex.select().from(carts).where(eq(carts.customerId, customerId));
      return (lock ? await query.for('update') : await query)[0];
    };
    // Made once in a customer's life: look first, one round trip every other time.
    const found = await find();
    if (found) return found;
    await this.create(ex, customerId);
    return (await find())!;
  }

  /**
   * The cart locked for a change of its lines, marked changed now: the UPDATE locks the row as
   * `cartOf(…, true)` does, and says when in the same round trip.
   */
  private async touchedCart(tx: Executor, customerId: string, now: Date): Promise<CartRow> {
    const touch = () => tx.update(carts).set({ updatedAt: now }).where(eq(carts.customerId, customerId)).returning();
    const [found] = await touch();
    if (found) return found;
    await this.create(tx, customerId);
    return (await touch())[0]!;
  }

  private async create(ex: Executor, customerId: string): Promise<void> {
    const now = this.clock.now();
    await ex
      .insert(carts)
      .values({ customerId, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: carts.customerId });
  }

  items(ex: Executor, cartId: string): Promise<CartItemRow[]> {
    return ex
      .select()
      .from(cartItems)
      .where(eq(cartItems.cartId, cartId))
      .orderBy(asc(cartItems.addedAt), asc(cartItems.id));
  }

  private async ownItem(ex: Executor, cartId: string, itemId: string): Promise<CartItemRow> {
    const [item] = await ex
      .select()
      .from(cartItems)
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cartId)));
    if (!item) throw new CartItemNotFoundError();
    return item;
  }

  private async offerForSale(ex: Executor, offerId: string): Promise<LockedOffer> {
    const offer = (await this.stock.describeOffers(ex, [offerId], this.clock.now())).get(offerId);
    if (!offer) throw new ValidationError([{ path: 'offerId', message: 'no such offer' }]);
    if (offer.status !== 'active') throw new OfferUnavailableError(offerId, 'the seller has paused it');
    if (!offer.sellerApproved) throw new OfferUnavailableError(offerId, 'the seller is not trading now');
    return offer;
  }
}

function assertCustomer(p: Principal): void {
  if (p.role !== 'customer') throw new ForbiddenError('only customers have carts', 'ORDER.CUSTOMERS_ONLY');
}

/** What `POST /cart/items` checks of a line's quantity (also the estimate's to-cart, cart-fill.ts). */
export function assertQuantityFits(offer: LockedOffer, quantity: string): void {
  if (isPieceUnit(offer.unit) && toMilli(quantity) % 1000n !== 0n) {
    throw new ValidationError([{ path: 'quantity', message: `${offer.unit} is sold whole: give a whole number` }]);
  }
  if (toMilli(quantity) > BigInt(MAX_LINE_QUANTITY) * 1000n) {
    throw new ValidationError([
      {
        path: 'quantity',
        message: `one line holds at most ${MAX_LINE_QUANTITY.toLocaleString('ru-RU')} ${offer.unit}`,
      },
    ]);
  }
  if (lineTotalMinor(offer.priceMinor, quantity) === null) {
    throw new ValidationError([
      {
        path: 'quantity',
        message: `one line may cost at most ${(MAX_LINE_TOTAL_MINOR / 100).toLocaleString('ru-RU')} ₽`,
      },
    ]);
  }
  if (!lineLoadFits(times(offer.weightKg, quantity, 3), times(offer.volumeM3, quantity, 6))) {
    throw new ValidationError([
      { path: 'quantity', message: 'more than one line may weigh or take up: split the order' },
    ]);
  }
  if (!fitsMinAndStep(quantity, offer.minQty, offer.step)) {
    const min = normalizeDecimal(offer.minQty);
    const step = normalizeDecimal(offer.step);
    throw new ValidationError([
      {
        path: 'quantity',
        message: `must be at least ${min} ${offer.unit} and go in steps of ${step} (${min}, ${fromMilli(toMilli(min) + toMilli(step))}, …)`,
      },
    ]);
  }
}
