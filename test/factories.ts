import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export const TEST_PASSWORD = 'correct-horse-battery-42';

/** Valid ИНН numbers (check digits verified): companies have 10 digits, individuals 12. */
export const VALID_COMPANY_INNS = ['7707083893', '7728415300', '7812640575', '5003421180', '7804157290'];
export const VALID_PERSON_INNS = ['500100732259', '771234567859', '470512345660'];

/** Bank requisites that key (ПАО Сбербанк; the р/с made up, its control digit worked out for the БИК). */
export const VALID_BANK = {
  bankName: 'ПАО Сбербанк',
  bik: '044525225',
  corrAccount: '30101810400000000225',
  account: '40702810938000012345',
};

export interface Account {
  id: string;
  email: string;
  role: string;
  status: string;
  accessToken: string;
  refreshToken: string;
  password: string;
  /** A seller's tax regime when one was given (`vat_payer` otherwise): fixtures pick offer VAT rates by it. */
  taxRegime?: string;
}

type Request = (opts: InjectOptions & { token?: string }) => Promise<LightMyRequestResponse>;

/** Makes accounts through the real API, so tests exercise production wiring. */
export class Factories {
  constructor(
    private readonly app: FastifyInstance,
    private readonly request: Request,
  ) {}

  email(prefix = 'user'): string {
    return `${prefix}.${randomBytes(5).toString('hex')}@example.test`;
  }

  async register(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Account> {
    const res = await this.request({ method: 'POST', url: '/api/v1/users/auth/register', payload: body, headers });
    if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
    const j = res.json();
    return { ...j.user, accessToken: j.accessToken, refreshToken: j.refreshToken, password: String(body.password) };
  }

  customer(over: Record<string, unknown> = {}): Promise<Account> {
    return this.register({
      email: this.email('customer'),
      password: TEST_PASSWORD,
      name: 'Покупатель',
      role: 'customer',
      ...over,
    });
  }

  /**
   * A seller or carrier; approved by an admin unless `approved: false`. An approved seller gets bank
   * requisites (`VALID_BANK`) unless `bank: false`, and a tax regime when `taxRegime` is given.
   */
  async trader(
    role: 'seller' | 'carrier',
    { approved = true, bank = role === 'seller', taxRegime, ...over }: Record<string, unknown> = {},
  ): Promise<Account> {
    const acc = await this.register({
      email: this.email(role),
      password: TEST_PASSWORD,
      name: role === 'seller' ? 'Продавец' : 'Перевозчик',
      role,
      company: { name: `ООО «${role}»`, inn: VALID_COMPANY_INNS[0] },
      ...over,
    });
    if (!approved) return acc;
    const admin = await this.admin();
    const res = await this.request({
      method: 'POST',
      url: `/api/v1/users/${acc.id}/approve`,
      token: admin.accessToken,
      payload: {},
    });
    if (res.statusCode !== 200) throw new Error(`approve failed: ${res.statusCode} ${res.body}`);
    if (bank) await this.bankRequisites(acc);
    if (!taxRegime) return { ...acc, status: 'approved' };
    await this.taxRegime(acc, taxRegime as Parameters<Factories['taxRegime']>[1]);
    return { ...acc, status: 'approved', taxRegime: taxRegime as string };
  }

  seller(over: Record<string, unknown> = {}) {
    return this.trader('seller', over);
  }

  carrier(over: Record<string, unknown> = {}) {
    return this.trader('carrier', over);
  }

  private adminAccount?: Promise<Account>;
  /** One admin per app, made the way operators make them (create-admin), then logged in. */
  admin(): Promise<Account> {
    this.adminAccount ??= (async () => {
      const email = this.email('admin');
      await this.app.modules.users.ensureAdmin(email, TEST_PASSWORD, 'Админ');
      return this.login(email, TEST_PASSWORD);
    })();
    return this.adminAccount;
  }

  /**
   * Records a tax regime for a seller or carrier (by an admin), from `from` (a Moscow date; by
   * default from now): a seller on УСН must offer at its regime's rate.
   */
  async taxRegime(
    account: Pick<Account, 'id'>,
    taxRegime: 'vat_payer' | 'usn' | 'usn_vat_5' | 'usn_vat_7',
    from?: string,
  ): Promise<void> {
    const admin = await this.admin();
    const res = await this.request({
      method: 'POST',
      url: `/api/v1/users/${account.id}/tax-regimes`,
      token: admin.accessToken,
      payload: from ? { taxRegime, from } : { taxRegime },
    });
    if (res.statusCode !== 201) throw new Error(`tax regime failed: ${res.statusCode} ${res.body}`);
  }

  /** Gives a seller or carrier bank requisites (by an admin), so invoices can be paid to it. */
  async bankRequisites(account: Pick<Account, 'id'>, bank: typeof VALID_BANK = VALID_BANK): Promise<void> {
    const admin = await this.admin();
    const res = await this.request({
      method: 'PUT',
      url: `/api/v1/users/${account.id}/requisites`,
      token: admin.accessToken,
      payload: { bank },
    });
    if (res.statusCode !== 200) throw new Error(`requisites failed: ${res.statusCode} ${res.body}`);
  }

  async login(email: string, password: string, headers: Record<string, string> = {}): Promise<Account> {
    const res = await this.request({
      method: 'POST',
      url: '/api/v1/users/auth/login',
      payload: { email, password },
      headers,
    });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const j = res.json();
    return { ...j.user, accessToken: j.accessToken, refreshToken: j.refreshToken, password };
  }
}
