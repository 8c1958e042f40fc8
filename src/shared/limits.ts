import { sql, type SQL } from 'drizzle-orm';

/**
 * The largest values the marketplace takes, one place for the schemas, the services and the
 * database checks (docs/domain.md, Limits). Each is far beyond a real construction order, and
 * together they keep every amount a safe integer: a line is at most MAX_LINE_TOTAL_MINOR, a
 * cart at most MAX_CART_LINES lines, so a cart's goods stay under 2·10^15 kopecks < 2^53.
 */

/** Units on one order line, and an offer's minimum or step (ten million bricks, kg or m³). */
export const MAX_LINE_QUANTITY = 10_000_000;
/** Units on hand of one offer in one warehouse. */
export const MAX_STOCK_QUANTITY = 1_000_000_000;
/** Price of one unit: 100 million roubles, in kopecks. */
export const MAX_PRICE_MINOR = 10_000_000_000;
/** One line (price × quantity): 100 billion roubles, in kopecks. */
export const MAX_LINE_TOTAL_MINOR = 10_000_000_000_000;
/** Lines in one cart. */
export const MAX_CART_LINES = 200;
/** Weight of one unit of a product, kg (a 100-tonne precast element). */
export const MAX_UNIT_WEIGHT_KG = 100_000;
/** Volume of one unit of a product, m³. */
export const MAX_UNIT_VOLUME_M3 = 1_000;
/** Weight of one order line, kg (100 000 t); 200 such lines still fit a sub-order's numeric(14,3). */
export const MAX_LINE_WEIGHT_KG = 100_000_000;
/** Volume of one order line, m³; 200 such lines still fit a sub-order's numeric(14,6). */
export const MAX_LINE_VOLUME_M3 = 100_000;
/** One delivery's guide price (100 million roubles): beyond it the load is a freight contract, not a delivery. */
export const MAX_DELIVERY_MINOR = 10_000_000_000;

/** A warehouse's delivery radius, km (Kaliningrad to Vladivostok is under 8 000). */
export const MAX_DELIVERY_RADIUS_KM = 10_000;
/** A warehouse's lead time before a delivery window may start, hours (90 days). */
export const MAX_LEAD_TIME_HOURS = 2_160;

/** The largest amount JavaScript holds exactly (2^53 − 1): every total stays below it. */
export const MAX_SAFE_MINOR = Number.MAX_SAFE_INTEGER;

/** A limit as a literal in a database check (the checks repeat these rules in the schema). */
export const sqlNumber = (n: number): SQL => sql.raw(String(n));
