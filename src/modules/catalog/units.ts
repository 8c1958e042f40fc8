import { toMilli } from '../../shared/decimal.js';

/** Units counted in whole pieces: a bag or a sheet is never sold by the half (docs/domain.md, Catalog). */
export const PIECE_UNITS: ReadonlySet<string> = new Set([
  'шт',
  'мешок',
  'упак',
  'лист',
  'рулон',
  'пачка',
  'пара',
  'компл',
  'поддон',
  'бухта',
]);

/** True when quantities of this unit must be whole numbers (stock, minimum, step, cart lines). */
export function isPieceUnit(unit: string): boolean {
  return PIECE_UNITS.has(unit);
}

/** Why `quantity` cannot be counted in `unit`, or null: a piece unit takes whole numbers only. */
export function wholeUnitProblem(unit: string, quantity: string): string | null {
  return isPieceUnit(unit) && toMilli(quantity) % 1000n !== 0n ? `must be a whole number of ${unit}` : null;
}
