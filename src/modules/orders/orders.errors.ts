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

export class OrderNotPayableError extends DomainError {
  constructor(reason: string) {
    super('conflict', 'ORDER.NOT_PAYABLE', reason);
  }
}
