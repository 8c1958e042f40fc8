/**
 * Owner fixtures of the access matrix: for every id-taking operation of the API, how to make an
 * object as its owner (and who that is, which roles the route lets through, whether admins act for
 * everyone); and the id-taking operations that are public, each with why.
 */
import type { TestContext } from '../context.js';
import { LOGISTICS, LogisticsFixture } from '../fixtures/logistics.js';
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

/** A tiny PNG as the multipart upload of a proof-of-delivery photo. */
const PROOF_PHOTO = (() => {
  const boundary = '----tutuu-access-matrix';
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
})();

export interface Target {
  params: Record<string, string>;
  body?: unknown;
  /** Sent with the body (a multipart upload's content type). */
  headers?: Record<string, string>;
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

  // Delivery jobs are seen by every carrier whose vehicle fits them, so each carrier here gets a
  // body no other actor has, and jobs only that body fits: the carrier's jobs are bulk sand for
  // a самосвал, the other carrier's ready concrete for a бетоновоз; jobs a seller owns need a
  // crane, which no actor has. Each job's customer is a fresh account, not an actor.
  const logistics = new LogisticsFixture(ctx);
  const carrierVehicles = new Map<string, Promise<string>>();
  const cargoOf = (carrier: Account) => (carrier.id === actors.carrier.id ? 'bulk' : 'ready_concrete');
  const newVehicle = (carrier: Account) => {
    const bodyType = cargoOf(carrier) === 'bulk' ? 'dump' : 'concrete_mixer';
    return logistics.vehicle(carrier, { bodyType, payloadKg: 25_000, volumeM3: 20, bodyLengthM: 6 });
  };
  /** One vehicle per carrier for bids; a delivery under way takes a vehicle of its own. */
  const vehicleFor = (carrier: Account, own = false) => {
    if (own) return newVehicle(carrier);
    if (!carrierVehicles.has(carrier.id)) carrierVehicles.set(carrier.id, newVehicle(carrier));
    return carrierVehicles.get(carrier.id)!;
  };
  /** An open job only `carrier` fits: its id, its customer, and a bid body for it. */
  async function jobForCarrier(carrier: Account, ownVehicle = false) {
    const part = await logistics.deliveryPart({ product: { attributes: { cargo: cargoOf(carrier) } } });
    const jobId = (await logistics.jobOf(part.subOrderId))!.id;
    const bid = {
      vehicleId: await vehicleFor(carrier, ownVehicle),
      priceMinor: 100_000,
      pickupAt: new Date(ctx.clock.now().getTime() + 86_400_000).toISOString(),
    };
    return { jobId, customer: part.customer, bid };
  }
  /** A job of `carrier`'s, awarded to its bid by the customer (waiting for its confirmation). */
  async function awardedTo(carrier: Account, ownVehicle = false) {
    const job = await jobForCarrier(carrier, ownVehicle);
    const bidId = await logistics.placedBid(carrier, job.jobId, job.bid.vehicleId, job.bid.priceMinor);
    const res = await logistics.post(job.customer, `/jobs/${job.jobId}/award`, { bidId });
    if (res.statusCode !== 200) throw new Error(`award: ${res.body}`);
    return job.jobId;
  }
  /** A delivery of `carrier`'s, confirmed; moved on to `en_route_to_pickup` when asked. */
  async function deliveryOf(carrier: Account, enRoute = false) {
    const jobId = await awardedTo(carrier, true);
    const res = await logistics.post(carrier, `/jobs/${jobId}/confirm`);
    if (res.statusCode !== 200) throw new Error(`confirm: ${res.body}`);
    const deliveryId = (res.json() as { deliveryId: string }).deliveryId;
    if (enRoute) await logistics.post(carrier, `/deliveries/${deliveryId}/status`, { status: 'en_route_to_pickup' });
    return deliveryId;
  }
  /**
   * A delivery (confirmed, status awarded) bought by `customer`, carried by a fresh carrier that is
   * no actor (live tracking is the customer's, the seller's and admins', not the carrier's).
   */
  async function deliveryBoughtBy(customer: Account) {
    const part = await logistics.deliveryPart({ customer });
    const jobId = (await logistics.jobOf(part.subOrderId))!.id;
    const { carrier, vehicleId } = await logistics.carrier();
    const bidId = await logistics.placedBid(carrier, jobId, vehicleId, 100_000);
    const awarded = await logistics.post(customer, `/jobs/${jobId}/award`, { bidId });
    if (awarded.statusCode !== 200) throw new Error(`award: ${awarded.body}`);
    const res = await logistics.post(carrier, `/jobs/${jobId}/confirm`);
    if (res.statusCode !== 200) throw new Error(`confirm: ${res.body}`);
    return (res.json() as { deliveryId: string }).deliveryId;
  }
  /** A share link of a delivery `customer` bought: the delivery, the link and its token. */
  async function shareLinkOf(customer: Account) {
    const deliveryId = await deliveryBoughtBy(customer);
    const res = await logistics.post(customer, `/deliveries/${deliveryId}/share-links`);
    if (res.statusCode !== 201) throw new Error(`share link: ${res.body}`);
    const link = res.json() as { id: string; token: string };
    return { deliveryId, linkId: link.id, token: link.token };
  }
  /** A point where a delivery's truck may be now (the pickup's town), for position reports. */
  const aPoint = () => ({ lat: 55.44, lon: 37.55, at: ctx.clock.now().toISOString() });
  /** An open job of `seller`'s that needs a crane: no actor's vehicle fits it. */
  async function craneJobOf(seller: Account) {
    const part = await logistics.deliveryPart({ seller, delivery: { unloading: 'crane' } });
    return (await logistics.jobOf(part.subOrderId))!.id;
  }
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

  /**
   * A saved estimate of `customer`'s (a brick wall; unpriced lines are fine). With `twice`, the main
   * customer's is saved again, so its version 2 is one the other customer's own estimate (saved once)
   * does not have.
   */
  async function estimateOf(customer: Account, twice = false): Promise<{ id: string; version: number }> {
    const url = '/api/v1/insights/estimates';
    const made = await ctx.request({
      method: 'POST',
      url,
      token: customer.accessToken,
      payload: { title: 'Смета доступа', jobs: [{ template: 'brick_wall', inputs: { lengthM: 5, heightM: 3 } }] },
    });
    if (made.statusCode !== 201) throw new Error(`estimate: ${made.body}`);
    const id = (made.json() as { id: string }).id;
    if (!twice || customer.id !== actors.customer.id) return { id, version: 1 };
    const saved = await ctx.request({
      method: 'PATCH',
      url: `${url}/${id}`,
      token: customer.accessToken,
      payload: { version: 1, title: 'Смета доступа, v2' },
    });
    if (saved.statusCode !== 200) throw new Error(`estimate save: ${saved.body}`);
    return { id, version: 2 };
  }
  /** A share link of an estimate of `customer`'s. */
  async function estimateShareOf(customer: Account): Promise<{ id: string; shareId: string; token: string }> {
    const { id } = await estimateOf(customer);
    const res = await ctx.request({
      method: 'POST',
      url: `/api/v1/insights/estimates/${id}/share`,
      token: customer.accessToken,
    });
    if (res.statusCode !== 201) throw new Error(`estimate share: ${res.body}`);
    const share = res.json() as { id: string; token: string };
    return { id, shareId: share.id, token: share.token };
  }
  /** A customer's estimate routes: only the customer who saved it. */
  const ownEstimate = (make: (owner: Account) => Promise<Target>): OwnerFixture => ({
    gate: ['customer'],
    owner: 'customer',
    adminActs: false,
    make,
  });
  const estimateId = async (owner: Account) => ({ params: { id: (await estimateOf(owner)).id } });

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
    'GET /api/v1/orders/{id}/sub-orders/{subOrderId}': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => {
        const { orderId, subOrderId } = await subOrderOf(owner);
        return { params: { id: orderId, subOrderId } };
      },
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
    'GET /api/v1/orders/{id}/returns/{returnId}': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      // Of a seller outside the actors: its seller sees it too, and every actor seller is a stranger here.
      make: async (owner) => {
        const seller = await ctx.make.seller();
        const { orderId, returnId } = await world.returnRequest(owner, seller, (await listingOf(seller)).offerId);
        return { params: { id: orderId, returnId } };
      },
    },
    'POST /api/v1/orders/returns/{returnId}/accept': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: {
          returnId: (await world.returnRequest(actors.customer, owner, (await listingOf(owner)).offerId)).returnId,
        },
        body: {},
      }),
    },
    'POST /api/v1/orders/returns/{returnId}/refuse': {
      gate: ['seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({
        params: {
          returnId: (await world.returnRequest(actors.customer, owner, (await listingOf(owner)).offerId)).returnId,
        },
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
    'GET /api/v1/logistics/jobs/{id}': {
      gate: 'any',
      owner: 'seller',
      adminActs: true,
      make: async (owner) => ({ params: { id: await craneJobOf(owner) } }),
    },
    'POST /api/v1/logistics/jobs/{id}/award': {
      gate: ['customer', 'seller', 'admin'],
      owner: 'seller',
      adminActs: true,
      make: async (owner) => {
        const id = await craneJobOf(owner);
        const { carrier, vehicleId } = await logistics.carrier({ bodyType: 'crane', crane: true, payloadKg: 7000 });
        const guide = ((await logistics.job(owner, id)).json() as { guidePriceMinor: number }).guidePriceMinor;
        return { params: { id }, body: { bidId: await logistics.placedBid(carrier, id, vehicleId, guide) } };
      },
    },
    'POST /api/v1/logistics/jobs/{id}/bids': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => {
        const job = await jobForCarrier(owner);
        return { params: { id: job.jobId }, body: job.bid };
      },
    },
    'DELETE /api/v1/logistics/jobs/{id}/bids/{bidId}': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => {
        const job = await jobForCarrier(owner);
        const bidId = await logistics.placedBid(owner, job.jobId, job.bid.vehicleId, job.bid.priceMinor);
        return { params: { id: job.jobId, bidId } };
      },
    },
    'POST /api/v1/logistics/jobs/{id}/confirm': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await awardedTo(owner) } }),
    },
    'POST /api/v1/logistics/jobs/{id}/decline': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await awardedTo(owner) }, body: { reason: 'машина занята' } }),
    },
    'POST /api/v1/logistics/deliveries/{id}/status': {
      gate: ['carrier', 'admin'],
      owner: 'carrier',
      adminActs: true,
      make: async (owner) => ({ params: { id: await deliveryOf(owner) }, body: { status: 'en_route_to_pickup' } }),
    },
    'POST /api/v1/logistics/deliveries/{id}/proof-photo': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await deliveryOf(owner, true) }, ...PROOF_PHOTO }),
    },
    'GET /api/v1/logistics/deliveries/{id}/proof-photo': {
      gate: 'any',
      owner: 'carrier',
      adminActs: true,
      make: async (owner) => {
        const id = await deliveryOf(owner, true);
        const up = await ctx.request({
          method: 'POST',
          url: `${LOGISTICS}/deliveries/${id}/proof-photo`,
          token: owner.accessToken,
          payload: PROOF_PHOTO.body,
          headers: PROOF_PHOTO.headers,
        });
        if (up.statusCode !== 201) throw new Error(`proof photo: ${up.body}`);
        return { params: { id } };
      },
    },
    'POST /api/v1/logistics/deliveries/{id}/positions': {
      gate: ['carrier'],
      owner: 'carrier',
      adminActs: false,
      make: async (owner) => ({ params: { id: await deliveryOf(owner) }, body: { points: [aPoint()] } }),
    },
    'GET /api/v1/logistics/deliveries/{id}': {
      gate: 'any',
      owner: 'carrier',
      adminActs: true,
      make: async (owner) => ({ params: { id: await deliveryOf(owner) } }),
    },
    'GET /api/v1/logistics/deliveries/{id}/replay': {
      gate: 'any',
      owner: 'carrier',
      adminActs: true,
      make: async (owner) => {
        const id = await deliveryOf(owner);
        const res = await logistics.post(owner, `/deliveries/${id}/status`, { status: 'failed', reason: 'поломка' });
        if (res.statusCode !== 200) throw new Error(`failed: ${res.body}`);
        return { params: { id } };
      },
    },
    'GET /api/v1/logistics/deliveries/{id}/live': {
      gate: 'any',
      owner: 'customer',
      adminActs: true,
      make: async (owner) => ({ params: { id: await deliveryBoughtBy(owner) } }),
    },
    'POST /api/v1/logistics/deliveries/{id}/share-links': {
      gate: ['customer'],
      owner: 'customer',
      adminActs: false,
      make: async (owner) => ({ params: { id: await deliveryBoughtBy(owner) } }),
    },
    'DELETE /api/v1/logistics/deliveries/{id}/share-links/{linkId}': {
      gate: ['customer', 'admin'],
      owner: 'customer',
      adminActs: true,
      make: async (owner) => {
        const { deliveryId, linkId } = await shareLinkOf(owner);
        return { params: { id: deliveryId, linkId } };
      },
    },
    'GET /api/v1/insights/estimates/{id}': ownEstimate(estimateId),
    'PATCH /api/v1/insights/estimates/{id}': ownEstimate(async (owner) => {
      const { id, version } = await estimateOf(owner);
      return { params: { id }, body: { version, title: 'Правка владельца' } };
    }),
    'DELETE /api/v1/insights/estimates/{id}': ownEstimate(estimateId),
    'GET /api/v1/insights/estimates/{id}/versions': ownEstimate(estimateId),
    'GET /api/v1/insights/estimates/{id}/versions/{version}': ownEstimate(async (owner) => {
      const { id, version } = await estimateOf(owner, true);
      return { params: { id, version: String(version) } };
    }),
    'POST /api/v1/insights/estimates/{id}/to-cart': ownEstimate(async (owner) => ({
      ...(await estimateId(owner)),
      body: {},
    })),
    'POST /api/v1/insights/estimates/{id}/share': ownEstimate(estimateId),
    'DELETE /api/v1/insights/estimates/{id}/share/{shareId}': ownEstimate(async (owner) => {
      const { id, shareId } = await estimateShareOf(owner);
      return { params: { id, shareId } };
    }),
    'GET /api/v1/insights/estimates/{id}/estimate.pdf': ownEstimate(estimateId),
    'GET /api/v1/insights/estimates/{id}/estimate.xlsx': ownEstimate(estimateId),
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
    'GET /api/v1/logistics/track/{token}': {
      reason:
        'a share link: whoever holds the token (the foreman on site) sees the delivery read-only, without ids, ' +
        'prices or phones; the token is the credential, dead once revoked or the delivery has ended',
      make: async () => ({ params: { token: (await shareLinkOf(actors.customer)).token } }),
      status: 200,
    },
    'GET /api/v1/logistics/track/{token}/live': {
      reason: 'the same share link’s live stream (a plain GET answers its snapshot)',
      make: async () => ({ params: { token: (await shareLinkOf(actors.customer)).token } }),
      status: 200,
    },
    'GET /api/v1/insights/shared-estimates/{token}': {
      reason:
        'an estimate’s share link: whoever holds the token (a builder, a foreman) sees the estimate read-only and ' +
        'priced now, without ids or its owner; the token is the credential, dead once revoked',
      make: async () => ({ params: { token: (await estimateShareOf(actors.customer)).token } }),
      status: 200,
    },
    'GET /api/v1/insights/shared-estimates/{token}/estimate.pdf': {
      reason: 'the same share link’s estimate as a PDF',
      make: async () => ({ params: { token: (await estimateShareOf(actors.customer)).token } }),
      status: 200,
    },
  };

  async function threeDsPayment(): Promise<string> {
    const { orderId } = await orderOf(actors.customer, PICKUP_CARD);
    return world.threeDsPayment(actors.customer, orderId);
  }

  return { owners: OWNER_FIXTURES, publics: PUBLIC_OPERATIONS };
}
