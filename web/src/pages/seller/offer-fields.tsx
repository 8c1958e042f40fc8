import { useQuery } from '@tanstack/react-query';
import { Field } from '../../ui/controls';
import { VAT_BY_REGIME, VAT_RATE } from './labels';
import { getTaxRegimes, type VatRate } from './seller-api';

/** The VAT rates the seller's tax regime in force allows (docs/domain.md, Catalog). */
export function useVatRates(): VatRate[] {
  const regimes = useQuery({ queryKey: ['seller', 'tax-regimes'], queryFn: getTaxRegimes });
  return regimes.data ? VAT_BY_REGIME[regimes.data.current] : ['22', '10', '0'];
}

export function VatSelect({
  value,
  onChange,
  error,
}: {
  value: VatRate | '';
  onChange: (v: VatRate) => void;
  error?: string;
}) {
  const rates = useVatRates();
  const options = value && !rates.includes(value) ? [value, ...rates] : rates;
  return (
    <Field label="НДС" error={error} hint="Ставки, которые допускает ваш налоговый режим">
      <select value={value} onChange={(e) => onChange(e.target.value as VatRate)} required>
        {!value && <option value="">Выберите ставку</option>}
        {options.map((r) => (
          <option key={r} value={r}>
            {VAT_RATE[r]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Kopecks → the roubles text an input shows («1234,50»). */
export function rublesText(minor: number): string {
  return `${Math.floor(minor / 100)},${String(minor % 100).padStart(2, '0')}`;
}

/** A decimal the API gives («12.500») as a person types it («12,5»). */
export function decimalText(value: string): string {
  return value
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '')
    .replace('.', ',');
}
