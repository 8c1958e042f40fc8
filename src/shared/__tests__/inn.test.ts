import { describe, expect, it } from 'vitest';
import { innProblem, isValidInn, isValidKpp } from '../inn.js';

// Real companies' ИНН (public registry data) and numbers whose check digits were worked by hand.
const COMPANIES = [
  '7707083893', // ПАО Сбербанк: 2·7+4·7+10·0+3·7+5·0+9·8+4·3+6·8+8·9 = 267, 267 mod 11 = 3
  '7736050003', // ПАО Газпром: sum 135, 135 mod 11 = 3
  '7728168971', // АО Альфа-Банк
  '7702070139', // Банк ВТБ
  '7710140679', // АО Т-Банк
  '7736207543', // ООО Яндекс
  '7740000076', // ПАО МТС: sum 138, 138 mod 11 = 6
  '7700000070', // sum 98, 98 mod 11 = 10, so the check digit is 0 (the "mod 10" step)
];
const INDIVIDUALS = [
  '500100732259', // 11th: 148 mod 11 = 5; 12th: 141 mod 11 = 9
  '771234567859',
  '470512345660',
  '771234560701', // 11th: 241 mod 11 = 10 → 0; 12th: 243 mod 11 = 1
  '771234562000', // both remainders are 10 and 0: both check digits 0
];

describe('innProblem / isValidInn', () => {
  it.each(COMPANIES)('accepts the company ИНН %s', (inn) => {
    expect(innProblem(inn)).toBeNull();
    expect(isValidInn(inn)).toBe(true);
    expect(isValidInn(inn, 'company')).toBe(true);
    expect(isValidInn(inn, 'individual')).toBe(false);
  });

  it.each(INDIVIDUALS)('accepts the individual ИНН %s', (inn) => {
    expect(innProblem(inn)).toBeNull();
    expect(isValidInn(inn, 'individual')).toBe(true);
    expect(isValidInn(inn, 'company')).toBe(false);
  });

  it.each(COMPANIES)('refuses %s with any other check digit', (inn) => {
    const body = inn.slice(0, 9);
    for (let d = 0; d <= 9; d++) {
      const candidate = `${body}${d}`;
      if (candidate === inn) continue;
      expect(innProblem(candidate)).toBe('ИНН check digit is wrong');
    }
  });

  it.each(INDIVIDUALS)('refuses %s with either check digit changed', (inn) => {
    for (let d = 0; d <= 9; d++) {
      const eleventh = `${inn.slice(0, 10)}${d}${inn[11]}`;
      const twelfth = `${inn.slice(0, 11)}${d}`;
      if (eleventh !== inn) expect(isValidInn(eleventh)).toBe(false);
      if (twelfth !== inn) expect(innProblem(twelfth)).toBe('ИНН check digits are wrong');
    }
  });

  it('refuses two swapped digits', () => {
    expect(isValidInn('7707083839')).toBe(false);
    expect(isValidInn('7077083893')).toBe(false);
  });

  it.each([
    ['7707083894', 'ИНН check digit is wrong'],
    ['500100732258', 'ИНН check digits are wrong'],
    ['0000000000', 'ИНН cannot be all zeros'],
    ['000000000000', 'ИНН cannot be all zeros'],
  ])('%s → %s', (inn, why) => {
    expect(innProblem(inn)).toBe(why);
  });

  it.each(['', '770708389', '77070838931', '1027700132195', '7'])('refuses the length of %j', (inn) => {
    expect(innProblem(inn)).not.toBeNull();
    expect(isValidInn(inn)).toBe(false);
  });

  it.each([
    '77070838AB',
    '7707O83893',
    '7707-83893',
    ' 7707083893',
    '7707083893 ',
    '７７０７０８３８９３',
    '+707083893',
  ])('refuses non-digits in %j', (inn) => {
    expect(innProblem(inn)).toBe('ИНН must contain digits only');
  });

  it('names the expected kind when the length does not match it', () => {
    expect(innProblem('500100732259', 'company')).toBe('a company ИНН has 10 digits');
    expect(innProblem('7707083893', 'individual')).toBe('an individual ИНН has 12 digits');
  });
});

describe('isValidKpp', () => {
  it.each(['773601001', '770701001', '7736AB001', '5003AZ123'])('accepts %s', (kpp) => {
    expect(isValidKpp(kpp)).toBe(true);
  });

  it.each(['', '77360100', '7736010011', '77360100A', 'A73601001', '7736ab001', '7736 1001', '773-01001'])(
    'refuses %j',
    (kpp) => {
      expect(isValidKpp(kpp)).toBe(false);
    },
  );
});
