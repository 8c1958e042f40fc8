import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.js';
import { VALID_BANK, type Account } from '../../../../test/factories.js';
import { errorPaths, expectProblem } from '../../../../test/assertions.js';
import { queryRows } from '../../../shared/db/database.js';
import { sqlState } from '../../../shared/db/errors.js';

let ctx: TestContext;
let admin: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.make.admin();
});
afterAll(() => ctx.close());

const USERS = '/api/v1/users';
const DAY = 86_400_000;
/** The Moscow date `days` from the test clock's now. */
const moscowDay = (days = 0) =>
  new Date(ctx.clock.now().getTime() + days * DAY + 3 * 3_600_000).toISOString().slice(0, 10);

const putRequisites = (token: string, bank: unknown, url = `${USERS}/me/requisites`) =>
  ctx.request({ method: 'PUT', url, token, payload: { bank } });
const getRequisites = (token: string, url = `${USERS}/me/requisites`) => ctx.request({ method: 'GET', url, token });
const addRegime = (token: string, payload: object, url = `${USERS}/me/tax-regimes`) =>
  ctx.request({ method: 'POST', url, token, payload });
const regimes = (token: string, url = `${USERS}/me/tax-regimes`) => ctx.request({ method: 'GET', url, token });

describe('bank requisites', () => {
  it('starts without any, then keeps what a seller sets (spaces in numbers dropped), and removes them on null', async () => {
    const seller = await ctx.make.seller({ bank: false });
    expect((await getRequisites(seller.accessToken)).json()).toEqual({ bank: null });
    const res = await putRequisites(seller.accessToken, {
      ...VALID_BANK,
      bankName: '  ПАО Сбербанк ',
      account: '4070 2810 9380 0001 2345',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ bank: VALID_BANK });
    expect((await getRequisites(seller.accessToken)).json()).toEqual({ bank: VALID_BANK });
    const audit = await ctx.request({ method: 'GET', url: `${USERS}/${seller.id}/audit`, token: admin.accessToken });
    expect(audit.json().items[0]).toMatchObject({
      action: 'bank_requisites_updated',
      actorId: seller.id,
      details: { bik: '044525225', account: '…2345' },
    });

    expect((await putRequisites(seller.accessToken, null)).json()).toEqual({ bank: null });
    expect((await getRequisites(seller.accessToken)).json()).toEqual({ bank: null });
  });

  it('refuses accounts that do not key with the БИК, naming each field, and keeps what was there', async () => {
    const seller = await ctx.make.seller();
    await putRequisites(seller.accessToken, VALID_BANK);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ bik: '04452522' }, ['bank.bik']],
      [{ bik: '04452522x' }, ['bank.bik']],
      // The placeholder account of sample contracts: 20 digits that do not key with Сбербанк's БИК.
      [{ account: '40702810900000000001' }, ['bank.account']],
      [{ account: '4070281093800001234' }, ['bank.account']],
      // Another region's к/с (Санкт-Петербург) with a Moscow БИК.
      [{ corrAccount: '30101810500000000653' }, ['bank.corrAccount']],
      [{ corrAccount: '30101810500000000653', account: '40702810900000000001' }, ['bank.corrAccount', 'bank.account']],
      [{ bankName: '   ' }, ['bank.bankName']],
    ];
    for (const [change, paths] of cases) {
      const res = await putRequisites(seller.accessToken, { ...VALID_BANK, ...change });
      expect(errorPaths(res), JSON.stringify(change)).toEqual(paths);
    }
    expect(errorPaths(await putRequisites(seller.accessToken, { bik: VALID_BANK.bik }))).toEqual(
      expect.arrayContaining(['bank.bankName', 'bank.corrAccount', 'bank.account']),
    );
    expect((await getRequisites(seller.accessToken)).json()).toEqual({ bank: VALID_BANK });
  });

  it('is for sellers and carriers: a carrier keeps its own, a customer gets 403', async () => {
    const carrier = await ctx.make.carrier();
    expect((await putRequisites(carrier.accessToken, VALID_BANK)).statusCode).toBe(200);
    const customer = await ctx.make.customer();
    expectProblem(await getRequisites(customer.accessToken), 403, 'AUTH.FORBIDDEN');
    expectProblem(await putRequisites(customer.accessToken, VALID_BANK), 403, 'AUTH.FORBIDDEN');
  });

  it('lets an admin read and set anyone’s; a customer has none (409), an unknown id is 404', async () => {
    const seller = await ctx.make.seller({ approved: false });
    const url = `${USERS}/${seller.id}/requisites`;
    expect((await putRequisites(admin.accessToken, VALID_BANK, url)).statusCode).toBe(200);
    expect((await getRequisites(seller.accessToken)).json()).toEqual({ bank: VALID_BANK });
    expect((await getRequisites(admin.accessToken, url)).json()).toEqual({ bank: VALID_BANK });
    const customer = await ctx.make.customer();
    expectProblem(
      await putRequisites(admin.accessToken, VALID_BANK, `${USERS}/${customer.id}/requisites`),
      409,
      'USER.NOT_A_TRADER',
    );
    expectProblem(await getRequisites(admin.accessToken, `${USERS}/${randomUUID()}/requisites`), 404, 'USER.NOT_FOUND');
    // Another seller's requisites are not reachable through /me.
    expect((await getRequisites(seller.accessToken)).json().bank.account).toBe(VALID_BANK.account);
  });

  it('has the database refuse half a set of requisites', async () => {
    const seller = await ctx.make.seller({ bank: false });
    const refused = await ctx.database.db
      .execute(sql`update users.users set bank_bik = '044525225' where id = ${seller.id}::uuid`)
      .then(
        () => null,
        (err: unknown) => sqlState(err),
      );
    expect(refused).toBe('23514');
  });
});

describe('tax regime', () => {
  it('is vat_payer from the beginning until a change is recorded', async () => {
    const seller = await ctx.make.seller();
    expect((await regimes(seller.accessToken)).json()).toEqual({
      current: 'vat_payer',
      items: [{ taxRegime: 'vat_payer', startsOn: null, appliesFrom: null, recordedAt: null, recordedBy: null }],
    });
  });

  it('applies a change dated today from this moment, and keeps the history', async () => {
    const seller = await ctx.make.seller();
    const before = ctx.clock.now();
    ctx.clock.advance(1000);
    const res = await addRegime(seller.accessToken, { taxRegime: 'usn', from: moscowDay() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      current: 'usn',
      items: [
        { taxRegime: 'vat_payer', startsOn: null },
        {
          taxRegime: 'usn',
          startsOn: moscowDay(),
          appliesFrom: ctx.clock.now().toISOString(),
          recordedAt: ctx.clock.now().toISOString(),
          recordedBy: seller.id,
        },
      ],
    });
    // A moment before the change (an order already placed) keeps the regime of its moment.
    const terms = ctx.app.modules.users.api;
    expect((await terms.sellerTerms(seller.id, before))!.taxRegime).toBe('vat_payer');
    expect((await terms.sellerTerms(seller.id, ctx.clock.now()))!.taxRegime).toBe('usn');
  });

  it('schedules a later date from 00:00 Moscow time, and the regime turns then', async () => {
    const seller = await ctx.make.seller();
    await addRegime(seller.accessToken, { taxRegime: 'usn_vat_5', from: moscowDay(2) });
    const body = (await regimes(seller.accessToken)).json();
    expect(body.current).toBe('vat_payer');
    const appliesFrom = new Date(body.items[1].appliesFrom);
    expect(appliesFrom.toISOString()).toBe(new Date(`${moscowDay(2)}T00:00:00+03:00`).toISOString());
    const terms = ctx.app.modules.users.api;
    expect((await terms.sellerTerms(seller.id, new Date(appliesFrom.getTime() - 1)))!.taxRegime).toBe('vat_payer');
    expect((await terms.sellerTerms(seller.id, appliesFrom))!.taxRegime).toBe('usn_vat_5');
  });

  it('takes the later-recorded of two changes for the same date', async () => {
    const seller = await ctx.make.seller();
    await addRegime(seller.accessToken, { taxRegime: 'usn', from: moscowDay(3) });
    await addRegime(seller.accessToken, { taxRegime: 'usn_vat_7', from: moscowDay(3) });
    const at = new Date(`${moscowDay(4)}T12:00:00+03:00`);
    expect((await ctx.app.modules.users.api.sellerTerms(seller.id, at))!.taxRegime).toBe('usn_vat_7');
    expect((await regimes(seller.accessToken)).json().items.map((i: { taxRegime: string }) => i.taxRegime)).toEqual([
      'vat_payer',
      'usn',
      'usn_vat_7',
    ]);
  });

  it('refuses a past date, a date not in the calendar and an unknown regime, naming the field', async () => {
    const seller = await ctx.make.seller();
    expect(errorPaths(await addRegime(seller.accessToken, { taxRegime: 'usn', from: moscowDay(-1) }))).toEqual([
      'from',
    ]);
    expect(errorPaths(await addRegime(seller.accessToken, { taxRegime: 'usn', from: '2026-02-30' }))).toEqual(['from']);
    expect(errorPaths(await addRegime(seller.accessToken, { taxRegime: 'usn', from: '01.03.2026' }))).toEqual(['from']);
    expect(errorPaths(await addRegime(seller.accessToken, { taxRegime: 'osno' }))).toEqual(['taxRegime']);
    expect((await regimes(seller.accessToken)).json().items).toHaveLength(1);
  });

  it('lets an admin record anyone’s, and tells the catalog in the same transaction', async () => {
    const seller = await ctx.make.seller();
    const res = await addRegime(admin.accessToken, { taxRegime: 'usn_vat_5' }, `${USERS}/${seller.id}/tax-regimes`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items[1].recordedBy).toBe(admin.id);
    const [copy] = await queryRows<{ tax_regimes: { regime: string; from: string }[] }>(
      ctx.database.db,
      sql`select tax_regimes from catalog.sellers where id = ${seller.id}::uuid`,
    );
    expect(copy!.tax_regimes).toEqual([{ regime: 'usn_vat_5', from: res.json().items[1].appliesFrom }]);
    expectProblem(
      await addRegime(
        admin.accessToken,
        { taxRegime: 'usn' },
        `${USERS}/${(await ctx.make.customer()).id}/tax-regimes`,
      ),
      409,
      'USER.NOT_A_TRADER',
    );
  });
});

describe('UsersApi.sellerTerms', () => {
  it('answers the company, its requisites and bank as they stand, and null for anyone but a seller or carrier', async () => {
    const seller = await ctx.make.seller({
      bank: false,
      company: { name: 'ООО «Тест»', inn: '7728415300', kpp: '772801001', address: 'Москва, ул. Тестовая, 1' },
    });
    const api = ctx.app.modules.users.api;
    expect(await api.sellerTerms(seller.id, ctx.clock.now())).toEqual({
      name: 'ООО «Тест»',
      inn: '7728415300',
      kpp: '772801001',
      address: 'Москва, ул. Тестовая, 1',
      taxRegime: 'vat_payer',
      bank: null,
    });
    await ctx.make.bankRequisites(seller);
    expect((await api.sellerTerms(seller.id, ctx.clock.now()))!.bank).toEqual(VALID_BANK);
    const carrier = await ctx.make.carrier();
    expect((await api.sellerTerms(carrier.id, ctx.clock.now()))!.taxRegime).toBe('vat_payer');
    expect(await api.sellerTerms((await ctx.make.customer()).id, ctx.clock.now())).toBeNull();
    expect(await api.sellerTerms(randomUUID(), ctx.clock.now())).toBeNull();
  });
});
