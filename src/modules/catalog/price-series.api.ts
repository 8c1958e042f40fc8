/**
 * Weekly price series for forecasts (docs/insights.md, Price forecasts): Moscow weeks, Monday to
 * Sunday; each completed week's point is the price in force at its end (Monday 00:00 МСК), the
 * current week's is the price in force now (the offer's own price). An offer's series is its own
 * history; a product's is, each week, the median of its shown offers' prices (active, of an
 * approved seller — the offers its page shows; a hidden offer's history is not public).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../shared/db/database.js';
import { moscowDate, moscowMidnight } from '../../shared/moscow-time.js';

export interface WeeklyPriceSeries {
  kind: 'offer' | 'product';
  id: string;
  /** Oldest first; the last one is the current week's, as of `now`. */
  prices: number[];
  /** The end of each point's week (the last one's end is after `now`). */
  weekEnds: Date[];
}

/** Three years of weeks is more than any fit here uses. */
export const MAX_WEEKS = 156;
const DAY_MS = 86_400_000;

/** The end of the Moscow week that holds `t`: the next Monday 00:00 МСК strictly after it. */
export function weekEndAfter(t: Date): Date {
  const date = moscowDate(t);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const daysToMonday = weekday === 0 ? 1 : 8 - weekday;
  return new Date(moscowMidnight(date).getTime() + daysToMonday * DAY_MS);
}

interface HistoryRow {
  offer_id: string;
  price_minor: number | string;
  at_ms: number | string;
}

interface OfferRow {
  id: string;
  price_minor: number | string;
  first_ms: number | string | null;
}

/** One offer's price at each week end from its first price's week to now (now's price last). */
function offerWeekly(history: { at: number; price: number }[], current: number, ends: number[]): (number | null)[] {
  const out: (number | null)[] = [];
  let i = 0;
  let price: number | null = null;
  for (let k = 0; k < ends.length; k++) {
    if (k === ends.length - 1) {
      out.push(current);
      break;
    }
    while (i < history.length && history[i]!.at < ends[k]!) price = history[i++]!.price;
    out.push(price);
  }
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  // Half up on the mean of the middle two: money stays whole kopecks.
  return s.length % 2 === 1 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/** Week ends from the week of `first` to the current one, at most MAX_WEEKS of them. */
function weekGrid(first: Date, now: Date): number[] {
  const last = weekEndAfter(now).getTime();
  let start = weekEndAfter(first.getTime() < now.getTime() ? first : now).getTime();
  start = Math.max(start, last - (MAX_WEEKS - 1) * 7 * DAY_MS);
  const ends: number[] = [];
  for (let t = start; t <= last; t += 7 * DAY_MS) ends.push(t);
  return ends;
}

async function shownOffers(ex: Executor, where: ReturnType<typeof sql>): Promise<OfferRow[]> {
  return queryRows<OfferRow>(
    ex,
    sql`select o.id, o.price_minor,
               (select extract(epoch from min(h.at)) * 1000 from catalog.price_history h where h.offer_id = o.id)::float8 as first_ms
          from catalog.offers o
          join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
         where o.status = 'active' and ${where}
         order by o.id`,
  );
}

/** The price history (up to now) of the shown offers `where` picks, by offer, oldest first. */
async function histories(ex: Executor, where: ReturnType<typeof sql>, now: Date) {
  const rows = await queryRows<HistoryRow>(
    ex,
    sql`select h.offer_id, h.price_minor, (extract(epoch from h.at) * 1000)::float8 as at_ms
          from catalog.price_history h
          join catalog.offers o on o.id = h.offer_id
          join catalog.sellers s on s.id = o.seller_id and s.status = 'approved'
         where o.status = 'active' and ${where} and h.at <= ${now.toISOString()}::timestamptz
         order by h.offer_id, h.at, h.id`,
  );
  const byOffer = new Map<string, { at: number; price: number }[]>();
  for (const r of rows) {
    const list = byOffer.get(r.offer_id) ?? [];
    list.push({ at: Number(r.at_ms), price: Number(r.price_minor) });
    byOffer.set(r.offer_id, list);
  }
  return byOffer;
}

function firstOf(o: OfferRow, now: Date): Date {
  return o.first_ms === null ? now : new Date(Number(o.first_ms));
}

function seriesOfOffer(o: OfferRow, history: { at: number; price: number }[], now: Date): WeeklyPriceSeries {
  const ends = weekGrid(firstOf(o, now), now);
  const weekly = offerWeekly(history, Number(o.price_minor), ends);
  const prices: number[] = [];
  const weekEnds: Date[] = [];
  weekly.forEach((p, k) => {
    if (p !== null) {
      prices.push(p);
      weekEnds.push(new Date(ends[k]!));
    }
  });
  return { kind: 'offer', id: o.id, prices, weekEnds };
}

export const priceSeriesApi = {
  /** A shown offer's weekly series; null when there is no such offer or it is not shown. */
  async offer(ex: Executor, offerId: string, now: Date): Promise<WeeklyPriceSeries | null> {
    const [o] = await shownOffers(ex, sql`o.id = ${offerId}::uuid`);
    if (!o) return null;
    const h = await histories(ex, sql`o.id = ${offerId}::uuid`, now);
    return seriesOfOffer(o, h.get(o.id) ?? [], now);
  },

  /** A product's weekly median over its shown offers; null when there is no such product. */
  async product(ex: Executor, productId: string, now: Date): Promise<WeeklyPriceSeries | null> {
    const exists = await queryRows(ex, sql`select 1 from catalog.products where id = ${productId}::uuid`);
    if (exists.length === 0) return null;
    const offers = await shownOffers(ex, sql`o.product_id = ${productId}::uuid`);
    if (offers.length === 0) return { kind: 'product', id: productId, prices: [], weekEnds: [] };
    const h = await histories(ex, sql`o.product_id = ${productId}::uuid`, now);
    const first = new Date(Math.min(...offers.map((o) => firstOf(o, now).getTime())));
    const ends = weekGrid(first, now);
    const columns = offers.map((o) => offerWeekly(h.get(o.id) ?? [], Number(o.price_minor), ends));
    const prices: number[] = [];
    const weekEnds: Date[] = [];
    ends.forEach((end, k) => {
      const known = columns.map((c) => c[k]).filter((p): p is number => p !== null && p !== undefined);
      if (known.length > 0) {
        prices.push(median(known));
        weekEnds.push(new Date(end));
      }
    });
    return { kind: 'product', id: productId, prices, weekEnds };
  },

  /** Every shown offer's weekly series (the forecast evaluation). */
  async allOffers(ex: Executor, now: Date): Promise<WeeklyPriceSeries[]> {
    const offers = await shownOffers(ex, sql`true`);
    const h = await histories(ex, sql`true`, now);
    return offers.map((o) => seriesOfOffer(o, h.get(o.id) ?? [], now));
  },
};
