/**
 * Card-number rules shared by the HTTP edge and the providers: Luhn, brand by BIN, masking and
 * expiry. Nothing here keeps or prints a full card number (PAN): PCI DSS lets us show at most
 * the first six and last four digits, and we show fewer.
 */
export type CardBrand = 'visa' | 'mastercard' | 'mir' | 'unknown';

/** All a payment keeps of a card. */
export interface CardSummary {
  brand: CardBrand;
  last4: string;
}

/** Card numbers are typed in groups of four; the spaces carry no meaning. */
export function normalizePan(pan: string): string {
  return pan.replace(/\s+/g, '');
}

/** ISO/IEC 7812 check digit: from the right, double every second digit, sum the digits, mod 10. */
export function luhnValid(pan: string): boolean {
  const digits = normalizePan(pan);
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The brand by its BIN range: МИР 2200–2204 (НСПК), Mastercard 51–55 and 2221–2720, Visa 4. */
export function cardBrand(pan: string): CardBrand {
  const digits = normalizePan(pan);
  if (!/^\d{4}/.test(digits)) return 'unknown';
  const first4 = Number(digits.slice(0, 4));
  const first2 = Number(digits.slice(0, 2));
  if (first4 >= 2200 && first4 <= 2204) return 'mir';
  if ((first2 >= 51 && first2 <= 55) || (first4 >= 2221 && first4 <= 2720)) return 'mastercard';
  if (digits.startsWith('4')) return 'visa';
  return 'unknown';
}

export function last4(pan: string): string {
  return normalizePan(pan).slice(-4);
}

export function cardSummary(pan: string): CardSummary {
  return { brand: cardBrand(pan), last4: last4(pan) };
}

/**
 * "4242 •••• •••• 4242": the first and last four digits, the middle as dots in groups of four.
 * A string too short to be a card number is masked entirely, so that no input ever shows whole.
 */
export function maskPan(pan: string): string {
  const digits = normalizePan(pan);
  if (digits.length < 12) return '••••';
  const middle = '•'.repeat(digits.length - 8).match(/.{1,4}/g) ?? [];
  return [digits.slice(0, 4), ...middle, digits.slice(-4)].join(' ');
}

/** "26" means 2026: card faces print two digits, forms send either. */
export function fullExpiryYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

/**
 * A card is valid through the last day of its expiry month. Months are compared in UTC: the
 * bank has the final word, so at the month boundary we only avoid refusing a card it may accept.
 */
export function isCardExpired(expMonth: number, expYear: number, now: Date): boolean {
  const year = fullExpiryYear(expYear);
  const nowYear = now.getUTCFullYear();
  return year < nowYear || (year === nowYear && expMonth < now.getUTCMonth() + 1);
}
