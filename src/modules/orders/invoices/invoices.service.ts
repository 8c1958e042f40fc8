import type { Db } from '../../../shared/db/database.js';
import { DomainError } from '../../../shared/errors.js';
import type { Principal } from '../../../shared/principal.js';
import type { InvoiceDocument, InvoiceParty, InvoiceVatRate } from './invoice-document.js';
import { renderInvoicesPdf } from './invoice-pdf.js';
import { ordersRepository as repo, type LineRow, type OrderRow, type SubOrderRow } from '../orders.repository.js';
import type { OrdersService } from '../orders.service.js';
import { deliveryVatRate } from '../pricing.js';

export class NotInvoiceOrderError extends DomainError {
  constructor(number: string) {
    super('conflict', 'ORDER.NOT_INVOICE', `order ${number} is paid by card; invoices exist only for invoice orders`);
  }
}

export class InvoiceCancelledError extends DomainError {
  constructor(number: string, what: 'order' | 'sub-order') {
    super('conflict', 'ORDER.CANCELLED', `${what} ${number} is cancelled and has no invoice`);
  }
}

/** A rendered PDF and the number it is named after (`T-000123` or `T-000123-1`). */
export interface InvoiceFile {
  number: string;
  pdf: Buffer;
}

/**
 * Счета на оплату: one per sub-order, since each seller is paid separately. Who may read them
 * follows the orders' own rule (OrdersService.ownOrder / ownSubOrder): someone else's is a 404.
 */
export class InvoicesService {
  constructor(
    private readonly db: Db,
    private readonly orders: OrdersService,
  ) {}

  /** The customer (or an admin): every live sub-order's invoice, in sub-order number order. */
  async forOrder(p: Principal, orderId: string): Promise<InvoiceFile> {
    const order = await this.orders.ownOrder(p, orderId);
    if (order.paymentMethod !== 'invoice') throw new NotInvoiceOrderError(order.number);
    const subs = (await repo.subOrdersOf(this.db, order.id))
      .filter((s) => s.status !== 'cancelled')
      .sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }));
    if (subs.length === 0) throw new InvoiceCancelledError(order.number, 'order');
    const lines = await repo.linesOf(
      this.db,
      subs.map((s) => s.id),
    );
    const docs = subs.map((s) => toInvoiceDocument(order, s, lines));
    return { number: order.number, pdf: await renderInvoicesPdf(docs) };
  }

  /** The sub-order's seller (or an admin): its one invoice. */
  async forSubOrder(p: Principal, subOrderId: string): Promise<InvoiceFile> {
    const sub = await this.orders.ownSubOrder(p, subOrderId);
    const order = (await repo.order(this.db, sub.orderId))!;
    if (order.paymentMethod !== 'invoice') throw new NotInvoiceOrderError(order.number);
    if (sub.status === 'cancelled') throw new InvoiceCancelledError(sub.number, 'sub-order');
    const lines = await repo.linesOf(this.db, [sub.id]);
    return { number: sub.number, pdf: await renderInvoicesPdf([toInvoiceDocument(order, sub, lines)]) };
  }
}

/**
 * A sub-order as its seller's invoice: numbered and dated as the sub-order, the requisites and
 * bank account frozen at checkout (an order placed before sellers kept them has an empty bank
 * box), the lines exactly as charged, and delivery as the last line at the seller's rate.
 */
export function toInvoiceDocument(order: OrderRow, sub: SubOrderRow, lines: readonly LineRow[]): InvoiceDocument {
  const seller = sub.sellerRequisites;
  return {
    number: sub.number,
    date: order.createdAt,
    seller: {
      ...party(seller),
      inn: seller.inn ?? '',
      ...(seller.bank
        ? {
            bank: {
              name: seller.bank.bankName,
              bik: seller.bank.bik,
              correspondentAccount: seller.bank.corrAccount,
              account: seller.bank.account,
            },
          }
        : {}),
    },
    buyer: party(order.buyer),
    order: { number: order.number, date: order.createdAt },
    lines: lines
      .filter((l) => l.subOrderId === sub.id)
      .map((l) => ({
        name: l.name,
        quantity: l.quantity,
        unit: l.unit,
        priceMinor: l.priceMinor,
        amountMinor: l.totalMinor,
        vatRate: l.vatRate as InvoiceVatRate,
      })),
    ...(sub.deliveryMinor > 0
      ? {
          delivery: {
            name: order.delivery.address ? `Доставка: ${order.delivery.address}` : 'Доставка',
            amountMinor: sub.deliveryMinor,
            vatRate: deliveryVatRate(seller.taxRegime ?? 'vat_payer'),
          },
        }
      : {}),
    payBy: order.payBy,
  };
}

function party(p: { name: string; inn?: string | null; kpp?: string | null; address?: string | null }): InvoiceParty {
  return {
    name: p.name,
    ...(p.inn ? { inn: p.inn } : {}),
    ...(p.kpp ? { kpp: p.kpp } : {}),
    ...(p.address ? { address: p.address } : {}),
  };
}
