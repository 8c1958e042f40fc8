import { MOSCOW_OFFSET_MS } from '../../shared/moscow-time.js';
import { ValidationError, type FieldError } from '../../shared/errors.js';
import type { carts, OrderDelivery } from './orders.tables.js';

type CartRow = typeof carts.$inferSelect;

/** Moscow keeps UTC+3 all year: a delivery day and its 08:00 are Moscow's. */
const DAY_MS = 86_400_000;
/** The earliest hour of a delivery day, Moscow time, when a warehouse states no lead time of its own. */
const FIRST_HOUR = 8;
/** How far ahead a delivery may be booked: past it, nothing about the stock or the price holds. */
const MAX_DAYS_AHEAD = 60;

/**
 * The delivery as it will be made: what the checkout body says, the rest from the cart (its
 * address, point and unloading: the quote the cart showed is the one charged). Every field a
 * truck needs must be there; a missing one is a 400 naming it.
 */
export function resolveDelivery(
  body: OrderDelivery,
  cart: Pick<CartRow, 'address' | 'lat' | 'lon' | 'unloading'>,
): OrderDelivery {
  if (body.method !== 'delivery') return body;
  const fromCart = body.address === undefined && body.lat === undefined && body.lon === undefined;
  const resolved: OrderDelivery = {
    ...body,
    address: body.address ?? (fromCart ? (cart.address ?? undefined) : undefined),
    lat: body.lat ?? (fromCart ? (cart.lat ?? undefined) : undefined),
    lon: body.lon ?? (fromCart ? (cart.lon ?? undefined) : undefined),
    unloading: body.unloading ?? cart.unloading ?? undefined,
  };
  const errors: FieldError[] = [];
  for (const field of ['address', 'lat', 'lon', 'window', 'unloading'] as const) {
    if (resolved[field] === undefined) {
      const where = field === 'window' ? '' : ' (or set it on the cart: PUT /cart/address)';
      errors.push({ path: `delivery.${field}`, message: `is required for delivery${where}` });
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return resolved;
}

/**
 * The earliest a delivery from a warehouse may start (docs/domain.md, Orders): now plus its lead
 * time, or by default the next day from 08:00 Moscow time.
 */
export function earliestStart(now: Date, leadTimeHours: number | null): Date {
  if (leadTimeHours !== null) return new Date(now.getTime() + leadTimeHours * 3_600_000);
  const moscowDay = Math.floor((now.getTime() + MOSCOW_OFFSET_MS) / DAY_MS);
  return new Date((moscowDay + 1) * DAY_MS + FIRST_HOUR * 3_600_000 - MOSCOW_OFFSET_MS);
}

/** The window starts no earlier than every warehouse of the order can deliver, and not too far ahead. */
export function checkWindow(window: { from: string; to: string }, earliest: Date, now: Date): void {
  const from = Date.parse(window.from);
  if (from < earliest.getTime()) {
    throw new ValidationError([
      {
        path: 'delivery.window.from',
        message: `the earliest delivery is ${earliest.toISOString()} (${moscowTime(earliest)} Moscow time)`,
      },
    ]);
  }
  if (from > now.getTime() + MAX_DAYS_AHEAD * DAY_MS) {
    throw new ValidationError([
      { path: 'delivery.window.from', message: `a delivery is booked at most ${MAX_DAYS_AHEAD} days ahead` },
    ]);
  }
}

function moscowTime(d: Date): string {
  return new Date(d.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
