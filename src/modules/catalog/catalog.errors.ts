import { DomainError, ForbiddenError, NotFoundError } from '../../shared/errors.js';

export class CategoryNotFoundError extends NotFoundError {
  constructor() {
    super('category', 'CATALOG.CATEGORY_NOT_FOUND');
  }
}

export class ProductNotFoundError extends NotFoundError {
  constructor() {
    super('product', 'CATALOG.PRODUCT_NOT_FOUND');
  }
}

export class OfferNotFoundError extends NotFoundError {
  constructor() {
    super('offer', 'CATALOG.OFFER_NOT_FOUND');
  }
}

export class WarehouseNotFoundError extends NotFoundError {
  constructor() {
    super('warehouse', 'CATALOG.WAREHOUSE_NOT_FOUND');
  }
}

export class SellerNotApprovedError extends ForbiddenError {
  constructor() {
    super('only approved sellers can manage offers, products and warehouses', 'CATALOG.SELLER_NOT_APPROVED');
  }
}

export class CategoryInUseError extends DomainError {
  constructor(products: number, children: number) {
    super(
      'conflict',
      'CATALOG.CATEGORY_IN_USE',
      `the category has ${products} products and ${children} subcategories`,
      {
        products,
        children,
      },
    );
  }
}

export class DuplicateError extends DomainError {
  constructor(code: string, message: string) {
    super('conflict', code, message);
  }
}

export class StockBelowReservedError extends DomainError {
  constructor(reserved: string) {
    super('conflict', 'CATALOG.STOCK_BELOW_RESERVED', `on hand cannot go below the reserved quantity ${reserved}`, {
      reserved,
    });
  }
}

export class InsufficientStockError extends DomainError {
  constructor(lines: { offerId: string; warehouseId: string; requested: string; available: string }[]) {
    super('conflict', 'CATALOG.INSUFFICIENT_STOCK', 'not enough stock for some lines', { lines });
  }
}

/** What a warehouse holds that its removal would lose: on hand, and reserved by orders. */
export interface WarehouseHolding {
  offerId: string;
  productName: string;
  sku: string | null;
  unit: string;
  onHand: string;
  reserved: string;
}

export class WarehouseInUseError extends DomainError {
  constructor(holdings: WarehouseHolding[], total: number) {
    const first = holdings[0];
    const example = first
      ? `${first.productName}: ${first.onHand} ${first.unit} on hand, ${first.reserved} reserved`
      : '';
    super(
      'conflict',
      'CATALOG.WAREHOUSE_IN_USE',
      `the warehouse holds stock of ${total} offer(s) (${example}${total > 1 ? ', …' : ''}); ` +
        'set it to 0 or ship it first',
      { holdings, offers: total },
    );
  }
}

/** One problem in an uploaded price list: the row as numbered in the file (header = 1) and the column. */
export interface PriceListRowError {
  row: number;
  column: string | null;
  message: string;
}

/** A real price-list run with any bad row applies nothing; the report says what to fix. */
export class PriceListInvalidError extends DomainError {
  constructor(report: { errors: PriceListRowError[]; errorCount?: number }) {
    super(
      'unprocessable',
      'CATALOG.PRICE_LIST_INVALID',
      `the price list has ${report.errorCount ?? report.errors.length} error(s); nothing was changed`,
      { ...report },
    );
  }
}

export class PriceListFormatError extends DomainError {
  constructor(message: string) {
    super('unsupported_media_type', 'CATALOG.PRICE_LIST_FORMAT', message, { errors: [{ path: 'file', message }] });
  }
}

/** A price list past one of its limits; `limit` names it (`rows`, `columns`, `bytes`, …) and `max` is its value. */
export class PriceListTooLargeError extends DomainError {
  constructor(message: string, exceeded: { limit: string; max: number }) {
    super('too_large', 'CATALOG.PRICE_LIST_TOO_LARGE', message, { ...exceeded, errors: [{ path: 'file', message }] });
  }
}

/** A warehouse named by a stock column was deleted while the file was being read. */
export class PriceListWarehousesChangedError extends DomainError {
  constructor() {
    super(
      'conflict',
      'CATALOG.PRICE_LIST_WAREHOUSES_CHANGED',
      'a warehouse of the price list was deleted while the file was being read: upload it again',
    );
  }
}
