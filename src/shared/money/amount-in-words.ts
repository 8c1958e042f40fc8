/**
 * Russian amounts in words, as invoices and acts print them under the total ("сумма прописью"):
 * roubles in words, kopecks in two digits, each noun agreeing with its number —
 * 123456789 → «Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек».
 */

export type Gender = 'masculine' | 'feminine';

/** The noun's three forms: for 1 (рубль), for 2–4 (рубля), for 0 and 5–20 (рублей). */
export type PluralForms = readonly [one: string, few: string, many: string];

const ONES: Record<Gender, readonly string[]> = {
  masculine: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  feminine: ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
};
const TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

/** Groups of three digits above the units, smallest first; тысяча is the only feminine one. */
const SCALES: readonly { forms: PluralForms; gender: Gender }[] = [
  { forms: ['тысяча', 'тысячи', 'тысяч'], gender: 'feminine' },
  { forms: ['миллион', 'миллиона', 'миллионов'], gender: 'masculine' },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], gender: 'masculine' },
  { forms: ['триллион', 'триллиона', 'триллионов'], gender: 'masculine' },
];

const RUBLE: PluralForms = ['рубль', 'рубля', 'рублей'];
const KOPECK: PluralForms = ['копейка', 'копейки', 'копеек'];

/** The form of a noun after `n`: 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 11–14, 111 → many. */
export function pluralForm(n: number, forms: PluralForms): string {
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** 0–999 in words ('' for 0), in the gender of the noun that follows. */
function triadInWords(n: number, gender: Gender): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) words.push(HUNDREDS[h]!);
  if (rest >= 10 && rest <= 19) {
    words.push(TEENS[rest - 10]!);
  } else {
    if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]!);
    if (rest % 10 > 0) words.push(ONES[gender][rest % 10]!);
  }
  return words;
}

/**
 * A whole number in words, lower case: 2 feminine → «две», 21 000 → «двадцать одна тысяча».
 * Covers every safe integer (up to 9 007 199 254 740 991, i.e. hundreds of триллионов).
 */
export function integerInWords(n: number, gender: Gender = 'masculine'): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative safe integer: ${n}`);
  if (n === 0) return 'ноль';
  const words: string[] = [];
  // The units group takes the caller's gender; the groups above it take their scale noun's.
  let rest = n;
  const triads: number[] = [];
  while (rest > 0) {
    triads.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  if (triads.length - 1 > SCALES.length) throw new RangeError(`too large to write in words: ${n}`);
  for (let i = triads.length - 1; i >= 0; i--) {
    const triad = triads[i]!;
    if (triad === 0) continue;
    if (i === 0) {
      words.push(...triadInWords(triad, gender));
    } else {
      const scale = SCALES[i - 1]!;
      words.push(...triadInWords(triad, scale.gender), pluralForm(triad, scale.forms));
    }
  }
  return words.join(' ');
}

/**
 * An amount in kopecks as an invoice writes it: roubles in words with a capital first letter,
 * kopecks as two digits. 0 → «Ноль рублей 00 копеек»; 201 → «Два рубля 01 копейка».
 */
export function amountInWords(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks) || kopecks < 0) {
    throw new RangeError(`an amount in words needs a non-negative whole number of kopecks: ${kopecks}`);
  }
  const roubles = Math.floor(kopecks / 100);
  const cents = kopecks % 100;
  const words = integerInWords(roubles, 'masculine');
  const text = `${words} ${pluralForm(roubles, RUBLE)} ${String(cents).padStart(2, '0')} ${pluralForm(cents, KOPECK)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
