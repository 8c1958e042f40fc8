import type { AuthService, RegisterInput } from './auth.service.js';
import type { Db } from '../../shared/db/database.js';
import { usersRepository as repo, type UserRow } from './users.repository.js';
import { normalizeEmail } from './auth.service.js';
import type { AdminUsersService } from './admin.service.js';
import type { BankRequisites, SellerTermsService } from './seller-terms.service.js';
import type { TaxRegime } from '../../shared/tax-regimes.js';

/** Shared by every demo account; printed at start in development, never used in production. */
export const DEMO_PASSWORD = 'tutuu-demo-2026';

export const DEMO_ACCOUNTS: readonly RegisterInput[] = [
  { email: 'admin@tutuu.demo', password: DEMO_PASSWORD, name: 'Администратор TUTUU', role: 'admin' },
  {
    email: 'ivan.petrov@tutuu.demo',
    password: DEMO_PASSWORD,
    name: 'Иван Петров',
    phone: '+7 916 123-45-67',
    role: 'customer',
  },
  {
    email: 'zakupki@remstroy.demo',
    password: DEMO_PASSWORD,
    name: 'Ольга Смирнова',
    phone: '+7 812 555-01-02',
    role: 'customer',
    company: {
      name: 'ООО «РемСтрой»',
      inn: '7804157290',
      kpp: '780401001',
      address: 'Санкт-Петербург, пр. Энгельса, 27',
    },
  },
  {
    email: 'sales@strojbaza.demo',
    password: DEMO_PASSWORD,
    name: 'Алексей Кузнецов',
    phone: '+7 495 600-10-20',
    role: 'seller',
    company: { name: 'ООО «СтройБаза»', inn: '7728415300', kpp: '772801001', address: 'Москва, Профсоюзная ул., 56' },
  },
  {
    email: 'opt@kirpichdvor.demo',
    password: DEMO_PASSWORD,
    name: 'Мария Волкова',
    phone: '+7 812 700-30-40',
    role: 'seller',
    company: {
      name: 'ООО «Кирпичный Двор»',
      inn: '7812640575',
      kpp: '781201001',
      address: 'Санкт-Петербург, Софийская ул., 14',
    },
  },
  {
    email: 'dispatch@gruzexpress.demo',
    password: DEMO_PASSWORD,
    name: 'Дмитрий Орлов',
    phone: '+7 495 800-50-60',
    role: 'carrier',
    company: {
      name: 'ООО «ГрузЭкспресс»',
      inn: '5003421180',
      kpp: '500301001',
      address: 'Московская обл., Видное, Проектируемый пр., 4',
    },
  },
  {
    email: 'sokolov@tutuu.demo',
    password: DEMO_PASSWORD,
    name: 'Андрей Соколов',
    phone: '+7 921 900-70-80',
    role: 'carrier',
    company: { name: 'ИП Соколов Андрей Викторович', inn: '470512345660', address: 'Ленинградская обл., Всеволожск' },
  },
];

/**
 * The demo sellers' bank requisites (real banks; the р/с made up, its control digit worked out for
 * the БИК) and tax regimes: one VAT payer, one on УСН at 5 %, so the demo shows both kinds of invoice.
 */
export const DEMO_TERMS: Readonly<Record<string, { bank: BankRequisites; taxRegime?: TaxRegime }>> = {
  'sales@strojbaza.demo': {
    bank: {
      bankName: 'ПАО Сбербанк',
      bik: '044525225',
      corrAccount: '30101810400000000225',
      account: '40702810938000012345',
    },
  },
  'opt@kirpichdvor.demo': {
    bank: {
      bankName: 'Северо-Западный банк ПАО Сбербанк',
      bik: '044030653',
      corrAccount: '30101810500000000653',
      account: '40702810755000012345',
    },
    taxRegime: 'usn_vat_5',
  },
};

/**
 * Makes the demo accounts, sellers and carriers approved by the demo admin (so every other module
 * hears of it as of any approval). Returns the sellers, or null when the database has users.
 */
export async function seedDemoUsers(
  db: Db,
  auth: AuthService,
  admin: AdminUsersService,
  terms: SellerTermsService,
): Promise<DemoUsers | null> {
  if (await repo.anyUser(db)) return null;
  const created: UserRow[] = [];
  for (const account of DEMO_ACCOUNTS) created.push(await auth.createAccount(account, null));
  const demoAdmin = created.find((u) => u.role === 'admin')!;
  const actor = { userId: demoAdmin.id, role: 'admin' as const, sessionId: 'seed', status: 'active' };
  for (const user of created.filter((u) => u.status === 'pending')) await admin.approve(actor, user.id, 'demo data');
  for (const user of created) {
    const demo = DEMO_TERMS[user.email];
    if (!demo) continue;
    await terms.setRequisites(actor, user.id, demo.bank);
    if (demo.taxRegime) await terms.addRegime(actor, user.id, { taxRegime: demo.taxRegime });
  }
  const of = (role: string) =>
    created.filter((u) => u.role === role).map((u) => ({ id: u.id, name: u.companyName ?? u.name }));
  return { sellers: of('seller'), customers: of('customer'), carriers: of('carrier') };
}

export interface DemoUsers {
  sellers: { id: string; name: string }[];
  customers: { id: string; name: string }[];
  carriers: { id: string; name: string }[];
}

/** Makes an admin account (CLI `create-admin`, or ADMIN_EMAIL/ADMIN_PASSWORD at start). */
export async function ensureAdmin(
  db: Db,
  auth: AuthService,
  email: string,
  password: string,
  name = 'Administrator',
): Promise<{ created: boolean; role: string }> {
  const existing = await repo.findByEmail(db, normalizeEmail(email));
  if (existing) return { created: false, role: existing.role };
  await auth.createAccount({ email, password, name, role: 'admin' }, null);
  return { created: true, role: 'admin' };
}
