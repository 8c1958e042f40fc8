import { describe, expect, it } from 'vitest';
import { accountProblem, bikProblem, corrAccountProblem, withControlDigit } from '../bank-account.js';

// Banks' own БИК and к/с (the Bank of Russia's directory, printed on every invoice).
const CORRESPONDENT = [
  // "0" + "25" + the account, weighted 7,1,3…: last digits 0+2+5+1+0+3+0+1+4+7+0+2+0…+6+4+5 = 40
  ['044525225', '30101810400000000225'], // ПАО Сбербанк
  ['044525974', '30101810145250000974'], // АО «Т-Банк»
  ['044525593', '30101810200000000593'], // АО «Альфа-Банк»
  ['044525187', '30101810700000000187'], // Банк ВТБ (ПАО)
  ['044030653', '30101810500000000653'], // Северо-Западный банк ПАО Сбербанк
  ['044030790', '30101810900000000790'], // ПАО «Банк «Санкт-Петербург»
] as const;

// Requisites companies publish on their sites: БИК, к/с and р/с together.
const PUBLISHED = [
  // "225" + the account: last digits 4+2+5+8+0+1+0+2+4+7+0+8+1+8+0+0+0+3+0+0+0+2+5 = 60
  ['044525225', '30101810400000000225', '40702810638000100065'], // a client of ПАО Сбербанк, Москва
  ['044525411', '30101810145250000411', '40702810627060018754'], // ООО «Балтийский аудит», ВТБ «Центральный»
  ['043807606', '30101810300000000606', '40702810733270000011'], // ОАО «Глобус», Курское ОСБ 8596
  ['040507705', '30101810900000000705', '40702810400060001999'], // ООО «Берис», АО «Дальневосточный банк»
] as const;

describe('bikProblem', () => {
  it('takes 9 digits and nothing else', () => {
    expect(bikProblem('044525225')).toBeNull();
    for (const bad of ['', '04452522', '0445252250', '04452522x', ' 044525225']) expect(bikProblem(bad)).not.toBeNull();
  });
});

describe('corrAccountProblem', () => {
  it.each(CORRESPONDENT)('accepts the к/с of БИК %s', (bik, corr) => {
    expect(corrAccountProblem(corr, bik)).toBeNull();
  });

  it.each(PUBLISHED)('accepts the published к/с of БИК %s', (bik, corr) => {
    expect(corrAccountProblem(corr, bik)).toBeNull();
  });

  it("refuses a bank of another region's к/с, a changed digit, a wrong length", () => {
    // Only digits 5–6 of the БИК (the region) key a к/с: a Saint Petersburg bank's fails with a Moscow БИК.
    expect(corrAccountProblem('30101810500000000653', '044525225')).toMatch(/control key/);
    expect(corrAccountProblem('30101810400000000226', '044525225')).toMatch(/control key/);
    expect(corrAccountProblem('3010181040000000022', '044525225')).toMatch(/20 digits/);
    expect(corrAccountProblem('30101810400000000225', '04452522')).toMatch(/БИК/);
  });
});

describe('accountProblem', () => {
  it.each(PUBLISHED)('accepts the published р/с at БИК %s', (bik, _corr, account) => {
    expect(accountProblem(account, bik)).toBeNull();
  });

  it('refuses the placeholder account people copy from examples, and the same account at another bank', () => {
    // 40702810900000000001 at Сбербанк is everywhere in sample contracts; it does not key.
    expect(accountProblem('40702810900000000001', '044525225')).toMatch(/control key/);
    expect(accountProblem('40702810638000100065', '044525974')).toMatch(/control key/);
  });

  it('catches every single changed digit of a valid account', () => {
    const [bik, , account] = PUBLISHED[0];
    for (let i = 0; i < 20; i++) {
      const d = Number(account[i]);
      const changed = `${account.slice(0, i)}${(d + 1) % 10}${account.slice(i + 1)}`;
      expect(accountProblem(changed, bik), changed).toMatch(/control key/);
    }
  });

  it('refuses anything but 20 digits', () => {
    for (const bad of ['', '4070281063800010006', '407028106380001000651', '4070281063800010006x']) {
      expect(accountProblem(bad, '044525225')).toMatch(/20 digits/);
    }
  });
});

describe('withControlDigit', () => {
  it('makes an account that keys, and leaves a valid one as it is', () => {
    const made = withControlDigit('40702810038000123456', '044525225');
    expect(accountProblem(made, '044525225')).toBeNull();
    expect(withControlDigit(PUBLISHED[1][2], PUBLISHED[1][0])).toBe(PUBLISHED[1][2]);
    expect(corrAccountProblem(withControlDigit('30101810000000000225', '044525225', 'corr'), '044525225')).toBeNull();
  });
});
