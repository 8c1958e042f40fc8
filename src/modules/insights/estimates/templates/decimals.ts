/**
 * Norms and reserves as the lines show them: decimal strings of at most 3 places, since a line's
 * arithmetic is exact in thousandths — a reserve of 5.0001 % or 1e-9 is a 400, not a 500.
 */
import { InputError } from '../inputs.js';
import type { Inputs } from '../model.js';

const DECIMAL3 = /^\d+(\.\d{1,3})?$/;

/** Throws one 400 naming every given input among `names` with more than 3 decimal places. */
export function checkDecimals(inputs: Inputs, names: readonly string[]): void {
  const bad = names.filter((n) => inputs[n] !== undefined && !DECIMAL3.test(String(inputs[n])));
  if (bad.length > 0) throw new InputError(bad.map((path) => ({ path, message: 'at most 3 decimal places' })));
}
