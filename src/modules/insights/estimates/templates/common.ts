/** Inputs many templates share, so their names, units and bounds read the same everywhere. */
import type { InputSpec } from '../model.js';

/** A size above zero, in `unit`, up to `max`. */
export function sizeInput(name: string, ru: string, en: string, unit: string, max: number, dflt?: number): InputSpec {
  return {
    name,
    label: { ru, en },
    unit,
    type: 'number',
    min: 0,
    minExclusive: true,
    max,
    ...(dflt === undefined ? {} : { default: dflt }),
  };
}

/** A norm (a rate of use, a reserve) the user may override; its default and source are shown. */
export function normInput(
  name: string,
  ru: string,
  en: string,
  unit: string,
  source: string,
  max: number,
  dflt?: number,
): InputSpec {
  return {
    name,
    label: { ru, en },
    unit,
    type: 'number',
    min: 0,
    max,
    normSource: source,
    ...(dflt === undefined ? {} : { default: dflt }),
  };
}

export const OPENINGS_INPUT: InputSpec = {
  name: 'openings',
  label: { ru: 'Проёмы (окна, двери)', en: 'Openings (windows, doors)' },
  unit: 'м',
  type: 'openings',
  default: [],
};
