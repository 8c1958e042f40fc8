/**
 * A seller's tax regime and the VAT rates it allows (docs/domain.md, Actors and accounts): the
 * users module keeps each seller's dated schedule, the catalog a copy, orders read the regime.
 */
export const TAX_REGIMES = ['vat_payer', 'usn', 'usn_vat_5', 'usn_vat_7'] as const;
export type TaxRegime = (typeof TAX_REGIMES)[number];

/** Every account is a general-system VAT payer until it records another regime. */
export const DEFAULT_TAX_REGIME: TaxRegime = 'vat_payer';

/** VAT rates an offer may carry, in %; `none`: sold without VAT (УСН). */
export const VAT_RATES = ['22', '10', '0', '5', '7', 'none'] as const;
export type VatRate = (typeof VAT_RATES)[number];

export const VAT_RATES_BY_REGIME: Readonly<Record<TaxRegime, readonly VatRate[]>> = {
  vat_payer: ['22', '10', '0'],
  usn: ['none'],
  usn_vat_5: ['5'],
  usn_vat_7: ['7'],
};

/** One change of regime: in force from `from` (an instant, ISO 8601) until the next one. */
export interface TaxRegimeChange {
  regime: TaxRegime;
  from: string;
}

/** The regime in force at `at`: the latest change that began by then (later entries win ties), else the default. */
export function regimeAt(schedule: readonly TaxRegimeChange[], at: Date): TaxRegime {
  const t = at.getTime();
  let regime = DEFAULT_TAX_REGIME;
  let since = -Infinity;
  for (const change of schedule) {
    const from = Date.parse(change.from);
    if (from <= t && from >= since) {
      regime = change.regime;
      since = from;
    }
  }
  return regime;
}

export function vatRateAllowed(regime: TaxRegime, rate: string): boolean {
  return (VAT_RATES_BY_REGIME[regime] as readonly string[]).includes(rate);
}
