import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, jsonb, pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../shared/db/columns.js';

export const usersSchema = pgSchema('users');

export const userRole = usersSchema.enum('user_role', ['customer', 'seller', 'carrier', 'admin']);
export const userStatus = usersSchema.enum('user_status', ['pending', 'active', 'approved', 'suspended']);

export const users = usersSchema.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    role: userRole('role').notNull(),
    status: userStatus('status').notNull(),
    /** What reinstating a suspended account returns it to. */
    statusBeforeSuspension: userStatus('status_before_suspension'),
    companyName: text('company_name'),
    companyInn: text('company_inn'),
    companyKpp: text('company_kpp'),
    companyAddress: text('company_address'),
    /** Where a seller or carrier is paid (docs/domain.md, Actors and accounts): all four or none. */
    bankName: text('bank_name'),
    bankBik: text('bank_bik'),
    bankCorrAccount: text('bank_corr_account'),
    bankAccount: text('bank_account'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_created_idx').on(t.createdAt, t.id),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_inn_digits', sql`${t.companyInn} is null or ${t.companyInn} ~ '^([0-9]{10}|[0-9]{12})$'`),
    // Sellers and carriers trade as companies: the database refuses one without an ИНН.
    check(
      'users_company_required',
      sql`${t.role} in ('customer', 'admin') or (${t.companyName} is not null and ${t.companyInn} is not null)`,
    ),
    check(
      'users_status_by_role',
      sql`(${t.role} in ('seller', 'carrier') and ${t.status} in ('pending', 'approved', 'suspended'))
        or (${t.role} in ('customer', 'admin') and ${t.status} in ('active', 'suspended'))`,
    ),
    check(
      'users_bank_complete',
      sql`(${t.bankName} is null and ${t.bankBik} is null and ${t.bankCorrAccount} is null and ${t.bankAccount} is null)
        or (${t.bankName} is not null and ${t.bankBik} ~ '^[0-9]{9}$' and ${t.bankCorrAccount} ~ '^[0-9]{20}$'
            and ${t.bankAccount} ~ '^[0-9]{20}$')`,
    ),
  ],
);

/**
 * A seller's or carrier's tax regime changes, kept for ever: the regime in force at a moment is
 * the latest change that began by then (later `seq` wins a tie); none at all means `vat_payer`.
 */
export const taxRegimeChanges = usersSchema.table(
  'tax_regime_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regime: text('regime').notNull(),
    /** The date asked for (Moscow). */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** The instant it applies from: the start of that date in Moscow, or the moment it was recorded if later. */
    appliesFrom: ts('applies_from').notNull(),
    actorId: uuid('actor_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('tax_regime_changes_user_idx').on(t.userId, t.appliesFrom, t.seq),
    check('tax_regime_changes_regime', sql`${t.regime} in ('vat_payer', 'usn', 'usn_vat_5', 'usn_vat_7')`),
  ],
);

/** One login = one session (a refresh-token family), bound to a device. */
export const sessions = usersSchema.table(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    deviceId: text('device_id').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    revokedReason: text('revoked_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId, t.revokedAt), index('sessions_device_idx').on(t.userId, t.deviceId)],
);

/** Refresh tokens are stored as SHA-256 hashes; a used one presented again means theft. */
export const refreshTokens = usersSchema.table(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    usedAt: ts('used_at'),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

export const auditLog = usersSchema.table(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: "newest first" must hold even for entries made in the same millisecond. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('audit_user_seq_idx').on(t.userId, t.seq)],
);

/** Failed-login counters shared by every replica (keys: `account:<email>`, `ip:<address>`). */
export const loginFailures = usersSchema.table(
  'login_failures',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    windowStartedAt: ts('window_started_at').notNull(),
  },
  (t) => [check('login_failures_positive', sql`${t.failures} > 0`)],
);
