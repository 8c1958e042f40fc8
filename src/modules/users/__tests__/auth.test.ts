import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { TEST_PASSWORD, VALID_COMPANY_INNS } from '../../../../test/factories.js';
import { decodeJwtPart, errorPaths, expectProblem } from '../../../../test/assertions.js';

const REGISTER = '/api/v1/users/auth/register';
const LOGIN = '/api/v1/users/auth/login';
const ME = '/api/v1/users/me';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const register = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  ctx.request({ method: 'POST', url: REGISTER, payload, headers });

const login = (email: string, password: string, extra: { headers?: Record<string, string> } = {}) =>
  ctx.request({ method: 'POST', url: LOGIN, payload: { email, password }, ...extra });

function customerBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { email: ctx.make.email('reg'), password: TEST_PASSWORD, name: 'Иван Петров', role: 'customer', ...over };
}

describe('POST /auth/register', () => {
  it('creates an active customer and answers the user with a working token pair', async () => {
    const email = ctx.make.email('cust');
    const res = await register(customerBody({ email, phone: '+7 495 123-45-67' }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({
      email,
      name: 'Иван Петров',
      phone: '+7 495 123-45-67',
      role: 'customer',
      status: 'active',
      company: null,
    });
    expect(body.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(body)).not.toContain(TEST_PASSWORD);
    expect(typeof body.accessToken).toBe('string');
    expect(typeof body.refreshToken).toBe('string');
    expect(body.refreshToken).not.toBe(body.accessToken);

    const me = await ctx.request({ method: 'GET', url: ME, token: body.accessToken });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: body.user.id, email, status: 'active' });
  });

  it('issues an HS256 access token for the user that lives 15 minutes', async () => {
    const res = await register(customerBody());
    expect(res.statusCode).toBe(201);
    const { user, accessToken } = res.json();
    const [header, payload] = accessToken.split('.');
    expect(decodeJwtPart(header)).toMatchObject({ alg: 'HS256' });
    const claims = decodeJwtPart(payload);
    expect(claims.sub).toBe(user.id);
    expect(claims.role).toBe('customer');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(15 * 60);
  });

  it('trims and lower-cases the email, so the account logs in by its normal form', async () => {
    const local = ctx.make.email('Mixed.Case').split('@')[0]!;
    const res = await register(customerBody({ email: `  ${local.toUpperCase()}@Example.TEST  ` }));
    expect(res.statusCode, res.body).toBe(201);
    const normal = `${local.toLowerCase()}@example.test`;
    expect(res.json().user.email).toBe(normal);
    expect((await login(normal, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a taken email with 409 USER.EMAIL_TAKEN, also when it differs only in case or spaces', async () => {
    const email = ctx.make.email('taken');
    expect((await register(customerBody({ email }))).statusCode).toBe(201);
    expectProblem(await register(customerBody({ email })), 409, 'USER.EMAIL_TAKEN');
    expectProblem(await register(customerBody({ email: email.toUpperCase() })), 409, 'USER.EMAIL_TAKEN');
    expectProblem(
      await register(
        customerBody({
          email: ` ${email.replace('taken', 'TAKEN')} `,
          role: 'seller',
          company: { name: 'ООО «Дубль»', inn: VALID_COMPANY_INNS[1] },
        }),
      ),
      409,
      'USER.EMAIL_TAKEN',
    );
  });

  it('never makes an admin: role admin → 400 naming role', async () => {
    const email = ctx.make.email('wannabe');
    expect(errorPaths(await register(customerBody({ email, role: 'admin' })))).toContain('role');
    // Nothing was created: the same email still registers.
    expect((await register(customerBody({ email }))).statusCode).toBe(201);
  });

  it('refuses an unknown role', async () => {
    expect(errorPaths(await register(customerBody({ role: 'superuser' })))).toContain('role');
  });

  it.each(['seller', 'carrier'])('a %s without a company → 400 naming company', async (role) => {
    const res = await register(customerBody({ role }));
    expect(errorPaths(res)).toContain('company');
  });

  it('a seller with a valid 10-digit ИНН starts pending, with its company kept', async () => {
    const res = await register(
      customerBody({
        role: 'seller',
        name: 'Продавец',
        company: {
          name: ' ООО «Стройбаза» ',
          inn: '7707083893',
          kpp: '773601001',
          address: 'Москва, ул. Вавилова, 19',
        },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user).toMatchObject({
      role: 'seller',
      status: 'pending',
      company: { name: 'ООО «Стройбаза»', inn: '7707083893', kpp: '773601001', address: 'Москва, ул. Вавилова, 19' },
    });
  });

  it('a carrier registered as an individual entrepreneur (12-digit ИНН) starts pending', async () => {
    const res = await register(
      customerBody({ role: 'carrier', name: 'ИП Сидоров', company: { name: 'ИП Сидоров А. В.', inn: '500100732259' } }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user).toMatchObject({
      role: 'carrier',
      status: 'pending',
      company: { name: 'ИП Сидоров А. В.', inn: '500100732259', kpp: null, address: null },
    });
  });

  it.each([
    ['wrong check digit (10 digits)', '7707083894'],
    ['wrong check digits (12 digits)', '500100732258'],
    ['9 digits', '770708389'],
    ['11 digits', '77070838931'],
    ['13 digits (an ОГРН)', '1027700132195'],
    ['letters', '77070838AB'],
    ['all zeros', '0000000000'],
    ['empty', ''],
  ])('an ИНН with %s → 400 naming company.inn', async (_why, inn) => {
    const email = ctx.make.email('badinn');
    const res = await register(customerBody({ email, role: 'seller', company: { name: 'ООО «Ошибка»', inn } }));
    expect(errorPaths(res)).toContain('company.inn');
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('a malformed КПП → 400 naming company.kpp', async () => {
    const res = await register(
      customerBody({ role: 'seller', company: { name: 'ООО «КПП»', inn: '7736050003', kpp: '77360100' } }),
    );
    expect(errorPaths(res)).toContain('company.kpp');
  });

  it('a company without a name → 400 naming company.name', async () => {
    const res = await register(customerBody({ role: 'seller', company: { name: '  ', inn: '7736050003' } }));
    expect(errorPaths(res)).toContain('company.name');
  });

  it('a password shorter than 10 characters → 400 naming password', async () => {
    const email = ctx.make.email('short');
    const res = await register(customerBody({ email, password: 'Xy7-kq9!z' }));
    expect(errorPaths(res)).toEqual(['password']);
    // Rejected means not created.
    expect((await register(customerBody({ email }))).statusCode).toBe(201);
  });

  it('a password equal to the email (in any case) or to its local part → 400 naming password', async () => {
    const local = `ivan.petrov.${ctx.make.email('x').split('@')[0]!.split('.')[1]}`;
    const email = `${local}@example.test`;
    for (const password of [email, email.toUpperCase(), local]) {
      expect(errorPaths(await register(customerBody({ email, password })))).toEqual(['password']);
    }
  });

  it.each(['qwertyuiop', 'password123', 'QWERTYUIOP', '1234567890', 'йцукенгшщз'])(
    'the common password %s → 400 naming password',
    async (password) => {
      expect(errorPaths(await register(customerBody({ password })))).toEqual(['password']);
    },
  );

  it('a password of one repeated character → 400 naming password', async () => {
    expect(errorPaths(await register(customerBody({ password: 'aaaaaaaaaaaa' })))).toEqual(['password']);
  });

  it('missing fields are each named', async () => {
    const paths = errorPaths(await register({}));
    expect(paths).toEqual(expect.arrayContaining(['email', 'password', 'name', 'role']));
  });

  it('a missing body is a 400 problem, not a 500', async () => {
    const res = await ctx.request({ method: 'POST', url: REGISTER });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each(['not-an-email', 'a@', '@example.test', 'two@@example.test'])(
    'a bad email %s → 400 naming email',
    async (email) => {
      expect(errorPaths(await register(customerBody({ email })))).toContain('email');
    },
  );

  it('a blank name and a bad phone are named', async () => {
    expect(errorPaths(await register(customerBody({ name: '   ' })))).toContain('name');
    expect(errorPaths(await register(customerBody({ phone: 'call me' })))).toContain('phone');
  });

  it.each(['my phone', 'a/b', 'x'.repeat(129), ''])('a bad X-Device-Id %j → 400, nothing created', async (device) => {
    const email = ctx.make.email('dev');
    const res = await register(customerBody({ email }), { 'x-device-id': device });
    const paths = errorPaths(res);
    expect(paths.join(' ')).toMatch(/x-device-id/i);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('a body that is not JSON → 400 problem', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: REGISTER,
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'HTTP.MALFORMED_BODY');
  });
});

describe('POST /auth/login', () => {
  it('answers 200 with the user and a working token pair', async () => {
    const c = await ctx.make.customer();
    const res = await login(c.email, TEST_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: c.id, email: c.email, role: 'customer', status: 'active' });
    expect(body.accessToken).not.toBe(c.accessToken);
    expect(body.refreshToken).not.toBe(c.refreshToken);
    const me = await ctx.request({ method: 'GET', url: ME, token: body.accessToken });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(c.id);
  });

  it('treats the email case-insensitively and trims it', async () => {
    const c = await ctx.make.customer();
    expect((await login(c.email.toUpperCase(), TEST_PASSWORD)).statusCode).toBe(200);
    expect((await login(`  ${c.email}\t`, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a wrong password and an unknown email give the same 401 AUTH.INVALID_CREDENTIALS', async () => {
    const c = await ctx.make.customer();
    const wrong = expectProblem(await login(c.email, 'wrong-password-123'), 401, 'AUTH.INVALID_CREDENTIALS');
    const unknown = expectProblem(
      await login(ctx.make.email('nobody'), 'wrong-password-123'),
      401,
      'AUTH.INVALID_CREDENTIALS',
    );
    const strip = ({ requestId: _r, instance: _i, ...rest }: Record<string, unknown>) => rest;
    expect(strip(wrong)).toEqual(strip(unknown));
    expect(JSON.stringify(wrong)).not.toContain(c.email);
  });

  it('the password is case-sensitive', async () => {
    const c = await ctx.make.customer();
    expectProblem(await login(c.email, TEST_PASSWORD.toUpperCase()), 401, 'AUTH.INVALID_CREDENTIALS');
  });

  it('missing fields → 400 naming them', async () => {
    expect(errorPaths(await ctx.request({ method: 'POST', url: LOGIN, payload: {} }))).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
    expect(
      errorPaths(await ctx.request({ method: 'POST', url: LOGIN, payload: { email: 'a@example.test', password: '' } })),
    ).toContain('password');
  });

  it('a bad X-Device-Id → 400', async () => {
    const c = await ctx.make.customer();
    const res = await login(c.email, TEST_PASSWORD, { headers: { 'x-device-id': 'two words' } });
    expect(errorPaths(res).join(' ')).toMatch(/x-device-id/i);
  });
});
