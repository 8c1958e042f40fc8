import { normalizeDecimal } from '../../shared/decimal.js';
import type { Executor } from '../../shared/db/database.js';
import { ordersRepository as repo } from './orders.repository.js';
import type { SubOrderStatus } from './orders.tables.js';

/** What logistics needs of a delivery sub-order to put it out to carriers (docs/domain.md, Logistics). */
export interface DeliveryFacts {
  subOrderId: string;
  orderId: string;
  orderNumber: string;
  subOrderNumber: string;
  status: SubOrderStatus;
  method: 'delivery' | 'pickup';
  sellerId: string;
  customerId: string;
  warehouse: { id: string; name: string; address: string; lat: number; lon: number };
  /** Null for pickup parts and for orders placed without a point. */
  dropoff: { address: string; lat: number; lon: number } | null;
  window: { from: string; to: string } | null;
  unloading: 'crane' | 'manual' | 'forklift';
  /** Who receives the goods: the buyer's contact as it was at checkout. */
  contact: { name: string; company: string | null; phone: string | null };
  weightKg: string;
  volumeM3: string;
  /** What the customer paid for this part's delivery. */
  deliveryMinor: number;
  lines: { productId: string; name: string; quantity: string; unit: string; weightKg: string; volumeM3: string }[];
}

/** Orders' read API for logistics: one sub-order's delivery facts, in the caller's transaction. */
export const deliveryApi = {
  async facts(ex: Executor, subOrderId: string): Promise<DeliveryFacts | undefined> {
    const sub = await repo.subOrder(ex, subOrderId);
    if (!sub) return undefined;
    const order = await repo.order(ex, sub.orderId);
    if (!order) return undefined;
    const d = order.delivery;
    const lines = await repo.linesOf(ex, [sub.id]);
    const company = order.buyer.inn ? order.buyer.name : null;
    return {
      subOrderId: sub.id,
      orderId: order.id,
      orderNumber: order.number,
      subOrderNumber: sub.number,
      status: sub.status,
      method: d.method,
      sellerId: sub.sellerId,
      customerId: order.customerId,
      warehouse: {
        id: sub.warehouseId,
        name: sub.warehouseName,
        address: sub.warehouseAddress,
        lat: sub.warehouseLat,
        lon: sub.warehouseLon,
      },
      dropoff:
        d.method === 'delivery' && d.lat !== undefined && d.lon !== undefined
          ? { address: d.address ?? '', lat: d.lat, lon: d.lon }
          : null,
      window: d.window ?? null,
      unloading: d.unloading ?? 'manual',
      contact: {
        name: order.buyer.contact?.name ?? order.buyer.name,
        company,
        phone: order.buyer.contact?.phone ?? null,
      },
      weightKg: normalizeDecimal(sub.weightKg),
      volumeM3: String(Number(sub.volumeM3)),
      deliveryMinor: sub.deliveryMinor,
      lines: lines.map((l) => ({
        productId: l.productId,
        name: l.name,
        quantity: normalizeDecimal(l.quantity),
        unit: l.unit,
        weightKg: normalizeDecimal(l.weightKg),
        volumeM3: String(Number(l.volumeM3)),
      })),
    };
  },
};
