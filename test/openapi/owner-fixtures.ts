/**
 * Owner fixtures of the access matrix: for every id-taking operation of the API, how to make an
 * object as its owner (and who that is, which roles the route lets through, whether admins act for
 * everyone); and the id-taking operations that are public, each with why.
 */
import type { TestContext } from '../context.js';
import { VALID_BANK, type Account } from '../factories.js';
import {
  PICKUP_CARD,
  PICKUP_INVOICE,
  THREE_DS_CARD,
  type Actors,
  type Listing,
  type MarketplaceWorld,
} from './marketplace-world.js';

export type Role = 'customer' | 'seller' | 'carrier' | 'admin';

export interface Target {
  params: Record<string, string>;
  body?: unknown;
}

export interface OwnerFixture {
  /** Roles the route's guard lets through; 'any': every signed-in account. */
  gate: Role[] | 'any';
  /** Who owns the objects `make` makes. */
  owner: 'customer' | 'seller' | 'carrier' | 'admin';
  /** Admins act on everyone's objects here (and must succeed); otherwise an admin is one more stranger. */
  adminActs: boolean;
  /** Makes the object as `owner` and answers the path parameters and the body the owner succeeds with. */
  make(owner: Account): Promise<Target>;
}

export interface PublicOperation {
  reason: string;
  make(): Promise<Target>;
  /** What every actor, anonymous included, gets. */
  status: number;
}

/** The fixtures, bound to one app, its world and its actors. */
export function accessFixtures(ctx: TestContext, world: MarketplaceWorld, actors: Actors) {
  /** One listing per seller, made on first use: orders and sub-orders are made of it. */
  const listings = new Map<string, Promise<Listing>>();
  const listingOf = (seller: Account) => {
    if (!listings.has(seller.id)) listings.set(seller.id, world.listing(seller));
    return listings.get(seller.id)!;
  };

  const reason = { reason: 'проверка доступа' };
  const moscowToday = () => new Date(ctx.clock.now().getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

  /** A customer's order from the main seller's listing. */
  async function orderOf(customer: Account, body: object = PICKUP_INVOICE) {
    return world.order(customer, (await listingOf(actors.seller)).offerId, body);
  }
  /** A sub-order of `seller`, bought by the main customer. */
  async function subOrderOf(seller: Account) {
    return world.order(actors.customer, (await listingOf(seller)).offerId);
  }
  /** A fresh account for the admin routes that change an account (never one of the actors). */
  async function targetAccount(kind: 'customer' | 'pendingSeller' | 'suspended'): Promise<string> {
    if (kind === 'pendingSeller') return (await ctx.make.seller({ approved: false })).id;
    const acc = await ctx.make.customer();
    if (kind === 'suspended') await world.suspend(acc.id);
    return acc.id;
  }

  /** How to make an owned object for each id-taking operation of the API. */
  const OWNER_FIXTURES: Record<string, OwnerFixture> = {
    'DELETE /api/v1/users/me/devices/{deviceId}': {
      gate: 'any',
      owner: 'customer',
      adminActs: false,
      make: async (owner) => ({ params: { deviceId: await world.device(owner) } }),
    },
    'GET /api/v1/users/{id}': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: actors.customer.id } }),
    },
    'GET /api/v1/users/{id}/audit': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: actors.seller.id } }),
    },
    'POST /api/v1/users/{id}/approve': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: await targetAccount('pendingSeller') }, body: {} }),
    },
    'POST /api/v1/users/{id}/suspend': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: await targetAccount('customer') }, body: reason }),
    },
    'POST /api/v1/users/{id}/reinstate': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: await targetAccount('suspended') }, body: {} }),
    },
    'GET /api/v1/users/{id}/requisites': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: actors.seller.id } }),
    },
    'PUT /api/v1/users/{id}/requisites': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: actors.seller.id }, body: { bank: VALID_BANK } }),
    },
    'GET /api/v1/users/{id}/tax-regimes': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: actors.seller.id } }),
    },
    'POST /api/v1/users/{id}/tax-regimes': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      // A fresh seller: the actors' regime stays vat_payer, so their offers at 22 % stay valid.
      make: async () => ({ params: { id: (await ctx.make.seller()).id }, body: { taxRegime: 'usn' } }),
    },
    'PATCH /api/v1/catalog/categories/{id}': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: await world.category() }, body: { name: 'Переименована' } }),
    },
    'DELETE /api/v1/catalog/categories/{id}': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: await world.category() } }),
    },
    'PATCH /api/v1/catalog/products/{id}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: await world.product(owner) }, body: { name: 'Цемент М400' } }),
    },
    'PATCH /api/v1/catalog/offers/{id}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: { id: await world.offer(owner, await world.product(owner)) },
        body: { priceMinor: 53_000 },
      }),
    },
    'GET /api/v1/catalog/warehouses/{id}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: await world.warehouse(owner) } }),
    },
    'GET /api/v1/catalog/warehouses/{id}/stock': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await listingOf(owner)).warehouseId } }),
    },
    'PATCH /api/v1/catalog/warehouses/{id}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: await world.warehouse(owner) }, body: { name: 'Склад Химки' } }),
    },
    'DELETE /api/v1/catalog/warehouses/{id}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: await world.warehouse(owner) } }),
    },
    'PUT /api/v1/catalog/warehouses/{id}/stock/{offerId}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => {
        const offerId = await world.offer(owner, await world.product(owner));
        return { params: { id: await world.warehouse(owner), offerId }, body: { onHand: '5' } };
      },
    },
    'PATCH /api/v1/orders/cart/items/{itemId}': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => ({
        params: { itemId: await world.cartLine(owner, (await listingOf(actors.seller)).offerId) },
        body: { quantity: '2' },
      }),
    },
    'DELETE /api/v1/orders/cart/items/{itemId}': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => ({
        params: { itemId: await world.cartLine(owner, (await listingOf(actors.seller)).offerId) },
      }),
    },
    'GET /api/v1/orders/sub-orders/{id}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await subOrderOf(owner)).subOrderId } }),
    },
    'POST /api/v1/orders/sub-orders/{id}/transition': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: { id: (await subOrderOf(owner)).subOrderId },
        body: { to: 'cancelled', reason: 'нет машины' },
      }),
    },
    'POST /api/v1/orders/sub-orders/{id}/mark-paid': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      // A part of what is due; the same payment order again is answered as the first time.
      make: async (owner) => ({
        params: { id: (await subOrderOf(owner)).subOrderId },
        body: { amountMinor: 100, paidOn: moscowToday(), documentNumber: '1' },
      }),
    },
    'GET /api/v1/orders/sub-orders/{id}/invoice.pdf': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await subOrderOf(owner)).subOrderId } }),
    },
    'GET /api/v1/orders/{id}': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await orderOf(owner)).orderId } }),
    },
    'GET /api/v1/orders/{id}/history': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await orderOf(owner)).orderId } }),
    },
    'POST /api/v1/orders/{id}/cancel': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => ({ params: { id: (await orderOf(owner)).orderId }, body: reason }),
    },
    'POST /api/v1/orders/{id}/returns': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => {
        const placed = await world.deliveredOrder(owner, actors.seller, (await listingOf(actors.seller)).offerId);
        return { params: { id: placed.orderId }, body: { subOrderId: placed.subOrderId, reason: 'не тот цвет' } };
      },
    },
    'POST /api/v1/orders/{id}/payments': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => ({
        params: { id: (await orderOf(owner, PICKUP_CARD)).orderId },
        body: { method: 'card', card: { ...THREE_DS_CARD, number: '4242 4242 4242 4242' } },
      }),
    },
    'GET /api/v1/orders/{id}/payments': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await orderOf(owner, PICKUP_CARD)).orderId } }),
    },
    'GET /api/v1/orders/{id}/invoice.pdf': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await orderOf(owner)).orderId } }),
    },
    'GET /api/v1/orders/sub-orders/{id}/payments': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: (await subOrderOf(owner)).subOrderId } }),
    },
    'POST /api/v1/orders/{id}/payments/{paymentId}/cancel': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => {
        const { orderId } = await orderOf(owner, PICKUP_CARD);
        return { params: { id: orderId, paymentId: await world.openPayment(owner, orderId) } };
      },
    },
    'GET /api/v1/orders/returns/{returnId}': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      // Of a seller outside the actors: its seller sees it too, and every actor seller is a stranger here.
      make: async (owner) => {
        const seller = await ctx.make.seller();
        return { params: { returnId: await world.returnRequest(owner, seller, (await listingOf(seller)).offerId) } };
      },
    },
    'POST /api/v1/orders/returns/{returnId}/accept': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: { returnId: await world.returnRequest(actors.customer, owner, (await listingOf(owner)).offerId) },
        body: {},
      }),
    },
    'POST /api/v1/orders/returns/{returnId}/refuse': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: { returnId: await world.returnRequest(actors.customer, owner, (await listingOf(owner)).offerId) },
        body: reason,
      }),
    },
    'POST /api/v1/orders/refunds/{id}/paid-back': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: { id: await world.dueRefund(actors.customer, owner, (await listingOf(owner)).offerId) },
        body: { documentNumber: '77', paidOn: moscowToday() },
      }),
    },
    'POST /api/v1/orders/admin/refunds/{id}/retry': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({
        params: { id: await world.failedCardRefund(actors.customer, (await listingOf(actors.seller)).offerId) },
      }),
    },
    'POST /api/v1/orders/admin/sellers/{sellerId}/cancel-open': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => {
        const seller = await ctx.make.seller();
        await world.suspend(seller.id);
        return { params: { sellerId: seller.id }, body: reason };
      },
    },
    'POST /api/v1/orders/admin/events/{id}/retry': {
      gate: ['admin'],
      owner: 'admin',
      adminActs: true,
      make: async () => ({ params: { id: await world.deadEvent() } }),
    },
    'GET /api/v1/logistics/vehicles/{id}': {
      gate: ['carrier', 'admin'],
      owner: 'carrier',
      adminActs: true,
      make: async (owner) => ({ params: { id: await world.vehicle(owner) } }),
    },
    'PATCH /api/v1/logistics/vehicles/{id}': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await world.vehicle(owner) }, body: { name: 'КамАЗ проверка' } }),
    },
    'DELETE /api/v1/logistics/vehicles/{id}': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await world.vehicle(owner) } }),
    },
    'POST /api/v1/logistics/vehicles/{id}/tracker-key': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await world.vehicle(owner) } }),
    },
    'DELETE /api/v1/logistics/vehicles/{id}/tracker-key': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await world.vehicle(owner) } }),
    },
  };

  /** Id-taking operations anyone may call, each with why. */
  const PUBLIC_OPERATIONS: Record<string, PublicOperation> = {
    'GET /api/v1/catalog/products/{id}': {
      reason: 'product cards are the public catalogue that search links to',
      make: async () => ({ params: { id: (await listingOf(actors.seller)).productId } }),
      status: 200,
    },
    'GET /api/v1/catalog/offers/{id}': {
      reason:
        'an offer on sale is public like its product card (what is available where); its seller and admins also ' +
        'see on hand and reserved, and a hidden offer is theirs only (catalog/__tests__/seller-side.test.ts)',
      make: async () => ({ params: { id: (await listingOf(actors.seller)).offerId } }),
      status: 200,
    },
    'GET /api/v1/catalog/offers/{id}/price-history': {
      reason: 'the price history of an offer on sale is public market data shown on its card',
      make: async () => ({ params: { id: (await listingOf(actors.seller)).offerId } }),
      status: 200,
    },
    'POST /api/v1/orders/payments/webhook/{provider}': {
      reason: '{provider} names a payment provider, not an object; callers prove who they are by signature, not token',
      make: async () => ({ params: { provider: 'test' }, body: { id: 'evt_unsigned', type: 'payment.succeeded' } }),
      status: 401,
    },
    'GET /api/v1/orders/payments/test-3ds/{providerPaymentId}': {
      reason:
        "the test provider's 3-D Secure page: the customer's browser opens it, without our token, by a link " +
        'whose unguessable provider payment id is the capability, as on a real provider',
      make: async () => ({ params: { providerPaymentId: await threeDsPayment() } }),
      status: 200,
    },
    'POST /api/v1/orders/payments/test-3ds/{providerPaymentId}': {
      reason: 'the buttons of that page, reached the same way (pressing the same one again changes nothing)',
      make: async () => ({ params: { providerPaymentId: await threeDsPayment() }, body: { outcome: 'succeed' } }),
      status: 200,
    },
  };

  async function threeDsPayment(): Promise<string> {
    const { orderId } = await orderOf(actors.customer, PICKUP_CARD);
    return world.threeDsPayment(actors.customer, orderId);
  }

  return { owners: OWNER_FIXTURES, publics: PUBLIC_OPERATIONS };
}
