/**
 * Market trends (docs/insights.md, Market trends): demand and a chained price index per period for
 * a category subtree and a region, the change against the previous period, top movers, and for a
 * seller its own figures beside the market's.
 */
import type { Executor } from '../../../shared/db/database.js';
import { DomainError, ValidationError } from '../../../shared/errors.js';
import { moscowDate } from '../../../shared/moscow-time.js';
import { trendsLookupApi } from './catalog-reads.js';
import { regionName, type RegionCode } from '../regions.js';
import { moverReason, topMovers, type Mover, type MoverSales } from './movers.js';
import {
  addDays,
  DEFAULT_PERIODS,
  MAX_PERIODS,
  periodCount,
  periodEnd,
  periodStart,
  periodStarts,
  shiftPeriod,
  type PeriodKind,
} from './periods.js';
import { chainLinks, changePct } from './price-index.js';
import {
  moverSales,
  orderPeriods,
  periodTotals,
  priceVsMarket,
  type PeriodRow,
  type Scope,
} from './trends.repository.js';
import type { TrendsQuery, TrendsView } from './trends.schemas.js';
import { sellerPrices } from './seller-prices.js';

export class TrendsCategoryNotFoundError extends DomainError {
  constructor(slug: string) {
    super('not_found', 'INSIGHTS.CATEGORY_NOT_FOUND', `category «${slug}» not found`, {
      errors: [{ path: 'category', message: 'no category has this slug', location: 'querystring' }],
    });
  }
}

interface Totals {
  orders: number;
  units: number;
  revenue: number;
}

/** The periods the query names, or a 400 naming the field at fault. */
export function rangeOf(q: Pick<TrendsQuery, 'from' | 'to' | 'period'>, today: string): string[] {
  const kind = q.period;
  const to = q.to ?? today;
  const from = q.from ?? shiftPeriod(periodStart(to, kind), kind, -(DEFAULT_PERIODS - 1));
  if (from > to) throw new ValidationError([{ path: 'from', message: `must not be after to (${to})` }]);
  const count = periodCount(from, to, kind);
  if (count > MAX_PERIODS[kind]) {
    throw new ValidationError([
      { path: 'from', message: `at most ${MAX_PERIODS[kind]} ${kind}s from from to to (asked ${count})` },
    ]);
  }
  return periodStarts(from, to, kind);
}

const emptyTotals = (): Totals => ({ orders: 0, units: 0, revenue: 0 });
/** A decimal sum as a string without trailing zeros (`6.500` → `6.5`). */
const decimal = (n: number) => String(Math.round(n * 1000) / 1000);

export async function marketTrends(
  ex: Executor,
  q: TrendsQuery,
  opts: { now: Date; sellerId: string | null },
): Promise<TrendsView> {
  const today = moscowDate(opts.now);
  const kind: PeriodKind = q.period;
  const starts = rangeOf(q, today);
  const category = q.category
    ? await trendsLookupApi.category(ex, q.category)
    : { slug: null, name: 'Все категории', path: '/' };
  if (!category) throw new TrendsCategoryNotFoundError(q.category!);

  // One period before the first, so the first period has a change and a price link too.
  const prior = shiftPeriod(starts[0]!, kind, -1);
  const all = [prior, ...starts];
  const scope: Scope = {
    path: category.path,
    region: q.region,
    kind,
    firstDay: prior,
    endDay: shiftPeriod(starts.at(-1)!, kind, 1),
    sellerId: opts.sellerId,
  };
  const [rows, orders] = await Promise.all([periodTotals(ex, scope), orderPeriods(ex, scope)]);

  const at = new Map(all.map((p, i) => [p, i]));
  const market = all.map(emptyTotals);
  const mine = all.map(emptyTotals);
  const links = all.map(() => ({ logSum: 0, matched: 0 }));
  for (const r of rows) addRow(r, at.get(r.start), market, mine, links);
  for (const o of orders) {
    const i = at.get(o.start);
    if (i === undefined) continue;
    market[i]!.orders = o.market;
    mine[i]!.orders = o.mine;
  }

  const index = chainLinks(links);
  // Rebased so the first shown period is 100 (the prior one only gives it a link).
  const base = index[1]!.index;
  const changes = (t: Totals[], i: number) => ({
    orders: changePct(t[i]!.orders, t[i - 1]!.orders),
    units: changePct(t[i]!.units, t[i - 1]!.units),
    revenue: changePct(t[i]!.revenue, t[i - 1]!.revenue),
  });
  const shown = starts.map((start, k) => ({ start, i: k + 1, end: periodEnd(start, kind) }));
  const periods = shown.map(({ start, end, i }) => ({
    start,
    end,
    complete: end < today,
    orders: market[i]!.orders,
    units: decimal(market[i]!.units),
    revenueMinor: market[i]!.revenue,
    priceIndex: round2((index[i]!.index / base) * 100),
    priceIndexProducts: index[i]!.matched,
    change: {
      ...changes(market, i),
      // No product sold in both periods: no link, so no price change to tell.
      priceIndex: index[i]!.link === null ? null : changePct(index[i]!.index, index[i - 1]!.index),
    },
  }));

  const movers = await moversOf(ex, scope, shown, today);
  const region =
    q.region === 'all'
      ? { code: 'all', name: 'Все регионы' }
      : { code: q.region, name: regionName(q.region as RegionCode) };
  const view: TrendsView = {
    category: { slug: category.slug, name: category.name, path: category.path },
    region,
    period: kind,
    change: kind === 'week' ? 'wow' : 'mom',
    from: starts[0]!,
    to: periodEnd(starts.at(-1)!, kind),
    today,
    priceIndex: { method: 'chained_jevons', base: 100, basePeriod: starts[0]! },
    periods,
    movers,
    mine: null,
  };
  if (!opts.sellerId) return view;

  const revenueShown = (t: Totals[]) => shown.reduce((sum, { i }) => sum + t[i]!.revenue, 0);
  const prices = await sellerPrices(ex, await priceVsMarket(ex, { ...scope, firstDay: starts[0]! }, opts.sellerId));
  view.mine = {
    sellerId: opts.sellerId,
    revenueSharePct: share(revenueShown(mine), revenueShown(market)),
    periods: shown.map(({ start, end, i }) => ({
      start,
      end,
      orders: mine[i]!.orders,
      units: decimal(mine[i]!.units),
      revenueMinor: mine[i]!.revenue,
      revenueSharePct: share(mine[i]!.revenue, market[i]!.revenue),
      change: changes(mine, i),
    })),
    prices,
  };
  return view;
}

function addRow(
  r: PeriodRow,
  i: number | undefined,
  market: Totals[],
  mine: Totals[],
  links: { logSum: number; matched: number }[],
): void {
  if (i === undefined) return;
  market[i] = { orders: 0, units: Number(r.units), revenue: Number(r.revenue) };
  mine[i] = { orders: 0, units: Number(r.mine_units), revenue: Number(r.mine_revenue) };
  links[i] = { logSum: Number(r.log_sum), matched: r.matched };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** Movers between the last two complete periods shown (none when fewer than two are complete). */
async function moversOf(
  ex: Executor,
  scope: Scope,
  shown: { start: string; end: string; i: number }[],
  today: string,
): Promise<TrendsView['movers']> {
  const complete = shown.filter((p) => p.end < today);
  if (complete.length < 2) return { before: null, after: null, up: [], down: [] };
  const [before, after] = complete.slice(-2) as [(typeof shown)[number], (typeof shown)[number]];
  const rows = await moverSales(ex, scope, before.start, after.start, addDays(after.end, 1));
  const sales: MoverSales[] = rows.map((r) => ({
    productId: r.product_id,
    unitsBefore: Number(r.units_before),
    unitsAfter: Number(r.units_after),
    ordersBefore: r.orders_before,
    ordersAfter: r.orders_after,
    revenueBefore: Number(r.revenue_before),
    revenueAfter: Number(r.revenue_after),
  }));
  const { up, down } = topMovers(sales);
  const products = await trendsLookupApi.products(
    ex,
    [...up, ...down].map((m) => m.productId),
  );
  const view = (m: Mover) => {
    const p = products.get(m.productId) ?? { id: m.productId, name: '', sku: null, unit: '' };
    return {
      product: p,
      unitsBefore: decimal(m.unitsBefore),
      unitsAfter: decimal(m.unitsAfter),
      unitsChangePct: m.unitsChangePct,
      ordersBefore: m.ordersBefore,
      ordersAfter: m.ordersAfter,
      unitPriceBeforeMinor: m.unitPriceBeforeMinor,
      unitPriceAfterMinor: m.unitPriceAfterMinor,
      priceChangePct: m.priceChangePct,
      reason: moverReason(m, p.unit),
    };
  };
  const span = (p: { start: string; end: string }) => ({ start: p.start, end: p.end });
  return { before: span(before), after: span(after), up: up.map(view), down: down.map(view) };
}
