import { describe, expect, it } from 'vitest';
import { regimeAt, vatRateAllowed, type TaxRegimeChange } from '../tax-regimes.js';

const at = (iso: string) => new Date(iso);

describe('regimeAt', () => {
  it('is vat_payer from the beginning of time when nothing was recorded', () => {
    expect(regimeAt([], at('1990-01-01T00:00:00Z'))).toBe('vat_payer');
    expect(regimeAt([], at('2030-01-01T00:00:00Z'))).toBe('vat_payer');
  });

  it('applies each change from its instant on, never before', () => {
    const schedule: TaxRegimeChange[] = [
      { regime: 'usn', from: '2026-01-01T00:00:00+03:00' },
      { regime: 'usn_vat_5', from: '2027-01-01T00:00:00+03:00' },
    ];
    expect(regimeAt(schedule, at('2025-12-31T20:59:59.999Z'))).toBe('vat_payer');
    expect(regimeAt(schedule, at('2025-12-31T21:00:00Z'))).toBe('usn');
    expect(regimeAt(schedule, at('2026-07-01T00:00:00Z'))).toBe('usn');
    expect(regimeAt(schedule, at('2027-01-01T00:00:00+03:00'))).toBe('usn_vat_5');
  });

  it('takes the later-recorded of two changes from the same instant, whatever the order of instants', () => {
    const schedule: TaxRegimeChange[] = [
      { regime: 'usn_vat_7', from: '2027-01-01T00:00:00Z' },
      { regime: 'usn', from: '2026-01-01T00:00:00Z' },
      { regime: 'usn_vat_5', from: '2026-01-01T00:00:00Z' },
    ];
    expect(regimeAt(schedule, at('2026-06-01T00:00:00Z'))).toBe('usn_vat_5');
    expect(regimeAt(schedule, at('2027-06-01T00:00:00Z'))).toBe('usn_vat_7');
  });
});

describe('VAT rates by regime', () => {
  it('lets a VAT payer use 22, 10 and 0 %, and each УСН regime its one rate', () => {
    expect(['22', '10', '0', '5', '7', 'none'].filter((r) => vatRateAllowed('vat_payer', r))).toEqual([
      '22',
      '10',
      '0',
    ]);
    expect(['22', '10', '0', '5', '7', 'none'].filter((r) => vatRateAllowed('usn', r))).toEqual(['none']);
    expect(['22', '10', '0', '5', '7', 'none'].filter((r) => vatRateAllowed('usn_vat_5', r))).toEqual(['5']);
    expect(['22', '10', '0', '5', '7', 'none'].filter((r) => vatRateAllowed('usn_vat_7', r))).toEqual(['7']);
  });
});
