/** The dashboard's figures, computed from the API's lists (there is no summary endpoint). */
import {
  listReturns,
  listSubOrders,
  listWarehouses,
  warehouseStock,
  type SubOrder,
  type SubOrderStatus,
} from './seller-api';
import { moscowDayStart, moscowMonthStart, moscowToday } from './moscow-dates';

/** Enough pages for a month of a busy seller; beyond it the figures say they are partial. */
const MAX_PAGES = 10;

export interface SalesFigures {
  todayByStatus: Partial<Record<SubOrderStatus, number>>;
  todayCount: number;
  revenueTodayMinor: number;
  revenueMonthMinor: number;
  /** The month has more sub-orders than were read. */
  partial: boolean;
}

const NOT_REVENUE: ReadonlySet<SubOrderStatus> = new Set(['cancelled', 'returned', 'pending_payment']);

/** Sub-orders created this Moscow month, newest first, by pages of 100. */
export async function salesFigures(now = new Date()): Promise<SalesFigures> {
  const monthStart = moscowDayStart(moscowMonthStart(now)).getTime();
  const dayStart = moscowDayStart(moscowToday(now)).getTime();
  const subs: SubOrder[] = [];
  let cursor: string | undefined;
  let partial = false;
  for (let page = 0; ; page++) {
    const res = await listSubOrders({ cursor, limit: 100 });
    subs.push(...res.items);
    const last = res.items.at(-1);
    if (!res.nextCursor || !last || Date.parse(last.createdAt) < monthStart) break;
    if (page + 1 >= MAX_PAGES) {
      partial = true;
      break;
    }
    cursor = res.nextCursor;
  }
  const f: SalesFigures = { todayByStatus: {}, todayCount: 0, revenueTodayMinor: 0, revenueMonthMinor: 0, partial };
  for (const s of subs) {
    if (Date.parse(s.createdAt) >= dayStart) {
      f.todayCount++;
      f.todayByStatus[s.status] = (f.todayByStatus[s.status] ?? 0) + 1;
    }
    // Revenue is money received: a paid part not cancelled or returned, by when it was paid.
    if (!s.paidAt || NOT_REVENUE.has(s.status)) continue;
    const paid = Date.parse(s.paidAt);
    if (paid >= monthStart) f.revenueMonthMinor += s.totals.totalMinor;
    if (paid >= dayStart) f.revenueTodayMinor += s.totals.totalMinor;
  }
  return f;
}

export async function paymentsDue() {
  const res = await listSubOrders({ status: 'pending_payment', limit: 100 });
  return {
    items: res.items,
    more: res.nextCursor !== null,
    dueMinor: res.items.reduce((n, s) => n + s.dueMinor, 0),
  };
}

export async function pendingReturns() {
  const res = await listReturns({ status: 'requested', limit: 100 });
  return { count: res.items.length, more: res.nextCursor !== null };
}

export interface LowStock {
  offerId: string;
  name: string;
  sku: string | null;
  unit: string;
  available: number;
  threshold: number;
}

/** Offers on sale whose free stock, over all warehouses, is under five minimum lots. */
export async function lowStock(): Promise<LowStock[]> {
  const { items: warehouses } = await listWarehouses();
  const byOffer = new Map<string, LowStock>();
  for (const w of warehouses) {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await warehouseStock(w.id, { cursor, limit: 100 });
      for (const s of res.items) {
        if (s.offer.status !== 'active' || s.offer.backorder) continue;
        const lot = Math.max(Number(s.offer.minQty), Number(s.offer.step));
        const row = byOffer.get(s.offer.id) ?? {
          offerId: s.offer.id,
          name: s.product.name,
          sku: s.product.sku,
          unit: s.product.unit,
          available: 0,
          threshold: lot * 5,
        };
        row.available += Number(s.available);
        byOffer.set(s.offer.id, row);
      }
      if (!res.nextCursor) break;
      cursor = res.nextCursor;
    }
  }
  return [...byOffer.values()].filter((o) => o.available < o.threshold).sort((a, b) => a.available - b.available);
}
