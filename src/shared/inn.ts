/**
 * ИНН check digits (ФНС algorithm). A company's ИНН has 10 digits and one check digit; an
 * individual's (including an ИП) has 12 digits and two.
 */
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  return (sum % 11) % 10;
}

export type InnKind = 'company' | 'individual';

/** Returns why the ИНН is invalid, or null when it is valid (of the expected kind, if given). */
export function innProblem(inn: string, kind?: InnKind): string | null {
  if (!/^\d+$/.test(inn)) return 'ИНН must contain digits only';
  if (inn.length !== 10 && inn.length !== 12) return 'ИНН must have 10 digits (company) or 12 (individual)';
  if (kind === 'company' && inn.length !== 10) return 'a company ИНН has 10 digits';
  if (kind === 'individual' && inn.length !== 12) return 'an individual ИНН has 12 digits';
  if (/^0+$/.test(inn)) return 'ИНН cannot be all zeros';
  const d = [...inn].map(Number);
  if (inn.length === 10) {
    return checkDigit(d, W10) === d[9] ? null : 'ИНН check digit is wrong';
  }
  const ok = checkDigit(d, W11) === d[10] && checkDigit(d, W12) === d[11];
  return ok ? null : 'ИНН check digits are wrong';
}

export function isValidInn(inn: string, kind?: InnKind): boolean {
  return innProblem(inn, kind) === null;
}

/** КПП: 9 characters, the 5th and 6th may be letters (ФНС format NNNNPPNNN). */
export function isValidKpp(kpp: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);
}
