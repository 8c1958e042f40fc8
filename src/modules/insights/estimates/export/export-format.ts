/** How both exports write an estimate's money, quantities, inputs and notes (Russian). */
import { formatQuantity } from '../../../../shared/decimal.js';
import { formatRub } from '../../../../shared/money/format-rub.js';
import type { Opening } from '../model.js';
import { templateById } from '../templates/index.js';
import type { EstimateJob, EstimateLine, EstimateView, LineProduct } from '../estimate.js';

/** What a file says of the estimate besides its figures. */
export interface ExportMeta {
  title: string;
  /** When the file is made (prices are read then): printed in Moscow time. */
  createdAt: Date;
  version?: number | undefined;
  customerName?: string | undefined;
}

export { formatQuantity };

/** «1 234,50 ₽»: the no-break space keeps the sign with its number. */
export function rub(minor: number): string {
  return `${formatRub(minor)}\u00a0₽`;
}

const STRATEGIES: Record<string, string> = {
  cheapest: 'самые дешёвые подходящие предложения',
  single_seller: 'всё у одного продавца',
  nearest: 'ближайшие склады',
};

export function strategyText(pricing: EstimateView['pricing']): string {
  const name = STRATEGIES[pricing.strategy] ?? pricing.strategy;
  return pricing.near ? `${name}; доставка до точки ${pricing.near.lat}, ${pricing.near.lon}` : name;
}

export function templateTitle(job: EstimateJob): string {
  return templateById(job.template)?.title.ru ?? job.template;
}

export interface InputRow {
  name: string;
  label: string;
  value: string;
  unit: string;
}

/** The inputs as used, labelled as the template lists them; unknown names keep their own name. */
export function inputRows(job: EstimateJob): InputRow[] {
  const specs = templateById(job.template)?.inputs ?? [];
  const names = [...specs.map((s) => s.name).filter((n) => n in job.inputs)];
  for (const name of Object.keys(job.inputs)) if (!names.includes(name)) names.push(name);
  return names.map((name) => {
    const spec = specs.find((s) => s.name === name);
    const value = job.inputs[name]!;
    let text: string;
    if (Array.isArray(value)) text = openingsText(value);
    else if (typeof value === 'number') text = formatQuantity(String(Math.round(value * 1000) / 1000));
    else text = value;
    const valueIndex = spec?.values?.findIndex((v) => String(v) === String(value)) ?? -1;
    const valueLabel = valueIndex >= 0 ? spec?.valueLabels?.[valueIndex]?.ru : undefined;
    // A code (diagonal, metal_tile) reads as its Russian label; a figure or grade (1.5, 1НФ) keeps itself too.
    if (valueLabel) text = /^[a-z_]+$/.test(text) ? valueLabel : `${text} (${valueLabel})`;
    // Openings carry their own units in the text.
    const unit = Array.isArray(value) ? '' : (spec?.unit ?? '');
    return { name, label: spec?.label.ru ?? name, value: text, unit };
  });
}

function openingsText(openings: readonly Opening[]): string {
  if (openings.length === 0) return 'нет';
  return openings
    .map((o) => `${formatQuantity(String(o.widthM))}×${formatQuantity(String(o.heightM))} м × ${o.count}`)
    .join('; ');
}

/** «102 шт/м² — ГОСТ 530-2012 …», then each further factor the formula uses. */
export function normText(line: EstimateLine): string {
  const parts = [`${formatQuantity(line.norm.value)} ${line.norm.unit} — ${line.norm.source}`];
  for (const f of line.factors ?? []) parts.push(`${f.name}: ${formatQuantity(f.value)} ${f.unit} — ${f.source}`);
  return parts.join('; ');
}

/** What the line's reader must know besides its figures: why it has no offer, a hand-set quantity, a moved price. */
export function lineNotes(line: EstimateLine): string[] {
  const notes: string[] = [];
  // A line may have an offer it cannot be bought from as it stands (not enough stock): say why.
  if (line.reason) notes.push(line.reason);
  if (line.optional) notes.push('необязательная позиция');
  if (line.overridden?.quantity) notes.push('количество задано вручную');
  if (line.overridden?.offer && line.offer) notes.push('предложение выбрано вручную');
  if (line.previousPriceMinor != null && line.priceMinor != null && line.previousPriceMinor !== line.priceMinor) {
    notes.push(`цена изменилась: была ${rub(line.previousPriceMinor)}`);
  }
  return notes;
}

/** «Кирпич М150 1НФ (арт. KIR-1NF)». */
export function productText(line: { product: LineProduct | null }): string {
  const p = line.product;
  if (!p) return '';
  return p.sku ? `${p.name} (арт. ${p.sku})` : p.name;
}

/** «22 %», «без НДС». */
export function vatRateText(rate: string | null | undefined): string {
  if (rate == null) return '';
  return rate === 'none' ? 'без НДС' : `${rate} %`;
}
