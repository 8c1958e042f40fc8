/**
 * Quantities on an offer's grid: at least its minimum, then in its steps (docs/domain.md, Catalog).
 * Decimal strings are compared in thousandths, as the API counts them, so 0,1 + 0,2 is 0,3.
 */
const milli = (text: string) => Math.round(Number(text) * 1000);

/** The smallest allowed quantity not below `wanted`, or the minimum. */
export function snapToGrid(wanted: number, minQty: string, step: string): string {
  const min = milli(minQty);
  const st = Math.max(1, milli(step));
  const w = Math.round(wanted * 1000);
  const n = w <= min ? min : min + Math.ceil((w - min) / st) * st;
  return String(n / 1000);
}

/** Why `quantity` is not on the grid, in Russian, or null. */
export function gridProblem(quantity: string, minQty: string, step: string, unit: string): string | null {
  const q = milli(quantity);
  if (!Number.isFinite(q) || q <= 0) return 'Введите количество';
  const min = milli(minQty);
  const st = Math.max(1, milli(step));
  const minText = minQty.replace('.', ',');
  if (q < min) return `Не меньше ${minText} ${unit}`;
  if ((q - min) % st !== 0) return `От ${minText} ${unit} с шагом ${step.replace('.', ',')}`;
  return null;
}
