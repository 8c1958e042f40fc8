/**
 * The checkout load of bench:checkout, shared with bench:mixed: 20 buyers over 100 hot offers of
 * the demo seller, each looping put 1–3 of them in its cart, check out (a new Idempotency-Key each
 * time); then whether stock adds up (`reserved` of every hot offer = what live orders hold).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { call, DEMO_PASSWORD, DEMO_SELLER, login, percentile, tally } from './http.js';

export const BUYERS = 20;
const HOT = 100;
const STOCK_EACH = 100_000;

export interface HotOffer {
  id: string;
  minQty: string;
}

/** The demo seller's first 100 offers, each with plenty of stock in its first warehouse. */
export async function hotOffers(base: string): Promise<HotOffer[]> {
  const { token } = await login(base, DEMO_SELLER);
  const offers: HotOffer[] = [];
  let cursor: string | null = null;
  while (offers.length < HOT) {
    const page: {
      status: number;
      json: { items: { id: string; minQty: string; status: string }[]; nextCursor: string | null };
    } = await call(
      base,
      'GET',
      `/api/v1/catalog/offers?mine=true&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      token,
    );
    // The demo has paused offers too: only those on sale are hot.
    offers.push(...page.json.items.filter((o) => o.status === 'active').map((o) => ({ id: o.id, minQty: o.minQty })));
    cursor = page.json.nextCursor;
    if (!cursor) break;
  }
  const warehouses = await call<{ items: { id: string }[] }>(base, 'GET', '/api/v1/catalog/warehouses', token);
  const warehouse = warehouses.json.items[0]!.id;
  const hot = offers.slice(0, HOT);
  for (const { id } of hot) {
    const r = await call(base, 'PUT', `/api/v1/catalog/warehouses/${warehouse}/stock/${id}`, token, {
      onHand: STOCK_EACH,
    });
    if (r.status !== 200) throw new Error(`stock: ${r.status} ${JSON.stringify(r.json)}`);
  }
  return hot;
}

export const pickup = () => ({ delivery: { method: 'pickup', lat: 55.75, lon: 37.62 }, paymentMethod: 'invoice' });

/** What the buyers saw: each checkout's latency and answer, and cart additions refused. */
export interface CheckoutFigures {
  latencies: number[];
  /** `201`, or the status and problem code of another answer. */
  codes: string[];
  /** Answers other than 201 to putting an offer in the cart (a checkout then finds the cart empty). */
  addFailures: string[];
}

async function buyer(base: string, i: number, offers: HotOffer[], until: number, figures: CheckoutFigures) {
  const email = `bench-buyer-${i}-${randomUUID().slice(0, 8)}@tutuu.test`;
  const reg = await call<{ accessToken: string }>(base, 'POST', '/api/v1/users/auth/register', undefined, {
    email,
    password: DEMO_PASSWORD,
    name: `Покупатель ${i}`,
    role: 'customer',
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.json)}`);
  const token = reg.json.accessToken;
  let n = i;
  while (performance.now() < until) {
    for (let k = 0; k <= n % 3; k++) {
      // Demo offers sell in their own minimums and steps; the bench buys the minimum.
      const offer = offers[(n * 7 + k * 13) % offers.length]!;
      const added = await call<{ code?: string }>(base, 'POST', '/api/v1/orders/cart/items', token, {
        offerId: offer.id,
        quantity: offer.minQty,
      });
      if (added.status !== 201) figures.addFailures.push(`${added.status} ${added.json?.code ?? ''}`);
    }
    const started = performance.now();
    const r = await call(base, 'POST', '/api/v1/orders/checkout', token, pickup(), {
      'idempotency-key': randomUUID(),
    });
    figures.latencies.push(performance.now() - started);
    figures.codes.push(r.status === 201 ? '201' : `${r.status} ${(r.json as { code?: string } | null)?.code ?? ''}`);
    n++;
  }
}

/** The 20 buyers at once until `until` (performance.now() time). */
export async function runBuyers(base: string, offers: HotOffer[], until: number): Promise<CheckoutFigures> {
  const figures: CheckoutFigures = { latencies: [], codes: [], addFailures: [] };
  await Promise.all(Array.from({ length: BUYERS }, (_, i) => buyer(base, i, offers, until, figures)));
  return figures;
}

/** Checkouts/s, the other answers, latency and refused additions, as bench:checkout prints them. */
export function checkoutLines(figures: CheckoutFigures, seconds: number): { ok: number; lines: string[] } {
  const sorted = [...figures.latencies].sort((a, b) => a - b);
  const ok = figures.codes.filter((c) => c === '201').length;
  const other = figures.codes.filter((c) => c !== '201');
  return {
    ok,
    lines: [
      `checkouts: ${ok} orders (${(ok / seconds).toFixed(1)} orders/s), other answers: ${other.length} ${tally(other)}`,
      `checkout latency: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
      `cart additions refused: ${figures.addFailures.length} ${tally(figures.addFailures)}`,
    ],
  };
}

/** Whether stock adds up: no oversell, nothing reserved that no live order holds. */
export async function stockAddsUp(db: pg.Client, offers: { id: string }[]): Promise<string> {
  const { rows } = await db.query<{ offer_id: string; on_hand: string; reserved: string; ordered: string }>(
    `select k.offer_id, sum(k.on_hand)::text as on_hand, sum(k.reserved)::text as reserved,
              coalesce((select sum(l.quantity) from orders.order_lines l join orders.sub_orders s on s.id = l.sub_order_id
                        where l.offer_id = k.offer_id
                          and s.status in ('pending_payment', 'paid', 'confirmed', 'assembling', 'ready')), 0)::text as ordered
       from catalog.stock k where k.offer_id = any($1::uuid[]) group by k.offer_id`,
    [offers.map((o) => o.id)],
  );
  const bad = rows.filter((r) => Number(r.reserved) !== Number(r.ordered));
  const total = rows.reduce((a, r) => a + Number(r.reserved), 0).toFixed(3);
  return bad.length === 0
    ? `stock adds up: ${rows.length} offers, ${total} units reserved = units in orders not yet handed over`
    : `STOCK MISMATCH on ${bad.length} offers: ${JSON.stringify(bad.slice(0, 3))}`;
}
