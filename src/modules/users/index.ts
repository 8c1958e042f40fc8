/**
 * The users service's public face. Other modules use `UsersApi` (and the shared role guard
 * and ownership helper); nothing else in this folder is theirs to import.
 */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../shared/clock.js';
import type { Db, Executor } from '../../shared/db/database.js';
import type { AccessTokenVerifier } from '../../shared/http/auth.js';
import { AccountService } from './account.service.js';
import { adminRoutes } from './admin.routes.js';
import { AdminUsersService } from './admin.service.js';
import { authRoutes } from './auth.routes.js';
import { PasswordAttempts } from './password-attempts.js';
import { AuthService, type AuthPolicy } from './auth.service.js';
import { meRoutes } from './me.routes.js';
import { sellerTermsRoutes } from './seller-terms.routes.js';
import { SellerTermsService, type SellerTerms } from './seller-terms.service.js';
import { TokenSigner } from './tokens.js';
import type { AccountChangedHook } from './account-changes.js';
import { usersRepository } from './users.repository.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureAdmin, seedDemoUsers, type DemoUsers } from './users.seed.js';
import { toUserView, type UserView } from './users.views.js';

export type { UserView } from './users.views.js';
export type { AccountChange, AccountChangedHook } from './account-changes.js';
export type { BankRequisites, SellerTerms } from './seller-terms.service.js';
export type { TaxRegime } from '../../shared/tax-regimes.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoUsers } from './users.seed.js';
export { ARGON2_PARAMS } from './passwords.js';

export interface UsersModuleDeps {
  db: Db;
  clock: Clock;
  jwtSecret: string;
  policy: AuthPolicy;
  authRateLimit: { max: number; timeWindow: number };
  /** Other modules' reactions to account changes, run in the same transaction. */
  onAccountChanged?: AccountChangedHook;
}

/** What other modules may ask of the users service. */
export interface UsersApi {
  /** `ex`: the caller's transaction, when it must read inside it (PGlite has one connection). */
  getUser(id: string, ex?: Executor): Promise<UserView | null>;
  /**
   * A seller's (or carrier's) name, requisites, bank and the tax regime in force at `at`; null
   * for an unknown id or an account that is not a seller or carrier. Orders freeze it at checkout.
   */
  sellerTerms(sellerId: string, at: Date, ex?: Executor): Promise<SellerTerms | null>;
}

export interface UsersModule {
  api: UsersApi;
  verifyAccessToken: AccessTokenVerifier;
  routes: (app: FastifyInstance) => Promise<void>;
  /** Demo accounts into an empty database; the approved demo sellers, or null if users exist. */
  seedDemo(): Promise<DemoUsers | null>;
  ensureAdmin(email: string, password: string, name?: string): Promise<{ created: boolean; role: string }>;
}

export function createUsersModule(deps: UsersModuleDeps): UsersModule {
  const signer = new TokenSigner(deps.jwtSecret, deps.policy.accessTokenTtlSec);
  // One count of wrong passwords per account and IP, whether typed at login or to change it.
  const attempts = new PasswordAttempts(deps.db, deps.clock, deps.policy);
  const auth = new AuthService(deps.db, deps.clock, signer, deps.policy, attempts, deps.onAccountChanged);
  const account = new AccountService(deps.db, deps.clock, attempts, deps.onAccountChanged);
  const admin = new AdminUsersService(deps.db, deps.clock, deps.onAccountChanged);
  const terms = new SellerTermsService(deps.db, deps.clock, deps.onAccountChanged);
  return {
    api: {
      async getUser(id, ex = deps.db) {
        const row = await usersRepository.findById(ex, id);
        return row ? toUserView(row) : null;
      },
      sellerTerms: (sellerId, at, ex) => terms.termsAt(sellerId, at, ex),
    },
    verifyAccessToken: (token) => auth.verifyAccessToken(token),
    routes: async (app) => {
      await app.register(authRoutes, { auth, rateLimit: deps.authRateLimit });
      await app.register(meRoutes, { account });
      await app.register(adminRoutes, { admin });
      await app.register(sellerTermsRoutes, { terms });
    },
    seedDemo: () => seedDemoUsers(deps.db, auth, admin, terms),
    ensureAdmin: (email, password, name) => ensureAdmin(deps.db, auth, email, password, name),
  };
}

export const demoLogins = () => DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.role, password: DEMO_PASSWORD }));
