import { useState, type FormEvent } from 'react';
import { parseDecimal, parseMoney } from '../../lib/format';
import { fieldErrors } from '../../lib/problems';
import { Button, Field } from '../../ui/controls';
import { ErrorNotice } from '../../ui/states';
import { decimalText, rublesText, VatSelect } from './offer-fields';
import type { VatRate } from './seller-api';

export interface OfferFormValues {
  priceMinor?: number;
  vatRate: VatRate;
  minQty: string;
  step: string;
  status: 'active' | 'paused';
  backorder: boolean;
}

/** Price (roubles), VAT, minimum, step and status of an offer: for a new one and for editing. */
export function OfferForm({
  initial,
  unit,
  submitText,
  busy,
  error,
  onSubmit,
}: {
  initial?: {
    priceMinor: number;
    vatRate: string;
    minQty: string;
    step: string;
    status: 'active' | 'paused';
    backorder: boolean;
  };
  unit: string;
  submitText: string;
  busy: boolean;
  error: unknown;
  onSubmit: (v: OfferFormValues) => void;
}) {
  const [price, setPrice] = useState(initial ? rublesText(initial.priceMinor) : '');
  const [vat, setVat] = useState<VatRate | ''>((initial?.vatRate as VatRate | undefined) ?? '');
  const [minQty, setMinQty] = useState(decimalText(initial?.minQty ?? '1'));
  const [step, setStep] = useState(decimalText(initial?.step ?? '1'));
  const [status, setStatus] = useState(initial?.status ?? 'active');
  const [backorder, setBackorder] = useState(initial?.backorder ?? false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const priceMinor = parseMoney(price);
    const min = parseDecimal(minQty);
    const st = parseDecimal(step);
    const errs: Record<string, string> = {};
    if (priceMinor === null || priceMinor <= 0) errs.priceMinor = 'Укажите цену в рублях, например 1 234,50';
    if (!vat) errs.vatRate = 'Выберите ставку НДС';
    if (min === null || Number(min) <= 0) errs.minQty = 'Укажите число больше нуля';
    if (st === null || Number(st) <= 0) errs.step = 'Укажите число больше нуля';
    setLocal(errs);
    if (Object.keys(errs).length > 0) return;
    onSubmit({ priceMinor: priceMinor!, vatRate: vat as VatRate, minQty: min!, step: st!, status, backorder });
  };

  return (
    <form onSubmit={submit} noValidate className="stack" style={{ maxWidth: 480 }}>
      <Field label={`Цена за ${unit}, ₽ с НДС`} error={local.priceMinor ?? server.priceMinor}>
        <input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} required />
      </Field>
      <VatSelect value={vat} onChange={setVat} error={local.vatRate ?? server.vatRate} />
      <Field label={`Минимальный заказ, ${unit}`} error={local.minQty ?? server.minQty}>
        <input inputMode="decimal" value={minQty} onChange={(e) => setMinQty(e.target.value)} />
      </Field>
      <Field label={`Шаг количества, ${unit}`} error={local.step ?? server.step}>
        <input inputMode="decimal" value={step} onChange={(e) => setStep(e.target.value)} />
      </Field>
      <Field label="Статус">
        <select value={status} onChange={(e) => setStatus(e.target.value as 'active' | 'paused')}>
          <option value="active">В продаже</option>
          <option value="paused">Снят с продажи</option>
        </select>
      </Field>
      <label className="check">
        <input type="checkbox" checked={backorder} onChange={(e) => setBackorder(e.target.checked)} />
        Принимать заказы сверх остатка (под заказ)
      </label>
      {error !== null && error !== undefined && <ErrorNotice error={error} />}
      <Button type="submit" kind="primary" busy={busy}>
        {submitText}
      </Button>
    </form>
  );
}
