import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { queryRows } from '../../../shared/db/database.js';
import { isValidInn } from '../../../shared/inn.js';
import { seedHistory, type HistoryCounts } from '../history/index.js';

/** A fixed day, so the market's directions (docs/insights.md, History) fall where the test expects. */
const NOW = new Date('2026-11-27T09:00:00Z');

const popularity = async (ctx: TestContext) => {
  const [r] = await queryRows<{ n: string }>(
    ctx.database.db,
    sql`select sum(popularity)::text as n from catalog.product_listing`,
  );
  return Number(r!.n);
};

async function seeded(): Promise<{ ctx: TestContext; counts: HistoryCounts | null; popularityBefore: number }> {
  const ctx = await createTestContext();
  const users = await ctx.app.modules.users.seedDemo();
  await ctx.app.modules.catalog.seedDemo(users!.sellers);
  const popularityBefore = await popularity(ctx);
  const counts = await seedHistory(ctx.app, { size: 'demo', db: ctx.database.db, now: NOW });
  return { ctx, counts, popularityBefore };
}

/** Figures that must come out the same from the same seed (ids and order numbers may differ). */
async function fingerprint(ctx: TestContext) {
  const [o] = await queryRows<Record<string, string>>(
    ctx.database.db,
    sql`select count(*)::text as orders, sum(total_minor)::text as total, sum(vat_minor)::text as vat,
               min(created_at)::text as first, max(created_at)::text as last
        from orders.orders where request_hash = 'history-generator'`,
  );
  const bySku = await queryRows<{ sku: string; quantity: string; lines: string }>(
    ctx.database.db,
    sql`select l.sku, sum(l.quantity)::text as quantity, count(*)::text as lines
        from orders.order_lines l join orders.orders o on o.id = l.order_id
        where o.request_hash = 'history-generator' group by l.sku order by l.sku`,
  );
  return { ...o, bySku };
}

describe('history generator (demo size)', () => {
  let a: Awaited<ReturnType<typeof seeded>>;

  beforeAll(async () => {
    a = await seeded();
  });
  afterAll(async () => {
    await a.ctx.close();
  });

  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(a.ctx.database.db, q);

  it('writes customers, orders, lines and weekly prices, and projects them into the read model', async () => {
    expect(a.counts).not.toBeNull();
    const c = a.counts!;
    expect(c.customers).toBe(150);
    expect(c.orders).toBeGreaterThan(300);
    expect(c.lines).toBeGreaterThan(c.orders * 2);
    const [db] = await rows<{ orders: number; lines: number; sold: number }>(
      sql`select (select count(*)::int from orders.orders where request_hash = 'history-generator') as orders,
                 (select count(*)::int from orders.order_lines l join orders.orders o on o.id = l.order_id
                   where o.request_hash = 'history-generator') as lines,
                 (select count(*)::int from insights.sold_lines) as sold`,
    );
    expect(db).toEqual({ orders: c.orders, lines: c.lines, sold: c.lines });
  });

  it('is deterministic: another database with the same seed and day gets the same orders', async () => {
    const b = await seeded();
    try {
      expect(b.counts).toEqual(a.counts);
      expect(await fingerprint(b.ctx)).toEqual(await fingerprint(a.ctx));
    } finally {
      await b.ctx.close();
    }
  });

  it('refuses a second run: null, nothing added', async () => {
    const before = await fingerprint(a.ctx);
    expect(await seedHistory(a.ctx.app, { size: 'demo', db: a.ctx.database.db, now: NOW })).toBeNull();
    expect(await fingerprint(a.ctx)).toEqual(before);
  });

  it('orders add up: lines to parts, parts to orders, VAT per line and delivery, paid in full', async () => {
    const bad = await rows<{ number: string; why: string }>(sql`
      with subs as (
        select s.*, (select coalesce(sum(total_minor), 0) from orders.order_lines l where l.sub_order_id = s.id) as lines_total,
               (select coalesce(sum(vat_minor), 0) from orders.order_lines l where l.sub_order_id = s.id) as lines_vat,
               (select count(*) from orders.payments p where p.sub_order_id = s.id) as payments
        from orders.sub_orders s join orders.orders o on o.id = s.order_id where o.request_hash = 'history-generator')
      select number, 'goods' as why from subs where goods_minor <> lines_total
      union all select number, 'vat' from subs
        where vat_minor <> lines_vat + case seller_requisites->>'taxRegime' when 'usn_vat_5' then
          floor((2 * delivery_minor * 5 + 105) / 210.0) when 'vat_payer' then floor((2 * delivery_minor * 22 + 122) / 244.0)
          else -1 end
      union all select number, 'paid' from subs where status <> 'completed' or received_minor <> total_minor or paid_at is null
      union all select o.number, 'order' from orders.orders o
        where o.request_hash = 'history-generator' and (o.status <> 'completed' or o.total_minor <>
          (select sum(total_minor) from orders.sub_orders s where s.order_id = o.id)
          or o.vat_minor <> (select sum(vat_minor) from orders.sub_orders s where s.order_id = o.id))
      union all select o.number, 'card' from orders.orders o
        where o.request_hash = 'history-generator' and o.payment_method = 'card' and o.total_minor <>
          (select coalesce(sum(amount_minor), 0) from orders.payments p where p.order_id = o.id and p.status = 'succeeded')
      union all select number, 'invoice' from subs s
        where exists (select 1 from orders.orders o where o.id = s.order_id and o.payment_method = 'invoice') and payments <> 1
      union all select l.sku, 'line' from orders.order_lines l join orders.orders o on o.id = l.order_id
        where o.request_hash = 'history-generator'
          and (l.total_minor <> round(l.price_minor * l.quantity) or l.vat_minor <> case l.vat_rate
               when '22' then floor((2 * l.total_minor * 22 + 122) / 244.0)
               when '5' then floor((2 * l.total_minor * 5 + 105) / 210.0) else -1 end)`);
    expect(bad).toEqual([]);
  });

  it('every part has its status history, from placed to completed', async () => {
    const bad = await rows<{ number: string }>(sql`
      select s.number from orders.sub_orders s join orders.orders o on o.id = s.order_id
      where o.request_hash = 'history-generator' and (not exists (
        select 1 from orders.status_history h where h.sub_order_id = s.id and h.to_status = 'completed'
          and h.at < ${NOW}) or not exists (
        select 1 from orders.status_history h where h.sub_order_id = s.id and h.to_status = 'pending_payment'))`);
    expect(bad).toEqual([]);
  });

  it('has a building season: June–August sell more than December–February', async () => {
    const [m] = await rows<{ summer: number; winter: number }>(sql`
      select count(*) filter (where extract(month from created_at at time zone 'Europe/Moscow') in (6, 7, 8))::int as summer,
             count(*) filter (where extract(month from created_at at time zone 'Europe/Moscow') in (12, 1, 2))::int as winter
      from orders.orders where request_hash = 'history-generator'`);
    expect(m!.summer).toBeGreaterThan(2 * m!.winter);
    expect(m!.winter).toBeGreaterThan(0);
  });

  it('orders stay within the year before today, lines at the price in force then', async () => {
    const [span] = await rows<{ first: Date; last: Date }>(
      sql`select min(created_at) as first, max(created_at) as last from orders.orders where request_hash = 'history-generator'`,
    );
    expect(new Date(span!.first).getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 365 * 86_400_000);
    expect(new Date(span!.last).getTime()).toBeLessThan(NOW.getTime() - 86_400_000 + 1);
    const off = await rows<{ sku: string }>(sql`
      select l.sku from orders.order_lines l join orders.orders o on o.id = l.order_id
      where o.request_hash = 'history-generator' and l.price_minor <> (
        select h.price_minor from catalog.price_history h where h.offer_id = l.offer_id and h.at <= o.created_at
        order by h.at desc limit 1)`);
    expect(off).toEqual([]);
  });

  it('price histories are weekly for a year and end exactly at the offer price of today', async () => {
    const series = await rows<{ points: number; last_price: string; price: string; last_at: Date; first_at: Date }>(sql`
      select count(*)::int as points, (array_agg(h.price_minor order by h.at desc))[1]::text as last_price,
             o.price_minor::text as price, max(h.at) as last_at, min(h.at) as first_at
      from catalog.price_history h join catalog.offers o on o.id = h.offer_id
      group by o.id having count(*) >= 30`);
    expect(series.length).toBeGreaterThan(100);
    for (const s of series) {
      expect(s.points).toBe(54);
      expect(s.last_price).toBe(s.price);
      expect(new Date(s.last_at).getTime()).toBe(NOW.getTime());
      expect(new Date(s.first_at).getTime()).toBe(NOW.getTime() - 53 * 7 * 86_400_000);
    }
  });

  it('cement rose over the year; rebar fell into March 2026 and recovered', async () => {
    const [r] = await rows<{ cement: number; rebar_march: number; rebar_start: number }>(sql`
      with pts as (
        select c.slug, h.offer_id, h.at, h.price_minor::float8 / o.price_minor as rel
        from catalog.price_history h join catalog.offers o on o.id = h.offer_id
        join catalog.products p on p.id = o.product_id join catalog.categories c on c.id = p.category_id
        where c.slug in ('cement', 'armatura') and h.at < ${NOW})
      select avg(rel) filter (where slug = 'cement' and at < ${new Date('2025-12-10T00:00:00Z')}) as cement,
             avg(rel) filter (where slug = 'armatura' and at between ${new Date('2026-03-01T00:00:00Z')}
                              and ${new Date('2026-03-31T00:00:00Z')}) as rebar_march,
             avg(rel) filter (where slug = 'armatura' and at < ${new Date('2025-12-10T00:00:00Z')}) as rebar_start
      from pts`);
    expect(r!.cement).toBeLessThan(0.95);
    expect(r!.rebar_march).toBeLessThan(0.94);
    expect(r!.rebar_start).toBeGreaterThan(r!.rebar_march + 0.05);
  });

  it('customers: people and companies with valid ИНН, in Москва and Санкт-Петербург, repeat buyers', async () => {
    const users = await rows<{ email: string; company_inn: string | null; orders: number }>(sql`
      select u.email, u.company_inn, (select count(*)::int from orders.orders o where o.customer_id = u.id) as orders
      from users.users u where u.email like '%@history.tutuu.demo' order by u.email`);
    expect(users).toHaveLength(150);
    expect(users[41]!.email).toBe('buyer-00042@history.tutuu.demo');
    const companies = users.filter((u) => u.company_inn);
    expect(companies.length).toBeGreaterThan(10);
    for (const u of companies) expect(isValidInn(u.company_inn!, 'company')).toBe(true);
    expect(users.filter((u) => u.orders >= 4).length).toBeGreaterThan(30);
    const regions = await rows<{ region: string; n: number }>(
      sql`select region, count(distinct order_id)::int as n from insights.sold_lines group by region order by region`,
    );
    expect(regions.map((r) => r.region)).toEqual(['moscow', 'spb']);
  });

  it("search's popularity counts the history's orders, as checkout counts a sale", async () => {
    const [sold] = await rows<{ n: string }>(sql`
      select coalesce(sum(n), 0)::text as n from (
        select count(distinct l.order_id) as n from orders.order_lines l join orders.orders o on o.id = l.order_id
        where o.request_hash = 'history-generator' group by l.product_id) x`);
    expect(Number(sold!.n)).toBeGreaterThan(a.counts!.orders);
    expect(await popularity(a.ctx)).toBe(a.popularityBefore + Number(sold!.n));
  });

  it('a generated customer cannot log in: 401, not 500', async () => {
    const res = await a.ctx.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      payload: { email: 'buyer-00042@history.tutuu.demo', password: 'tutuu-demo-2026' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('the demo customers have projects of their own', async () => {
    const byEmail = await rows<{ email: string; orders: number }>(sql`
      select u.email, count(o.id)::int as orders from users.users u
      left join orders.orders o on o.customer_id = u.id and o.request_hash = 'history-generator'
      where u.email in ('ivan.petrov@tutuu.demo', 'zakupki@remstroy.demo') group by u.email order by u.email`);
    expect(byEmail.find((r) => r.email === 'ivan.petrov@tutuu.demo')!.orders).toBeGreaterThanOrEqual(2);
    expect(byEmail.find((r) => r.email === 'zakupki@remstroy.demo')!.orders).toBeGreaterThanOrEqual(4);
  });
});
