import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import type { Outbox } from '../../shared/events/index.js';
import { MAX_LINE_TOTAL_MINOR } from '../../shared/limits.js';
import { DomainError } from '../../shared/errors.js';
import { claimIdempotencyKey, IdempotencyLockClass, requestHash } from '../../shared/idempotency.js';
import type { Principal } from '../../shared/principal.js';
import type { CatalogModule } from '../catalog/index.js';
import type { UsersApi } from '../users/index.js';
import type { CartService } from './cart.service.js';
import { checkWindow, earliestStart, resolveDelivery } from './delivery-terms.js';
import { planOrder, type OrderPlan } from './order-plan.js';
import { CartEmptyError, OrderInsufficientStockError, PriceChangedError } from './orders.errors.js';
import { insertOrder, startCheckout } from './orders.repository.js';
import type { CheckoutInput, OrderBuyer, SellerRequisites } from './orders.tables.js';
import { payBy } from './payments/index.js';

export type { CheckoutInput } from './orders.tables.js';

export interface CheckoutDeps {
  db: Db;
  clock: Clock;
  stock: CatalogModule['stock'];
  users: UsersApi;
  events: Outbox;
  cart: CartService;
  payment: { cardPaymentMinutes: number; invoicePaymentDays: number };
}

export class DeliveryTooLargeError extends DomainError {
  constructor(warehouseIds: string[]) {
    super(
      'unprocessable',
      'ORDER.DELIVERY_TOO_LARGE',
      'the load from some warehouses is more than one delivery can carry: order less, or pick it up',
      { warehouseIds },
    );
  }
}

export class BeyondDeliveryRadiusError extends DomainError {
  constructor(groups: OrderPlan['groups']) {
    const names = groups.map((g) => `${g.warehouse.warehouseName} (${g.warehouse.deliveryRadiusKm} km)`).join(', ');
    super(
      'unprocessable',
      'ORDER.BEYOND_DELIVERY_RADIUS',
      `the address is farther than these warehouses deliver: ${names}; pick the goods up there instead`,
      {
        warehouses: groups.map((g) => ({
          warehouseId: g.warehouse.warehouseId,
          name: g.warehouse.warehouseName,
          radiusKm: g.warehouse.deliveryRadiusKm,
        })),
      },
    );
  }
}

export class SellerCannotInvoiceError extends DomainError {
  constructor(sellers: { sellerId: string; name: string }[]) {
    super(
      'conflict',
      'ORDER.SELLER_CANNOT_INVOICE',
      `${sellers.map((s) => s.name).join(', ')} cannot take payment by invoice yet (no bank account given): pay by card, or order from them separately`,
      { sellers },
    );
  }
}

export class QuantityNotAllowedError extends DomainError {
  constructor(lines: OrderPlan['badQuantities']) {
    const why = lines.every((l) => l.reason === 'line_total')
      ? `some lines would cost more than ${MAX_LINE_TOTAL_MINOR / 100} roubles each`
      : lines.every((l) => l.reason === 'line_load')
        ? 'some lines would weigh or take up more than one line may'
        : 'the seller changed the minimum or step of some lines';
    super('conflict', 'ORDER.QUANTITY_NOT_ALLOWED', why, {
      lines,
    });
  }
}

/**
 * Cart → order in one transaction: re-price, check, reserve (row locks on stock), write the
 * order, its sub-orders, lines, history, events and payment deadline, and empty the cart.
 * The same Idempotency-Key answers with the order it made, even while that first request runs.
 */
export class CheckoutService {
  constructor(private readonly d: CheckoutDeps) {}

  async checkout(p: Principal, key: string, input: CheckoutInput): Promise<{ orderId: string; replayed: boolean }> {
    const hash = requestHash(input);
    const buyer = await this.buyerOf(p, input);
    return this.d.db.transaction(async (tx) => {
      // Keys are the customer's own; a parallel request with the same key waits here for the first.
      let start: Awaited<ReturnType<typeof startCheckout>> | undefined;
      const existing = await claimIdempotencyKey(tx, {
        lockClass: IdempotencyLockClass.checkout,
        scope: p.userId,
        key,
        hash,
        find: async () => (start = await startCheckout(tx, p.userId, key)).existing,
        reusedCode: 'ORDER.IDEMPOTENCY_KEY_REUSED',
      });
      if (existing) return { orderId: existing.id, replayed: true };
      const { cart, items } = start!;
      if (!cart || items.length === 0) throw new CartEmptyError();
      const offers = await this.d.stock.lockOffers(
        tx,
        items.map((i) => i.offerId),
        this.d.clock.now(),
      );
      const delivery = resolveDelivery(input.delivery, cart);
      const destination =
        delivery.lat !== undefined && delivery.lon !== undefined ? { lat: delivery.lat, lon: delivery.lon } : undefined;
      const plan = planOrder(
        items.map((i) => ({
          itemId: i.id,
          offerId: i.offerId,
          quantity: i.quantity,
          seenPriceMinor: i.seenPriceMinor,
        })),
        offers,
        {
          destination,
          deliver: delivery.method === 'delivery',
          needsCrane: delivery.unloading === 'crane',
        },
      );
      const now = this.d.clock.now();
      if (delivery.window) {
        const starts = plan.groups.map((g) => earliestStart(now, g.warehouse.leadTimeHours ?? null).getTime());
        checkWindow(delivery.window, new Date(Math.max(now.getTime(), ...starts)), now);
      }
      if (plan.short.length > 0) throw new OrderInsufficientStockError(plan.short);
      if (plan.badQuantities.length > 0) throw new QuantityNotAllowedError(plan.badQuantities);
      const tooLarge = plan.groups.filter((g) => g.tooLargeToDeliver);
      if (tooLarge.length > 0) throw new DeliveryTooLargeError(tooLarge.map((g) => g.warehouse.warehouseId));
      const tooFar = plan.groups.filter((g) => g.beyondRadius);
      if (tooFar.length > 0) throw new BeyondDeliveryRadiusError(tooFar);
      if (plan.priceChanges.length > 0 && !input.acceptPriceChanges) throw new PriceChangedError(plan.priceChanges);

      await this.d.stock.reserve(
        tx,
        plan.groups.flatMap((g) =>
          g.lines.map((l) => ({ offerId: l.offer.offerId, warehouseId: l.warehouseId, quantity: l.item.quantity })),
        ),
      );
      const due = payBy(now, input.paymentMethod, this.d.payment);
      const requisites = await this.sellerRequisites(tx, plan, now, input.paymentMethod);
      // The cart is emptied by the same statement that writes the order.
      const order = await insertOrder(
        tx,
        {
          customerId: p.userId,
          actor: p,
          key,
          hash,
          input: { ...input, delivery },
          buyer,
          plan,
          requisites,
          now,
          payBy: due,
        },
        this.d.cart.emptying(tx, cart.id),
      );
      await this.d.events.publish(tx, {
        type: 'order.placed',
        key: order.id,
        payload: {
          orderId: order.id,
          number: order.number,
          customerId: p.userId,
          totalMinor: plan.totalMinor,
          paymentMethod: input.paymentMethod,
          subOrders: order.subOrders,
          products: plan.groups.flatMap((g) =>
            g.lines.map((l) => ({ productId: l.offer.productId, quantity: l.item.quantity })),
          ),
        },
      });
      await this.d.events.scheduleDeadline(tx, {
        kind: 'order.payment_expiry',
        key: order.id,
        dueAt: due,
        payload: { orderId: order.id },
      });
      return { orderId: order.id, replayed: false };
    });
  }

  /** Documents go to the company given at checkout, else the customer's own company, else the person. */
  private async buyerOf(p: Principal, input: CheckoutInput): Promise<OrderBuyer> {
    const user = await this.d.users.getUser(p.userId);
    const contact = { name: user?.name ?? '', phone: user?.phone ?? null };
    if (input.buyer) {
      const { companyName, inn, kpp } = input.buyer;
      return { name: companyName, inn, kpp: kpp ?? null, address: null, contact };
    }
    if (user?.company) return { ...user.company, contact };
    return { name: user?.name ?? '', inn: null, kpp: null, address: null, contact };
  }

  /**
   * Each seller's terms as they stand now, frozen into its sub-orders: the invoice shows them, and
   * the VAT of the part follows the regime. An invoice order needs the seller's bank account.
   */
  private async sellerRequisites(tx: Executor, plan: OrderPlan, now: Date, method: CheckoutInput['paymentMethod']) {
    const result = new Map<string, SellerRequisites>();
    const unpayable: { sellerId: string; name: string }[] = [];
    for (const sellerId of new Set(plan.groups.map((g) => g.sellerId))) {
      const terms = await this.d.users.sellerTerms(sellerId, now, tx);
      const name = terms?.name ?? plan.groups.find((g) => g.sellerId === sellerId)!.sellerName;
      if (method === 'invoice' && !terms?.bank) unpayable.push({ sellerId, name });
      result.set(sellerId, {
        name,
        inn: terms?.inn ?? null,
        kpp: terms?.kpp ?? null,
        address: terms?.address ?? null,
        taxRegime: terms?.taxRegime ?? 'vat_payer',
        bank: terms?.bank ?? null,
      });
    }
    if (unpayable.length > 0) throw new SellerCannotInvoiceError(unpayable);
    return result;
  }
}
