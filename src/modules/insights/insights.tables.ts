import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { kopecks, ts } from '../../shared/db/columns.js';

/**
 * The insights service's tables (docs/domain.md, Estimates): a customer's saved estimates, every
 * save of each kept as a version, and read-only share links. No foreign keys to other schemas.
 */
export const insightsSchema = pgSchema('insights');

/** Longest title of an estimate, in characters. */

export const MAX_TITLE_LENGTH = 200;
/** jobs.ts MAX_JOBS, repeated: drizzle-kit loads this file alone, without the templates behind jobs.ts. */
const MAX_JOBS = 50;

/**
 * What an estimate asks for, as the customer gave it (jobs with their inputs, pricing, overrides,
 * free lines): `calculateEstimate` prices it again on every view.
 */
export type SavedRequest = Record<string, unknown>;

/** The price each priced line had at a save, by line key (`j<job>:<material>`, `f<index>`). */
export type SavedPrices = Record<string, { offerId: string; priceMinor: number }>;

/** A saved estimate: its current state is its latest version, repeated here to read without a join. */
export const estimates = insightsSchema.table(
  'estimates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id').notNull(),
    title: text('title').notNull(),
    /** The latest version's number: a save names the one it edits, a stale one is refused. */
    version: integer('version').notNull(),
    request: jsonb('request').$type<SavedRequest>().notNull(),
    prices: jsonb('prices').$type<SavedPrices>().notNull(),
    /** The grand total when last saved (the list shows it without pricing every estimate again). */
    totalMinor: kopecks('total_minor').notNull(),
    jobCount: integer('job_count').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('estimates_customer_idx').on(t.customerId, t.createdAt, t.id),
    check('estimates_title_ck', sql`char_length(${t.title}) between 1 and ${sql.raw(String(MAX_TITLE_LENGTH))}`),
    check('estimates_version_ck', sql`${t.version} >= 1`),
    check('estimates_total_ck', sql`${t.totalMinor} >= 0`),
    check('estimates_jobs_ck', sql`${t.jobCount} between 1 and ${sql.raw(String(MAX_JOBS))}`),
    check('estimates_json_ck', sql`jsonb_typeof(${t.request}) = 'object' and jsonb_typeof(${t.prices}) = 'object'`),
  ],
);

/** Every save of an estimate, as it was saved. */
export const estimateVersions = insightsSchema.table(
  'estimate_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    estimateId: uuid('estimate_id')
      .notNull()
      .references(() => estimates.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    request: jsonb('request').$type<SavedRequest>().notNull(),
    prices: jsonb('prices').$type<SavedPrices>().notNull(),
    goodsMinor: kopecks('goods_minor').notNull(),
    deliveryMinor: kopecks('delivery_minor').notNull(),
    vatMinor: kopecks('vat_minor').notNull(),
    totalMinor: kopecks('total_minor').notNull(),
    jobCount: integer('job_count').notNull(),
    savedAt: ts('saved_at').notNull(),
  },
  (t) => [
    uniqueIndex('estimate_versions_number_uq').on(t.estimateId, t.version),
    check('estimate_versions_version_ck', sql`${t.version} >= 1`),
    check(
      'estimate_versions_title_ck',
      sql`char_length(${t.title}) between 1 and ${sql.raw(String(MAX_TITLE_LENGTH))}`,
    ),
    check(
      'estimate_versions_money_ck',
      sql`${t.goodsMinor} >= 0 and ${t.deliveryMinor} >= 0 and ${t.vatMinor} >= 0 and ${t.totalMinor} >= 0`,
    ),
  ],
);

/** A read-only link to an estimate for anyone holding its token; only the token's sha256 is kept. */
export const estimateShares = insightsSchema.table(
  'estimate_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    estimateId: uuid('estimate_id')
      .notNull()
      .references(() => estimates.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('estimate_shares_token_uq').on(t.tokenHash),
    index('estimate_shares_estimate_idx').on(t.estimateId),
    check('estimate_shares_hash_ck', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
