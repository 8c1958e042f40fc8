import type { Db } from '../../shared/db/database.js';
import type { Principal } from '../../shared/principal.js';
import type { CatalogModule } from '../catalog/index.js';
import type { CartService } from './cart.service.js';
import type { CheckoutInput, CheckoutService } from './checkout.service.js';
import type { OrdersService } from './orders.service.js';
import type { SubOrderStatus } from './orders.tables.js';
import { moscowDate } from '../../shared/moscow-time.js';
import type { InvoicePaymentsService } from './payments/index.js';

interface DemoDeps {
  stock: CatalogModule['stock'];
  db: Db;
  cart: CartService;
  checkout: CheckoutService;
  orders: OrdersService;
  invoices: InvoicePaymentsService;
}

/** Тверская, 1 — where the demo deliveries go. */
const TVERSKAYA = { address: 'г. Москва, ул. Тверская, д. 1', lat: 55.7575, lon: 37.6135 };
/** A building site by Сокол, on Ленинградский проспект: the demo truck drives there from Химки. */
const SOKOL = { address: 'г. Москва, Ленинградский пр-т, д. 75, стройплощадка', lat: 55.8048, lon: 37.5156 };
/** The demo seller's warehouse in Химки: the in-transit delivery's goods are stocked there. */
const KHIMKI = { lat: 55.9005, lon: 37.4082, radiusKm: 1 };

/** A morning window `days` Moscow days after `now`. */
function morning(now: Date, days: number) {
  const day = moscowDate(new Date(now.getTime() + days * 86_400_000));
  return { from: `${day}T09:00:00+03:00`, to: `${day}T13:00:00+03:00` };
}

interface DemoOrder {
  /** Offers by index among those on sale (near Тверская, or `from` when given). */
  offers: number[];
  from?: { lat: number; lon: number; radiusKm: number };
  input: CheckoutInput;
  path: SubOrderStatus[];
}

/** Two delivery parts made ready: their jobs go out to carriers (the logistics demo bids on them). */
const READY: SubOrderStatus[] = ['paid', 'confirmed', 'assembling', 'ready'];
const delivered = (to: typeof TVERSKAYA, window: { from: string; to: string }): CheckoutInput => ({
  delivery: { method: 'delivery', ...to, window, unloading: 'manual' },
  paymentMethod: 'invoice',
});

/** Each demo order: which offers, how, and how far its life went. */
const plan = (now: Date): DemoOrder[] => [
  {
    offers: [0, 5],
    input: {
      delivery: {
        method: 'delivery',
        ...TVERSKAYA,
        window: { from: '2026-12-02T09:00:00+03:00', to: '2026-12-02T13:00:00+03:00' },
        unloading: 'manual',
      },
      paymentMethod: 'invoice',
    },
    path: [],
  },
  {
    offers: [12],
    input: { delivery: { method: 'pickup', lat: TVERSKAYA.lat, lon: TVERSKAYA.lon }, paymentMethod: 'invoice' },
    path: ['paid', 'confirmed', 'assembling'],
  },
  {
    offers: [20, 31],
    input: { delivery: { method: 'pickup', lat: TVERSKAYA.lat, lon: TVERSKAYA.lon }, paymentMethod: 'invoice' },
    path: ['paid', 'confirmed', 'assembling', 'ready', 'picked_up', 'completed'],
  },
  { offers: [3, 8], input: delivered(TVERSKAYA, morning(now, 3)), path: READY },
  { offers: [0, 1], from: KHIMKI, input: delivered(SOKOL, morning(now, 1)), path: READY },
];

/**
 * A few orders of the first demo customer in different states, so the order screens are not
 * empty on a fresh start. Made through the same services as real orders; sellers act as
 * themselves (an admin-like actor would skip their checks).
 */
export async function seedDemoOrders(d: DemoDeps, customerId: string): Promise<number> {
  const nearTverskaya = await d.stock.onSale(d.db, 40, { lat: TVERSKAYA.lat, lon: TVERSKAYA.lon, radiusKm: 60 });
  const inKhimki = await d.stock.onSale(d.db, 10, KHIMKI);
  if (nearTverskaya.length < 32 || inKhimki.length < 2) return 0;
  const customer: Principal = { userId: customerId, role: 'customer', sessionId: 'seed', status: 'active' };
  let made = 0;
  for (const [i, order] of plan(new Date()).entries()) {
    for (const at of order.offers) {
      const offer = (order.from ? inKhimki : nearTverskaya)[at]!;
      await d.cart.addItem(customer, { offerId: offer.offerId, quantity: offer.minQty });
    }
    const { orderId } = await d.checkout.checkout(customer, `demo-order-${i + 1}`, order.input);
    made++;
    const placed = await d.orders.get(customer, orderId);
    for (const sub of placed.subOrders) {
      const seller: Principal = { userId: sub.sellerId, role: 'seller', sessionId: 'seed', status: 'approved' };
      for (const to of order.path) {
        if (to === 'paid') {
          // The whole invoice, by one payment order dated the day of the order.
          const paidOn = moscowDate(new Date(placed.createdAt));
          const body = { amountMinor: sub.totals.totalMinor, paidOn, documentNumber: `${100 + i}` };
          await d.invoices.markPaid(seller, sub.id, body);
        } else await d.orders.transition(seller, sub.id, to);
      }
    }
  }
  return made;
}
