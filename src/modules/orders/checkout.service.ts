import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import type { Outbox } from '../../shared/events/index.js';
import { MAX_LINE_TOTAL_MINOR } from '../../shared/limits.js';
import { DomainError } from '../../shared/errors.js';
import type { Principal } from '../../shared/principal.js';
import type { CatalogModule } from '../catalog/index.js';
import type { UsersApi } from '../users/index.js';
import type { CartService } from './cart.service.js';
import { planOrder, type OrderPlan } from './order-plan.js';
import {
  CartEmptyError,
  IdempotencyKeyReusedError,
  OrderInsufficientStockError,
  PriceChangedError,
} from './orders.errors.js';
import { insertOrder } from './orders.repository.js';
import { orders, type OrderBuyer, type OrderDelivery } from './orders.tables.js';
import { payBy } from './payments/index.js';

export interface CheckoutInput {
  delivery: OrderDelivery;
  paymentMethod: 'card' | 'invoice';
  buyer?: { companyName: string; inn: string; kpp?: string | undefined } | undefined;
  acceptPriceChanges?: boolean | undefined;
}

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

/** Keys taken by checkouts in flight: one advisory-lock space per customer and key. */
const IDEMPOTENCY_LOCK_CLASS = 7_310_442;

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
      // A parallel request with the same key waits here until the first commits or fails.
      await tx.execute(sql`select pg_advisory_xact_lock(${IDEMPOTENCY_LOCK_CLASS}, hashtext(${`${p.userId}/${key}`}))`);
      const [existing] = await tx
        .select({ id: orders.id, requestHash: orders.requestHash })
        .from(orders)
        .where(and(eq(orders.customerId, p.userId), eq(orders.idempotencyKey, key)));
      if (existing) {
        if (existing.requestHash !== hash) throw new IdempotencyKeyReusedError();
        return { orderId: existing.id, replayed: true };
      }
      const cart = await this.d.cart.cartOf(tx, p.userId, true);
      const items = await this.d.cart.items(tx, cart.id);
      if (items.length === 0) throw new CartEmptyError();
      const offers = await this.d.stock.lockOffers(
        tx,
        items.map((i) => i.offerId),
      );
      const destination =
        input.delivery.lat !== undefined && input.delivery.lon !== undefined
          ? { lat: input.delivery.lat, lon: input.delivery.lon }
          : undefined;
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
          deliver: input.delivery.method === 'delivery',
          needsCrane: input.delivery.unloading === 'crane',
        },
      );
      if (plan.short.length > 0) throw new OrderInsufficientStockError(plan.short);
      if (plan.badQuantities.length > 0) throw new QuantityNotAllowedError(plan.badQuantities);
      const tooLarge = plan.groups.filter((g) => g.tooLargeToDeliver);
      if (tooLarge.length > 0) throw new DeliveryTooLargeError(tooLarge.map((g) => g.warehouse.warehouseId));
      if (plan.priceChanges.length > 0 && !input.acceptPriceChanges) throw new PriceChangedError(plan.priceChanges);

      await this.d.stock.reserve(
        tx,
        plan.groups.flatMap((g) =>
          g.lines.map((l) => ({ offerId: l.offer.offerId, warehouseId: l.warehouseId, quantity: l.item.quantity })),
        ),
      );
      const now = this.d.clock.now();
      const due = payBy(now, input.paymentMethod, this.d.payment);
      const requisites = await this.sellerRequisites(tx, plan);
      const order = await insertOrder(tx, {
        customerId: p.userId,
        actor: p,
        key,
        hash,
        input,
        buyer,
        plan,
        requisites,
        now,
        payBy: due,
      });
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
      await this.d.cart.emptyIn(tx, cart.id);
      return { orderId: order.id, replayed: false };
    });
  }

  /** Documents go to the company given at checkout, else the customer's own company, else the person. */
  private async buyerOf(p: Principal, input: CheckoutInput): Promise<OrderBuyer> {
    if (input.buyer) {
      return { name: input.buyer.companyName, inn: input.buyer.inn, kpp: input.buyer.kpp ?? null, address: null };
    }
    const user = await this.d.users.getUser(p.userId);
    if (user?.company) return { ...user.company };
    return { name: user?.name ?? '', inn: null, kpp: null, address: null };
  }

  private async sellerRequisites(tx: Executor, plan: OrderPlan) {
    const result = new Map<string, { name: string; inn: string | null; kpp: string | null; address: string | null }>();
    for (const sellerId of new Set(plan.groups.map((g) => g.sellerId))) {
      const user = await this.d.users.getUser(sellerId, tx);
      const name = plan.groups.find((g) => g.sellerId === sellerId)!.sellerName;
      result.set(sellerId, {
        name: user?.company?.name ?? name,
        inn: user?.company?.inn ?? null,
        kpp: user?.company?.kpp ?? null,
        address: user?.company?.address ?? null,
      });
    }
    return result;
  }
}

/** The body's fingerprint, independent of key order: the same key must come with the same body. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
