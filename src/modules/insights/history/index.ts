/**
 * The history generator (docs/insights.md, History): a deterministic year of construction-project
 * orders from generated customers, with weekly price histories, written set-based, then the
 * insights read model rebuilt from it. `npm run seed -- --history` runs 'full'; the demo seed 'demo'.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { queryRows, type Db } from '../../../shared/db/database.js';
import { ARGON2_PARAMS } from '../../users/index.js';
import { rebuildInsights } from '../ingest/index.js';
import { HISTORY_EMAIL_DOMAIN, makeCustomers, type HistoryCustomer } from './customers.js';
import { writeDerived } from './derived.js';
import { DAY_MS } from './market.js';
import { planHistory, type PlanCustomer } from './plan.js';
import { planPrices, writePrices } from './prices.js';
import { readSnapshot } from './snapshot.js';
import { writeCustomers, writeOrders, type Buyer, type CustomerRow } from './write.js';

export type HistorySize = 'demo' | 'full';

export interface HistoryOptions {
  size: HistorySize;
  /** The database to write to (the app's own). */
  db: Db;
  /** The history covers the 365 days before this instant; default: now. */
  now?: Date;
  /** Another seed gives another, equally deterministic, history. */
  seed?: number;
}

export interface HistoryCounts {
  customers: number;
  orders: number;
  lines: number;
  pricePoints: number;
}

export const HISTORY_CUSTOMERS: Record<HistorySize, number> = { demo: 150, full: 4000 };

/** Serialises two processes seeding the same empty database. */
const LOCK_KEY = 7_310_442_012;

/** The demo accounts get projects of their own, so their «for me» has something to go on. */
const DEMO_PROJECTS: Record<string, Pick<PlanCustomer, 'company' | 'region' | 'site' | 'fixed'>> = {
  'ivan.petrov@tutuu.demo': {
    company: false,
    region: 'moscow',
    site: { address: 'Московская обл., г. Истра, СНТ «Берёзка», участок 12', lat: 55.9212, lon: 36.8705 },
    fixed: [{ kind: 'house', area: 140, stages: { foundation: 75, walls: 40 } }],
  },
  'zakupki@remstroy.demo': {
    company: true,
    region: 'spb',
    site: { address: 'Санкт-Петербург, пр. Энгельса, 27', lat: 60.0151, lon: 30.3247 },
    fixed: [
      { kind: 'renovation', area: 220, stages: { finishing: 210 } },
      { kind: 'house', area: 320, stages: { foundation: 150, walls: 118, roof: 85, finishing: 25 } },
    ],
  },
};

/**
 * Generates and writes the history; null when the database already has it (a second start) or has
 * no catalog to buy from. `app` is the built application (its modules are ready).
 */
export async function seedHistory(app: FastifyInstance, opts: HistoryOptions): Promise<HistoryCounts | null> {
  await app.ready();
  const now = opts.now ?? new Date();
  const seed = opts.seed ?? 0;
  const counts = await opts.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY}::bigint)`);
    // The demo history is the full one's first customers: 'full' after 'demo' adds the rest.
    const [row] = await queryRows<{ n: string | number }>(
      tx,
      sql`select count(*) as n from users.users where email like ${`%@${HISTORY_EMAIL_DOMAIN}`}`,
    );
    const existing = Number(row?.n ?? 0);
    if (existing >= HISTORY_CUSTOMERS[opts.size]) return null;
    const snap = await readSnapshot(tx);
    if (![...snap.sellers.values()].some((s) => s.region) || snap.products.length === 0) return null;

    const generated = makeCustomers(HISTORY_CUSTOMERS[opts.size], seed)
      .slice(existing)
      .map((c) => ({ ...c, id: randomUUID() }));
    const demo = await queryRows<{ id: string; email: string; name: string; phone: string | null } & Company>(
      tx,
      sql`select id, email, name, phone, company_name, company_inn, company_kpp, company_address from users.users
          where ${existing} = 0 and role = 'customer' and email in (${sql.join(
            Object.keys(DEMO_PROJECTS).map((e) => sql`${e}`),
            sql`, `,
          )}) order by email`,
    );
    const customers: PlanCustomer[] = [
      ...generated.map((c) => ({
        key: String(c.n),
        id: c.id,
        company: c.kind === 'company',
        region: c.region,
        site: c.site,
      })),
      ...demo.map((d) => ({ key: d.email, id: d.id, ...DEMO_PROJECTS[d.email]! })),
    ];
    const prices = planPrices(snap, now);
    const orders = planHistory({ snapshot: snap, customers, prices, now, seed });
    // The demo writes the year of prices of what its orders sold (fewer rows, a faster first start); full, of all.
    const sold = new Set(orders.flatMap((o) => o.subs.flatMap((s) => s.lines.map((l) => l.offer.id))));
    const written = opts.size === 'full' ? prices : new Map([...prices].filter(([id]) => sold.has(id)));
    const pricePoints = await writePrices(tx, written, snap);
    const firstOrder = new Map<string, number>();
    for (const o of orders) if (!firstOrder.has(o.customerId)) firstOrder.set(o.customerId, o.placedAt.getTime());
    const hash = await argon2.hash(randomBytes(32).toString('hex'), ARGON2_PARAMS);
    await writeCustomers(
      tx,
      generated.map((c) => customerRow(c, (firstOrder.get(c.id) ?? now.getTime()) - 2 * DAY_MS)),
      hash,
    );
    const buyers = new Map<string, Buyer>([
      ...generated.map((c) => [c.id, buyerOf(c.name, c.phone, c.company)] as const),
      ...demo.map((d) => [d.id, buyerOf(d.name, d.phone, d.company_name ? companyOf(d) : null)] as const),
    ]);
    const orderIds = await writeOrders(tx, orders, buyers);
    await writeDerived(tx, orderIds);
    const lines = orders.reduce((n, o) => n + o.subs.reduce((m, s) => m + s.lines.length, 0), 0);
    return { customers: generated.length, orders: orders.length, lines, pricePoints };
  });
  if (counts) await rebuildInsights(opts.db);
  return counts;
}

interface Company {
  company_name: string | null;
  company_inn: string | null;
  company_kpp: string | null;
  company_address: string | null;
}

function companyOf(d: Company) {
  return {
    name: d.company_name!,
    inn: d.company_inn ?? '',
    kpp: d.company_kpp ?? '',
    address: d.company_address ?? '',
  };
}

function buyerOf(name: string, phone: string | null, company: HistoryCustomer['company']): Buyer {
  const contact = { name, phone };
  if (company) return { name: company.name, inn: company.inn, kpp: company.kpp, address: company.address, contact };
  return { name, inn: null, kpp: null, address: null, contact };
}

function customerRow(c: HistoryCustomer & { id: string }, createdAt: number): CustomerRow {
  return {
    id: c.id,
    email: c.email,
    name: c.name,
    phone: c.phone,
    company_name: c.company?.name ?? null,
    company_inn: c.company?.inn ?? null,
    company_kpp: c.company?.kpp ?? null,
    company_address: c.company?.address ?? null,
    created_at: new Date(createdAt).toISOString(),
  };
}
