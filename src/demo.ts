import type { FastifyInstance } from 'fastify';
import type { Db } from './shared/db/database.js';
import { seedHistory } from './modules/insights/index.js';

/**
 * Demo data on an empty database: accounts, the catalog of the demo sellers, a few orders of the
 * first demo customer, and logistics on its ready delivery parts; a summary, or null if users existed.
 */
export async function seedDemo(app: FastifyInstance, db?: Db): Promise<string | null> {
  const users = await app.modules.users.seedDemo();
  if (!users) return null;
  const c = await app.modules.catalog.seedDemo(users.sellers);
  const customer = users.customers[0];
  const orders = customer ? await app.modules.orders.seedDemo(customer.id) : 0;
  // The relay posts the ready parts' delivery jobs; the demo carriers bid on them and one drives.
  await app.events.runOnce();
  const l = customer ? await app.modules.logistics.seedDemo(users.carriers, customer.id) : null;
  await app.events.runOnce();
  const logistics = l
    ? `, ${l.vehicles} vehicles, ${l.bids} bids${l.delivering ? ', a delivery on the road' : ''}`
    : '';
  // A year of construction-project orders and weekly prices (docs/insights.md, History), small
  // enough for a fast first start; callers without the database (tests) skip it.
  const h = db ? await seedHistory(app, { size: 'demo', db }) : null;
  const history = h ? `; history: ${h.customers} customers, ${h.orders} orders, ${h.pricePoints} price points` : '';
  return `${c.products} products in ${c.categories} categories, ${c.offers} offers, ${c.warehouses} warehouses, ${orders} orders${logistics}${history}`;
}
