import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export const TEST_PASSWORD = 'correct-horse-battery-42';

/** Valid ИНН numbers (check digits verified): companies have 10 digits, individuals 12. */
export const VALID_COMPANY_INNS = ['7707083893', '7728415300', '7812640575', '5003421180', '7804157290'];
export const VALID_PERSON_INNS = ['500100732259', '771234567859', '470512345660'];

export interface Account {
  id: string;
  email: string;
  role: string;
  status: string;
  accessToken: string;
  refreshToken: string;
  password: string;
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

  /** A seller or carrier; approved by an admin unless `approved: false`. */
  async trader(
    role: 'seller' | 'carrier',
    { approved = true, ...over }: Record<string, unknown> = {},
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
    return { ...acc, status: 'approved' };
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
