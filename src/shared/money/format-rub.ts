/**
 * Roubles for documents: «1 234 567,89» — groups of three split by a NO-BREAK SPACE (U+00A0,
 * what `Intl.NumberFormat('ru-RU')` and 1C print; unlike the narrow U+202F it is in every font
 * and PDF text extractor), a decimal comma and always two kopeck digits. No currency sign: the
 * document says «руб.» where it needs to.
 */
export const RUB_GROUP_SEPARATOR = '\u00a0';

export function formatRub(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`not a whole number of kopecks: ${kopecks}`);
  const abs = Math.abs(kopecks);
  const roubles = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, RUB_GROUP_SEPARATOR);
  const cents = String(abs % 100).padStart(2, '0');
  return `${kopecks < 0 ? '-' : ''}${roubles},${cents}`;
}
