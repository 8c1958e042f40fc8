import { DomainError, NotFoundError } from '../../shared/errors.js';
import type { SubOrderStatus } from './orders.tables.js';

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super('order', 'ORDER.NOT_FOUND');
  }
}

export class SubOrderNotFoundError extends NotFoundError {
  constructor() {
    super('sub-order', 'ORDER.SUB_ORDER_NOT_FOUND');
  }
}

export class CartItemNotFoundError extends NotFoundError {
  constructor() {
    super('cart item', 'ORDER.CART_ITEM_NOT_FOUND');
  }
}

export class CartFullError extends DomainError {
  constructor(max: number) {
    super('conflict', 'ORDER.CART_FULL', `a cart holds at most ${max} lines: check out or remove some first`, { max });
  }
}

export class OfferUnavailableError extends DomainError {
  constructor(offerId: string, reason: string) {
    super('conflict', 'ORDER.OFFER_UNAVAILABLE', `offer ${offerId} cannot be bought: ${reason}`, { offerId, reason });
  }
}

export class CartEmptyError extends DomainError {
  constructor() {
    super('conflict', 'ORDER.CART_EMPTY', 'the cart is empty');
  }
}

export interface ShortLine {
  itemId: string;
  offerId: string;
  name: string;
  requested: string;
  /** The most one warehouse of the seller can give now (a line ships from one warehouse). */
  available: string;
  reason: 'insufficient_stock' | 'offer_unavailable';
}

export class OrderInsufficientStockError extends DomainError {
  constructor(lines: ShortLine[]) {
    super('conflict', 'ORDER.INSUFFICIENT_STOCK', `${lines.length} line(s) cannot be had in that quantity`, {
      lines,
    });
  }
}

export interface ChangedPrice {
  itemId: string;
  offerId: string;
  name: string;
  oldPriceMinor: number;
  newPriceMinor: number;
}

export class PriceChangedError extends DomainError {
  constructor(lines: ChangedPrice[]) {
    super(
      'conflict',
      'ORDER.PRICE_CHANGED',
      'prices changed since the cart was viewed; review them or send acceptPriceChanges: true',
      { lines },
    );
  }
}

export class IllegalTransitionError extends DomainError {
  constructor(from: SubOrderStatus, to: string, allowed: readonly string[]) {
    super(
      'conflict',
      'ORDER.ILLEGAL_TRANSITION',
      `a sub-order in status ${from} cannot go to ${to}` +
        (allowed.length ? `; allowed: ${allowed.join(', ')}` : '; no transition is allowed from here'),
      { from, to, allowed },
    );
  }
}

/**
 * A move that a delivery part makes with its delivery (docs/domain.md, Logistics): the carrier's
 * reports, mirrored from logistics. An admin may make the forward ones by hand in a dispute.
 */
export class MovedByDeliveryError extends DomainError {
  constructor(from: SubOrderStatus, to: SubOrderStatus, allowed: readonly string[]) {
    const how =
      to === 'ready'
        ? 'a part goes back to ready only when its delivery failed'
        : `the part becomes ${to} when the carrier reports it (an admin may move it by hand in a dispute)`;
    super('conflict', 'ORDER.MOVED_BY_DELIVERY', `delivery parts move with their delivery: logistics; ${how}`, {
      from,
      to,
      allowed,
    });
  }
}

export class OrderNotPayableError extends DomainError {
  constructor(reason: string) {
    super('conflict', 'ORDER.NOT_PAYABLE', reason);
  }
}

/** The carrier reports the goods loaded, but the part is no longer to be carried (cancelled, unpaid). */
export class PartNotLoadableError extends DomainError {
  constructor(status: SubOrderStatus) {
    super('conflict', 'ORDER.PART_NOT_LOADABLE', `the sub-order is ${status}: its goods are not to be loaded`, {
      status,
    });
  }
}
