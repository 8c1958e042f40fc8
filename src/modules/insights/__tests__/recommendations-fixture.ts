/** Hand-made sold lines for the recommendations' tests: orders written straight into the read model. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { TestContext } from '../../../../test/context.js';
import { queryRows, type Executor } from '../../../shared/db/database.js';
import { authPlugin } from '../../../shared/http/auth.js';
import { registerProblemHandlers } from '../../../shared/http/problem.js';
import { guardedValidatorCompiler } from '../../../shared/http/validation.js';
import { recommendationRoutes } from '../recommendations/recommendations.routes.js';

export interface HandOrder {
  customerId: string;
  region?: string;
  at: string;
  /** product id → quantity (a product listed twice in `extra` makes two lines of it). */
  lines: Record<string, string>;
  extra?: { productId: string; quantity: string }[];
  categoryOf?: (productId: string) => string;
}

/** Writes one order's lines into sold_lines; returns its id. */
export async function insertSoldOrder(ex: Executor, order: HandOrder): Promise<string> {
  const orderId = randomUUID();
  const all = [
    ...Object.entries(order.lines).map(([productId, quantity]) => ({ productId, quantity })),
    ...(order.extra ?? []),
  ];
  for (const { productId, quantity } of all) {
    const path = order.categoryOf?.(productId) ?? '/test/';
    await ex.execute(sql`
      insert into insights.sold_lines (line_id, order_id, customer_id, placed_at, day, region, product_id,
                                       category_id, category_path, seller_id, quantity, revenue_minor)
      values (${randomUUID()}, ${orderId}, ${order.customerId}, ${order.at}, ${order.at.slice(0, 10)},
              ${order.region ?? 'moscow'}, ${productId}, ${randomUUID()}, ${path}, ${randomUUID()},
              ${quantity}, 1000)`);
  }
  return orderId;
}

/** Every row of the recommendations' tables in a fixed order, to compare two ways of filling them. */
export async function recommendationTables(
  ex: Executor,
): Promise<{ popularity: unknown[]; pairs: unknown[]; baskets: unknown[]; customers: unknown[] }> {
  return {
    popularity: await queryRows(
      ex,
      sql`select product_id, region, category_path, orders, units::text, last_at
          from insights.product_popularity order by product_id, region`,
    ),
    pairs: await queryRows(
      ex,
      sql`select product_id, other_id, orders from insights.pair_counts order by product_id, other_id`,
    ),
    baskets: await queryRows(
      ex,
      sql`select region, orders from insights.basket_totals where orders > 0 order by region`,
    ),
    customers: await queryRows(
      ex,
      sql`select customer_id, product_id, orders, units::text, last_at, region
          from insights.customer_products order by customer_id, product_id`,
    ),
  };
}

/**
 * The recommendation routes on an app of their own beside the test context's (same database,
 * same users); returns `inject` with a token.
 */
export async function recommendationApi(ctx: TestContext) {
  const api = Fastify({ logger: false });
  api.setValidatorCompiler(guardedValidatorCompiler);
  api.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(api);
  await api.register(authPlugin, { verify: ctx.app.modules.users.verifyAccessToken });
  await api.register(recommendationRoutes, {
    prefix: '/api/v1/insights',
    db: ctx.database.db,
    clock: ctx.clock,
    catalog: ctx.app.modules.catalog,
    orders: ctx.app.modules.orders,
    events: ctx.app.events,
  });
  await api.ready();
  return {
    get: (url: string, token?: string) =>
      api.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    close: () => api.close(),
  };
}
